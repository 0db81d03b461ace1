import { isShippedChartVersion, shippedChartVersions } from '../schema/chartCatalog';
import { chartRefText, type ChartRef } from '../chart/ChartRef';
import { decodeShare } from './decodeShare';
import type { JoinTokenSource } from '../install/joinTokenSource';
import type { Layer } from '../workspace/Workspace';

export type OpenedShare =
  | { ok: true; text: string; chartRef: ChartRef; joinTokenSource?: JoinTokenSource; overlays?: readonly Layer[] }
  | { ok: false; error: string };

/**
 * A share payload as the studio opens it: values printed as a file, or why it cannot be opened. Values for
 * a chart the sender brought open on that chart's key; the link never carries the chart, so the page asks
 * for it when this browser does not have it (nothing is fetched).
 */
export function openSharePayload(payload: string): OpenedShare {
  const decoded = decodeShare(payload);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const { chartRef, joinToken, overlays } = decoded.state;
  if (chartRef.kind === 'shipped' && !isShippedChartVersion(chartRef.version)) {
    return {
      ok: false,
      error: `This share link is for chart ${chartRefText(chartRef)}, which this studio does not know (it knows ${shippedChartVersions.join(', ')}).`,
    };
  }
  return { ok: true, chartRef, text: decoded.state.text, ...(joinToken ? { joinTokenSource: joinToken } : {}), ...(overlays?.length ? { overlays } : {}) };
}
