import { expect, test } from 'vitest';
import { runtimeCompiler } from '@/core/validate/runtimeCompiler';
import { buildFormModel } from './buildFormModel';
import { createVisibility } from './createVisibility';
import { describeStep, revealChanges, revealSteps } from './revealSteps';
import { testSchema } from './testSchema';

const model = buildFormModel(testSchema);
const visibility = createVisibility(runtimeCompiler(testSchema), model.conditions);

test('a hidden group names the setting that reveals it and the value to give it', () => {
  const showIf = model.byPointer.get('/global/secrets/aws')?.showIf ?? {};
  const steps = revealSteps(model, showIf, visibility.unmetParts(showIf, { global: { secrets: { provider: 'kubernetes' } } }));
  expect(steps.map(describeStep)).toEqual(['set Provider to aws']);
  expect(revealChanges(model, steps)).toEqual([{ pointer: '/global/secrets/provider', value: 'aws' }]);
});

test('revealing by going back to the chart default removes the key instead of writing the default', () => {
  const showIf = model.byPointer.get('/gateway/tls/cert')?.showIf ?? {};
  const steps = revealSteps(model, showIf, visibility.unmetParts(showIf, { gateway: { tls: { existingSecret: 'my-tls' } } }));
  expect(steps.map(describeStep)).toEqual(['set Existing TLS secret to empty']);
  expect(revealChanges(model, steps)).toEqual([{ pointer: '/gateway/tls/existingSecret', value: undefined }]);
});

test('a condition already met needs no step', () => {
  const showIf = model.byPointer.get('/global/secrets/aws')?.showIf ?? {};
  expect(visibility.unmetParts(showIf, { global: { secrets: { provider: 'aws' } } })).toEqual([]);
});
