import type { Diagnostic, Values } from '@/core/diagnostics/Diagnostic';
import { applyTextEdits } from '@/core/import/applyTextEdits';
import { suggestionFixes } from '@/core/import/findImportFixes';
import { movedIntoVersion } from '@/core/migrate/migrateValues';
import type { ChartRef } from '@/core/chart/ChartRef';
import { parentPointer, parsePointer, dottedPath } from '@/core/pointer/jsonPointer';
import { getAt } from '@/core/values/getAt';
import type { ValuesDocument } from '@/core/yaml/ValuesDocument';

/** What a fix reads: the session's text, its document and values, and the chart they are judged against. */
export interface FixContext {
  chartRef: ChartRef;
  /** While the text does not parse, the document is an older one: no fix is offered from it. */
  textParses: boolean;
  text: string;
  document: ValuesDocument;
  userValues: Values;
}

/** A fix the studio knows for one problem: a button's words, and the text once it is applied. */
interface QuickFix {
  title: string;
  text: string;
}

type Plan =
  | { kind: 'rename'; title: string }
  | { kind: 'remove-typo'; title: string }
  | { kind: 'value'; title: string }
  | { kind: 'move'; title: string; to: string; value: unknown };

/**
 * Keys the chart moved: a value written where an older chart read it (`blocked_cidrs`) has a known new
 * place and shape (`blocked_egress` rules). Kept per values object and version: every problem of one keystroke asks.
 */
const movesByValues = new WeakMap<Values, Map<string, ReadonlyMap<string, { to: string; value: unknown }>>>();

function movedKeys(userValues: Values, version: string): ReadonlyMap<string, { to: string; value: unknown }> {
  let byVersion = movesByValues.get(userValues);
  if (!byVersion) movesByValues.set(userValues, (byVersion = new Map()));
  let moves = byVersion.get(version);
  if (!moves) byVersion.set(version, (moves = movedIntoVersion(userValues, version)));
  return moves;
}

function plan(context: FixContext, diagnostic: Diagnostic): Plan | undefined {
  const { pointer, suggestion } = diagnostic;
  if (pointer === '' || !context.textParses) return undefined;
  const key = lastSegment(pointer);
  if (diagnostic.source === 'unknown-key' && suggestion !== undefined) {
    const siblings = getAt(context.userValues, parentPointer(pointer));
    const taken = typeof siblings === 'object' && siblings !== null && Object.hasOwn(siblings, suggestion);
    // Both spellings written (the form set the right one beside the typo): the typo only misleads.
    return taken ? { kind: 'remove-typo', title: `Remove ${key}: ${suggestion} is already set` } : { kind: 'rename', title: `Rename ${key} to ${suggestion}` };
  }
  if ((diagnostic.source === 'schema' || diagnostic.source === 'rule') && suggestion !== undefined && typeof getAt(context.userValues, pointer) === 'string') {
    return { kind: 'value', title: `Use ${suggestion}` };
  }
  const move = movedKeys(context.userValues, context.chartRef.version).get(pointer);
  if (move) return { kind: 'move', title: `Move ${key} to ${dottedPath(move.to)}`, ...move };
  return undefined;
}

/** The words of the fix for a problem, when the studio knows one; cheap enough for every problem shown. */
export function quickFixTitle(context: FixContext, diagnostic: Diagnostic): string | undefined {
  return plan(context, diagnostic)?.title;
}

/**
 * The fix for a problem: a did-you-mean key renamed (or the typo removed when the right key is also
 * there), a value outside an enum replaced by the closest allowed one, a key the chart moved carried
 * to its new place and shape. Renames edit the text in place, so comments and quoting stay.
 */
export function quickFix(context: FixContext, diagnostic: Diagnostic): QuickFix | undefined {
  const planned = plan(context, diagnostic);
  if (!planned) return undefined;
  let text: string | undefined;
  if (planned.kind === 'rename' || planned.kind === 'value') {
    const fix = suggestionFixes(context.text, [diagnostic], context.userValues)[0];
    text = fix ? applyTextEdits(context.text, fix.edits) : undefined;
  } else {
    const document = context.document.clone();
    if (planned.kind === 'move') document.set(planned.to, planned.value);
    document.unset(diagnostic.pointer);
    text = document.toString();
  }
  return text === undefined || text === context.text ? undefined : { title: planned.title, text };
}

function lastSegment(pointer: string): string {
  return parsePointer(pointer).at(-1) ?? pointer;
}
