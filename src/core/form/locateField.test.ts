import { expect, test } from 'vitest';
import { buildFormModel } from './buildFormModel';
import { locateField } from './locateField';
import { testSchema } from './testSchema';

const model = buildFormModel(testSchema);

test('a value the form renders is found at its own field, in its section', () => {
  expect(locateField(model, '/gateway/tls/existingSecret')).toMatchObject({ pointer: '/gateway/tls/existingSecret', section: 'gateway', within: '' });
});

test('a key inside a YAML snippet shows at the snippet field', () => {
  expect(locateField(model, '/gateway/affinity/nodeAffinity/required')).toMatchObject({ pointer: '/gateway/affinity', within: '/nodeAffinity/required' });
});

test('an unknown key shows at its nearest rendered group', () => {
  expect(locateField(model, '/gateway/tls/enbled')).toMatchObject({ pointer: '/gateway/tls', within: '/enbled' });
});

test('a key of a list item shows at that item field', () => {
  expect(locateField(model, '/global/imagePullSecrets/2/name')).toMatchObject({ pointer: '/global/imagePullSecrets/2/name', section: 'install', within: '' });
  expect(locateField(model, '/global/imagePullSecrets/2/nme')).toMatchObject({ pointer: '/global/imagePullSecrets/2', within: '/nme' });
});

test('a string list item shows at the list', () => {
  expect(locateField(model, '/gateway/blockedCidrs/1')).toMatchObject({ pointer: '/gateway/blockedCidrs', within: '/1' });
});

test('an unknown top-level key and the document itself have no field', () => {
  expect(locateField(model, '/nope')).toBeUndefined();
  expect(locateField(model, '')).toBeUndefined();
});
