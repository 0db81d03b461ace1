import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { maskSecretData } from './maskSecretData';

/** The objects as one YAML stream, each headed as `helm template` heads it, so the file reads like Helm's output. */
export function manifestStream(manifests: readonly HelmManifest[]): string {
  return manifests.map((manifest) => `---\n# Source: ${manifest.source}\n${manifest.yaml.endsWith('\n') ? manifest.yaml : `${manifest.yaml}\n`}`).join('');
}

/** `catalyst-1.90.0-catalyst.yaml`: the chart and version, then the release, as a file name. */
export function manifestFileName(chartName: string, chartVersion: string, release: string): string {
  const safe = (part: string) => part.replace(/[^\w.-]+/g, '-');
  return `${safe(chartName)}-${safe(chartVersion)}-${safe(release)}.yaml`;
}

/** Objects whose kind, name or YAML (as shown: a Secret's values hidden) holds the words, case aside; every word must appear. */
export function matchesManifestSearch(manifest: HelmManifest, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${manifest.kind}\n${manifest.name}\n${maskSecretData(manifest.kind, manifest.yaml)}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}
