import { beforeAll, expect, test } from 'vitest';
import { compileShippedChart } from './compileShippedChart';
import type { Chart } from './createChart';
import { parseValues } from '../yaml/parseValues';
import { setAt } from '../values/setAt';
import { findSecrets } from '../secrets/findSecrets';
import { isSecretPointer } from '../secrets/isSecretPointer';
import type { Values } from '../diagnostics/Diagnostic';

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.28.0');
});

function valuesOf(text: string): Values {
  const parsed = parseValues(text);
  if (!parsed.ok) throw new Error('the test text must parse');
  return parsed.values;
}

const start = `gateway:
  tls:
    enabled: true
    existingSecret: gw-tls
management:
  podAnnotations:
    team.example.com/owner: platform
`;

// Edits share every map off the edited path with the values before them, as the form's edits do.
test('a typo written beside unchanged maps is found, and goes once it is fixed', () => {
  const before = valuesOf(start);
  expect(chart.check(before).problems.filter((p) => p.source === 'unknown-key')).toEqual([]);
  const typo = setAt(before, '/gateway/tls/enbled', true);
  expect(chart.check(typo).problems.filter((p) => p.source === 'unknown-key').map((p) => p.pointer)).toEqual(['/gateway/tls/enbled']);
  const fixed = setAt(before, '/gateway/tls/existingSecret', 'other');
  expect(chart.check(fixed).problems.filter((p) => p.source === 'unknown-key')).toEqual([]);
  // A map met again at another place is judged there, not as where it was first seen.
  const moved = setAt(before, '/gateway/extra', (before.management as Values).podAnnotations);
  expect(chart.check(moved).problems.filter((p) => p.source === 'unknown-key').map((p) => p.pointer)).toEqual(['/gateway/extra']);
});

test('the values Helm renders with follow each edit of a shared tree', () => {
  const before = valuesOf(start);
  expect(chart.coalesce(before)).toMatchObject({ gateway: { tls: { existingSecret: 'gw-tls' } } });
  const edited = setAt(before, '/gateway/tls/existingSecret', 'gw-tls-2');
  expect(chart.coalesce(edited)).toMatchObject({ gateway: { tls: { existingSecret: 'gw-tls-2' } }, management: { podAnnotations: { 'team.example.com/owner': 'platform' } } });
  expect(chart.coalesce(before)).toMatchObject({ gateway: { tls: { existingSecret: 'gw-tls' } } });
});

test('a secret typed beside unchanged maps is found, and goes once it is emptied', () => {
  const isSecret = isSecretPointer(chart.schema);
  const before = valuesOf(start);
  expect(findSecrets(before, isSecret)).toEqual([]);
  const withToken = setAt(before, '/join_token', 'eyJhbGciOiJFUzI1NiJ9.example');
  expect(findSecrets(withToken, isSecret)).toEqual(['/join_token']);
  const withPassword = setAt(withToken, '/global/charts/password', 'hunter2');
  expect(findSecrets(withPassword, isSecret).sort()).toEqual(['/global/charts/password', '/join_token']);
  expect(findSecrets(setAt(withPassword, '/join_token', ''), isSecret)).toEqual(['/global/charts/password']);
});
