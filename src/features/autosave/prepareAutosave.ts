import type { Values } from '@/core/diagnostics/Diagnostic';
import type { HistoryEntry, HistoryLayers } from '@/core/session/sessionReducer';
import type { Layer } from '@/core/workspace/Workspace';
import type { JoinTokenSource } from '@/core/install/joinTokenSource';
import { blankSecrets } from '@/core/secrets/blankSecrets';
import { findSecrets } from '@/core/secrets/findSecrets';
import { parseValues } from '@/core/yaml/parseValues';
import type { SavedRecord } from '@/state/savedWork';
import type { ChartRef } from '@/core/chart/ChartRef';

export interface AutosaveInput {
  chartRef: ChartRef;
  text: string;
  textParses: boolean;
  userValues: Values;
  /** The edited layer's own values, when the session is a workspace (`userValues` are then base and overlay merged). */
  layerValues?: Values;
  /** A workspace's other layers: the base as written and every environment's overlay. */
  baseText?: string;
  overlays?: readonly Layer[];
  environment?: string | undefined;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  joinTokenSource: JoinTokenSource;
  rememberSecrets: boolean;
  isSecret: (pointer: string) => boolean;
}

type AutosavePlan = { save: true; record: SavedRecord } | { save: false; reason: string };

/**
 * Characters of undo history kept in storage, newest steps first. Browsers give an origin about five million
 * characters of localStorage; a long session on a large file would otherwise fill it and stop all saving.
 */
const HISTORY_BUDGET = 1_500_000;

/** More than the undo history holds, so every step still in it is found. */
const TEXTS_REMEMBERED = 256;

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
  /**
   * The values of each single-file text the session has held, newest last: every undo step was the session's
   * text once, so a step is cleaned from the values it had then, without parsing its text again (a burst of
   * typing in a large file leaves a step per keystroke).
   */
  const valuesOfText = new Map<string, Values>();

  const cleanEntry = (entry: HistoryEntry, isSecret: (pointer: string) => boolean): HistoryEntry | null => {
    if (clean.has(entry)) return entry;
    const known = cleaned.get(entry);
    if (known !== undefined) return known;
    const values = entry.layers ? undefined : valuesOfText.get(entry.text);
    if (values && findSecrets(values, isSecret).length === 0) {
      cleaned.set(entry, entry);
      return entry;
    }
    const text = blankedText(entry.text, isSecret);
    const layers = entry.layers ? blankedLayers(entry.layers, isSecret) : undefined;
    let result: HistoryEntry | null = null;
    if (text !== undefined && (entry.layers === undefined || layers !== undefined)) {
      const unchanged = text.text === entry.text && (layers === undefined || layers.unchanged);
      result = unchanged ? entry : { chartRef: entry.chartRef, text: text.text, ...(layers ? { layers: layers.layers } : {}) };
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
    /** Every state the session passes through, so its undo steps can be cleaned later without a parse. */
    seen(session: Pick<AutosaveInput, 'text' | 'textParses' | 'userValues' | 'layerValues' | 'overlays' | 'environment'>): void {
      if (!session.textParses || (session.overlays?.length ?? 0) > 0 || session.environment !== undefined) return;
      valuesOfText.delete(session.text);
      valuesOfText.set(session.text, session.layerValues ?? session.userValues);
      if (valuesOfText.size > TEXTS_REMEMBERED) valuesOfText.delete(valuesOfText.keys().next().value as string);
    },
    plan(input: AutosaveInput, now: Date): AutosavePlan {
      const base = { v: 2 as const, chartRef: input.chartRef, joinTokenSource: input.joinTokenSource, savedAt: now.toISOString() };
      const layers = layersOf(input);
      if (input.rememberSecrets) return { save: true, record: { ...base, text: input.text, blanked: [], ...(layers ? { layers } : {}), ...history(input) } };
      if (!input.textParses) return { save: false, reason: NOT_WHILE_BROKEN };
      // The edited layer's own secrets: an environment's merged values hold the base's too, which its overlay does not.
      const secrets = findSecrets(input.layerValues ?? input.userValues, input.isSecret);
      const blanked = blankSecrets(input.text, secrets);
      if (!blanked.ok) return { save: false, reason: NOT_WHILE_BROKEN };
      if (!layers) return { save: true, record: { ...base, text: blanked.text, blanked: secrets, ...history(input) } };
      const cleanLayers = blankedLayers(layers, input.isSecret);
      if (!cleanLayers) return { save: false, reason: NOT_WHILE_BROKEN };
      const all = [...new Set([...secrets, ...cleanLayers.blanked])];
      return { save: true, record: { ...base, text: blanked.text, blanked: all, layers: cleanLayers.layers, ...history(input) } };
    },
  };
}

/** A workspace's layers as they stand; undefined for a single file, whose record stays as before workspaces. */
function layersOf(input: AutosaveInput): HistoryLayers | undefined {
  const overlays = input.overlays ?? [];
  if (overlays.length === 0 && input.environment === undefined) return undefined;
  return { base: input.baseText ?? input.text, overlays, environment: input.environment };
}

function blankedText(text: string, isSecret: (pointer: string) => boolean): { text: string; blanked: string[] } | undefined {
  const parsed = parseValues(text);
  if (!parsed.ok) return undefined;
  const secrets = findSecrets(parsed.values, isSecret);
  const blanked = blankSecrets(text, secrets);
  return blanked.ok ? { text: blanked.text, blanked: secrets } : undefined;
}

/** Every layer without its secrets; undefined when one does not parse (its secrets cannot be found). */
function blankedLayers(layers: HistoryLayers, isSecret: (pointer: string) => boolean): { layers: HistoryLayers; blanked: string[]; unchanged: boolean } | undefined {
  const base = blankedText(layers.base, isSecret);
  if (!base) return undefined;
  const blanked = [...base.blanked];
  const overlays: Layer[] = [];
  for (const overlay of layers.overlays) {
    const text = blankedText(overlay.text, isSecret);
    if (!text) return undefined;
    blanked.push(...text.blanked);
    overlays.push(text.text === overlay.text ? overlay : { name: overlay.name, text: text.text });
  }
  const unchanged = base.text === layers.base && overlays.every((overlay, index) => overlay === layers.overlays[index]);
  return { layers: { base: base.text, overlays, environment: layers.environment }, blanked, unchanged };
}
