/**
 * One thing a user should know after their values moved between chart versions. Pointers are JSON Pointers
 * into the user's values (`from` in the source version's layout, `to` in the target's).
 * - moved: the value now lives at `to` (same meaning, new place or new shape).
 * - renamed-value: the key stayed, the value was rewritten to the target's spelling.
 * - removed: the target chart does not read `from`; the value is kept, so nothing is lost, and the studio
 *   shows it as an unknown or unread key.
 * - new-required: the migrated values fail a rule of the target chart until the user sets `to`.
 * - changed-default: a chart default changed under the user's feet, or the user pinned a value that was the
 *   old chart's default and is now stale.
 * - changed-type: the target chart holds another type of value there (a list where a string was); kept as written.
 */
export interface MigrationStep {
  kind: 'moved' | 'renamed-value' | 'removed' | 'new-required' | 'changed-default' | 'changed-type';
  from?: string;
  to?: string;
  message: string;
}

/** What each kind of step is called where a person reads the report (the page's dialog, the command line). */
export const migrationStepNames: Record<MigrationStep['kind'], string> = {
  moved: 'Moved',
  'renamed-value': 'Value renamed',
  removed: 'Not read any more',
  'new-required': 'Now required',
  'changed-default': 'Default changed',
  'changed-type': 'Type changed',
};
