import type { HistoryEntry } from '@/core/session/sessionReducer';
import type { SavedWork } from '@/core/session/startupPlan';
import { isJoinTokenSource } from '@/core/install/joinTokenSource';

/**
 * The one place the studio touches localStorage. Records carry a version so a later studio can tell an
 * old record from garbage; anything unreadable is treated as "nothing saved".
 *
 * v1: { v, chartVersion, text, savedAt, blanked }. v2 adds the undo history (`past`, `future`); a v1
 * record reads as work with no history. v2 records may hold `joinTokenSource` (where the user said the join
 * token comes from); without it, or with a value this studio does not know, the token is given at install.
 */
const SESSION_KEY = 'catalyst-values-studio:session';
const REMEMBER_SECRETS_KEY = 'catalyst-values-studio:remember-secrets';

export interface SavedRecord extends SavedWork {
  v: 2;
  /** ISO time of the save. */
  savedAt: string;
}

export function loadSavedWork(): SavedWork | undefined {
  try {
    const raw = window.localStorage.getItem(SESSION_KEY);
    if (raw === null) return undefined;
    return readRecord(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** False when storage is full or disabled (private windows, policies): the caller says "not saved". */
export function saveWork(record: SavedRecord): boolean {
  try {
    window.localStorage.setItem(SESSION_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function loadRememberSecrets(): boolean {
  try {
    return window.localStorage.getItem(REMEMBER_SECRETS_KEY) === 'true';
  } catch {
    return false;
  }
}

export function saveRememberSecrets(remember: boolean): void {
  try {
    if (remember) window.localStorage.setItem(REMEMBER_SECRETS_KEY, 'true');
    else window.localStorage.removeItem(REMEMBER_SECRETS_KEY);
  } catch {
    // Storage unavailable: the setting lasts for this page only.
  }
}

function readRecord(value: unknown): SavedWork | undefined {
  if (!isObject(value)) return undefined;
  const { v, chartVersion, text, blanked } = value;
  const joinTokenSource = isJoinTokenSource(value['joinTokenSource']) ? { joinTokenSource: value['joinTokenSource'] } : {};
  if ((v !== 1 && v !== 2) || typeof chartVersion !== 'string' || typeof text !== 'string' || !isStringArray(blanked)) return undefined;
  const past = v === 2 ? historyOf(value['past']) : [];
  const future = v === 2 ? historyOf(value['future']) : [];
  if (past === undefined || future === undefined) return { chartVersion, text, blanked, past: [], future: [], ...joinTokenSource };
  return { chartVersion, text, blanked, past, future, ...joinTokenSource };
}

/** A damaged history is dropped, not the work it belongs to. */
function historyOf(value: unknown): HistoryEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: HistoryEntry[] = [];
  for (const item of value) {
    if (!isObject(item) || typeof item['text'] !== 'string' || typeof item['chartVersion'] !== 'string') return undefined;
    entries.push({ text: item['text'], chartVersion: item['chartVersion'] });
  }
  return entries;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
