/** Everything a share link carries: the chart version and the values file as written (comments included). */
export interface ShareState {
  chartVersion: string;
  text: string;
}
