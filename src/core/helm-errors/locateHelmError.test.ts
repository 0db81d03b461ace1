import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { coalesceValues } from '../values/coalesceValues';
import { helmBinary } from '../../test-support/helmBinary';
import { parseValues } from '../yaml/parseValues';
import type { Values } from '../diagnostics/Diagnostic';
import { locateHelmError } from './locateHelmError';

/**
 * Each case is a values file the real Helm 4.1.4 refuses for a chart archive as `helm pull` delivers it; the
 * message Helm prints must lead to the value the user has to change.
 */
interface Case {
  chart: '1.28.0' | '1.90.0';
  values: string;
  /** Leave out `--set join_token=x`, for the cases about the join token. */
  noToken?: boolean;
  pointers: string[];
  /** Words of Helm's own message the problem keeps. */
  says: string;
}

const cases: Record<string, Case> = {
  'schema: every broken value, each at its pointer': {
    chart: '1.90.0',
    values: 'agent:\n  logLevel: 5\nmanagement:\n  logLevel: 7\n',
    pointers: ['/agent/logLevel', '/management/logLevel'],
    says: 'got number, want string',
  },
  'schema: a key with a slash, escaped as Helm escapes it': {
    chart: '1.90.0',
    values: 'agent:\n  podLabels:\n    prometheus.io/scrape: 5\n',
    pointers: ['/agent/podLabels/prometheus.io~1scrape'],
    says: 'got number, want string',
  },
  "schema: a subchart's schema refuses a key, under the subchart's alias": {
    chart: '1.90.0',
    values: 'opentelemetry-deployment:\n  enabled: true\n  nodeselector: {}\n',
    pointers: ['/opentelemetry-deployment/nodeselector'],
    says: 'not allowed',
  },
  'schema: 1.28.0': {
    chart: '1.28.0',
    values: 'agent:\n  logLevel: 5\n',
    pointers: ['/agent/logLevel'],
    says: 'want string',
  },
  'required: the value it names': {
    chart: '1.90.0',
    values: 'global:\n  sentry:\n    endpoint: ""\n',
    pointers: ['/global/sentry/endpoint'],
    says: 'global.sentry.endpoint is required',
  },
  'fail: the value it names': {
    chart: '1.90.0',
    values: 'mcp:\n  enabled: true\n  httpAuthMode: foo\n',
    pointers: ['/mcp/httpAuthMode'],
    says: 'must be "passthrough" or "server"',
  },
  'fail: a rule on a number': {
    chart: '1.90.0',
    values: 'agent:\n  config:\n    placement:\n      max_project_count: 0\n',
    pointers: ['/agent/config/placement/max_project_count'],
    says: 'must be greater than 0',
  },
  'fail: the first of two values it names': {
    chart: '1.90.0',
    values: 'join_token: ""\n',
    noToken: true,
    pointers: ['/join_token'],
    says: 'Either join_token or agent.existingJoinTokenSecret.name is required',
  },
  'fail: a value that is not there yet shows at its parent': {
    chart: '1.90.0',
    values: 'global:\n  secrets:\n    provider: redis\n',
    pointers: ['/global/secrets/redis'],
    says: 'global.secrets.redis must be configured',
  },
  'nil pointer: a section left empty deletes its defaults': {
    chart: '1.90.0',
    values: 'gateway:\n  tls:\n',
    pointers: ['/gateway/tls'],
    says: 'gateway.tls is empty or null',
  },
  'nil pointer: a whole section emptied': {
    chart: '1.90.0',
    values: 'gateway:\n',
    pointers: ['/gateway'],
    says: 'gateway is empty or null',
  },
  "nil pointer in a subchart's template: under the subchart's alias": {
    chart: '1.90.0',
    values: 'opentelemetry-deployment:\n  enabled: true\n  livenessProbe: null\n',
    pointers: ['/opentelemetry-deployment/livenessProbe'],
    says: 'opentelemetry-deployment.livenessProbe is empty or null',
  },
  'tpl: an include of a template that does not exist, in a string the chart runs through tpl': {
    chart: '1.90.0',
    values: 'agent:\n  config:\n    host:\n      extra: \'{{ include "nope" . }}\'\n',
    pointers: ['/agent/config/host/extra'],
    says: 'no template "nope"',
  },
  'tpl: template text that does not parse': {
    chart: '1.90.0',
    values: 'agent:\n  config:\n    host:\n      extra: \'{{ .Values.nope "\'\n',
    pointers: ['/agent/config/host/extra'],
    says: 'unterminated',
  },
};

