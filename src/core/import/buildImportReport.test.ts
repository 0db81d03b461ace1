import { beforeAll, describe, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { parseValues } from '../yaml/parseValues';
import { applyTextEdits } from './applyTextEdits';
import { buildImportReport } from './buildImportReport';
import type { ImportFix } from './ImportReport';

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.28.0');
});

function fix(fixes: readonly ImportFix[], id: string): ImportFix {
  const found = fixes.find((f) => f.id === id);
  if (!found) throw new Error(`no fix ${id} among ${fixes.map((f) => f.id).join(', ')}`);
  return found;
}

/** The README's Network Policies example, as a user pastes it under their other settings. */
const networkPolicies = `# Network policies for the sidecars
agent:
  config:
    project:
      blocked_cidrs:
        - "10.0.0.0/8",
        - "172.16.0.0/12",
        - "192.168.0.0/16"
`;

/** The README's Secrets example, plus TLS with a typo. */
const secretsWithTypo = `global:
  secrets:
    provider: "aws_secretmanager"   # from the chart README
    aws:
      region: "us-east-1"
gateway:
  tls:
    enbled: true
    existingSecret: catalyst-gateway-tls
`;

describe('the import report', () => {
  test('a file with trailing commas in a list reports a YAML error with its line and offers to remove the commas', () => {
    const report = buildImportReport(networkPolicies, chart);
    expect(report.parses).toBe(false);
    expect(report.yamlErrors.length).toBeGreaterThan(0);
    expect(report.yamlErrors[0]?.line).toBeGreaterThanOrEqual(6);
    const commas = fix(report.fixes, 'trailing-commas');
    expect(commas.title).toContain('lines 6, 7');

    const fixed = applyTextEdits(networkPolicies, commas.edits);
    expect(fixed).toBe(networkPolicies.replace('"10.0.0.0/8",', '"10.0.0.0/8"').replace('"172.16.0.0/12",', '"172.16.0.0/12"'));
    expect(fixed).toContain('# Network policies for the sidecars');
    const after = buildImportReport(fixed, chart);
    expect(after.parses).toBe(true);
    expect(after.yamlErrors).toEqual([]);
    expect(after.schemaErrors).toEqual([]);
    const parsed = parseValues(fixed);
    expect(parsed.ok && parsed.values).toEqual({ agent: { config: { project: { blocked_cidrs: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] } } } });
  });

  test('a comma inside a quoted list item is not taken for a trailing one', () => {
    const text = 'agent:\n  tolerations:\n    - "a, b"\n    - c\n';
    expect(buildImportReport(text, chart).fixes.find((f) => f.id === 'trailing-commas')).toBeUndefined();
  });

  test("the README's aws_secretmanager is a schema error with a fix to aws, and the quotes and comment stay", () => {
    const report = buildImportReport(secretsWithTypo, chart);
    expect(report.parses).toBe(true);
    const provider = report.schemaErrors.find((d) => d.pointer === '/global/secrets/provider');
    expect(provider).toMatchObject({ line: 3, suggestion: 'aws' });

    const useAws = fix(report.fixes, 'value:/global/secrets/provider');
    expect(useAws.title).toBe('Use aws for global.secrets.provider');
    const fixed = applyTextEdits(secretsWithTypo, useAws.edits);
    expect(fixed.split('\n')[2]).toBe('    provider: "aws"   # from the chart README');
    expect(buildImportReport(fixed, chart).schemaErrors).toEqual([]);
  });

  test('an unknown key is listed with a did-you-mean, stays in the file, and can be renamed on request', () => {
    const report = buildImportReport(secretsWithTypo, chart);
    const typo = report.unknownKeys.find((d) => d.pointer === '/gateway/tls/enbled');
    expect(typo).toMatchObject({ line: 8, suggestion: 'enabled' });
    expect(typo?.message).toContain('Did you mean "enabled"?');

    const rename = fix(report.fixes, 'key:/gateway/tls/enbled');
    const fixed = applyTextEdits(secretsWithTypo, rename.edits);
    expect(fixed).toContain('    enabled: true\n    existingSecret: catalyst-gateway-tls');
    expect(buildImportReport(fixed, chart).unknownKeys).toEqual([]);
  });

  test('a key the chart does not know and nothing resembles is reported without a fix', () => {
    const text = 'gateway:\n  envoy:\n    service:\n      annotations:\n        service.beta.kubernetes.io/aws-load-balancer-internal: "true"\nmy_team_notes: keep\n';
    const report = buildImportReport(text, chart);
    expect(report.unknownKeys.map((d) => d.pointer)).toContain('/my_team_notes');
    expect(report.fixes.find((f) => f.id === 'key:/my_team_notes')).toBeUndefined();
  });

  test('a file without join_token is not an error: the token is noted as coming from --set at install', () => {
    const report = buildImportReport('cleanup:\n  enabled: false\n', chart);
    expect(report.joinTokenMissing).toBe(true);
    expect(report.schemaErrors).toEqual([]);
  });

  test('an empty join_token written in the file is still an error', () => {
    const report = buildImportReport('join_token: ""\n', chart);
    expect(report.joinTokenMissing).toBe(false);
    expect(report.schemaErrors.map((d) => d.pointer)).toContain('/join_token');
  });

  test('a rule of the chart that fails is a schema error at its line (aws needs a region)', () => {
    const report = buildImportReport('global:\n  secrets:\n    provider: aws\n', chart);
    expect(report.schemaErrors.length).toBeGreaterThan(0);
    expect(report.schemaErrors.some((d) => d.pointer.startsWith('/global/secrets'))).toBe(true);
  });

  test('a file that is a list, not a mapping, cannot be opened', () => {
    const report = buildImportReport('- gateway\n- agent\n', chart);
    expect(report.parses).toBe(false);
    expect(report.yamlErrors[0]?.line).toBe(1);
  });
});

describe('applying text edits', () => {
  test('edits computed on one text apply together, wherever they are', () => {
    expect(applyTextEdits('a, b, c', [{ from: 1, to: 2, insert: '' }, { from: 4, to: 5, insert: ';' }])).toBe('a b; c');
  });

  test('overlapping edits leave the text unchanged rather than mangled', () => {
    expect(applyTextEdits('abcdef', [{ from: 1, to: 4, insert: 'x' }, { from: 3, to: 5, insert: 'y' }])).toBe('abcdef');
  });
});
