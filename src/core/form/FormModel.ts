import type { JsonSchema } from '@/core/schema/JsonSchema';

/**
 * What a value looks like in the form. Chosen once per schema node by the ranked testers in
 * `chooseFieldKind`; `yaml` is the fallback for any construct no other kind fits.
 */
export type FieldKind =
  | 'text'
  | 'secret'
  | 'formatted'
  | 'multiline'
  | 'pem'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'string-list'
  | 'object-list'
  | 'key-value'
  | 'yaml';

interface NodeBase {
  /**
   * JSON Pointer of the value. Absolute for nodes of the chart's tree; relative to the list item for nodes
   * inside an object list's `item` (the form prefixes the item's own pointer).
   */
  pointer: string;
  /** The last pointer segment ('' for a list item's root). */
  key: string;
  /** Schema `title`, else the key. */
  title: string;
  description?: string;
  /** The description is the chart's own words (a comment in its values.yaml), not text written for the studio. */
  descriptionFromChart?: boolean;
  /** Section id this node belongs to (schema `x-section`, inherited downward). */
  section: string;
  /** `x-show-if` of this node: every pointer's value in the coalesced values must match its schema. */
  showIf?: Record<string, JsonSchema>;
  /** Parent titles, outermost first, for breadcrumbs ("gateway › tls"). */
  trail: string[];
}

export interface FieldNode extends NodeBase {
  type: 'field';
  kind: FieldKind;
  /** The chart's default for this value (undefined when the chart sets none). */
  default?: unknown;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  required: boolean;
  /** `x-secret`: masked, with a reveal toggle. */
  secret: boolean;
  /** `x-existing-secret`: pointer of the value that names a Secret to use instead. */
  existingSecret?: string;
  /** `x-unread`: the chart ignores this value. */
  unread?: string;
  /** For `object-list`: the sub-form of one item, with pointers relative to the item. */
  item?: GroupNode;
  /** For `string-list`: the format of each item, when the items have one. */
  itemFormat?: string;
  /**
   * Its label alone is ambiguous: another field at the top of the same section has the same title or key
   * (the sidecar's and the collector's `image_name`), so the form shows its path beside it.
   */
  showPath?: boolean;
  /** The node's own schema (resolved), for a kind that needs more than the fields above. */
  schema: JsonSchema;
}

export interface GroupNode extends NodeBase {
  type: 'group';
  children: FormNode[];
  /**
   * One component's block in a long section (each securityContext in Pod security): the form shows it
   * folded while nothing in it differs from the chart default.
   */
  foldable?: boolean;
}

export type FormNode = FieldNode | GroupNode;

export interface FormSection {
  id: string;
  title: string;
  description?: string;
  /** The section's top nodes, in form order: groups and fields whose parent belongs to another section. */
  nodes: FormNode[];
}

export interface FormModel {
  sections: FormSection[];
  /** Every node of the chart's tree (not list-item sub-forms) by absolute pointer. */
  byPointer: ReadonlyMap<string, FormNode>;
  /**
   * Every distinct `x-show-if` of the form, item sub-forms included. Nodes share these objects, so a
   * condition is judged once per change of the values however many nodes it governs.
   */
  conditions: readonly Record<string, JsonSchema>[];
}
