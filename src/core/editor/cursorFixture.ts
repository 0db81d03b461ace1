/** Test helper: a YAML text with `‸` marking the cursor, split into the text and the cursor's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('‸');
  if (offset === -1) throw new Error('the text has no ‸ cursor mark');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