const refusals = new Map<string, string>();
let workDir = '';

beforeAll(async () => {
  const helm = helmBinary();
  const run = promisify(execFile);
  workDir = mkdtempSync(join(tmpdir(), 'helm-errors-'));
  await Promise.all(
    Object.entries(cases).map(async ([name, c], i) => {
      const file = join(workDir, `case-${i}.yaml`);
      writeFileSync(file, c.values);
      const archive = `../shared/chart/${c.chart}/catalyst-${c.chart}.tgz`;
      const args = ['template', 'catalyst', archive, '--namespace', 'catalyst', ...(c.noToken ? [] : ['--set', 'join_token=x']), '-f', file];
      try {
        await run(helm, args, { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
        refusals.set(name, '');
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr;
        if (stderr === undefined) throw error;
        // Helm logs warnings before the error; the error is the rest.
        refusals.set(name, stderr.slice(Math.max(0, stderr.indexOf('Error: '))));
      }
    }),
  );
}, 120_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const defaults = new Map<string, Values>();
function chartDefaults(chart: string): Values {
  let values = defaults.get(chart);
  if (!values) {
    const parsed = parseValues(readFileSync(`../shared/chart/${chart}/values.yaml`, 'utf8'));
    if (!parsed.ok) throw new Error(`the ${chart} values.yaml does not parse`);
    values = parsed.values;
    defaults.set(chart, values);
  }
  return values;
}

/** What the engine says of its phase, told from the message as Helm prints it. */
function phaseOf(message: string): string {
  if (message.includes("values don't meet the specifications")) return 'schema';
  if (message.includes('YAML parse error')) return 'yaml';
  return 'render';
}

describe("Helm's errors at the values they are about", () => {
  test.each(Object.keys(cases))('%s', (name) => {
    const c = cases[name] as Case;
    const message = refusals.get(name);
    expect(message, 'Helm accepted the values').not.toBe('');
    if (!message) throw new Error('unreachable');
    const user = parseValues(c.values);
    if (!user.ok) throw new Error('case values do not parse');
    const problems = locateHelmError(
      { phase: phaseOf(message), template: null, message },
      { values: coalesceValues(chartDefaults(c.chart), user.values), userValues: user.values },
    );
    expect(problems.map((p) => p.pointer).sort()).toEqual([...c.pointers].sort());
    for (const problem of problems) expect(problem.message).toContain(c.says);
  });

  test('a message that names no value is about the whole file, with Helm\'s words', () => {
    const problems = locateHelmError(
      { phase: 'yaml', template: 'catalyst/templates/management/deployment.yaml', message: 'YAML parse error on catalyst/templates/management/deployment.yaml: error converting YAML to JSON: yaml: line 136: did not find expected key' },
      { values: chartDefaults('1.90.0'), userValues: {} },
    );
    expect(problems).toEqual([{ pointer: '', message: expect.stringContaining('did not find expected key') }]);
  });

  test('leaves out the text Helm ran through tpl, which can be the whole rendered configuration', () => {
    const message = refusals.get(Object.keys(cases).find((name) => name.startsWith('tpl: an include')) ?? '') ?? '';
    expect(message.length).toBeGreaterThan(2000);
    const [problem] = locateHelmError({ phase: 'render', template: null, message }, { values: chartDefaults('1.90.0'), userValues: { agent: { config: { host: { extra: '{{ include "nope" . }}' } } } } });
    expect(problem?.message.length).toBeLessThan(400);
    expect(problem?.message).not.toContain('internal_dapr');
  });
});
