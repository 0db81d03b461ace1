/** The files of a chart the user brings, as read from an archive or dropped one by one. */
export interface ChartFiles {
  /** From Chart.yaml; a generic name when the schema and values came without it. */
  name: string;
  version: string;
  valuesText: string;
  schemaText: string;
}

export type ChartFilesResult = { ok: true; files: ChartFiles } | { ok: false; error: string };
