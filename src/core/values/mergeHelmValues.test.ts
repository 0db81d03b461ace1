import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { helmBinary } from '../../test-support/helmBinary';
import { parseValues } from '../yaml/parseValues';
import { coalesceValues } from './coalesceValues';
import { mergeHelmValues } from './mergeHelmValues';
import type { ValueFlag } from './ValueFlag';

/**
 * `-f` and the `--set` family, compared with a real Helm 4.1.4: for each case, the values `helm template`
 * renders with equal coalesceValues(defaults, mergeHelmValues(files, flags)), or both refuse the flags.
 * Flags are passed to Helm in the order written here, which is often not the order Helm applies them in.
 */
const run = promisify(execFile);

const DEFAULTS = `image:
  registry: docker.io
  tag: "1.0"
list: [a, b]
scalar: 5
toNull: keep-me
nested:
  deep: {x: 1}
`;

interface Case {
  files?: string[];
  flags: ValueFlag[];
  /** Files `--set-file` reads: name → content; `@name` in a flag stands for the file's path. */
  flagFiles?: Record<string, string>;
}

const set = (text: string): ValueFlag => ({ kind: 'set', text });
const setString = (text: string): ValueFlag => ({ kind: 'set-string', text });
const setJson = (text: string): ValueFlag => ({ kind: 'set-json', text });
const setFile = (text: string): ValueFlag => ({ kind: 'set-file', text });
const setLiteral = (text: string): ValueFlag => ({ kind: 'set-literal', text });

const ACCEPTED: Record<string, Case> = {
  'nested keys': { flags: [set('a.b=c,a.d=e'), set('image.tag=2.0')] },
  'a list in braces': { flags: [set('l={x,y,z}')] },
  'a list item replaces the default list': { flags: [set('list[0]=p')] },
  'maps inside lists, lists inside lists': { flags: [set('n[1].name=x,n[1].port=80'), set('m[0][1]=x')] },
  'escaped dot and comma': { flags: [set('annotations.prometheus\\.io/scrape=true,v=x\\,y')] },
  '--set types': { flags: [set('b1=TRUE,b2=False,nul=NULL,i=42,neg=-7,plus=+5,zero=0,lead=007,f=1.5,e=1e3,big=9223372036854775808,hex=0x10,negz=-0,word=yes')] },
  'empty value, empty braces, trailing comma': { flags: [set('empty='), set('braces={}'), set('trail=x,')] },
  'null deletes a chart default': { flags: [set('toNull=null,nested.deep.x=null')] },
  'a bare index and a bare dot set nothing': { flags: [set('a[0]'), set('b.'), set('c[0].')] },
  'later --set wins': { flags: [set('k=1'), set('k=2,j=3')] },
  '--set-string keeps text': { flags: [setString('i=42,b=true,n=null,l={1,2}')] },
  '--set-json values': { flags: [setJson('a={"x":[1,2]},b=[true],c=,d= 5 ,e="s",f=null')] },
  '--set-json with a whole object': { flags: [setJson('{"whole":{"x":1},"image":{"tag":"9"}}')] },
  '--set-json into list items': { flags: [setJson('l[1]={"k":"v"}')] },
  '--set-file reads the file': { flags: [setFile('cert=@cert.pem,l={@a.txt,@b.txt}')], flagFiles: { 'cert.pem': '-----BEGIN X-----\nabc\n-----END X-----\n', 'a.txt': 'one', 'b.txt': 'two\n' } },
  'Helm applies --set-json, --set, --set-string, --set-file in that order': {
    flags: [setFile('k=@k.txt'), setString('k=string,j=string'), set('j=1,k=1,m=1'), setJson('j=[1],k=[1],m=[1],n=[1]')],
    flagFiles: { 'k.txt': 'from a file' },
  },
  '--set-literal takes the whole value as text': { flags: [setLiteral('cidrs=10.0.0.0/8,172.16.0.0/12'), setLiteral('a.b[1]={x,y}\\,z=true'), setLiteral('n=007'), setLiteral('e=')] },
  '--set-literal keys know no escapes and no commas': { flags: [setLiteral('a\\.b=c'), setLiteral('k,j=v'), setLiteral('l[0].m=a.b')] },
  '--set-literal comes after every other flag': { flags: [setLiteral('k=literal'), setFile('k=@k.txt'), setString('k=string'), set('k=1')], flagFiles: { 'k.txt': 'from a file' } },
  '-f files merge in order, then the flags': {
    files: ['a: {x: 1, y: 2}\nl: [1]\ns: old\n', 'a: {y: null, z: 3}\nl: [2]\ns: {now: map}\n'],
    flags: [set('a.w=4,l[1]=9')],
  },
  'a flag adds to a map from a file': { files: ['image: {registry: quay.io}\n'], flags: [set('image.pullPolicy=Always')] },
  'a null from a later file is kept until the chart defaults': { files: ['scalar: 7\nfresh: 1\n', 'scalar: null\nfresh: null\n'], flags: [] },
};

