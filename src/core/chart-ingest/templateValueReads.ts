/**
 * The value paths a chart's templates read, as key lists: `.Values.a.b`, `$.Values.a.b`,
 * `index .Values "a" "b"` (also after a path: `index .Values.a "b-c"`) and `dig "a" "b" default .Values`.
 * A read through a variable (`$agent := .Values.agent`, `with .Values.agent`) is not followed: the studio
 * only claims the paths a template spells out.
 */
export function templateValueReads(templateText: string): string[][] {
  const reads: string[][] = [];
  const code = templateActions(templateText);
  for (const match of code.matchAll(/\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)) {
    reads.push(match[1]!.slice(1).split('.'));
  }
  for (const match of code.matchAll(/\bindex\s+\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*\)?((?:\s+"[^"\\]*")+)/g)) {
    reads.push([...pathSegments(match[1]!), ...quotedStrings(match[2]!)]);
  }
  for (const match of code.matchAll(/\bdig((?:\s+"[^"\\]*")+)\s+(?:"[^"\\]*"|[^\s()]+|\([^()]*\))\s+\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)/g)) {
    reads.push([...pathSegments(match[2]!), ...quotedStrings(match[1]!)]);
  }
  return reads.filter((read) => read.length > 0);
}

function pathSegments(dotted: string): string[] {
  return dotted === '' ? [] : dotted.slice(1).split('.');
}

function quotedStrings(text: string): string[] {
  return [...text.matchAll(/"([^"\\]*)"/g)].map((match) => match[1]!);
}

/** The text inside `{{ … }}` actions, comments left out: a `.Values` in a template's plain text is not a read. */
function templateActions(text: string): string {
  const actions: string[] = [];
  for (const match of text.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    const body = match[1]!;
    if (/^\s*\/\*/.test(body)) continue;
    actions.push(body);
  }
  return actions.join('\n');
}
