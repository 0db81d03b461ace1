/**
 * Sizes past which a brought chart is refused before it is read. `helm pull` archives of real charts are
 * tens of KB and their schemas under 100 KB; these limits leave room for large charts while keeping a wrong
 * file (a disk image, a zip bomb) from freezing the page.
 */
export const chartArchiveLimits = {
  /** The .tgz as dropped. */
  archiveBytes: 20 * 1024 * 1024,
  /** The tar inside, as its gzip trailer declares it. */
  unpackedBytes: 100 * 1024 * 1024,
  schemaBytes: 5 * 1024 * 1024,
} as const;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
