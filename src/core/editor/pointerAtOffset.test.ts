import { describe, expect, test } from 'vitest';
import { pointerAtOffset } from './pointerAtOffset';
import { withCursor } from './cursorFixture';

function at(marked: string) {
  const { text, offset } = withCursor(marked);
  return pointerAtOffset(text, offset);
}

describe('pointerAtOffset', () => {
  test('a nested key answers its full pointer', () => {
    expect(at('gateway:\n  tls:\n    exist‸ingSecret: gw-tls\n')).toMatchObject({ pointer: '/gateway/tls/existingSecret', on: 'key' });
  });

  test('a value answers the pointer of its key', () => {
    expect(at('global:\n  secrets:\n    provider: aw‸s # cloud\n')).toMatchObject({ pointer: '/global/secrets/provider', on: 'value' });
  });

  test('list items count as indexes', () => {
    expect(at('agent:\n  tolerations:\n    - key: a\n    - ope‸rator: Exists\n')).toMatchObject({ pointer: '/agent/tolerations/1/operator', on: 'key' });
  });

  test('keys with slashes and dots are escaped as JSON Pointer segments', () => {
    expect(at('agent:\n  podAnnotations:\n    prometheus.io/scr‸ape: "true"\n')?.pointer).toBe('/agent/podAnnotations/prometheus.io~1scrape');
  });

  test('a comment has no pointer', () => {
    expect(at('# the gate‸way\ngateway: {}\n')).toBeUndefined();
  });

  test('still answers while a later line does not parse', () => {
    expect(at('join_to‸ken: abc\nglobal: [\n')).toMatchObject({ pointer: '/join_token', on: 'key' });
  });
});
