import { describe, expect, test } from 'vitest';
import { coalesceValues } from '../values/coalesceValues';
import { readWorkspace } from './readWorkspace';

const defaults = { gateway: { tls: { enabled: false, existingSecret: '' }, replicas: 1 }, list: ['a', 'b'], logLevel: 'info' };

function environment(base: string, overlay: string) {
  const read = readWorkspace({ base, overlays: [{ name: 'prod', text: overlay }] });
  const prod = read.environments[0];
  if (!prod) throw new Error('no environment');
  return { ...prod, rendered: coalesceValues(defaults, prod.userValues) };
}

describe('an environment is its base and overlay merged as helm install -f base -f overlay merges them', () => {
  test('maps merge key by key: the overlay adds to and changes the base without losing its other keys', () => {
    const prod = environment('gateway:\n  tls:\n    enabled: true\n  replicas: 2\n', 'gateway:\n  replicas: 3\n');
    expect(prod.rendered['gateway']).toEqual({ tls: { enabled: true, existingSecret: '' }, replicas: 3 });
  });

  test('a list in the overlay replaces the base list whole, as does a scalar', () => {
    const prod = environment('list: [x, y, z]\nlogLevel: debug\n', 'list: [q]\nlogLevel: warn\n');
    expect(prod.rendered['list']).toEqual(['q']);
    expect(prod.rendered['logLevel']).toBe('warn');
  });

  test('null in an overlay deletes the value the base set, and the chart default under it', () => {
    const prod = environment('gateway:\n  tls:\n    enabled: true\n    existingSecret: gw-tls\n', 'gateway:\n  tls:\n    existingSecret: null\n');
    expect(prod.rendered['gateway']).toEqual({ tls: { enabled: true }, replicas: 1 });
  });

  test('null in an overlay deletes a key the chart has no default for as a present null, as Helm keeps it', () => {
    const prod = environment('extra:\n  a: 1\n', 'extra: null\n');
    expect(prod.rendered).toHaveProperty('extra', null);
  });

  test('a layer that does not parse counts as empty and carries its syntax errors', () => {
    const read = readWorkspace({ base: 'logLevel: debug\n', overlays: [{ name: 'prod', text: 'gateway: [\n' }] });
    const prod = read.environments[0];
    expect(prod?.overlay.parses).toBe(false);
    expect(prod?.overlay.issues[0]?.severity).toBe('error');
    expect(prod?.userValues).toEqual({ logLevel: 'debug' });
  });
});
