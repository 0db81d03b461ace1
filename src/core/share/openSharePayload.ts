import { isShippedChartVersion, shippedChartVersions } from '../schema/chartCatalog';
import { parseChartRef } from '../chart/ChartRef';
import { decodeShare } from './decodeShare';
import type { JoinTokenSource } from '../install/joinTokenSource';
import type { Layer } from '../workspace/Workspace';

export type OpenedShare =
  | { ok: true; text: string; chartVersion: string; joinTokenSource?: JoinTokenSource; overlays?: readonly Layer[] }
  | { ok: false; error: string };

/**
 * A share payload as the studio opens it: values printed as a file, or why it cannot be opened. Values for
 * a chart the sender brought open on that chart's key; the link never carries the chart, so the page asks
 * for it when this browser does not have it (nothing is fetched).
 */
export function openSharePayload(payload: string): OpenedShare {
  const decoded = decodeShare(payload);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const { chartVersion, joinToken, overlays } = decoded.state;
  const ref = parseChartRef(chartVersion);
  if (ref === undefined || (ref.kind === 'shipped' && !isShippedChartVersion(ref.version))) {
    return {
      ok: false,
      error: `This share link is for chart ${chartVersion}, which this studio does not know (it knows ${shippedChartVersions.join(', ')}).`,
    };
  }
  return { ok: true, chartVersion, text: decoded.state.text, ...(joinToken ? { joinTokenSource: joinToken } : {}), ...(overlays?.length ? { overlays } : {}) };
}
