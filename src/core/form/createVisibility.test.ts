import { expect, test } from 'vitest';
import { runtimeCompiler } from '@/core/validate/runtimeCompiler';
import { buildFormModel } from './buildFormModel';
import { createVisibility } from './createVisibility';
import { testSchema } from './testSchema';

const model = buildFormModel(testSchema);
const visibility = createVisibility(runtimeCompiler(testSchema), model.conditions);
const aws = model.byPointer.get('/global/secrets/aws');
const cert = model.byPointer.get('/gateway/tls/cert');

test('AWS settings show only while the provider is aws', () => {
  expect(visibility.isShown(aws?.showIf, { global: { secrets: { provider: 'kubernetes' } } })).toBe(false);
  expect(visibility.isShown(aws?.showIf, { global: { secrets: { provider: 'aws' } } })).toBe(true);
});

test('the inline certificate hides once an existing secret is named', () => {
  expect(visibility.isShown(cert?.showIf, { gateway: { tls: { existingSecret: '' } } })).toBe(true);
  expect(visibility.isShown(cert?.showIf, { gateway: { tls: { existingSecret: 'my-tls' } } })).toBe(false);
});

test('a condition on a missing value does not match', () => {
  expect(visibility.isShown(aws?.showIf, {})).toBe(false);
});

test('a node without a condition always shows', () => {
  expect(visibility.isShown(undefined, {})).toBe(true);
});
