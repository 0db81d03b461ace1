import type { Diagnostic } from '../diagnostics/Diagnostic';
import type { TextEdit } from './TextEdit';

/** A change the report offers for a known mistake; applying it edits the imported text, nothing else. */
export interface ImportFix {
  id: string;
  /** A short imperative, used as the button's accessible name: "Use aws for global.secrets.provider". */
  title: string;
  /** What is wrong and what the fix does, in one sentence. */
  detail: string;
  edits: TextEdit[];
}

/** What an imported file holds, before it replaces the user's work. */
export interface ImportReport {
  /** False when the text is not readable YAML: it cannot be opened until the errors are fixed. */
  parses: boolean;
  /** Syntax errors (and other reading errors), each with its line. */
  yamlErrors: Diagnostic[];
  /** What Helm would reject: schema violations and the chart's template rules. */
  schemaErrors: Diagnostic[];
  /** Keys the chart does not know; they stay in the file, so each comes with a did-you-mean when one is close. */
  unknownKeys: Diagnostic[];
  /** Install-time traps and other warnings. */
  warnings: Diagnostic[];
  /**
   * True when the file has no join_token. That is the usual case (the install command passes it with
   * `--set join_token`), so it is reported as a note, not as an error.
   */
  joinTokenMissing: boolean;
  fixes: ImportFix[];
}
