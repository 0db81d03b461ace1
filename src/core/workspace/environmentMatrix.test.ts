import { expect, test } from 'vitest';
import { environmentMatrix } from './environmentMatrix';
import { readWorkspace } from './readWorkspace';

const defaults = { gateway: { replicas: 1, tls: { enabled: false } }, logLevel: 'info', list: ['a'] };

function matrix(base: string, overlays: Record<string, string>) {
  return environmentMatrix(readWorkspace({ base, overlays: Object.entries(overlays).map(([name, text]) => ({ name, text })) }), defaults);
}

test('a row per value that differs between environments, one cell per environment with its value and origin', () => {
  const rows = matrix('gateway:\n  replicas: 2\n', { dev: 'logLevel: debug\n', prod: 'gateway:\n  replicas: 5\n' });
  expect(rows.map((row) => row.pointer)).toEqual(['/gateway/replicas', '/logLevel']);
  expect(rows[0]?.cells).toEqual([
    { environment: 'dev', value: 2, origin: { source: 'base', removed: false } },
    { environment: 'prod', value: 5, origin: { source: 'overlay', removed: false } },
  ]);
  expect(rows[1]?.cells.map((cell) => cell.value)).toEqual(['debug', 'info']);
});

test('a value every environment overrides to the same thing is not a difference', () => {
  expect(matrix('', { dev: 'logLevel: warn\n', prod: 'logLevel: warn\n' })).toEqual([]);
});

test('an overlay that restates the base is not a difference', () => {
  expect(matrix('gateway:\n  replicas: 2\n', { dev: 'gateway:\n  replicas: 2\n', prod: '' })).toEqual([]);
});

test('a value a null removes shows as absent in that environment', () => {
  const rows = matrix('gateway:\n  tls:\n    enabled: true\n', { dev: 'gateway:\n  tls:\n    enabled: null\n', prod: '' });
  expect(rows).toEqual([
    {
      pointer: '/gateway/tls/enabled',
      cells: [
        { environment: 'dev', value: undefined, origin: { source: 'overlay', removed: true } },
        { environment: 'prod', value: true, origin: { source: 'base', removed: false } },
      ],
    },
  ]);
});

test('a list that differs is one row, compared whole', () => {
  const rows = matrix('list: [x]\n', { dev: 'list: [x, z]\n', prod: '' });
  expect(rows.map((row) => [row.pointer, row.cells.map((cell) => cell.value)])).toEqual([['/list', [['x', 'z'], ['x']]]]);
});

test('one environment has nothing to compare with', () => {
  expect(matrix('', { prod: 'logLevel: warn\n' })).toEqual([]);
});
