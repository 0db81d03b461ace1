import type { Values } from '../diagnostics/Diagnostic';
import { applySetFlag, type ReadFlagFile } from './applySetFlag';
import { defineOwn } from './defineOwn';
import { isValuesMap } from './isValuesMap';
import { mergeValueFiles } from './mergeValueFiles';
import { valueFlagOrder, type ValueFlag } from './ValueFlag';

type HelmValuesResult = { ok: true; values: Values } | { ok: false; flag: ValueFlag; message: string };

/**
 * The user's values as `helm install -f a.yaml -f b.yaml --set …` builds them, before the chart's defaults:
 * the files merged in order, then the flags in Helm's fixed order (`--set-json`, `--set`, `--set-string`,
 * `--set-file`, `--set-literal`, each kind in command-line order). The inputs are not changed. A flag Helm refuses is the
 * result, with Helm's reason.
 */
export function mergeHelmValues(files: readonly Values[], flags: readonly ValueFlag[], readFile?: ReadFlagFile): HelmValuesResult {
  // The flags change the maps they walk through: they get a copy. Without flags the merge is the answer.
  const merged = mergeValueFiles(files);
  let values = flags.length === 0 ? merged : cloneValues(merged);
  for (const kind of valueFlagOrder) {
    for (const flag of flags.filter((f) => f.kind === kind)) {
      if (kind === 'set-json' && flag.text.trim().startsWith('{')) {
        // One whole JSON object, merged like another values file.
        const object = parseJsonObject(flag.text);
        if (typeof object === 'string') return { ok: false, flag, message: object };
        values = mergeValueFiles([values, object]);
        continue;
      }
      const applied = applySetFlag(values, kind, flag.text, readFile);
      if (!applied.ok) return { ok: false, flag, message: applied.message };
    }
  }
  return { ok: true, values };
}

function parseJsonObject(text: string): Values | string {
  try {
    const parsed: unknown = JSON.parse(text);
    return isValuesMap(parsed) ? cloneValues(parsed) : 'not a JSON object';
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`;
  }
}

/** A deep copy the flags may change in place (they change the maps and lists they walk through). */
function cloneValues(values: Values): Values {
  const copy: Values = {};
  for (const key of Object.keys(values)) defineOwn(copy, key, cloneValue(values[key]));
  return copy;
}

function cloneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (isValuesMap(value)) return cloneValues(value);
  return value;
}
