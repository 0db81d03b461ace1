import type { KubernetesSchemas } from './KubernetesSchemas';

/** The schemas are large: they load when the first rendered objects are checked, never with the page. */
export function loadKubernetesSchemas(): Promise<KubernetesSchemas> {
  return import('./kubernetesSchemaValidators').then((module) => module.kubernetesSchemas);
}
