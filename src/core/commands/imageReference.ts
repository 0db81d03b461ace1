import type { Values } from '../diagnostics/Diagnostic';
import { valueAt } from './readValue';

const CONSOLIDATED_TERNARY =
  /^\{\{-?\s*ternary\s+\.Values\.global\.consolidated_image\.repository\s+"([^"\\]*)"\s+\.Values\.global\.consolidated_image\.enabled\s*-?\}\}$/;

/**
 * The chart's defaults name some images with exactly one template,
 * `{{ ternary .Values.global.consolidated_image.repository "<name>" .Values.global.consolidated_image.enabled }}`.
 * That one is resolved; any other template is returned raw, since guessing Helm's output would mislead.
 */
export function resolveImageName(name: string, values: Values): { name: string; raw: boolean } {
  const match = CONSOLIDATED_TERNARY.exec(name.trim());
  if (match) {
    const consolidated = valueAt(values, '/global/consolidated_image/enabled');
    const repository = valueAt(values, '/global/consolidated_image/repository');
    const resolved = consolidated && typeof repository === 'string' ? repository : (match[1] as string);
    return { name: resolved, raw: false };
  }
  return { name, raw: name.includes('{{') };
}

/** `registry/repository:tag`, as the chart joins them; an empty registry is left out. */
export function joinImage(registry: string, repository: string, tag: string): string {
  const path = registry ? `${registry.replace(/\/+$/, '')}/${repository}` : repository;
  return tag ? `${path}:${tag}` : path;
}
