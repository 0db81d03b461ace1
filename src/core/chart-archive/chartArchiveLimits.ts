/**
 * What the studio reads of a chart someone else made, past which it refuses the chart with a message naming
 * the limit. `helm pull` archives of real charts are tens of KB, hold tens to hundreds of files three or
 * four folders deep, and their schemas are under 100 KB; these limits leave room for large charts while
 * keeping a wrong or hostile file (a disk image, an archive bomb) from freezing the page or filling its
 * memory. Every limit is checked while the archive is unpacked, never after.
 */
export interface ChartArchiveLimits {
  /** The .tgz as dropped, before anything is unpacked. */
  archiveBytes: number;
  /** Everything the archive unpacks to, counted as it inflates. */
  unpackedBytes: number;
  /** Any one file in the chart: Helm's own default for a chart file (`--max-file-size`, 5 MiB). */
  fileBytes: number;
  /** Files, folders and other entries together. */
  entries: number;
  /** Folders inside folders, the chart's own folder counting as one. */
  folderDepth: number;
  /** Characters in one entry's path. */
  pathLength: number;
}

export const chartArchiveLimits = {
  archiveBytes: 20 * 1024 * 1024,
  unpackedBytes: 50 * 1024 * 1024,
  fileBytes: 5 * 1024 * 1024,
  entries: 10_000,
  folderDepth: 32,
  pathLength: 1024,
  /** values.schema.json is one file of the chart: it has the same limit. */
  schemaBytes: 5 * 1024 * 1024,
} as const satisfies ChartArchiveLimits & { schemaBytes: number };

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
