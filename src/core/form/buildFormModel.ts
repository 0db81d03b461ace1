import type { JsonSchema, SectionInfo } from '@/core/schema/JsonSchema';
import { chartDefaults } from '@/core/schema/chartDefaults';
import { itemSchema } from '@/core/schema/schemaNavigation';
import { childPointer } from '@/core/pointer/jsonPointer';
import { getAt } from '@/core/values/getAt';
import type { FieldNode, FormModel, FormNode, FormSection, GroupNode } from './FormModel';
import { chooseFieldKind } from './chooseFieldKind';
import { flattenSchema } from './flattenSchema';
import { markFoldableGroups, orderByPriority, sectionPriorities } from './sectionPriorities';

/** Deeper than any chart nests; a recursive $ref stops here as a YAML field instead of looping. */
const MAX_DEPTH = 24;

/** Where values land whose schema names no section (or names one `x-sections` does not list). */
const OTHER_SECTION: SectionInfo = { id: 'other', title: 'Other values', description: 'Values no section of the chart claims.' };

interface WalkContext {
  root: JsonSchema;
  /** The chart defaults, for nodes of the chart's tree; undefined inside list-item sub-forms. */
  defaults: Record<string, unknown> | undefined;
  conditions: Set<Record<string, JsonSchema>>;
}

/**
 * The form for one chart schema, built once when the chart loads: sections (from `x-sections`) holding
 * groups and fields in `x-order`, each field with its kind, default, bounds and conditions. Plain data, so
 * the form's rules are tested without a browser.
 */
export function buildFormModel(root: JsonSchema): FormModel {
  const context: WalkContext = { root, defaults: chartDefaults(root), conditions: new Set() };
  const declared = root['x-sections'] ?? [];
  const flatRoot = flattenSchema(root, root);
  const topKeys = orderedKeys(root, flatRoot);
  // Without x-sections each top-level key is a section of its own.
  const sectionInfos: SectionInfo[] =
    declared.length > 0
      ? [...declared]
      : topKeys.map((key) => {
          const child = flattenSchema(root, flatRoot.properties?.[key]);
          return { id: key, title: child.title ?? key, description: child.description };
        });
  const known = new Set(sectionInfos.map((s) => s.id));
  const fallbackSection = declared.length > 0 ? OTHER_SECTION.id : (sectionInfos[0]?.id ?? OTHER_SECTION.id);

  const tree: FormNode[] = topKeys.map((key) => {
    const section = declared.length > 0 ? fallbackSection : key;
    return walk(context, flatRoot.properties?.[key], childPointer('', key), key, section, [], new Set(flatRoot.required ?? []).has(key), 0);
  });

  const byPointer = new Map<string, FormNode>();
  const index = (node: FormNode) => {
    byPointer.set(node.pointer, node);
    if (node.type === 'group') node.children.forEach(index);
  };
  tree.forEach(index);

  // A node whose section differs from its parent's starts that section's content there.
  const roots = new Map<string, FormNode[]>();
  const place = (node: FormNode, parentSection: string | undefined): FormNode | undefined => {
    const section = known.has(node.section) ? node.section : OTHER_SECTION.id;
    const own = node.section === section ? node : { ...node, section };
    const placed = own.type === 'group' ? { ...own, children: [] as FormNode[] } : own;
    if (placed.type === 'group' && own.type === 'group') {
      for (const child of own.children) {
        const kept = place(child, section);
        if (kept) placed.children.push(kept);
      }
      if (placed.children.length === 0) return undefined;
    }
    if (section !== parentSection) {
      const list = roots.get(section) ?? [];
      list.push(placed);
      roots.set(section, list);
      return undefined;
    }
    return placed;
  };
  for (const node of tree) place(node, undefined);
  // Placing rebuilt the groups; the index must hold the nodes the form renders.
  byPointer.clear();
  for (const list of roots.values()) list.forEach(index);

  const sections: FormSection[] = sectionInfos.map((info) => ({ ...info, nodes: orderByPriority(roots.get(info.id) ?? [], sectionPriorities[info.id]) }));
  for (const section of sections) {
    markAmbiguousTitles(section.nodes);
    markFoldableGroups(section.nodes, sectionPriorities[section.id]);
  }
  const others = roots.get(OTHER_SECTION.id);
  if (others && !known.has(OTHER_SECTION.id)) sections.push({ ...OTHER_SECTION, nodes: others });

  return { sections: sections.filter((s) => s.nodes.length > 0), byPointer, conditions: [...context.conditions] };
}

