import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { isValuesMap } from '../values/isValuesMap';
import type { PictureNode } from './DeploymentPicture';

interface ShapingValue {
  pointer: string;
  value: unknown;
  /**
   * - `names it`: the value is the object's name (an existing Secret the user named);
   * - `component`: a value of the component that renders the object;
   * - `every component`: a value under `global` or `shared`, which every component reads.
   */
  why: 'names it' | 'component' | 'every component';
}

interface ValuesShapingNode {
  /** The top-level key of the component that renders the object (`/gateway`), when one is found. */
  component: string | undefined;
  values: ShapingValue[];
}

const everyComponent = ['global', 'shared'];

/**
 * The user's own values that shape an object of the picture, as far as they can be told from the outside:
 * the values that are its name, the values of the component whose template or dependency chart made it
 * (the top-level key named like the template's folder or file, the chart alias, or a part of the object's
 * name: `catalyst/templates/gateway/…` → `/gateway`, `catalyst-cleanup` → `/cleanup`), and the values every
 * component reads (`/global`, `/shared`). Values the user left at the chart's defaults are not listed.
 */
export function valuesShapingNode(node: PictureNode, userValues: Values, chartDefaults: Values): ValuesShapingNode {
  const component = componentKey(node, chartDefaults);
  const found: ShapingValue[] = [];
  const seen = new Set<string>();
  const add = (value: ShapingValue) => {
    if (seen.has(value.pointer)) return;
    seen.add(value.pointer);
    found.push(value);
  };
  for (const leaf of leaves(userValues, '')) if (leaf.value === node.name) add({ ...leaf, why: 'names it' });
  if (component !== undefined) for (const leaf of leaves(userValues[component], `/${escapeKey(component)}`)) add({ ...leaf, why: 'component' });
  for (const key of everyComponent) for (const leaf of leaves(userValues[key], `/${key}`)) add({ ...leaf, why: 'every component' });
  return { component: component === undefined ? undefined : `/${escapeKey(component)}`, values: found };
}

function componentKey(node: PictureNode, chartDefaults: Values): string | undefined {
  const keys = new Set(Object.keys(chartDefaults).filter((key) => !everyComponent.includes(key) && isValuesMap(chartDefaults[key])));
  const source = node.manifest?.source ?? '';
  const folder = /^[^/]+\/templates\/([^/]+)\//.exec(source)?.[1];
  const file = /([^/]+)\.(?:ya?ml|tpl)$/.exec(source)?.[1];
  const candidates = [node.addOn, folder, file, file && camelCase(file), ...node.name.split('-')];
  return candidates.find((candidate): candidate is string => candidate !== undefined && keys.has(candidate));
}

function camelCase(text: string): string {
  return text.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function escapeKey(key: string): string {
  return childPointer('', key).slice(1);
}

/** Every scalar, empty map and list under a value, by pointer; a list counts as one value. */
function leaves(value: unknown, pointer: string): { pointer: string; value: unknown }[] {
  if (isValuesMap(value) && Object.keys(value).length > 0) return Object.entries(value).flatMap(([key, child]) => leaves(child, childPointer(pointer, key)));
  if (value === undefined || pointer === '') return [];
  return [{ pointer, value }];
}
