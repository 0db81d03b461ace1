import type { Values } from '@/core/diagnostics/Diagnostic';
import type { HistoryEntry } from '@/core/session/sessionReducer';
import type { JoinTokenSource } from '@/core/install/joinTokenSource';
import { blankSecrets } from '@/core/secrets/blankSecrets';
import { findSecrets } from '@/core/secrets/findSecrets';
import { parseValues } from '@/core/yaml/parseValues';
import type { SavedRecord } from '@/state/savedWork';

export interface AutosaveInput {
  chartVersion: string;
  text: string;
  textParses: boolean;
  userValues: Values;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  joinTokenSource: JoinTokenSource;
  rememberSecrets: boolean;
  isSecret: (pointer: string) => boolean;
}

export type AutosavePlan = { save: true; record: SavedRecord } | { save: false; reason: string };

/**
 * Characters of undo history kept in storage, newest steps first. Browsers give an origin about five million
 * characters of localStorage; a long session on a large file would otherwise fill it and stop all saving.
 */
const HISTORY_BUDGET = 1_500_000;

const NOT_WHILE_BROKEN = 'Not saved while the YAML has errors; the last good version is kept.';

/**
 * Plans what to write for the current work. Without "remember secrets", secret values are blanked, in the
 * text and in every step of the undo history; text that does not parse cannot be blanked reliably, so it is
 * not written (the last good save stays) and such a history step is left out. A history step is cleaned once
 * and remembered, so a save costs the new steps only.
 */
export function createAutosavePlanner(trusted: readonly HistoryEntry[]) {
  /** Steps known to hold no secret: restored from a save that blanked them. */
  const clean = new WeakSet<HistoryEntry>(trusted);
  let cleaned = new WeakMap<HistoryEntry, HistoryEntry | null>();
  let cleanedFor: ((pointer: string) => boolean) | undefined;

  const cleanEntry = (entry: HistoryEntry, isSecret: (pointer: string) => boolean): HistoryEntry | null => {
    if (clean.has(entry)) return entry;
    const known = cleaned.get(entry);
    if (known !== undefined) return known;
    const parsed = parseValues(entry.text);
    let result: HistoryEntry | null = null;
    if (parsed.ok) {
      const blanked = blankSecrets(entry.text, findSecrets(parsed.values, isSecret));
      result = blanked.ok ? (blanked.text === entry.text ? entry : { chartVersion: entry.chartVersion, text: blanked.text }) : null;
    }
    cleaned.set(entry, result);
    return result;
  };

  const history = (input: AutosaveInput) => {
    if (input.isSecret !== cleanedFor) {
      cleaned = new WeakMap();
      cleanedFor = input.isSecret;
    }
    const keep = (entry: HistoryEntry) => (input.rememberSecrets ? entry : cleanEntry(entry, input.isSecret));
    let budget = HISTORY_BUDGET;
    const within = (entry: HistoryEntry | null): entry is HistoryEntry => {
      if (entry === null || budget < entry.text.length) return false;
      budget -= entry.text.length;
      return true;
    };
    // Newest first on both sides of the present, so the budget drops the oldest steps.
    const past = [...input.past].reverse().map(keep).filter(within).reverse();
    const future = input.future.map(keep).filter(within);
    return { past, future };
  };

  return {
    plan(input: AutosaveInput, now: Date): AutosavePlan {
      const base = { v: 2 as const, chartVersion: input.chartVersion, joinTokenSource: input.joinTokenSource, savedAt: now.toISOString() };
      if (input.rememberSecrets) return { save: true, record: { ...base, text: input.text, blanked: [], ...history(input) } };
      if (!input.textParses) return { save: false, reason: NOT_WHILE_BROKEN };
      const secrets = findSecrets(input.userValues, input.isSecret);
      const blanked = blankSecrets(input.text, secrets);
      if (!blanked.ok) return { save: false, reason: NOT_WHILE_BROKEN };
      return { save: true, record: { ...base, text: blanked.text, blanked: secrets, ...history(input) } };
    },
  };
}

export type AutosavePlanner = ReturnType<typeof createAutosavePlanner>;
