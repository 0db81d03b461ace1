import { stringify } from 'yaml';
import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { schemaAt, structuralParts } from '../schema/schemaNavigation';
import { getAt } from '../values/getAt';
import { formatScalar } from './formatScalar';

/** Longer defaults (whole maps of resources, say) are left to the "full values" view. */
const MAX_DEFAULT_LINES = 8;

/**
 * What hovering a key tells: its title and pointer, the schema's description, the allowed values and the
 * chart's default, as Markdown. Undefined where the schema does not describe the pointer.
 */
export function hoverText(root: JsonSchema, defaults: Values, pointer: string): string | undefined {
  const node = schemaAt(root, pointer);
  if (!node || pointer === '') return undefined;
  const parts = structuralParts(root, node);
  const title = parts.find((part) => part.title)?.title;
  const description = parts.find((part) => part.description)?.description;
  const allowed = parts.flatMap((part) => part.enum ?? []);
  const lines: string[] = [title ? `**${escapeMarkdown(title)}** · ${code(pointer)}` : code(pointer)];
  if (description) lines.push('', escapeMarkdown(description));
  if (allowed.length > 0) lines.push('', `Allowed: ${allowed.map((value) => code(formatScalar(value))).join(', ')}`);
  lines.push('', defaultLine(getAt(defaults, pointer)));
  return lines.join('\n');
}

function defaultLine(value: unknown): string {
  if (value === undefined) return 'Chart default: none (the chart leaves it unset)';
  if (value === null || typeof value !== 'object') return `Chart default: ${code(formatScalar(value))}`;
  if (Array.isArray(value) && value.length === 0) return 'Chart default: `[]`';
  if (!Array.isArray(value) && Object.keys(value).length === 0) return 'Chart default: `{}`';
  const printed = stringify(value, { lineWidth: 0 }).trimEnd();
  const lines = printed.split('\n');
  if (lines.length > MAX_DEFAULT_LINES) return 'Chart default: a map of several values (switch to "Full values" to see them all)';
  // A fence longer than any run of backticks in the value, so the value cannot close it and go on as Markdown.
  const fence = '`'.repeat(Math.max(3, ...[...printed.matchAll(/`+/g)].map((run) => run[0].length + 1)));
  return ['Chart default:', `${fence}yaml`, printed, fence].join('\n');
}

function code(text: string): string {
  return text === '' ? '`""`' : `\`${text.replace(/`/g, "'")}\``;
}

/**
 * A description may come from a chart someone else wrote: no `*`, `_`, link, image or HTML in it may turn
 * into anything but the text it is.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>()!#|~&])/g, '\\$1');
}
