import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { manifestKey } from './manifestGroups';

export type ManifestChange = 'added' | 'changed' | 'removed' | 'unchanged';

export interface ComparedManifest {
  manifest: HelmManifest;
  change: ManifestChange;
  /** What the chart's defaults render for this object, when they render it. */
  before: HelmManifest | undefined;
}

/**
 * Each object the values render, marked against what the chart's defaults render: added (the defaults make no
 * such object), changed (its YAML differs), unchanged; and the objects the defaults make that the values no
 * longer do, as removed. Objects are matched by kind, namespace and name.
 */
export function compareWithDefaults(current: readonly HelmManifest[], defaults: readonly HelmManifest[]): ComparedManifest[] {
  const before = new Map(defaults.map((manifest) => [manifestKey(manifest), manifest]));
  const seen = new Set<string>();
  const compared: ComparedManifest[] = current.map((manifest) => {
    const key = manifestKey(manifest);
    seen.add(key);
    const old = before.get(key);
    return { manifest, before: old, change: old === undefined ? 'added' : old.yaml === manifest.yaml ? 'unchanged' : 'changed' };
  });
  for (const manifest of defaults) {
    if (!seen.has(manifestKey(manifest))) compared.push({ manifest, before: manifest, change: 'removed' });
  }
  return compared;
}
