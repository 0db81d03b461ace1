import type { ChartArchiveLimits } from './chartArchiveLimits';
import { megabytes } from './chartArchiveLimits';
import { checkEntryPath, showPath } from './checkEntryPath';

/** A regular file of the chart, its path relative to the chart's own folder (`templates/deployment.yaml`). */
export interface ChartArchiveFile {
  path: string;
  bytes: Uint8Array;
}

const BLOCK = 512;
/** PAX and GNU long-name records hold a name or two, never more. */
const MAX_METADATA_BYTES = 64 * 1024;

type Step =
  | { kind: 'header' }
  | { kind: 'data'; remaining: number; padding: number; sink: Uint8Array | undefined; filled: number; done: (data: Uint8Array | undefined) => void }
  | { kind: 'finished' };

/** What the next entry takes from a PAX (`x`) or GNU long-name (`L`, `K`) record before it. */
interface PendingNames {
  path?: string;
  linkPath?: string;
  size?: number;
}

/**
 * A tar archive read as it arrives, in chunks of any size, keeping only the chart's regular files. Every
 * limit is checked on an entry's header, before its data is read: a 200 MB file is refused by the 512 bytes
 * that announce it. Links, devices and names that reach outside the chart are refused, never followed.
 * After `error` is set or the archive's end is read, further chunks are ignored.
 */
export class TarStream {
  error: string | undefined;
  readonly files: ChartArchiveFile[] = [];
  /** The chart's own folder, the one every entry lies in. */
  folder: string | undefined;

  private step: Step = { kind: 'header' };
  private readonly header = new Uint8Array(BLOCK);
  private headerFilled = 0;
  private entries = 0;
  private pending: PendingNames = {};
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();
  private currentName = '';

  constructor(private readonly limits: ChartArchiveLimits) {}

  /** True once the archive's end was read or something was refused: no more input is needed. */
  get finished(): boolean {
    return this.step.kind === 'finished';
  }

  push(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length && this.step.kind !== 'finished') {
      const step = this.step;
      if (step.kind === 'header') {
        const take = Math.min(BLOCK - this.headerFilled, chunk.length - offset);
        this.header.set(chunk.subarray(offset, offset + take), this.headerFilled);
        this.headerFilled += take;
        offset += take;
        if (this.headerFilled === BLOCK) {
          this.headerFilled = 0;
          this.readHeader();
        }
      } else {
        const take = Math.min(step.remaining + step.padding, chunk.length - offset);
        const data = Math.min(take, step.remaining);
        if (step.sink && data > 0) step.sink.set(chunk.subarray(offset, offset + data), step.filled);
        step.filled += data;
        step.remaining -= data;
        step.padding -= take - data;
        offset += take;
        if (step.remaining === 0 && step.padding === 0) {
          this.step = { kind: 'header' };
          step.done(step.sink);
        }
      }
    }
  }

  /** Called when the input is over: an archive cut inside an entry is damaged. */
  end(): void {
    if (this.step.kind === 'finished') return;
    if (this.step.kind === 'data' || this.headerFilled > 0) {
      this.fail(`The archive is damaged: it ends in the middle of ${this.currentName ? showPath(this.currentName) : 'an entry'}.`);
    } else if (this.entries === 0) {
      this.fail('The file is not a chart archive: it holds no files.');
    }
    this.step = { kind: 'finished' };
  }

  private fail(error: string): void {
    this.error ??= error;
    this.step = { kind: 'finished' };
  }

  private readHeader(): void {
    const header = this.header;
    if (header.every((byte) => byte === 0)) {
      // The end-of-archive marker: whatever follows (padding, or bytes appended to hide there) is not read.
      this.step = { kind: 'finished' };
      return;
    }
    if (!checksumMatches(header)) {
      this.fail(this.entries === 0 ? 'The file is not a chart archive: its contents are not a tar archive.' : 'The archive is damaged: an entry\'s header does not match its checksum.');
      return;
    }
    this.entries += 1;
    if (this.entries > this.limits.entries) {
      this.fail(`The archive holds more than ${this.limits.entries.toLocaleString('en')} files and folders; the studio reads charts of up to ${this.limits.entries.toLocaleString('en')} (a chart has tens to hundreds).`);
      return;
    }
    const type = String.fromCharCode(header[156] ?? 0);
    const isMetadata = type === 'x' || type === 'g' || type === 'L' || type === 'K';
    const headerSize = readNumber(header.subarray(124, 136));
    // A PAX size stands for the next entry's, never for another record of names.
    const size = isMetadata ? headerSize : (this.pending.size ?? headerSize);
    if (size === undefined) {
      this.fail('The archive is damaged: an entry\'s size is not a number.');
      return;
    }
    const name = this.pending.path ?? headerName(header);
    const linkPath = this.pending.linkPath ?? text(header.subarray(157, 257));
    this.currentName = name;

    if (isMetadata) {
      if (size > MAX_METADATA_BYTES) {
        this.fail(`The archive is damaged or made to mislead: it holds a ${megabytes(size)} record of names, where a few hundred bytes are usual.`);
        return;
      }
      this.read(size, true, (data) => this.readMetadata(type, data ?? new Uint8Array()));
      return;
    }
    this.pending = {};

    const checked = checkEntryPath(name, this.limits);
    if (!checked.ok) {
      this.fail(checked.error);
      return;
    }
    const { segments } = checked;
    const path = segments.join('/');
    if (type === '1' || type === '2') {
      const what = type === '2' ? 'a symbolic link' : 'a hard link';
      this.fail(
        `The archive's entry ${showPath(path)} is ${what} (to ${showPath(linkPath)}); the studio never follows links in a chart. ` +
          'Package the chart with `helm package`, which stores the files themselves.',
      );
      return;
    }
    const isFolder = type === '5';
    const isFile = type === '0' || type === '\0' || type === '7';
    if (!isFolder && !isFile) {
      this.fail(`The archive's entry ${showPath(path)} is ${type === '3' || type === '4' ? 'a device' : type === '6' ? 'a pipe' : `of tar type "${type}"`}, not a file or a folder; a chart holds only files and folders.`);
      return;
    }
    if (!this.placeInChartFolder(segments, isFolder)) return;
    if (this.seenFiles.has(path) || (isFile && this.seenFolders.has(path))) {
      this.fail(`The archive holds ${showPath(path)} twice; the studio refuses an archive whose entries would overwrite each other.`);
      return;
    }
    if (isFolder) {
      this.seenFolders.add(path);
      this.read(size, false, () => undefined);
      return;
    }
    if (size > this.limits.fileBytes) {
      this.fail(`The archive's file ${showPath(path)} is ${megabytes(size)}; the studio reads chart files up to ${megabytes(this.limits.fileBytes)} each, as Helm does by default.`);
      return;
    }
    this.seenFiles.add(path);
    this.read(size, true, (data) => {
      if (segments.length > 1) this.files.push({ path: segments.slice(1).join('/'), bytes: data ?? new Uint8Array() });
    });
  }

  /** Every entry lies in one folder, the chart's, as `helm package` writes it. */
  private placeInChartFolder(segments: string[], isFolder: boolean): boolean {
    const [top = ''] = segments;
    if (segments.length === 1 && !isFolder) {
      this.fail(`The archive's file ${showPath(top)} is not inside the chart's folder; an archive from \`helm package\` holds one folder named after the chart.`);
      return false;
    }
    if (this.folder !== undefined && this.folder !== top) {
      this.fail(`The archive holds two top folders (${showPath(this.folder)} and ${showPath(top)}); a chart archive holds one, the chart's.`);
      return false;
    }
    this.folder = top;
    return true;
  }

  private read(size: number, keep: boolean, done: (data: Uint8Array | undefined) => void): void {
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    const sink = keep ? new Uint8Array(size) : undefined;
    if (size === 0) {
      done(sink);
      return;
    }
    this.step = { kind: 'data', remaining: size, padding, sink, filled: 0, done };
  }

  private readMetadata(type: string, data: Uint8Array): void {
    if (type === 'g') return;
    if (type === 'L' || type === 'K') {
      const name = textUntilTrailingNuls(data);
      if (type === 'L') this.pending.path = name;
      else this.pending.linkPath = name;
      return;
    }
    const records = parsePax(data);
    if (!records) {
      this.fail('The archive is damaged: an extended header (PAX) cannot be read.');
      return;
    }
    if (records.path !== undefined) this.pending.path = records.path;
    if (records.linkpath !== undefined) this.pending.linkPath = records.linkpath;
    if (records.size !== undefined) {
      const size = /^\d{1,16}$/.test(records.size) ? Number(records.size) : undefined;
      if (size === undefined) {
        this.fail('The archive is damaged: an extended header (PAX) gives a size that is not a number.');
        return;
      }
      this.pending.size = size;
    }
  }
}