const REFUSED: Record<string, Case> = {
  'a key without a value': { flags: [set('a')] },
  'a key ending in a comma': { flags: [set('a,b=1')] },
  'an unterminated list': { flags: [set('l={x,y')] },
  'a negative index': { flags: [set('a[-1]=x')] },
  'an index above 65536': { flags: [set('a[70000]=x')] },
  'an index that is not a number': { flags: [set('a[x]=1')] },
  'text after an index': { flags: [set('a[0]b=1')] },
  'a map key under a scalar from a file': { files: ['scalar: 5\n'], flags: [set('scalar.x=1')] },
  'an index on a map': { flags: [set('a.b=1,a[0]=2')] },
  'names nested deeper than 30': { flags: [set(Array.from({ length: 32 }, (_, i) => `k${i}`).join('.') + '=1')] },
  '--set-json that is not JSON': { flags: [setJson('a=hello')] },
  '--set-json cut short': { flags: [setJson('a=[1,2')] },
  '--set-json whole object cut short': { flags: [setJson('{"a":1')] },
  '--set-file of a missing file': { flags: [setFile('a=@missing.txt')] },
  '--set-literal without a value': { flags: [setLiteral('a')] },
  '--set-literal with an index that is not a number': { flags: [setLiteral('a[x]=1')] },
  '--set-literal under a scalar from a file': { files: ['scalar: 5\n'], flags: [setLiteral('scalar.x=1')] },
};

let dir = '';
const helmResults = new Map<string, { ok: true; values: Values } | { ok: false }>();
const withPaths = (flag: ValueFlag): ValueFlag => ({ ...flag, text: flag.text.replace(/@([\w.-]+)/g, (_m, name: string) => join(dir, name)) });

beforeAll(async () => {
  const helm = helmBinary();
  dir = mkdtempSync(join(tmpdir(), 'helm-flags-'));
  const chart = join(dir, 'chart');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: flags\nversion: 0.1.0\n');
  writeFileSync(join(chart, 'values.yaml'), DEFAULTS);
  writeFileSync(join(chart, 'templates/values.yaml'), '# {{ toJson .Values }}\n');
  await Promise.all(
    Object.entries({ ...ACCEPTED, ...REFUSED }).map(async ([name, c], i) => {
      for (const [file, content] of Object.entries(c.flagFiles ?? {})) writeFileSync(join(dir, file), content);
      const args = ['template', 'x', chart];
      (c.files ?? []).forEach((text, j) => {
        const path = join(dir, `case-${i}-${j}.yaml`);
        writeFileSync(path, text);
        args.push('-f', path);
      });
      for (const flag of c.flags.map(withPaths)) args.push(`--${flag.kind}`, flag.text);
      try {
        const { stdout } = await run(helm, args, { timeout: 30_000 });
        const line = stdout.split('\n').find((l) => l.startsWith('# {'));
        if (!line) throw new Error(`no values line in helm output: ${stdout}`);
        helmResults.set(name, { ok: true, values: JSON.parse(line.slice(2)) as Values });
      } catch (error) {
        if ((error as { stderr?: string }).stderr === undefined) throw error;
        helmResults.set(name, { ok: false });
      }
    }),
  );
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function ours(c: Case) {
  const files = (c.files ?? []).map((text) => {
    const parsed = parseValues(text);
    if (!parsed.ok) throw new Error(`test file does not parse: ${text}`);
    return parsed.values;
  });
  return mergeHelmValues(files, c.flags.map(withPaths), (path) => {
    try {
      return { text: readFileSync(path, 'utf8') };
    } catch {
      return { error: `cannot read ${path}` };
    }
  });
}

describe('Helm parity: -f and --set flags give the values helm template renders with', () => {
  const defaults = parseValues(DEFAULTS);

  test.each(Object.keys(ACCEPTED))('%s', (name) => {
    const helm = helmResults.get(name);
    expect(helm, `helm refused "${name}"`).toMatchObject({ ok: true });
    const result = ours(ACCEPTED[name] as Case);
    expect(result).toMatchObject({ ok: true });
    if (!defaults.ok || !result.ok || !helm?.ok) throw new Error('unreachable');
    expect(coalesceValues(defaults.values, result.values)).toEqual(helm.values);
  });

  test.each(Object.keys(REFUSED))('refused by Helm and by us: %s', (name) => {
    expect(helmResults.get(name)).toEqual({ ok: false });
    const result = ours(REFUSED[name] as Case);
    expect(result).toMatchObject({ ok: false, message: expect.any(String) });
  });

  test('the inputs are left as they were', () => {
    const file = { a: { list: [1] } };
    const result = mergeHelmValues([file], [set('a.list[1]=2,a.b=c')]);
    expect(result).toEqual({ ok: true, values: { a: { list: [1, 2], b: 'c' } } });
    expect(file).toEqual({ a: { list: [1] } });
  });
});
