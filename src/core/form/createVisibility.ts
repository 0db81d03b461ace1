import type { SchemaCompiler } from '@/core/validate/SchemaCompiler';
import type { Values } from '@/core/diagnostics/Diagnostic';
import type { JsonSchema } from '@/core/schema/JsonSchema';
import { getAt } from '@/core/values/getAt';
import { Memo } from '@/core/memo/Memo';

export type ShowIf = Record<string, JsonSchema>;

export interface Visibility {
  /** Whether a node with this `x-show-if` shows for these (coalesced) values; no condition always shows. */
  isShown(showIf: ShowIf | undefined, values: Values): boolean;
  /** The pointers of the condition whose value does not match it now: what to change to show the node. */
  unmetParts(showIf: ShowIf, values: Values): string[];
}

/**
 * Compiles every `x-show-if` schema once, when the chart loads, so typing never waits on ajv. The
 * judgement of all conditions is kept for the last values seen: every field asking about the same
 * keystroke shares one evaluation.
 */
export function createVisibility(compiler: SchemaCompiler, conditions: readonly ShowIf[]): Visibility {
  const compiled = new Map<ShowIf, { pointer: string; matches: (value: unknown) => boolean }[]>();
  for (const condition of conditions) {
    compiled.set(
      condition,
      Object.entries(condition).map(([pointer, schema]) => {
        const validate = compiler.compile(schema);
        return { pointer, matches: (value: unknown) => validate(value) === true };
      }),
    );
  }

  // Every field asking about the same values shares one judgement of all the conditions.
  const hidden = new Memo<ReadonlySet<ShowIf>>();
  function judge(values: Values): ReadonlySet<ShowIf> {
    return hidden.get([values], () => {
      const next = new Set<ShowIf>();
      for (const [condition, tests] of compiled) {
        if (!tests.every(({ pointer, matches }) => matches(getAt(values, pointer)))) next.add(condition);
      }
      return next;
    });
  }

  return {
    isShown(showIf, values) {
      if (!showIf) return true;
      if (!compiled.has(showIf)) return true;
      return !judge(values).has(showIf);
    },
    unmetParts(showIf, values) {
      return (compiled.get(showIf) ?? []).filter(({ pointer, matches }) => !matches(getAt(values, pointer))).map(({ pointer }) => pointer);
    },
  };
}
