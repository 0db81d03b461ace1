import { readChartIndex, type HostedChart } from '@/core/charts/readChartIndex';
import { chartArchiveLimits, megabytes } from '@/core/chart-archive/chartArchiveLimits';

/** Where whoever hosts the studio puts chart archives: a `charts/` folder beside the page, with its index. */
function indexUrl(): URL {
  return new URL('charts/index.yaml', document.baseURI);
}

/**
 * The charts the host offers, from `charts/index.yaml` (as `helm repo index charts/` writes it). No index
 * (a 404, or the page itself served in its place) means none; an index that cannot be read is an error.
 */
export async function fetchHostedCharts(): Promise<HostedChart[]> {
  const response = await fetch(indexUrl(), { cache: 'no-cache' });
  if (response.status === 404 || (response.headers.get('content-type') ?? '').includes('text/html')) return [];
  if (!response.ok) throw new Error(`The hosted chart index could not be read (HTTP ${response.status}).`);
  const read = readChartIndex(await response.text());
  if (!read.ok) throw new Error(`charts/index.yaml: ${read.error}`);
  return read.charts;
}

/** A hosted archive, from this origin only, checked against the digest its index gives. */
export async function fetchHostedArchive(chart: HostedChart): Promise<Uint8Array> {
  const url = new URL(chart.url, indexUrl());
  if (url.origin !== window.location.origin) throw new Error(`The chart index points ${chart.name} ${chart.version} at another site (${url.origin}); the studio reads charts only from where it is served.`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${chart.name} ${chart.version} could not be fetched (HTTP ${response.status}).`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > chartArchiveLimits.archiveBytes) throw new Error(`${chart.name} ${chart.version} is ${megabytes(declared)}; the studio reads chart archives up to ${megabytes(chartArchiveLimits.archiveBytes)}.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (chart.digest !== undefined) {
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    if (digest !== chart.digest) throw new Error(`${chart.name} ${chart.version} does not match the digest in charts/index.yaml: the archive was changed or damaged.`);
  }
  return bytes;
}
