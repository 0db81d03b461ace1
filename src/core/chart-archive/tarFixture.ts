import { Gzip, gzipSync } from 'fflate';

/**
 * Tar and gzip bytes built by the tests themselves, down to the header fields, so they can hold what no
 * well-behaved tool writes: links, climbing names, lying sizes, a hundred thousand entries.
 */
interface TarEntry {
  name: string;
  /** Tar type flag: '0' file, '5' folder, '1' hard link, '2' symbolic link, 'x' PAX record, 'L' GNU long name. */
  type?: string;
  data?: Uint8Array | string;
  linkName?: string;
  /** The size the header declares, when it must differ from the data's. */
  declaredSize?: number;
}

const encoder = new TextEncoder();
const BLOCK = 512;

function bytesOf(data: Uint8Array | string | undefined): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : (data ?? new Uint8Array());
}

function writeField(header: Uint8Array, offset: number, width: number, value: string): void {
  header.set(encoder.encode(value).subarray(0, width), offset);
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0');
}

/** One ustar header block: the name's bytes go in as given, NUL bytes and all. */
export function tarHeader(entry: TarEntry, size: number): Uint8Array {
  const header = new Uint8Array(BLOCK);
  header.set(encoder.encode(entry.name).subarray(0, 100), 0);
  writeField(header, 100, 8, octal(0o644, 8));
  writeField(header, 108, 8, octal(0, 8));
  writeField(header, 116, 8, octal(0, 8));
  writeField(header, 124, 12, octal(size, 12));
  writeField(header, 136, 12, octal(0, 12));
  writeField(header, 156, 1, entry.type ?? '0');
  writeField(header, 157, 100, entry.linkName ?? '');
  writeField(header, 257, 6, 'ustar');
  writeField(header, 263, 2, '00');
  header.fill(0x20, 148, 156);
  const sum = header.reduce((total, byte) => total + byte, 0);
  writeField(header, 148, 8, `${octal(sum, 7)}\0`);
  return header;
}

/** An entry as it sits in the archive: header, data, padding to the next block. */
export function tarEntry(entry: TarEntry): Uint8Array {
  const data = bytesOf(entry.data);
  const header = tarHeader(entry, entry.declaredSize ?? data.length);
  const padded = Math.ceil(data.length / BLOCK) * BLOCK;
  const out = new Uint8Array(BLOCK + padded);
  out.set(header, 0);
  out.set(data, BLOCK);
  return out;
}

/** A PAX record giving the next entry's path (any bytes: a NUL included). */
export function paxPath(path: string): Uint8Array {
  const body = ` path=${path}\n`;
  let length = body.length + 1;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return tarEntry({ name: 'PaxHeaders/next', type: 'x', data: `${length}${body}` });
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A tar of the entries with its end marker (two zero blocks). */
export function tar(entries: readonly (TarEntry | Uint8Array)[]): Uint8Array {
  return concat([...entries.map((entry) => (entry instanceof Uint8Array ? entry : tarEntry(entry))), new Uint8Array(2 * BLOCK)]);
}

export function tgz(entries: readonly (TarEntry | Uint8Array)[]): Uint8Array {
  return gzipSync(tar(entries));
}

/** Gzip of bytes produced piece by piece, so a test can make a 1 GB bomb without holding 1 GB. */
export function streamedGzip(write: (push: (piece: Uint8Array) => void) => void): Uint8Array {
  const out: Uint8Array[] = [];
  const gzip = new Gzip({ level: 1 }, (chunk) => out.push(chunk));
  write((piece) => gzip.push(piece));
  gzip.push(new Uint8Array(), true);
  return concat(out);
}

/** A small, well-made chart: the baseline the hostile archives are variations of. */
export function chartEntries(name = 'demo', schema: unknown = { type: 'object', properties: { replicas: { type: 'integer' } } }, values = 'replicas: 1\n'): TarEntry[] {
  return [
    { name: `${name}/Chart.yaml`, data: `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n` },
    { name: `${name}/values.yaml`, data: values },
    { name: `${name}/values.schema.json`, data: JSON.stringify(schema) },
    { name: `${name}/templates/configmap.yaml`, data: 'kind: ConfigMap\n' },
  ];
}
