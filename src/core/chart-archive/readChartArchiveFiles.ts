import { Gunzip } from 'fflate';
import { chartArchiveLimits, megabytes, type ChartArchiveLimits } from './chartArchiveLimits';
import { TarStream, type ChartArchiveFile } from './TarStream';

export type { ChartArchiveFile } from './TarStream';

type ChartArchiveFilesResult =
  | { ok: true; folder: string; files: ChartArchiveFile[]; unpackedBytes: number }
  | { ok: false; error: string; unpackedBytes: number };

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most 1,032 to 1, so one step
 * unpacks at most about 1 MB: a bomb is caught within a megabyte of the limit, whatever it would expand to.
 */
const INPUT_STEP = 1024;

/** The most one step can unpack past the limit before it is caught (deflate's 1,032:1, with room). */
export const UNPACK_STEP_BYTES = INPUT_STEP * 1100;

/**
 * The regular files of a chart archive (`helm package` output: a gzipped tar holding one folder named after
 * the chart), paths relative to that folder, read in memory with the limits checked as it unpacks.
 * A plain tar is read too. Never throws: a wrong, damaged or hostile file is a message naming what is wrong.
 * `unpackedBytes` says how far unpacking went, refused or not.
 */
export function readChartArchiveFiles(bytes: Uint8Array, limits: ChartArchiveLimits = chartArchiveLimits): ChartArchiveFilesResult {
  if (bytes.byteLength > limits.archiveBytes) {
    return {
      ok: false,
      unpackedBytes: 0,
      error: `The archive is ${megabytes(bytes.byteLength)}; the studio reads chart archives up to ${megabytes(limits.archiveBytes)} (a chart's own is usually well under 1 MB).`,
    };
  }
  const tar = new TarStream(limits);
  let unpackedBytes = 0;
  let overLimit = false;
  const take = (chunk: Uint8Array) => {
    if (tar.finished || overLimit) return;
    unpackedBytes += chunk.byteLength;
    if (unpackedBytes > limits.unpackedBytes) {
      overLimit = true;
      return;
    }
    tar.push(chunk);
  };
  const stopped = () => tar.finished || overLimit;

  try {
    if (isGzip(bytes)) {
      const gunzip = new Gunzip((chunk) => take(chunk));
      for (let offset = 0; offset < bytes.byteLength && !stopped(); offset += INPUT_STEP) {
        const end = Math.min(offset + INPUT_STEP, bytes.byteLength);
        gunzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
      }
    } else {
      for (let offset = 0; offset < bytes.byteLength && !stopped(); offset += INPUT_STEP) take(bytes.subarray(offset, offset + INPUT_STEP));
    }
  } catch {
    // fflate throws on a damaged stream; what was read before the damage is not trusted either.
    if (!stopped()) return { ok: false, unpackedBytes, error: 'The archive is damaged: it could not be unpacked (gzip).' };
  }
  if (overLimit) {
    return {
      ok: false,
      unpackedBytes,
      error: `The archive unpacks to more than ${megabytes(limits.unpackedBytes)}; the studio reads charts up to ${megabytes(limits.unpackedBytes)} unpacked (a chart is usually well under 1 MB), and stopped unpacking there.`,
    };
  }
  tar.end();
  if (tar.error !== undefined) return { ok: false, unpackedBytes, error: tar.error };
  if (tar.folder === undefined) return { ok: false, unpackedBytes, error: 'The file is not a chart archive: it holds no chart folder.' };
  return { ok: true, folder: tar.folder, files: tar.files, unpackedBytes };
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
