import type { JoinTokenSource } from '../install/joinTokenSource';

/** Everything a share link carries: the chart version, the values file as written (comments included), where the join token comes from. */
export interface ShareState {
  chartVersion: string;
  text: string;
  /** Absent in links made before it was carried: they open with the token given at install. */
  joinToken?: JoinTokenSource;
}
