import { beforeAll, describe, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import { checkValuesText } from '../validate/checkValuesText';
import type { Chart } from '../chart/createChart';
import { joinTokenSourceOf } from './joinTokenSource';

const charts: Record<string, Chart> = {};
beforeAll(async () => {
  for (const version of ['1.28.0', '1.90.0']) charts[version] = await compileShippedChart(version);
}, 60_000);

const errorsOf = (text: string, version: string, joinToken?: 'install' | 'file' | 'secret') =>
  checkValuesText(text, charts[version] as Chart, joinToken ? { joinToken } : {}).diagnostics.filter((d) => d.severity === 'error');

describe('where the join token comes from', () => {
  test.each(['1.28.0', '1.90.0'])('chart %s: with the token given at install, the chart defaults have no error', (version) => {
    expect(errorsOf('', version, 'install')).toEqual([]);
  });

  test.each(['1.28.0', '1.90.0'])('chart %s: judged as the file alone (helm install -f FILE), the missing token is the one error', (version) => {
    expect(errorsOf('', version).map((d) => d.pointer)).toEqual(['/join_token']);
  });

  test('a token to be written in the file is an error until it is there', () => {
    expect(errorsOf('', '1.90.0', 'file').map((d) => d.pointer)).toEqual(['/join_token']);
    expect(errorsOf('join_token: eyJhbGciOi.example\n', '1.90.0', 'file')).toEqual([]);
  });

  test('a token read from a Secret is an error until the Secret is named', () => {
    expect(errorsOf('', '1.90.0', 'secret')[0]?.message).toContain('no agent.existingJoinTokenSecret is named');
    expect(errorsOf('agent:\n  existingJoinTokenSecret:\n    name: catalyst-join-token\n', '1.90.0', 'secret')).toEqual([]);
  });

  test('an empty join_token written in the file is judged as written, whatever was chosen', () => {
    expect(joinTokenSourceOf({ join_token: '' }, 'install')).toBe('file');
    expect(errorsOf('join_token: ""\n', '1.90.0', 'install').map((d) => d.pointer)).toEqual(['/join_token']);
  });

  test('the values say where the token comes from before the choice does; null deletes the key as in Helm', () => {
    expect(joinTokenSourceOf({}, 'install')).toBe('install');
    expect(joinTokenSourceOf({}, 'secret')).toBe('secret');
    expect(joinTokenSourceOf({ join_token: null }, 'install')).toBe('install');
    expect(joinTokenSourceOf({ agent: { existingJoinTokenSecret: { name: 'x' } } }, 'install')).toBe('secret');
    expect(joinTokenSourceOf({ agent: { existingJoinTokenSecret: { name: '' } } }, 'install')).toBe('install');
  });

  test('the token given at install is not shown as one of the values Helm renders with', () => {
    const check = checkValuesText('', charts['1.90.0'] as Chart, { joinToken: 'install' });
    expect(check.values['join_token']).toBe('');
  });
});
