import type { Values } from '../diagnostics/Diagnostic';
import { downgrade1_90To1_28 } from './downgrade1_90To1_28';
import type { MigrationResult } from './MigrationResult';
import { upgrade1_28To1_90 } from './upgrade1_28To1_90';

/** The chart versions values can be moved between, oldest first. */
export const migratableChartVersions: readonly string[] = ['1.28.0', '1.90.0'];

/**
 * The user's own values (not coalesced: chart defaults must keep following the chart) rewritten for another
 * chart version, with what the user should know. Pure: the input is never mutated. Keys the target does not
 * read are kept, so a move there and back loses nothing.
 * Throws for a pair of versions the studio has no migration for: that is a caller's mistake, since the
 * studio only offers the versions it ships.
 */
export function migrateValues(userValues: Values, from: string, to: string): MigrationResult {
  if (from === to && migratableChartVersions.includes(from)) return { values: userValues, report: [] };
  if (from === '1.28.0' && to === '1.90.0') return upgrade1_28To1_90(userValues);
  if (from === '1.90.0' && to === '1.28.0') return downgrade1_90To1_28(userValues);
  throw new Error(`No migration from chart ${from} to chart ${to}: the studio moves values between ${migratableChartVersions.join(' and ')}.`);
}
