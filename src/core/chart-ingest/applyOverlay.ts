import type { JsonSchema } from '../schema/JsonSchema';
import { parsePointer } from '../pointer/jsonPointer';
import { compareChartVersions } from '../chart/chartVersion';
import type { CuratedOverlay, OverlayEntry, OverlayNode } from './CuratedOverlay';
import { orderKeywords } from './orderKeywords';
import { dropMissingReferences } from './dropMissingReferences';

export interface OverlayReport {
  /** Entries for this version that match no value of it: a value they were written for is gone or renamed. */
  stale: string[];
  /** Curated rules, conditions and notes left out because a value they name is not in this version. */
  unjudged: string[];
  /** Values of the chart no entry speaks of (JSON Pointers): they get a field from their type and the chart's comment alone. */
  new: string[];
}

interface OverlaidSchema {
  schema: JsonSchema;
  report: OverlayReport;
}

/** Does the entry speak for this chart version, and for the values its schema admits? */
function entryApplies(entry: OverlayEntry, version: string, generated: JsonSchema): boolean {
  if (entry.after !== undefined && compareChartVersions(version, entry.after) <= 0) return false;
  if (entry.before !== undefined && compareChartVersions(version, entry.before) >= 0) return false;
  return entry.whenChartAllows === undefined || chartAllows(generated, entry.whenChartAllows);
}

/**
 * Whether the chart's own schema admits each value at its pointer. A value the chart does not have admits
 * nothing; one the chart leaves open (no `enum`, no `const`) admits any spelling.
 */
function chartAllows(generated: JsonSchema, values: Record<string, string>): boolean {
  return Object.entries(values).every(([pointer, value]) => {
    let node: JsonSchema | undefined = generated;
    for (const key of parsePointer(pointer)) node = node?.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
    if (!node) return false;
    if (Array.isArray(node.enum)) return node.enum.includes(value);
    if (Object.hasOwn(node, 'const')) return node.const === value;
    return true;
  });
}

const ruleCondition = 'x-when-chart-allows';

/** Rules (items of an `allOf`) about a spelling this chart does not admit are left out; the rest lose their condition. */
function keepRulesTheChartAdmits(node: JsonSchema, generated: JsonSchema): void {
  if (Array.isArray(node.allOf)) {
    node.allOf = node.allOf.filter((rule) => {
      const condition = rule[ruleCondition] as Record<string, string> | undefined;
      delete rule[ruleCondition];
      return condition === undefined || chartAllows(generated, condition);
    });
  }
  for (const child of Object.values(node.properties ?? {})) keepRulesTheChartAdmits(child, generated);
}

/**
 * The studio's schema for one chart version: the generated schema (ingestChart) with every curated entry for
 * that version merged in, plus what the overlay did not cover. Never changes its input.
 */
export function applyOverlay(generated: JsonSchema, version: string, overlay: CuratedOverlay): OverlaidSchema {
  const schema = structuredClone(generated);
  const generatedPointers = valuePointers(generated);
  const covered = new Set<string>();
  const apply = (entry: OverlayEntry): boolean => {
    // A value the chart's values.yaml sets is a setting of this release, whatever another release decided.
    const targets = matchPointers(schema, entry.pointer, entry.node.$add === true).filter((target) => entry.node.$omit !== true || generatedDefault(nodeFor(schema, target)) === undefined);
    for (const target of targets) {
      if (entry.node.$omit === true) {
        omit(schema, target);
      } else {
        merge(nodeFor(schema, target), entry.node);
        for (const pointer of valuePointers(entry.node, target)) covered.add(pointer);
      }
      covered.add(target);
    }
    return targets.length > 0;
  };
  const unmatched = overlay.entries.filter((entry) => entryApplies(entry, version, generated) && !apply(entry));
  // An entry about a value another entry adds, listed before it, applies once that value is there.
  const stale = unmatched.filter((entry) => !apply(entry)).map((entry) => entry.pointer);
  keepRulesTheChartAdmits(schema, generated);
  keepDependencySections(schema);
  const unjudged = dropMissingReferences(schema);
  const remaining = new Set(valuePointers(schema));
  const fresh = generatedPointers.filter((pointer) => remaining.has(pointer) && !covered.has(pointer));
  return { schema: orderKeywords(schema), report: { stale, unjudged, new: fresh } };
}

/** Keywords whose value is the one schema of every key or item of a value. */
const itemSchemaKeywords = new Set(['additionalProperties', 'items']);

