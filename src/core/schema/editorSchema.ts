import type { JsonSchema } from './JsonSchema';

/** Where the built studio serves a chart's editor schema, relative to the page. */
export function editorSchemaPath(version: string): string {
  return `schemas/catalyst/${version}/values.editor.schema.json`;
}

const modelinePattern = /^# yaml-language-server: \$schema=\S*[ \t]*(?:\r?\n|$)/;

/**
 * The values text with a first line that points VS Code's YAML extension (yaml-language-server) at
 * `schemaUrl`. A modeline already there is replaced, not repeated: a file exported, edited and brought back
 * keeps one, pointing at the current address. A comment, so Helm reads the same values.
 */
export function withSchemaModeline(text: string, schemaUrl: string): string {
  return `# yaml-language-server: $schema=${schemaUrl}\n${text.replace(modelinePattern, '')}`;
}

/**
 * The chart schema for a values file as the user writes it, for editors and plain JSON Schema validators.
 *
 * The shipped schema judges the merged values (chart defaults under the user's file), so on a four-line file
 * a plain validator reports every value the defaults supply as missing. This variant keeps what is true of any
 * value the user writes, wherever it stands: types, enums, patterns, formats, ranges, `additionalProperties`
 * (a misspelt key is wrong in a partial file too), descriptions, defaults and the field messages. It drops:
 * - `required` on mappings: every key the chart reads has a default, so a key missing from the file is
 *   the default, not an error;
 * - the root's cross-field rules (`allOf`: "a join token or an existing secret", "AWS needs a region"…):
 *   their verdict depends on values the file may leave to the defaults or to `--set`, so only the merged
 *   values can decide them (`catalyst-values validate` and the studio do);
 * - the studio's own `x-` keywords (form layout, warnings, template checks): no editor runs them, and a strict
 *   validator refuses keywords it does not know.
 * `required` inside list items stays: Helm replaces a list whole, so an item the user writes gets no defaults
 * and must be complete by itself.
 */
export function editorSchemaOf(schema: JsonSchema): JsonSchema {
  const { allOf: _crossFieldRules, ...rest } = schema;
  const editor = strip(rest, false) as JsonSchema;
  return {
    ...editor,
    $comment: 'For editing a values file: checks each value written, not what the chart defaults provide.',
  };
}

function strip(node: unknown, inListItem: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item, inListItem));
  if (node === null || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword.startsWith('x-')) continue;
    if (keyword === 'required' && !inListItem) continue;
    if (keyword === 'default' || keyword === 'examples' || keyword === 'const' || keyword === 'enum') {
      // Values, not schemas: copied as they are (a default may hold a key spelt like a keyword).
      result[keyword] = value;
    } else if (keyword === 'properties' || keyword === 'patternProperties' || keyword === 'definitions') {
      result[keyword] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, child]) => [name, strip(child, inListItem)]));
    } else if (keyword === 'items') {
      result[keyword] = strip(value, true);
    } else if (keyword === 'errorMessage') {
      const message = errorMessageWithoutRequired(value, inListItem);
      if (message !== undefined) result[keyword] = message;
    } else {
      result[keyword] = strip(value, inListItem);
    }
  }
  return result;
}

/** A message for a dropped `required` would name a rule that no longer exists. */
function errorMessageWithoutRequired(message: unknown, inListItem: boolean): unknown {
  if (inListItem || message === null || typeof message !== 'object' || Array.isArray(message)) return message;
  const { required: _dropped, ...kept } = message as Record<string, unknown>;
  return Object.keys(kept).length > 0 ? kept : undefined;
}
