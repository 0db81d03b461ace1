import { gunzipSync } from 'fflate';
import { parseTar } from 'nanotar';
import { chartArchiveLimits, megabytes } from './chartArchiveLimits';
import type { ChartFilesResult } from './ChartFiles';
import { readChartMetadata } from './readChartMetadata';

/**
 * A chart archive as `helm pull` downloads it (`<name>-<version>.tgz` holding `<name>/Chart.yaml`,
 * `<name>/values.yaml`, `<name>/values.schema.json`), read in memory: nothing leaves the browser.
 * Subcharts (`<name>/charts/…`) are ignored: the studio composes the values of the top chart.
 * Never throws: a wrong or damaged file is a message.
 */
export function readChartArchive(bytes: Uint8Array): ChartFilesResult {
  if (bytes.byteLength > chartArchiveLimits.archiveBytes) {
    return { ok: false, error: `The archive is ${megabytes(bytes.byteLength)}; the studio reads chart archives up to ${megabytes(chartArchiveLimits.archiveBytes)} (a chart's own is usually well under 1 MB).` };
  }
  const tar = unpack(bytes);
  if (!tar.ok) return tar;

  let entries: ReturnType<typeof parseTar>;
  try {
    entries = parseTar(tar.bytes);
  } catch {
    return { ok: false, error: 'The file is not a chart archive: its contents are not a tar archive.' };
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.type !== undefined && entry.type !== 'file') continue;
    const path = entry.name.replace(/^\.\//, '');
    const data = 'data' in entry ? entry.data : undefined;
    if (path.split('/').length !== 2 || !data) continue;
    files.set(path, data);
  }
  const chartYaml = [...files.keys()].find((path) => path.endsWith('/Chart.yaml'));
  const folder = (chartYaml ?? [...files.keys()].find((path) => path.endsWith('/values.schema.json')) ?? '').split('/')[0];
  const schema = folder ? files.get(`${folder}/values.schema.json`) : undefined;
  const values = folder ? files.get(`${folder}/values.yaml`) : undefined;
  if (!folder || !schema) {
    return { ok: false, error: 'The archive holds no values.schema.json beside a Chart.yaml: the studio needs the chart\'s schema to build its form and checks.' };
  }
  if (schema.byteLength > chartArchiveLimits.schemaBytes) {
    return { ok: false, error: `The chart's values.schema.json is ${megabytes(schema.byteLength)}; the studio reads schemas up to ${megabytes(chartArchiveLimits.schemaBytes)}.` };
  }
  const decoder = new TextDecoder();
  const metadata = chartYaml ? readChartMetadata(decoder.decode(files.get(chartYaml))) : {};
  return {
    ok: true,
    files: {
      name: metadata.name ?? folder,
      version: metadata.version ?? 'unversioned',
      schemaText: decoder.decode(schema),
      valuesText: values ? decoder.decode(values) : '',
    },
  };
}

/** gzip is what `helm package` writes; a plain tar is accepted too. */
function unpack(bytes: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  const gzipped = bytes.byteLength > 18 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzipped) return { ok: true, bytes };
  // The trailer declares the unpacked size (modulo 4 GiB): refuse an oversize one before inflating it.
  const end = bytes.byteLength;
  const declared = ((bytes[end - 4] ?? 0) | ((bytes[end - 3] ?? 0) << 8) | ((bytes[end - 2] ?? 0) << 16) | ((bytes[end - 1] ?? 0) << 24)) >>> 0;
  if (declared > chartArchiveLimits.unpackedBytes) {
    return { ok: false, error: `The archive unpacks to ${megabytes(declared)}; the studio reads charts up to ${megabytes(chartArchiveLimits.unpackedBytes)} unpacked.` };
  }
  try {
    const out = gunzipSync(bytes);
    if (out.byteLength > chartArchiveLimits.unpackedBytes) {
      return { ok: false, error: `The archive unpacks to more than ${megabytes(chartArchiveLimits.unpackedBytes)}; the studio reads charts up to that size.` };
    }
    return { ok: true, bytes: out };
  } catch {
    return { ok: false, error: 'The archive is damaged: it could not be unpacked (gzip).' };
  }
}
