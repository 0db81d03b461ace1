import type { Values } from '@/core/diagnostics/Diagnostic';
import { blankSecrets } from '@/core/secrets/blankSecrets';
import { findSecrets } from '@/core/secrets/findSecrets';
import type { SavedSession } from './autosaveStorage';

export interface AutosaveInput {
  chartVersion: string;
  text: string;
  textParses: boolean;
  userValues: Values;
  rememberSecrets: boolean;
  isSecret: (pointer: string) => boolean;
}

export type AutosavePlan = { save: true; record: SavedSession } | { save: false; reason: string };

/**
 * What to write for the current work. Without "remember secrets", secret values are blanked; text
 * that does not parse cannot be blanked reliably, so it is not written and the last good save stays.
 */
export function prepareAutosave(input: AutosaveInput, now: Date): AutosavePlan {
  const base = { v: 1 as const, chartVersion: input.chartVersion, savedAt: now.toISOString() };
  if (input.rememberSecrets) return { save: true, record: { ...base, text: input.text, blanked: [] } };
  if (!input.textParses) return { save: false, reason: 'Not saved while the YAML has errors; the last good version is kept.' };
  const secrets = findSecrets(input.userValues, input.isSecret);
  const blanked = blankSecrets(input.text, secrets);
  if (!blanked.ok) return { save: false, reason: 'Not saved while the YAML has errors; the last good version is kept.' };
  return { save: true, record: { ...base, text: blanked.text, blanked: secrets } };
}
