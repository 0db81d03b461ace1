import { beforeAll, describe, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { checkValuesText } from '../validate/checkValuesText';
import { applyHelmVerdict } from './applyHelmVerdict';
import type { HelmVerdict } from './HelmVerdict';

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.90.0');
}, 60_000);

const token = 'join_token: "eyJhbGciOiJFUzI1NiJ9.example"\n';
/** A value the studio's schema check refuses: a replica count that is not a number. */
const badReplicas = `${token}agent:\n  replicaCount: x\n`;

function verdictOn(text: string, verdict: Omit<HelmVerdict, 'userValues'>): HelmVerdict {
  return { ...verdict, userValues: checkValuesText(text, chart).userValues };
}

const at = (check: ReturnType<typeof checkValuesText>, pointer: string) => check.diagnostics.filter((d) => d.pointer === pointer);

describe("Helm's verdict over the studio's checks", () => {
  test('a value the studio calls an error but Helm rendered becomes a warning, its fix kept', () => {
    const check = checkValuesText(`${token}global:\n  secrets:\n    provider: kubernetess\n`, chart);
    const [studio] = at(check, '/global/secrets/provider');
    expect(studio?.severity).toBe('error');
    const judged = applyHelmVerdict(check, verdictOn(`${token}global:\n  secrets:\n    provider: kubernetess\n`, { failedAt: null, problems: [] }));
    expect(at(judged, '/global/secrets/provider')).toEqual([{ ...studio, severity: 'warning', message: `${studio?.message} (Helm accepts this value.)` }]);
  });

  test("Helm's complaint is an error at the value's line, with source helm", () => {
    const check = checkValuesText(badReplicas, chart);
    const judged = applyHelmVerdict(check, verdictOn(badReplicas, { failedAt: 'schema', problems: [{ pointer: '/agent/replicaCount', message: 'Helm: got string, want integer.' }] }));
    const helm = judged.diagnostics.filter((d) => d.source === 'helm');
    expect(helm).toEqual([{ pointer: '/agent/replicaCount', severity: 'error', message: 'Helm: got string, want integer.', line: 3, column: expect.any(Number), source: 'helm' }]);
    // Helm's schema check failed, so it did not let the studio's schema error through: it stays an error.
    expect(at(judged, '/agent/replicaCount').filter((d) => d.source === 'schema').map((d) => d.severity)).toEqual(['error']);
  });

  test('a value changed since Helm judged keeps the studio\'s judgement until Helm has seen it', () => {
    const check = checkValuesText(badReplicas, chart);
    const judged = applyHelmVerdict(check, verdictOn(`${token}agent:\n  replicaCount: 2\n`, { failedAt: null, problems: [] }));
    expect(at(judged, '/agent/replicaCount').map((d) => d.severity)).toEqual(['error']);
  });

  test('a template failure means the schema passed, not that the other templates did', () => {
    const text = `${token}agent:\n  replicaCount: x\nmcp:\n  enabled: true\n  httpAuthMode: server\n`;
    const check = checkValuesText(text, chart);
    const rule = check.diagnostics.find((d) => d.source === 'rule' && d.severity === 'error');
    expect(rule).toBeDefined();
    const judged = applyHelmVerdict(check, verdictOn(text, { failedAt: 'render', problems: [{ pointer: '/global/sentry/endpoint', message: 'Helm: global.sentry.endpoint is required!' }] }));
    expect(at(judged, '/agent/replicaCount').map((d) => d.severity)).toEqual(['warning']);
    expect(judged.diagnostics.find((d) => d.source === 'rule' && d.pointer === rule?.pointer)?.severity).toBe('error');
  });

  test('a stale verdict is shown as about earlier values and decides nothing', () => {
    const check = checkValuesText(badReplicas, chart);
    const judged = applyHelmVerdict(check, {
      ...verdictOn(badReplicas, { failedAt: null, problems: [{ pointer: '/gateway', message: 'Helm: nil pointer evaluating interface {}.tls' }] }),
      staleBecause: 'Helm did not finish rendering this chart within 10 s',
    });
    expect(at(judged, '/agent/replicaCount').map((d) => d.severity)).toEqual(['error']);
    expect(at(judged, '/gateway')).toEqual([expect.objectContaining({ source: 'helm', message: expect.stringContaining("Helm's verdict on earlier values: Helm did not finish rendering this chart within 10 s") })]);
  });

  test('without a verdict the studio judges alone', () => {
    const check = checkValuesText(badReplicas, chart);
    expect(applyHelmVerdict(check, undefined)).toBe(check);
  });

  test("a key the studio calls unknown is dropped when Helm's complaint is about a value under it: the chart reads it", () => {
    const text = `${token}agent:\n  config:\n    placementz:\n      max_project_count: 0\n`;
    const check = checkValuesText(text, chart);
    const unknown = check.diagnostics.find((d) => d.source === 'unknown-key');
    expect(unknown?.pointer).toBe('/agent/config/placementz');
    const judged = applyHelmVerdict(check, verdictOn(text, { failedAt: 'render', problems: [{ pointer: '/agent/config/placementz/max_project_count', message: 'Helm: must be greater than 0!' }] }));
    expect(judged.diagnostics.filter((d) => d.source === 'unknown-key')).toEqual([]);
    expect(applyHelmVerdict(check, verdictOn(text, { failedAt: null, problems: [] })).diagnostics.filter((d) => d.source === 'unknown-key')).toHaveLength(1);
  });
});
