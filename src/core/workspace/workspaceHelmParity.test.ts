import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { helmBinary } from '../../test-support/helmBinary';
import { coalesceValues } from '../values/coalesceValues';
import { parseValues } from '../yaml/parseValues';
import { readWorkspace } from './readWorkspace';

const run = promisify(execFile);

const DEFAULTS = 'gateway:\n  tls:\n    enabled: false\n    existingSecret: ""\n  replicas: 1\nlist: [a, b]\nlogLevel: info\n';
const BASE = '# shared by every cluster\ngateway:\n  tls:\n    enabled: true\n    existingSecret: gw-tls\n  replicas: 2\nlist: [x, y]\nextra: {a: 1, b: [1, 2]}\n';
const OVERLAYS = {
  prod: 'gateway:\n  tls:\n    existingSecret: null\n  replicas: 5\nlist: [z]\nextra: {b: null, c: 3}\n',
  dev: 'gateway: {tls: null}\nlogLevel: null\nextra: scalar\n',
};

let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('every environment renders with the values helm template -f base -f overlay renders with', async () => {
  dir = mkdtempSync(join(tmpdir(), 'workspace-parity-'));
  const chart = join(dir, 'chart');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: layers\nversion: 0.1.0\n');
  writeFileSync(join(chart, 'values.yaml'), DEFAULTS);
  writeFileSync(join(chart, 'templates/values.yaml'), '# {{ toJson .Values }}\n');
  writeFileSync(join(dir, 'base.yaml'), BASE);
  const defaults = parseValues(DEFAULTS);
  if (!defaults.ok) throw new Error('defaults do not parse');
  const read = readWorkspace({ base: BASE, overlays: Object.entries(OVERLAYS).map(([name, text]) => ({ name, text })) });
  for (const environment of read.environments) {
    const file = join(dir, `${environment.name}.yaml`);
    writeFileSync(file, environment.overlay.text);
    const { stdout } = await run(helmBinary(), ['template', 'x', chart, '-f', join(dir, 'base.yaml'), '-f', file], { timeout: 30_000 });
    const line = stdout.split('\n').find((l) => l.startsWith('# {'));
    expect(line, stdout).toBeDefined();
    expect(coalesceValues(defaults.values, environment.userValues), environment.name).toEqual(JSON.parse((line ?? '').slice(2)));
  }
}, 120_000);
