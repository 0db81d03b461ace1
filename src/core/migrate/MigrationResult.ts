import type { Values } from '../diagnostics/Diagnostic';
import type { MigrationStep } from './MigrationStep';

/** The user's values in the target chart's layout, and what the user should know about the move. */
export interface MigrationResult {
  values: Values;
  report: MigrationStep[];
}
