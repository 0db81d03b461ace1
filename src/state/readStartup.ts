import { defaultChartVersion, findShippedChartVersion, isShippedChartVersion } from '@/core/schema/chartCatalog';
import { createSession, type HistoryEntry, type Session } from '@/core/session/sessionReducer';
import { startupPlan, type StartupNotice } from '@/core/session/startupPlan';
import type { OpenedShare } from '@/core/share/openSharePayload';
import { payloadFromUrl } from '@/core/share/shareUrl';
import { chartVersionInAddress } from './chartVersionInAddress';
import { loadRememberSecrets, loadSavedWork } from './savedWork';
import { keptChartKeys } from './keptCharts';
import { chartRefText, parseChartRef, sameChartRef, type ChartRef } from '@/core/chart/ChartRef';

export interface Startup {
  session: Session;
  notice: StartupNotice | undefined;
  linkError: string | undefined;
  /** The session is the saved work as it was saved (or empty with nothing saved): autosave has nothing to write yet. */
  alreadySaved: boolean;
  /** Restored undo steps that were saved without secrets. */
  trustedHistory: readonly HistoryEntry[];
}

/** `?chart=1.90`, `?chart=v1.90.0` and `?chart=1.90.0` open the same shipped chart; other text is passed on as asked. */
function askedChart(): ChartRef | undefined {
  const asked = chartVersionInAddress(window.location.search);
  return asked === undefined ? undefined : parseChartRef(findShippedChartVersion(asked) ?? asked);
}

/** Said where the link would have been opened: the work the page had stays. */
export const linkReaderFailed = 'The studio could not load its link reader. Reload the page to try again.';

/**
 * The `#share=` link the page was opened with, opened, or undefined without one. The share decoder (and its
 * decompressor) loads only when there is a link: most loads have none, and their first paint does not wait for it.
 */
export async function openLinkInAddress(): Promise<OpenedShare | undefined> {
  const payload = payloadFromUrl(window.location.href);
  if (payload === null) return undefined;
  try {
    const { openSharePayload } = await import('@/core/share/openSharePayload');
    return openSharePayload(payload);
  } catch {
    return { ok: false, error: linkReaderFailed };
  }
}

/**
 * Reads the address and the saved work and decides, once, what the page opens on. No side effects, so a
 * second call (React's StrictMode calls initialisers twice) gives the same answer; `forgetShareLinkInAddress`
 * then takes the link out of the address.
 * `link`: what openLinkInAddress made of the address's share link.
 */
export function readStartup(link: OpenedShare | undefined): Startup {
  const saved = loadSavedWork();
  const plan = startupPlan({
    link,
    saved,
    askedChart: askedChart(),
    // A chart the user brought and this browser keeps opens again like a shipped one.
    canOpen: (ref) => isShippedChartVersion(chartRefText(ref)) || keptChartKeys().includes(chartRefText(ref)),
    defaultChartVersion,
  });
  const restored = saved !== undefined && plan.text === saved.text && plan.past === saved.past && plan.layers === saved.layers;
  return {
    session: createSession(plan.chartRef, plan.text, { past: plan.past, future: plan.future }, plan.joinTokenSource, plan.layers),
    notice: plan.notice,
    linkError: plan.linkError,
    alreadySaved: restored ? sameChartRef(plan.chartRef, saved.chartRef) : plan.text === '' && saved === undefined,
    trustedHistory: restored && !loadRememberSecrets() ? plan.past.concat(plan.future) : [],
  };
}

/** The link was read: a reload shows the user's later work, not the link again. */
export function forgetShareLinkInAddress(): void {
  if (payloadFromUrl(window.location.href) === null) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}
