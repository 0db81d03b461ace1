import type { PlacedDiagnostic } from '../../core/validate/checkHelmValues';

/** One check of values (a file, or `-f` files and flags together): what the output formats print. */
export interface CheckReport {
  /** The file the check is named by: the last values file, or the flag when there is none. */
  file: string;
  /** No error (and, with --strict, no warning). */
  valid: boolean;
  diagnostics: readonly PlacedDiagnostic[];
}
