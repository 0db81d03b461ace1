type NumberParse = { ok: true; value: number | undefined } | { ok: false; message: string };

/**
 * What a number box's text means. Empty is "not set" (the chart default applies); text that is not a
 * number stays in the box with a message instead of reaching the values half-typed.
 */
export function parseNumberInput(text: string, integer: boolean): NumberParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(trimmed)) return { ok: false, message: 'Type a number, such as 3.' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: 'Type a number, such as 3.' };
  if (integer && !Number.isInteger(value)) return { ok: false, message: 'Type a whole number.' };
  return { ok: true, value };
}
