/** Which text the pane shows: the user's own file, or every value Helm will use after merging the chart defaults. */
export type ValuesView = 'changes' | 'full';

/** A marker as the editor holds it, for the status line and the pane's `data-markers` summary. */
export interface EditorMarker {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}
