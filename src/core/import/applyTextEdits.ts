import type { TextEdit } from './TextEdit';

/**
 * Applies edits that were all computed against the same text. Applied from the end backwards so
 * earlier offsets stay valid; overlapping edits mean the fix was computed wrongly, so the text is
 * returned unchanged rather than mangled.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.from - a.from || b.to - a.to);
  for (let i = 1; i < sorted.length; i++) {
    const later = sorted[i - 1] as TextEdit;
    const earlier = sorted[i] as TextEdit;
    if (earlier.to > later.from) return text;
  }
  let out = text;
  for (const edit of sorted) {
    if (edit.from < 0 || edit.to > out.length || edit.from > edit.to) return text;
    out = out.slice(0, edit.from) + edit.insert + out.slice(edit.to);
  }
  return out;
}