function isSchemaObject(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The defaults generated for the fields of a list item or map value come from the chart's example item; Helm
 * fills no item with them, so a curated item node does not show them as defaults.
 */
function dropExampleDefaults(node: JsonSchema): void {
  delete node.default;
  for (const child of Object.values(node.properties ?? {})) dropExampleDefaults(child);
  if (isSchemaObject(node.items)) dropExampleDefaults(node.items);
  if (isSchemaObject(node.additionalProperties)) dropExampleDefaults(node.additionalProperties);
}

function merge(node: JsonSchema, patch: OverlayNode): void {
  if (patch.$keysAreData === true) {
    const whole = generatedDefault(node);
    delete node.properties;
    if (whole !== undefined) node.default = whole;
  }
  for (const [keyword, value] of Object.entries(patch)) {
    if (keyword === '$keysAreData' || keyword === '$omit' || keyword === '$add') continue;
    if (keyword === '$unset') {
      for (const removed of value as string[]) delete node[removed];
    } else if (keyword === 'properties' && value && typeof value === 'object') {
      node.properties ??= {};
      for (const [key, child] of Object.entries(value as Record<string, OverlayNode>)) {
        const existing = Object.hasOwn(node.properties, key) ? node.properties[key]! : (node.properties[key] = {});
        merge(existing, child);
      }
    } else if (itemSchemaKeywords.has(keyword) && isSchemaObject(node[keyword]) && isSchemaObject(value)) {
      // A curated node for every key or item adds to what the chart says of them: the chart's own rule (its
      // map's values are strings) still holds, as Helm enforces it, unless the entry says otherwise.
      const item = node[keyword] as JsonSchema;
      dropExampleDefaults(item);
      merge(item, value as OverlayNode);
    } else {
      node[keyword] = structuredClone(value);
      // A curated description replaces the chart's words, and with them the mark that says they are the chart's.
      if (keyword === 'description' && patch['x-description-from-chart'] === undefined) delete node['x-description-from-chart'];
    }
  }
}

/** The chart's default for a node as generated: its own, or its children's put together. */
function generatedDefault(node: JsonSchema): unknown {
  if (Object.hasOwn(node, 'default')) return structuredClone(node.default);
  if (!node.properties) return undefined;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const value = generatedDefault(child);
    if (value !== undefined) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function omit(root: JsonSchema, pointer: string): void {
  const segments = parsePointer(pointer);
  const last = segments.pop();
  let node: JsonSchema | undefined = root;
  for (const key of segments) node = node?.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
  if (node?.properties && last !== undefined) delete node.properties[last];
}

/**
 * The value pointers an entry's pointer names: itself, or each key a `*` stands for. An entry that adds a
 * value (`$add`) names it by its last segment, and matches wherever its parent exists.
 */
function matchPointers(root: JsonSchema, pattern: string, adds: boolean): string[] {
  const segments = parsePointer(pattern);
  let current: { pointer: string; node: JsonSchema }[] = [{ pointer: '', node: root }];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const next: { pointer: string; node: JsonSchema }[] = [];
    for (const { pointer, node } of current) {
      const properties = node.properties ?? {};
      const keys = segment === '*' ? Object.keys(properties) : [segment];
      for (const key of keys) {
        const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
        const childPointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (child) next.push({ pointer: childPointer, node: child });
        else if (adds && last && segment !== '*' && (node.type === 'object' || node.properties)) next.push({ pointer: childPointer, node: {} });
      }
    }
    current = next;
  });
  return current.map(({ pointer }) => pointer);
}

function nodeFor(root: JsonSchema, pointer: string): JsonSchema {
  let node = root;
  for (const key of parsePointer(pointer)) {
    node.properties ??= {};
    if (!Object.hasOwn(node.properties, key)) node.properties[key] = {};
    node = node.properties[key]!;
  }
  return node;
}

/** Every value pointer in a schema's tree of `properties`, the root left out. */
function valuePointers(node: JsonSchema, at = ''): string[] {
  const pointers: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const pointer = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    pointers.push(pointer, ...valuePointers(child, pointer));
  }
  return pointers;
}

/** A dependency chart the overlay gives no section keeps the one it was generated with, listed last. */
function keepDependencySections(schema: JsonSchema): void {
  const sections = schema['x-sections'];
  if (!sections) return;
  const known = new Set(sections.map((section) => section.id));
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const section = child['x-section'];
    if (typeof section === 'string' && section === key && !known.has(section)) {
      sections.push({ id: section, title: key });
      known.add(section);
    }
  }
}
