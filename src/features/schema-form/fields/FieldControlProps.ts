import type { FieldNode } from '@/core/form/FormModel';

/**
 * What every field control gets. Controls are controlled and know nothing of the store: they show
 * `value` and report edits through `onChange` (`undefined` = remove the key, so the default applies).
 */
export interface FieldControlProps {
  node: FieldNode;
  /** Absolute JSON Pointer of the value: the control's `name`. */
  pointer: string;
  /** DOM id of the main control, which the field's label points at. */
  id: string;
  /** The user's own value; undefined while the chart default applies. */
  value: unknown;
  onChange(value: unknown): void;
  /** Ids of the description, hint and problems, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
}


export function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
