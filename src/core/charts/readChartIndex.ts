import { parse } from 'yaml';

/** A chart archive offered by whoever hosts the studio, as its index lists it. */
export interface HostedChart {
  name: string;
  version: string;
  /** Where the archive is, as the index writes it: relative to the index, or absolute. */
  url: string;
  /** The archive's SHA-256 in hex, when the index gives one: the archive fetched must match it. */
  digest?: string;
}

type ChartIndexResult = { ok: true; charts: HostedChart[] } | { ok: false; error: string };

/**
 * A chart repository's `index.yaml`, as `helm repo index` writes it (`entries: { <name>: [{ version,
 * urls, digest }] }`): the hosted charts the studio offers. Entries without a version or a URL are left
 * out; a file that is not such an index is a message. Never throws.
 */
export function readChartIndex(text: string): ChartIndexResult {
  let parsed: unknown;
  try {
    parsed = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, error: `The chart index is not YAML (${error instanceof Error ? error.message : String(error)}).` };
  }
  const entries = isRecord(parsed) ? parsed['entries'] : undefined;
  if (!isRecord(entries)) return { ok: false, error: 'The chart index has no entries: write it with `helm repo index charts/`.' };
  const charts: HostedChart[] = [];
  for (const [name, versions] of Object.entries(entries)) {
    if (!Array.isArray(versions)) continue;
    for (const entry of versions) {
      if (!isRecord(entry)) continue;
      const version = entry['version'];
      const urls = entry['urls'];
      const url = Array.isArray(urls) ? urls.find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '') : undefined;
      if (typeof version !== 'string' || version === '' || url === undefined) continue;
      const digest = entry['digest'];
      charts.push({ name, version, url, ...(typeof digest === 'string' && /^[0-9a-f]{64}$/i.test(digest) ? { digest: digest.toLowerCase() } : {}) });
    }
  }
  return { ok: true, charts };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
