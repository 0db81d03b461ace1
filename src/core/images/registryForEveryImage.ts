import type { Values } from '@/core/diagnostics/Diagnostic';
import type { FormModel } from '@/core/form/FormModel';
import { parentPointer } from '@/core/pointer/jsonPointer';
import type { ValueChange } from '@/core/session/sessionReducer';
import { getAt } from '@/core/values/getAt';

/**
 * The edits that point every image reference of the chart at one registry, for an air-gapped cluster:
 * every value that names a registry (format `image-registry`: the global one, each component's, the
 * init and cleanup containers', the runtime images the agent deploys), and every image whose repository
 * carries its own registry (the OpenTelemetry add-ons: `ghcr.io/open-telemetry/…`), which gets the new
 * registry in place of its first part. Setting each one, rather than only `global.image.registry`, also
 * covers the images that setting does not reach.
 */
export function registryForEveryImage(model: FormModel, values: Values, registry: string): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const node of model.byPointer.values()) {
    if (node.type === 'field' && node.format === 'image-registry') {
      if (getAt(values, node.pointer) !== registry) changes.push({ pointer: node.pointer, value: registry });
      continue;
    }
    if (node.type !== 'field' || !namesItsRegistry(model, node.pointer)) continue;
    const current = getAt(values, node.pointer);
    if (typeof current !== 'string' || current === '') continue;
    const next = `${registry}/${withoutRegistry(current)}`;
    if (next !== current) changes.push({ pointer: node.pointer, value: next });
  }
  return changes;
}

/**
 * The repository of an image block (a repository beside a tag) that has no registry value of its own:
 * such a repository names its registry. Siblings are looked up by pointer, as the form may show the
 * parts of one block in different sections.
 */
function namesItsRegistry(model: FormModel, pointer: string): boolean {
  if (!pointer.endsWith('/repository')) return false;
  const block = parentPointer(pointer);
  return model.byPointer.has(`${block}/tag`) && !model.byPointer.has(`${block}/registry`);
}

/**
 * The repository without its registry. As Docker reads a reference: the first part is a registry only
 * when it has a dot or a port, or is `localhost` (`envoyproxy/envoy` has none, `ghcr.io/x/y` has one).
 */
export function withoutRegistry(reference: string): string {
  const slash = reference.indexOf('/');
  if (slash < 0) return reference;
  const first = reference.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? reference.slice(slash + 1) : reference;
}
