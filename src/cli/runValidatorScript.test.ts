import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { codeCacheFile, loadValidatorScript } from './runValidatorScript';

const dir = mkdtempSync(join(tmpdir(), 'validator-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for a chart's validators: its root says whether the values' answer is the one it was written with. */
function writeScript(name: string, answer: number): URL {
  const file = join(dir, name);
  writeFileSync(file, `(function (expected) { return { root: (values) => values.answer === ${answer} && expected === 'ok', subschemas: {} }; })\n`);
  return pathToFileURL(file);
}

describe('validators run from a script beside the bundle', () => {
  test('are compiled from the code cache written beside them, and judge as compiled afresh', () => {
    const script = writeScript('cached.js', 42);
    const first = loadValidatorScript(script);
    expect(first.usedCodeCache).toBe(false);
    expect(first.run(['ok']).root({ answer: 42 })).toBe(true);
    first.writeCodeCache();

    const again = loadValidatorScript(script);
    expect(again.usedCodeCache).toBe(true);
    expect(again.run(['ok']).root({ answer: 42 })).toBe(true);
    expect(again.run(['ok']).root({ answer: 41 })).toBe(false);
  });

  test('a script changed after its cache was written runs as it now reads, even at the same length', () => {
    const script = writeScript('changed.js', 42);
    const first = loadValidatorScript(script);
    first.run(['ok']).root({ answer: 42 });
    first.writeCodeCache();
    const before = readFileSync(script, 'utf8');
    writeScript('changed.js', 17);
    expect(readFileSync(script, 'utf8')).toHaveLength(before.length);

    const changed = loadValidatorScript(script);
    expect(changed.usedCodeCache).toBe(false);
    expect(changed.run(['ok']).root({ answer: 17 })).toBe(true);
    expect(changed.run(['ok']).root({ answer: 42 })).toBe(false);
  });

  test('a damaged or missing cache is passed over', () => {
    const script = writeScript('damaged.js', 42);
    writeFileSync(codeCacheFile(script), 'not a cache');
    expect(loadValidatorScript(script).run(['ok']).root({ answer: 42 })).toBe(true);
    rmSync(codeCacheFile(script));
    expect(loadValidatorScript(script).usedCodeCache).toBe(false);
  });
});
