import { expect, test } from 'vitest';
import { valueOrigin } from './valueSource';

const base = { gateway: { replicas: 2, tls: { enabled: true } }, tolerations: [{ key: 'a' }] };

test('a value the overlay sets comes from the overlay, even when it equals the base', () => {
  expect(valueOrigin('/gateway/replicas', base, { gateway: { replicas: 2 } })).toEqual({ source: 'overlay', removed: false });
});

test('a value only the base sets comes from the base', () => {
  expect(valueOrigin('/gateway/tls/enabled', base, { gateway: { replicas: 3 } })).toEqual({ source: 'base', removed: false });
});

test('a value neither layer sets comes from the chart', () => {
  expect(valueOrigin('/gateway/tls/existingSecret', base, { gateway: { replicas: 3 } })).toEqual({ source: 'chart', removed: false });
  expect(valueOrigin('/logLevel', base, undefined)).toEqual({ source: 'chart', removed: false });
});

test('a null in the overlay decides the value, as a removal', () => {
  expect(valueOrigin('/gateway/tls/enabled', base, { gateway: { tls: { enabled: null } } })).toEqual({ source: 'overlay', removed: true });
});

test('a null or a scalar above a value decides everything under it', () => {
  expect(valueOrigin('/gateway/tls/enabled', base, { gateway: { tls: null } })).toEqual({ source: 'overlay', removed: true });
  expect(valueOrigin('/gateway/replicas', { gateway: 'off' }, {})).toEqual({ source: 'base', removed: false });
});

test('a list is replaced whole, so its items come from the layer that set the list', () => {
  expect(valueOrigin('/tolerations/0/key', base, { tolerations: [{ key: 'b' }] })).toEqual({ source: 'overlay', removed: false });
  expect(valueOrigin('/tolerations/0/key', base, {})).toEqual({ source: 'base', removed: false });
});
