import { dottedPath } from '../pointer/jsonPointer';
import type { OpenedShare } from '../share/openSharePayload';
import type { HistoryEntry, HistoryLayers } from './sessionReducer';
import { defaultJoinTokenSource, type JoinTokenSource } from '../install/joinTokenSource';
import { shippedChartRef, type ChartRef } from '../chart/ChartRef';

/** Work a previous page saved in this browser, as the start-up reads it back. */
export interface SavedWork {
  chartRef: ChartRef;
  text: string;
  /** Pointers whose secret values were blanked before saving: the user fills them in again. */
  blanked: string[];
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Where the user said the join token comes from; absent in work saved before it was kept. */
  joinTokenSource?: JoinTokenSource;
  /** A workspace's layers (`text` is then the edited one's); absent for a single file. */
  layers?: HistoryLayers;
}

export interface StartupInput {
  /** A `#share=` link in the address, opened; undefined when the address has none. */
  link: OpenedShare | undefined;
  saved: SavedWork | undefined;
  /** `?chart=` in the address; undefined when absent (or not a chart reference). */
  askedChart: ChartRef | undefined;
  /** Whether the studio can open the chart now: a version it ships, or a brought chart this browser keeps. */
  canOpen: (ref: ChartRef) => boolean;
  defaultChartVersion: string;
}

export interface StartupNotice {
  message: string;
  /** The work a share link replaced, offered back. */
  previous?: HistoryEntry;
}

/** The session the page opens on, and what it says about where that came from. */
interface StartupPlan {
  chartRef: ChartRef;
  text: string;
  past: HistoryEntry[];
  future: HistoryEntry[];
  joinTokenSource: JoinTokenSource;
  /** A workspace's layers, from the link or the saved work; absent for a single file. */
  layers?: HistoryLayers;
  notice?: StartupNotice;
  /** Why the link in the address could not be opened; the rest of the plan is then as if there were none. */
  linkError?: string;
}

/**
 * Which work the studio opens on. A share link that opens wins: the sender's values on the sender's chart,
 * with the saved work one Undo (or "Bring back") away. Otherwise the saved work comes back with its undo
 * history, on the chart `?chart=` asks for if the studio ships it, else on the chart it was saved on, else
 * the newest (saved work on a brought chart, which lived only in that page, comes back on a shipped one).
 * With neither, an empty file on `?chart=` or the newest. A link that cannot be opened is reported and
 * changes nothing else.
 */
export function startupPlan(input: StartupInput): StartupPlan {
  const { link, saved } = input;
  const asked = input.askedChart !== undefined && input.canOpen(input.askedChart) ? input.askedChart : undefined;
  const linkError = link && !link.ok ? { linkError: link.error } : {};

  if (link?.ok) {
    const previous = saved && hasWork(saved) ? { chartRef: saved.chartRef, text: saved.text, ...(saved.layers ? { layers: saved.layers } : {}) } : undefined;
    const overlays = link.overlays ?? [];
    return {
      chartRef: link.chartRef,
      text: link.text,
      ...(overlays.length > 0 ? { layers: { base: link.text, overlays, environment: overlays[0]?.name } } : {}),
      past: previous ? [...(saved?.past ?? []), previous] : [],
      future: [],
      joinTokenSource: link.joinTokenSource ?? defaultJoinTokenSource,
      notice: { message: 'Opened the shared values.', ...(previous ? { previous } : {}) },
    };
  }
  if (saved) {
    return {
      chartRef: asked ?? (input.canOpen(saved.chartRef) ? saved.chartRef : shippedChartRef(input.defaultChartVersion)),
      text: saved.text,
      past: saved.past,
      future: saved.future,
      joinTokenSource: saved.joinTokenSource ?? defaultJoinTokenSource,
      ...(saved.layers ? { layers: saved.layers } : {}),
      ...(hasWork(saved) ? { notice: { message: restoredMessage(saved.blanked) } } : {}),
      ...linkError,
    };
  }
  return { chartRef: asked ?? shippedChartRef(input.defaultChartVersion), text: '', past: [], future: [], joinTokenSource: defaultJoinTokenSource, ...linkError };
}

/** An empty file (or only blank lines) restores nothing a person would call their work; a workspace's environments do. */
function hasWork(saved: Pick<SavedWork, 'text' | 'layers'>): boolean {
  return saved.text.trim() !== '' || (saved.layers !== undefined && (saved.layers.base.trim() !== '' || saved.layers.overlays.length > 0));
}

function restoredMessage(blanked: readonly string[]): string {
  if (blanked.length === 0) return 'Restored your work from this browser.';
  return `Restored your work from this browser. Secret values were not saved: fill in ${blanked.map(dottedPath).join(', ')} again.`;
}
