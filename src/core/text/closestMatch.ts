/**
 * Edit distance where swapping two neighbours costs 1 (optimal string alignment), because swapped letters
 * (`existingSecert`) are the commonest typo in hand-written YAML keys.
 */
function editDistance(a: string, b: string): number {
  // Three rolling rows: the transposition step looks two rows back.
  let twoBack: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    twoBack = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** True when `part` is one or more whole `_`/`-`/`.`-separated pieces of `whole` (`aws` in `aws_secretmanager`). */
function isWholePieceOf(part: string, whole: string): boolean {
  if (part.length < 2 || part.length >= whole.length) return false;
  let from = 0;
  for (;;) {
    const at = whole.indexOf(part, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : whole[at - 1];
    const after = whole[at + part.length] ?? '';
    const isBoundary = (c: string | undefined) => c === '' || c === '_' || c === '-' || c === '.';
    if (isBoundary(before) && isBoundary(after)) return true;
    from = at + 1;
  }
}

/**
 * A did-you-mean for a mistyped key or enum value, case-insensitive. A candidate qualifies when it is within
 * max(1, ⌊n/3⌋) edits (n: the shorter length, so a short candidate is not "close" to any long word), or when one
 * is a whole `_`/`-`/`.` piece of the other (the chart README's `aws_secretmanager` means `aws`).
 * The nearest edit wins, then the longest piece; ties keep the candidates' order.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const needle = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const limit = Math.max(1, Math.floor(Math.min(needle.length, hay.length) / 3));
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  if (best) return best.candidate;

  let piece: string | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (isWholePieceOf(hay, needle) || isWholePieceOf(needle, hay)) {
      if (piece === undefined || candidate.length > piece.length) piece = candidate;
    }
  }
  return piece;
}
