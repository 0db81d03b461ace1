import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { MAX_VALUES_LENGTH, parseValues, type ParseOptions } from './parseValues';
import { readPlainBlockValues } from './readPlainBlockValues';

type ValuesToCheck =
  | { ok: true; values: Values; issues: Diagnostic[]; locate(pointer: string): { line: number; column: number } }
  | { ok: false; issues: Diagnostic[] };

/**
 * A values file read only to be checked, not edited: its values, its issues and where each key stands, as
 * parseValues gives them. A file in the plainest block YAML (most large generated files) is read line by
 * line, several times faster and without building a YAML document; any other file by parseValues.
 */
export function parseValuesToCheck(text: string, options: ParseOptions = {}): ValuesToCheck {
  const plain = text.length <= (options.maxLength ?? MAX_VALUES_LENGTH) ? readPlainBlockValues(text) : undefined;
  if (plain) return { ok: true, values: plain.values, issues: [], locate: plain.locate };
  const parsed = parseValues(text, options);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  return { ok: true, values: parsed.values, issues: parsed.issues, locate: (pointer) => document.locate(pointer) };
}
