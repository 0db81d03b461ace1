import { describe, expect, test } from 'vitest';
import { completionContext } from './completionContext';
import { withCursor } from './cursorFixture';

function at(marked: string) {
  const { text, offset } = withCursor(marked);
  return completionContext(text, offset);
}

describe('completionContext', () => {
  test('an empty line under a map key completes keys of that map', () => {
    const { text, offset } = withCursor('gateway:\n  tls:\n    enabled: true\n    ‸\n');
    expect(completionContext(text, offset)).toEqual({
      kind: 'key',
      parentPointer: '/gateway/tls',
      presentKeys: ['enabled'],
      replace: { start: offset, end: offset },
    });
  });

  test('a half-typed key is still a key, not the value of the key above', () => {
    const { text, offset } = withCursor('gateway:\n  tls:\n    ex‸i');
    const context = completionContext(text, offset);
    expect(context).toMatchObject({ kind: 'key', parentPointer: '/gateway/tls', presentKeys: [] });
    expect(text.slice(context?.replace.start, context?.replace.end)).toBe('exi');
  });

  test('the indentation decides the map: a shallower line completes the outer map', () => {
    expect(at('gateway:\n  tls:\n    enabled: true\n  ‸\n')).toMatchObject({ kind: 'key', parentPointer: '/gateway', presentKeys: ['tls'] });
  });

  test('at the top of the file it completes top-level keys', () => {
    expect(at('join_token: x\n‸')).toMatchObject({ kind: 'key', parentPointer: '', presentKeys: ['join_token'] });
  });

  test('after "key: " it completes the value of that key', () => {
    const { text, offset } = withCursor('global:\n  secrets:\n    provider: re‸dis\n');
    const context = completionContext(text, offset);
    expect(context).toMatchObject({ kind: 'value', pointer: '/global/secrets/provider' });
    expect(text.slice(context?.replace.start, context?.replace.end)).toBe('redis');
  });

  test('inside a list item it completes the item map', () => {
    expect(at('agent:\n  tolerations:\n    - key: a\n      ‸\n')).toMatchObject({ kind: 'key', parentPointer: '/agent/tolerations/0', presentKeys: ['key'] });
  });

  test('nothing inside a comment or right after a colon', () => {
    expect(at('# gate‸')).toBeUndefined();
    expect(at('gateway:‸')).toBeUndefined();
  });

  test('works while the rest of the file is broken', () => {
    expect(at('gateway:\n  tls:\n    ‸\nglobal: [\n')).toMatchObject({ kind: 'key', parentPointer: '/gateway/tls' });
  });
});
