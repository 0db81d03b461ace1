import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { applySetFlag, type ReadFlagFile } from '../values/applySetFlag';
import { ownValue } from '../values/defineOwn';
import { arrayIndex } from '../values/getAt';
import { isValuesMap } from '../values/isValuesMap';
import { mergeHelmValues } from '../values/mergeHelmValues';
import { valueFlagOrder, type ValueFlag } from '../values/ValueFlag';
import type { ParseOptions } from '../yaml/parseValues';
import { parseValuesToCheck } from '../yaml/parseValuesToCheck';
import type { Chart } from '../chart/createChart';

/** A values file given with `-f`: its name (as the user wrote it) and its text. */
export interface ValuesFileInput {
  name: string;
  text: string;
}

/** A problem, and where it came from: the file's name, or the flag (`--set`) that set the value. */
export interface PlacedDiagnostic extends Diagnostic {
  origin: string;
}

interface HelmValuesCheck {
  /** Every problem, the files' first in their order, each in text order. */
  diagnostics: PlacedDiagnostic[];
  /** The user's values after every file and flag (undefined when a file does not parse or a flag is refused). */
  userValues: Values | undefined;
}

/**
 * Judges what `helm install -f a.yaml -f b.yaml --set …` would install: the files merged in order, the flags
 * applied as Helm applies them, the result checked against the chart. Each problem is placed where its value
 * was last given: at its line in the file that set it, or at the flag. A problem with a value nobody gave (a
 * required value left out) is placed in the last file.
 */
export function checkHelmValues(
  files: readonly ValuesFileInput[],
  flags: readonly ValueFlag[],
  chart: Chart,
  options: { readFile?: ReadFlagFile; parse?: ParseOptions } = {},
): HelmValuesCheck {
  const diagnostics: PlacedDiagnostic[] = [];
  const parsed: { name: string; values: Values; locate(pointer: string): { line: number; column: number } }[] = [];
  for (const file of files) {
    const result = parseValuesToCheck(file.text, options.parse);
    for (const issue of result.issues) diagnostics.push({ ...issue, origin: file.name });
    if (result.ok) parsed.push({ name: file.name, values: result.values, locate: result.locate });
  }
  if (parsed.length < files.length) return { diagnostics, userValues: undefined };

  const merged = mergeHelmValues(
    parsed.map((file) => file.values),
    flags,
    options.readFile,
  );
  if (!merged.ok) {
    const { flag, message } = merged;
    diagnostics.push({ pointer: '', severity: 'error', message: `Helm refuses --${flag.kind} ${flag.text}: ${message}`, line: 1, column: 1, source: 'yaml', origin: `--${flag.kind}` });
    return { diagnostics, userValues: undefined };
  }

  // Newest first: the layer that gave a value last is where its problem is.
  const layers: { origin: string; values: Values; locate(pointer: string): { line: number; column: number } }[] = [];
  for (const kind of [...valueFlagOrder].reverse()) {
    flags.filter((flag) => flag.kind === kind).reverse().forEach((flag) => {
      const alone: Values = {};
      applySetFlag(alone, flag.kind, flag.text, options.readFile);
      layers.push({ origin: `--${flag.kind}`, values: alone, locate: () => ({ line: 1, column: 1 }) });
    });
  }
  for (const file of [...parsed].reverse()) layers.push({ origin: file.name, values: file.values, locate: file.locate });
  const lastFile = layers.find((layer) => files.some((file) => file.name === layer.origin)) ?? layers[0];

  const { problems } = chart.check(merged.values);
  for (const problem of problems) {
    const layer = layers.find((l) => gives(l.values, problem.pointer)) ?? lastFile;
    const { line, column } = layer ? layer.locate(problem.pointer) : { line: 1, column: 1 };
    diagnostics.push({ ...problem, line, column, origin: layer?.origin ?? '-' });
  }
  const order = new Map(files.map((file, index) => [file.name, index]));
  diagnostics.sort((a, b) => (order.get(a.origin) ?? files.length) - (order.get(b.origin) ?? files.length) || a.line - b.line || a.column - b.column || a.pointer.localeCompare(b.pointer));
  return { diagnostics, userValues: merged.values };
}

/** Whether these values give the value at `pointer`, or replace a parent of it with something that is not a map or list. */
function gives(values: Values, pointer: string): boolean {
  let current: unknown = values;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      const index = arrayIndex(segment);
      if (index === undefined || index >= current.length) return false;
      current = current[index];
    } else if (isValuesMap(current)) {
      if (!Object.hasOwn(current, segment)) return false;
      current = ownValue(current, segment);
    } else {
      return true;
    }
  }
  return true;
}