/** POSIX and most tools sum the header's bytes unsigned; some old ones signed. Either is accepted. */
function checksumMatches(header: Uint8Array): boolean {
  const declared = readNumber(header.subarray(148, 156));
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return declared === unsigned || declared === signed;
}

/** Octal text, or GNU's base-256 for large values (first byte 0x80). Undefined for anything else. */
function readNumber(field: Uint8Array): number | undefined {
  const first = field[0] ?? 0;
  if (first & 0x80) {
    if (first & 0x40) return undefined;
    let value = first & 0x3f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = text(field).trim();
  if (digits === '') return 0;
  return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : undefined;
}

/** ustar keeps long paths in a prefix field (POSIX magic only; GNU uses those bytes for times). */
function headerName(header: Uint8Array): string {
  const name = text(header.subarray(0, 100));
  const posix = text(header.subarray(257, 263)) === 'ustar' && header[262] === 0;
  const prefix = posix ? text(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

const decoder = new TextDecoder();

/** A fixed-width header field: its text runs to the first NUL. */
function text(field: Uint8Array): string {
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

/** GNU long names end with NULs; a NUL before the end stays in the name, where the name check refuses it. */
function textUntilTrailingNuls(data: Uint8Array): string {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  return decoder.decode(data.subarray(0, end));
}

/** PAX records: `<length> <key>=<value>\n`, the length counting the whole record. Null when malformed. */
function parsePax(data: Uint8Array): Record<string, string> | null {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    if (data[offset] === 0) break;
    const space = data.indexOf(0x20, offset);
    if (space === -1 || space - offset > 12) return null;
    const lengthText = decoder.decode(data.subarray(offset, space));
    if (!/^\d+$/.test(lengthText)) return null;
    const length = Number(lengthText);
    const end = offset + length;
    if (length <= space - offset + 1 || end > data.length || data[end - 1] !== 0x0a) return null;
    const record = decoder.decode(data.subarray(space + 1, end - 1));
    const equals = record.indexOf('=');
    if (equals <= 0) return null;
    records[record.slice(0, equals)] = record.slice(equals + 1);
    offset = end;
  }
  return records;
}
