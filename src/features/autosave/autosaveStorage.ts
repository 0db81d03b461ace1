/**
 * The one place the studio touches localStorage. Records carry a version so a later studio can
 * tell an old record from garbage; anything unreadable is treated as "nothing saved".
 */
const SESSION_KEY = 'catalyst-values-studio:session';
const BEFORE_SHARE_KEY = 'catalyst-values-studio:before-share';
const REMEMBER_SECRETS_KEY = 'catalyst-values-studio:remember-secrets';

export interface SavedSession {
  v: 1;
  chartVersion: string;
  text: string;
  /** ISO time of the save. */
  savedAt: string;
  /** Pointers whose secret values were replaced by "" before saving. */
  blanked: string[];
}

function read(key: string): SavedSession | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (!isSavedSession(parsed)) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

/** False when storage is full or disabled (private windows, policies): the caller says "not saved". */
function write(key: string, record: SavedSession): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export const loadSavedSession = (): SavedSession | undefined => read(SESSION_KEY);
export const saveSession = (record: SavedSession): boolean => write(SESSION_KEY, record);

/** Work saved before a share link replaced it, so opening a link is never a one-way door. */
export const loadWorkBeforeShare = (): SavedSession | undefined => read(BEFORE_SHARE_KEY);
export const keepWorkBeforeShare = (record: SavedSession): boolean => write(BEFORE_SHARE_KEY, record);

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

function isSavedSession(value: unknown): value is SavedSession {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return r['v'] === 1 && typeof r['chartVersion'] === 'string' && typeof r['text'] === 'string' && typeof r['savedAt'] === 'string' && Array.isArray(r['blanked']) && r['blanked'].every((p) => typeof p === 'string');
}
