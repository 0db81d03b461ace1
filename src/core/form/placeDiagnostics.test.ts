import { expect, test } from 'vitest';
import type { Diagnostic } from '@/core/diagnostics/Diagnostic';
import { buildFormModel } from './buildFormModel';
import { createProblemPlacer } from './placeDiagnostics';
import { testSchema } from './testSchema';

const model = buildFormModel(testSchema);

function diagnostic(pointer: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { pointer, severity, message, line: 1, column: 1, source: 'schema' };
}

test('problems are counted per section, errors apart from warnings', () => {
  const placer = createProblemPlacer(model);
  const diagnostics = [
    diagnostic('/join_token', 'error', 'must not be empty'),
    diagnostic('/gateway/replicas', 'error', 'must be >= 1'),
    diagnostic('/gateway/tls/enbled', 'warning', 'Unknown key'),
  ];
  expect(placer.forSection(diagnostics, 'gateway')).toEqual({ errors: 1, warnings: 1 });
  expect(placer.forSection(diagnostics, 'install')).toEqual({ errors: 1, warnings: 0 });
  expect(placer.forSection(diagnostics, 'secrets')).toEqual({ errors: 0, warnings: 0 });
  expect(placer.forField(diagnostics, '/gateway/tls')).toMatchObject([{ severity: 'warning', message: 'Unknown key', within: '/enbled' }]);
});

test('a field whose problems did not change keeps the same array, so it need not re-render', () => {
  const placer = createProblemPlacer(model);
  const first = [diagnostic('/join_token', 'error', 'must not be empty'), diagnostic('/gateway/replicas', 'error', 'must be >= 1')];
  const second = [diagnostic('/join_token', 'error', 'must not be empty')];
  const before = placer.forField(first, '/join_token');
  expect(placer.forField(second, '/join_token')).toBe(before);
  expect(placer.forField(second, '/gateway/replicas')).toEqual([]);
});
