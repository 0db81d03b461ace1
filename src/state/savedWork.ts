import type { HistoryEntry, HistoryLayers } from '@/core/session/sessionReducer';
import type { Layer } from '@/core/workspace/Workspace';
import { checkEnvironmentName } from '@/core/workspace/checkEnvironmentName';
import type { SavedWork } from '@/core/session/startupPlan';
import { isJoinTokenSource } from '@/core/install/joinTokenSource';
import { chartRefText, parseChartRef, shippedChartRef, type ChartRef } from '@/core/chart/ChartRef';
import { defaultChartVersion } from '@/core/schema/chartCatalog';

/**
 * The one place the studio touches localStorage. Records carry a version so a later studio can tell an
 * old record from garbage; anything unreadable is treated as "nothing saved".
 *
 * v1: { v, chartVersion, text, savedAt, blanked }. v2 adds the undo history (`past`, `future`); a v1
 * record reads as work with no history. v2 records may hold `joinTokenSource` (where the user said the join
 * token comes from); without it, or with a value this studio does not know, the token is given at install.
 * They may hold `layers` (a workspace: `{ base, overlays: [{ name, text }], environment }`, `text` being the
 * edited layer's), in the record and in any history step; a record without it is a single file, and a
 * damaged one is read as the single file `text` holds, so the work in front of the user is never lost.
 */
const SESSION_KEY = 'catalyst-values-studio:session';
const REMEMBER_SECRETS_KEY = 'catalyst-values-studio:remember-secrets';

export interface SavedRecord extends SavedWork {
  v: 2;
  /** ISO time of the save. */
  savedAt: string;
}

/** The record as stored: each chart reference as its text (chartRefText), under the name `chartVersion` it has always had. */
interface StoredRecord extends Omit<SavedRecord, 'chartRef' | 'past' | 'future'> {
  chartVersion: string;
  past: StoredHistoryEntry[];
  future: StoredHistoryEntry[];
}

interface StoredHistoryEntry extends Omit<HistoryEntry, 'chartRef'> {
  chartVersion: string;
}

function storedEntry({ chartRef, ...entry }: HistoryEntry): StoredHistoryEntry {
  return { ...entry, chartVersion: chartRefText(chartRef) };
}

/**
 * The chart a stored text names. A malformed brought chart's text (no studio writes one) names no chart the
 * studio can open: the work comes back on the newest shipped chart rather than not at all.
 */
function savedChartRef(text: string): ChartRef {
  return parseChartRef(text) ?? shippedChartRef(defaultChartVersion);
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
export function saveWork({ v, chartRef, past, future, ...record }: SavedRecord): boolean {
  // The fields in the order earlier studios wrote them.
  const stored: StoredRecord = { v, chartVersion: chartRefText(chartRef), ...record, past: past.map(storedEntry), future: future.map(storedEntry) };
  try {
    window.localStorage.setItem(SESSION_KEY, JSON.stringify(stored));
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
  const chartRef = savedChartRef(chartVersion);
  const past = v === 2 ? historyOf(value['past']) : [];
  const future = v === 2 ? historyOf(value['future']) : [];
  const layers = layersOf(value['layers']);
  const work = { chartRef, text, blanked, ...joinTokenSource, ...(layers ? { layers } : {}) };
  if (past === undefined || future === undefined) return { ...work, past: [], future: [] };
  return { ...work, past, future };
}

function layersOf(value: unknown): HistoryLayers | undefined {
  if (!isObject(value) || typeof value['base'] !== 'string' || !Array.isArray(value['overlays'])) return undefined;
  const overlays: Layer[] = [];
  for (const overlay of value['overlays']) {
    if (!isObject(overlay) || typeof overlay['name'] !== 'string' || typeof overlay['text'] !== 'string') return undefined;
    if (checkEnvironmentName(overlay['name'], overlays.map((o) => o.name)) !== undefined) return undefined;
    overlays.push({ name: overlay['name'], text: overlay['text'] });
  }
  const environment = typeof value['environment'] === 'string' ? value['environment'] : undefined;
  return { base: value['base'], overlays, environment };
}

/** A damaged history is dropped, not the work it belongs to. */
function historyOf(value: unknown): HistoryEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: HistoryEntry[] = [];
  for (const item of value) {
    if (!isObject(item) || typeof item['text'] !== 'string' || typeof item['chartVersion'] !== 'string') return undefined;
    const layers = item['layers'] === undefined ? undefined : layersOf(item['layers']);
    if (item['layers'] !== undefined && layers === undefined) return undefined;
    entries.push({ text: item['text'], chartRef: savedChartRef(item['chartVersion']), ...(layers ? { layers } : {}) });
  }
  return entries;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
