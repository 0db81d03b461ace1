import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { schemaAt } from '../schema/schemaNavigation';
import { childPointer } from '../pointer/jsonPointer';

/** What the studio's own schema adds for people, never for checking: it carries over wherever paths match. */
const presentationKeys = ['x-section', 'x-order', 'title', 'description', 'x-secret', 'x-widget'] as const;

const advancedSection = 'advanced';

/**
 * A brought chart's schema, dressed for the form: at every pointer the shipped schema also describes, its
 * sections, order, titles, descriptions and secret and widget hints are copied over (the brought schema's
 * own title and description win). Top-level values the shipped schema does not know go to its Advanced
 * section (or, without one, to the form's "Other values"); deeper ones follow their parent's section. The chart's values.yaml becomes the schema's root `default`, which is where
 * the studio takes a chart's defaults from (chartDefaults). The checks stay the brought schema's alone.
 */
export function overlayChartSchema(brought: JsonSchema, shipped: JsonSchema, defaults: Values): JsonSchema {
  const result = structuredClone(brought);
  if (shipped['x-sections'] && !result['x-sections']) result['x-sections'] = structuredClone(shipped['x-sections']);
  dress(result, '', shipped, 0);
  // Values the shipped chart does not know go to its catch-all section, when it has one.
  if (result['x-sections']?.some((section) => section.id === advancedSection)) {
    for (const child of Object.values(result.properties ?? {})) {
      if (child && typeof child === 'object' && child['x-section'] === undefined) child['x-section'] = advancedSection;
    }
  }
  result.default = structuredClone(defaults);
  return result;
}

function dress(node: JsonSchema, pointer: string, shipped: JsonSchema, depth: number): void {
  if (depth > 64) return;
  if (pointer !== '') {
    const match = schemaAt(shipped, pointer);
    if (match) {
      const target = node as Record<string, unknown>;
      for (const key of presentationKeys) {
        if (match[key] !== undefined && target[key] === undefined) target[key] = structuredClone(match[key]);
      }
    }
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (child && typeof child === 'object') dress(child, childPointer(pointer, key), shipped, depth + 1);
  }
}
