import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { dottedPath } from '../pointer/jsonPointer';
import { getAt } from '../values/getAt';
import { needsQuoting } from '../yaml/needsQuoting';
import type { ImportFix } from './ImportReport';
import type { TextEdit } from './TextEdit';
import { locatePair, type ScalarSpan } from './locatePair';

/** A block-list item whose line ends in a comma outside any quotes: `- "10.0.0.0/8",` (JSON habits). */
const LIST_ITEM_WITH_COMMA = /^(\s*-\s.*?)(,)(\s*(?:#.*)?)$/;

/**
 * The chart README's own Network Policies example writes `- "10.0.0.0/8",`: Helm stops with
 * "did not find expected '-' indicator", and with plain scalars the comma silently becomes part
 * of the value. One fix removes every such comma.
 */
export function trailingCommaFix(text: string): ImportFix | undefined {
  const edits: TextEdit[] = [];
  const lines: number[] = [];
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    const body = line.endsWith('\r') ? line.slice(0, -1) : line;
    const match = LIST_ITEM_WITH_COMMA.exec(body);
    if (match && !insideQuotes(match[1] ?? '')) {
      const at = offset + (match[1] ?? '').length;
      edits.push({ from: at, to: at + 1, insert: '' });
      lines.push(index + 1);
    }
    offset += line.length + 1;
  });
  if (edits.length === 0) return undefined;
  const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${listLines(lines)}`;
  return {
    id: 'trailing-commas',
    title: `Remove the trailing commas after list items (${where})`,
    detail: 'In a YAML block list each item is its own "- " line; a comma after an item is an error, or becomes part of the value.',
    edits,
  };
}

/** The title is a button's name: a pasted file with thousands of such lines must not make it thousands of numbers long. */
const MAX_LINES_NAMED = 10;

function listLines(lines: readonly number[]): string {
  if (lines.length <= MAX_LINES_NAMED) return lines.join(', ');
  return `${lines.slice(0, MAX_LINES_NAMED).join(', ')} and ${(lines.length - MAX_LINES_NAMED).toLocaleString('en')} more`;
}

/**
 * True when the item is a quoted scalar still open at the end of `text`, so the comma found is inside
 * the string (`- "a, b",`). YAML quotes only open a scalar, so only the item's first character counts.
 */
function insideQuotes(itemLine: string): boolean {
  const content = itemLine.replace(/^\s*-\s+/, '');
  const quote = content[0];
  if (quote !== '"' && quote !== "'") return false;
  for (let i = 1; i < content.length; i++) {
    const ch = content[i];
    if (quote === '"' && ch === '\\') i++;
    else if (quote === "'" && ch === "'" && content[i + 1] === "'") i++;
    else if (ch === quote) return false;
  }
  return true;
}

/**
 * Fixes the validator already knows: a value outside an enum with a close allowed value
 * (`aws_secretmanager` → `aws`), and an unknown key with a close known key (`enbled` → `enabled`).
 */
export function suggestionFixes(text: string, diagnostics: readonly Diagnostic[], userValues: Values): ImportFix[] {
  const fixes: ImportFix[] = [];
  for (const d of diagnostics) {
    if (d.suggestion === undefined) continue;
    const located = locatePair(text, d.pointer);
    if (!located) continue;
    const dotted = dottedPath(d.pointer);
    if ((d.source === 'schema' || d.source === 'rule') && located.value && typeof getAt(userValues, d.pointer) === 'string') {
      fixes.push({
        id: `value:${d.pointer}`,
        title: `Use ${d.suggestion} for ${dotted}`,
        detail: `${located.value.source} is not a value the chart accepts here (line ${d.line}); ${d.suggestion} is the closest one it does.`,
        edits: [{ from: located.value.from, to: located.value.to, insert: rewrite(located.value, d.suggestion) }],
      });
    } else if (d.source === 'unknown-key' && located.key) {
      const parent = d.pointer.slice(0, d.pointer.lastIndexOf('/'));
      const siblings = getAt(userValues, parent);
      const taken = typeof siblings === 'object' && siblings !== null && Object.hasOwn(siblings, d.suggestion);
      if (taken) continue;
      fixes.push({
        id: `key:${d.pointer}`,
        title: `Rename ${dotted} to ${d.suggestion}`,
        detail: `The chart ignores "${located.key.source}" (line ${d.line}); "${d.suggestion}" is the key it reads.`,
        edits: [{ from: located.key.from, to: located.key.to, insert: rewrite(located.key, d.suggestion) }],
      });
    }
  }
  return fixes;
}

/** The replacement written in the user's quoting style, quoted anyway where a plain word would change type. */
function rewrite(span: ScalarSpan, value: string): string {
  if (span.style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (span.style === 'QUOTE_DOUBLE' || needsQuoting(value)) return JSON.stringify(value);
  return value;
}