function walk(
  context: WalkContext,
  schema: JsonSchema | undefined,
  pointer: string,
  key: string,
  inheritedSection: string,
  trail: string[],
  required: boolean,
  depth: number,
): FormNode {
  const { root } = context;
  const flat = flattenSchema(root, schema);
  const section = typeof flat['x-section'] === 'string' ? flat['x-section'] : inheritedSection;
  const title = typeof flat.title === 'string' && flat.title !== '' ? flat.title : key;
  const showIf = flat['x-show-if'];
  const base = {
    pointer,
    key,
    title,
    description: typeof flat.description === 'string' ? flat.description : undefined,
    ...(flat['x-description-from-chart'] === true && typeof flat.description === 'string' ? { descriptionFromChart: true } : {}),
    section,
    trail,
    ...(showIf && typeof showIf === 'object' ? { showIf } : {}),
  };
  const kind = depth >= MAX_DEPTH ? 'yaml' : chooseFieldKind(flat, root);

  let node: FormNode;
  if (kind === 'group') {
    const requiredKeys = new Set(flat.required ?? []);
    const childTrail = [...trail, title];
    const children = orderedKeys(root, flat).map((childKey) =>
      walk(context, flat.properties?.[childKey], childPointer(pointer, childKey), childKey, section, childTrail, requiredKeys.has(childKey), depth + 1),
    );
    node = { type: 'group', ...base, children } satisfies GroupNode;
  } else {
    const field: FieldNode = {
      type: 'field',
      ...base,
      kind,
      default: context.defaults ? getAt(context.defaults, pointer) : flat.default,
      required,
      secret: flat['x-secret'] === true,
      schema: flat,
    };
    if (typeof flat.format === 'string') field.format = flat.format;
    if (Array.isArray(flat.enum)) field.enum = flat.enum;
    else if (Object.hasOwn(flat, 'const')) field.enum = [flat.const];
    if (typeof flat.minimum === 'number') field.minimum = flat.minimum;
    if (typeof flat.maximum === 'number') field.maximum = flat.maximum;
    if (typeof flat['x-existing-secret'] === 'string') field.existingSecret = flat['x-existing-secret'];
    if (typeof flat['x-unread'] === 'string') field.unread = flat['x-unread'];
    if (kind === 'object-list' || kind === 'string-list') {
      const items = flattenSchema(root, itemSchema(root, flat));
      if (kind === 'string-list' && typeof items.format === 'string') field.itemFormat = items.format;
      if (kind === 'object-list') {
        // Items have no chart defaults of their own: the sub-form shows each item key's schema default.
        const itemContext: WalkContext = { ...context, defaults: undefined };
        // Items that may also be a plain string still get the sub-form of their object shape.
        const objectShape: JsonSchema = { ...items, type: 'object' };
        const item = walk(itemContext, objectShape, '', '', section, [...trail, title], false, depth + 1);
        if (item.type === 'group') field.item = item;
        else field.kind = 'yaml';
      }
    }
    node = field;
  }
  if (node.showIf) context.conditions.add(node.showIf);
  return node;
}

/**
 * Fields at a section's top level have no group title above them: a title or key two of them share
 * (`image_name` of the sidecar and of the collector) needs the path to tell them apart.
 */
function markAmbiguousTitles(nodes: readonly FormNode[]): void {
  const counts = new Map<string, number>();
  const bump = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const node of nodes) {
    if (node.type !== 'field') continue;
    bump(`title:${node.title}`);
    bump(`key:${node.key}`);
  }
  for (const node of nodes) {
    if (node.type === 'field' && ((counts.get(`title:${node.title}`) ?? 0) > 1 || (counts.get(`key:${node.key}`) ?? 0) > 1)) node.showPath = true;
  }
}

/** Property keys by `x-order` (absent last), then by key. */
function orderedKeys(root: JsonSchema, flat: JsonSchema): string[] {
  const properties = flat.properties ?? {};
  const order = (key: string) => {
    const value = flattenSchema(root, properties[key])['x-order'];
    return typeof value === 'number' ? value : Number.POSITIVE_INFINITY;
  };
  return Object.keys(properties).sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
}
