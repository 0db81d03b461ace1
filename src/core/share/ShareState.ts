import type { JoinTokenSource } from '../install/joinTokenSource';
import type { Layer } from '../workspace/Workspace';
import type { ChartRef } from '../chart/ChartRef';

/**
 * Everything a share link carries: the chart version, the values file as written (comments included), where
 * the join token comes from, and the environments' overlays of a workspace (`text` is then its base file).
 */
export interface ShareState {
  /** Travels as text (see chartRefText): a release's version, or a brought chart's `yours:<name>@<version>`. */
  chartRef: ChartRef;
  text: string;
  /** Absent in links made before it was carried: they open with the token given at install. */
  joinToken?: JoinTokenSource;
  /** Absent or empty for a single file (such links keep the v2 format every earlier studio opens). */
  overlays?: readonly Layer[];
}
