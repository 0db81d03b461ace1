import { readFileSync } from 'node:fs';
import type { ReadFlagFile } from '../core/values/applySetFlag';
import type { ValueFlag } from '../core/values/ValueFlag';

/** Helm's value options, for node:util parseArgs: repeated, each kept in command-line order. */
export const valueFlagOptions = {
  values: { type: 'string', short: 'f', multiple: true },
  set: { type: 'string', multiple: true },
  'set-string': { type: 'string', multiple: true },
  'set-json': { type: 'string', multiple: true },
  'set-file': { type: 'string', multiple: true },
  'set-literal': { type: 'string', multiple: true },
} as const;

export const valueFlagUsage = `  -f, --values FILE          a values file; repeat to layer several, merged in order as Helm merges them
      --set K=V[,K=V]        a value (Helm's syntax: a.b=c, list={x,y}, a[0].b=c, escaped a\\.b); typed as
                             Helm types them (true, null, whole numbers); applied after the files
      --set-string K=V       a value kept as text
      --set-json K=JSON      a JSON value (or one whole JSON object)
      --set-file K=PATH      a value read from a file (a certificate, a script)
      --set-literal K=V      one value taken as written: commas, braces and backslashes included`;

interface ParsedValueFlags {
  set?: string[];
  'set-string'?: string[];
  'set-json'?: string[];
  'set-file'?: string[];
  'set-literal'?: string[];
}

export function valueFlagsFrom(parsed: ParsedValueFlags): ValueFlag[] {
  return [
    ...(parsed.set ?? []).map((text) => ({ kind: 'set' as const, text })),
    ...(parsed['set-string'] ?? []).map((text) => ({ kind: 'set-string' as const, text })),
    ...(parsed['set-json'] ?? []).map((text) => ({ kind: 'set-json' as const, text })),
    ...(parsed['set-file'] ?? []).map((text) => ({ kind: 'set-file' as const, text })),
    ...(parsed['set-literal'] ?? []).map((text) => ({ kind: 'set-literal' as const, text })),
  ];
}

/** `--set-file`'s reader: the file's text, relative to the working folder as for Helm. */
export const readFlagFile: ReadFlagFile = (path) => {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}` };
  }
};
