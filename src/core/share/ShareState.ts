import type { Values } from '../diagnostics/Diagnostic';

/** Everything a share link carries: the chart version and the user's changes-only values. */
export interface ShareState {
  chartVersion: string;
  values: Values;
}
