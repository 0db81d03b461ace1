import type { Values } from '../diagnostics/Diagnostic';
import { stringAt } from './readValue';

const PUBLIC_CHART_REGISTRY = 'oci://public.ecr.aws/diagrid';
export const PUBLIC_CHART_REFERENCE = `${PUBLIC_CHART_REGISTRY}/catalyst`;

function registryOf(values: Values): string {
  return stringAt(values, '/global/charts/registry').replace(/\/+$/, '');
}

/**
 * `global.charts.registry` names where the agent pulls charts; the README's private example
 * already ends in `/catalyst` (the chart itself), the default names the folder that holds it.
 */
export function chartReference(values: Values): string {
  const registry = registryOf(values);
  if (registry === '') return PUBLIC_CHART_REFERENCE;
  return registry.endsWith('/catalyst') ? registry : `${registry}/catalyst`;
}

/** The folder `helm push` wants: it appends the chart name itself. */
export function chartPushTarget(values: Values): string {
  return chartReference(values).replace(/\/catalyst$/, '');
}

export function usesPrivateChartRegistry(values: Values): boolean {
  const registry = registryOf(values);
  return registry !== '' && registry !== PUBLIC_CHART_REGISTRY && registry !== PUBLIC_CHART_REFERENCE;
}
