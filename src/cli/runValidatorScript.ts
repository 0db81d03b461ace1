import { hash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { GeneratedValidators } from '../core/validate/SchemaCompiler';

/**
 * Set by the command line's build, which runs each chart's validators once with it: the run then writes
 * V8's code cache of what it compiled beside the script (validator code is compiled lazily, so a cache
 * written after a check holds the root validator, the largest function, already compiled).
 */
export const writeCodeCacheVariable = 'CATALYST_VALUES_WRITE_CODE_CACHE';

/** The code cache's file holds the SHA-256 of the script it was made from, then V8's data. */
const digestBytes = 32;

interface ValidatorScript {
  /** Whether V8 took the code cache beside the script, so nothing was compiled that the cache holds. */
  readonly usedCodeCache: boolean;
  /** Runs the script with what it needs (see generateValidatorScript) and returns the validators. */
  run(args: readonly unknown[]): GeneratedValidators;
  /** Writes the code cache of everything compiled from the script so far beside it. */
  writeCodeCache(): void;
}

/**
 * A chart's validators, from a script the build wrote beside the bundle (see generateValidatorScript),
 * compiled from V8's code cache when the cache beside it was made from this very script by this Node:
 * compiling a chart's validators (over a megabyte of code) would otherwise take most of a run's start.
 *
 * The cache is written at build time only, never while the command line runs: an installed package is
 * often read-only to the user who runs it, and parallel runs (a pre-commit hook per file) would race to
 * write it. V8 refuses a cache of another Node or other V8 flags and the script is compiled as usual, so
 * such a run is slower, not wrong. V8 itself only compares the script's length, so the script's digest,
 * kept in the cache, must match too.
 */
export function runValidatorScript(script: URL, args: readonly unknown[]): GeneratedValidators {
  const loaded = loadValidatorScript(script);
  if (process.env[writeCodeCacheVariable]) process.once('exit', () => loaded.writeCodeCache());
  return loaded.run(args);
}

export function loadValidatorScript(script: URL): ValidatorScript {
  const source = readFileSync(script);
  const digest = hash('sha256', source, 'buffer');
  const cacheFile = codeCacheFile(script);
  const cache = readCodeCache(cacheFile, digest);
  const compiled = new Script(source.toString('utf8'), { filename: fileURLToPath(script), ...(cache && { cachedData: cache }) });
  return {
    usedCodeCache: cache !== undefined && !compiled.cachedDataRejected,
    run: (args) => (compiled.runInThisContext() as (...args: readonly unknown[]) => GeneratedValidators)(...args),
    writeCodeCache: () => writeFileSync(cacheFile, Buffer.concat([digest, compiled.createCachedData()])),
  };
}

/** Where a script's code cache lives: beside it, `.code-cache` for `.js`. */
export function codeCacheFile(script: URL): string {
  return fileURLToPath(script).replace(/\.js$/, '.code-cache');
}

function readCodeCache(file: string, digest: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return bytes.length > digestBytes && bytes.subarray(0, digestBytes).equals(digest) ? bytes.subarray(digestBytes) : undefined;
}
