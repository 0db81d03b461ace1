import type { JsonSchema } from '@/core/schema/JsonSchema';
import { parsePointer } from '@/core/pointer/jsonPointer';
import { isDeepEqual } from '@/core/values/isDeepEqual';
import type { ValueChange } from '@/core/session/sessionReducer';
import type { FormModel } from './FormModel';

/** One setting that keeps a node hidden, and how to change it so the node shows. */
interface RevealStep {
  /** The governing setting's pointer and label. */
  pointer: string;
  title: string;
  /**
   * The one value its condition accepts (`const`, or a one-value `enum`); absent when the condition
   * accepts many (a name must be typed), and the user goes to the setting instead.
   */
  value?: { is: unknown };
}

/**
 * What to change so a node with this condition shows: one step per governing setting whose value does not
 * match now (`unmet`, from the visibility).
 */
export function revealSteps(model: FormModel, showIf: Record<string, JsonSchema>, unmet: readonly string[]): RevealStep[] {
  return unmet.map((pointer) => {
    const condition = showIf[pointer] ?? {};
    const title = model.byPointer.get(pointer)?.title ?? lastSegment(pointer);
    if (Object.hasOwn(condition, 'const')) return { pointer, title, value: { is: condition.const } };
    if (Array.isArray(condition.enum) && condition.enum.length === 1) return { pointer, title, value: { is: condition.enum[0] } };
    return { pointer, title };
  });
}

/**
 * The edits that carry out the steps with a value, in one go. A value equal to the chart default is
 * removed rather than written, so the file keeps only what differs.
 */
export function revealChanges(model: FormModel, steps: readonly RevealStep[]): ValueChange[] {
  return steps.flatMap((step) => {
    if (!step.value) return [];
    const node = model.byPointer.get(step.pointer);
    const isDefault = node?.type === 'field' && node.default !== undefined && isDeepEqual(node.default, step.value.is);
    return [{ pointer: step.pointer, value: isDefault ? undefined : step.value.is }];
  });
}

/** "turn Provision in-cluster off", "set Provider to aws": the step as words for a button. */
export function describeStep(step: RevealStep): string {
  if (!step.value) return `set ${step.title}`;
  const value = step.value.is;
  if (typeof value === 'boolean') return `turn ${step.title} ${value ? 'on' : 'off'}`;
  return `set ${step.title} to ${typeof value === 'string' ? (value === '' ? 'empty' : value) : JSON.stringify(value)}`;
}

function lastSegment(pointer: string): string {
  try {
    return parsePointer(pointer).at(-1) ?? pointer;
  } catch {
    return pointer;
  }
}
