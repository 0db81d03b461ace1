import { parse, stringify } from 'yaml';

type SnippetParse = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A free-form value (affinity, tolerations, merge/patch, extra agent config) typed as YAML. Read as YAML 1.1,
 * as Helm reads it, so `on`/`yes` mean what they will mean at install time. Empty text means "not set".
 */
export function parseSnippet(text: string): SnippetParse {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: parse(text, { version: '1.1', prettyErrors: true }) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    return { ok: false, message };
  }
}

/** The value as the snippet field shows it; nothing for "not set". */
export function printSnippet(value: unknown): string {
  if (value === undefined) return '';
  return stringify(value, { version: '1.1', lineWidth: 0 }).replace(/\n$/, '');
}
