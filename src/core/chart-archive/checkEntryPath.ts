import type { ChartArchiveLimits } from './chartArchiveLimits';

type EntryPathResult = { ok: true; segments: string[] } | { ok: false; error: string };

/**
 * A path from a chart archive or folder, as the studio will store it: folders separated by "/", nothing
 * that could name a place outside the chart (`..`, `/etc/passwd`, `C:\`), nothing a file system or a
 * terminal would read differently from what a person sees (backslashes, NUL and other control characters).
 * Such a name is refused, never cleaned up: a chart from `helm package` never has one, so one is a sign the
 * archive was made to trick whoever unpacks it. `kind` words the message ("entry", "file", "link").
 */
export function checkEntryPath(path: string, limits: Pick<ChartArchiveLimits, 'pathLength' | 'folderDepth'>, kind = 'entry'): EntryPathResult {
  const shown = showPath(path);
  if (path.length > limits.pathLength) {
    return { ok: false, error: `An ${kind}'s path is ${path.length.toLocaleString('en')} characters long; the studio reads paths up to ${limits.pathLength.toLocaleString('en')} characters.` };
  }
  // Bidirectional overrides too: they make a name read differently from what it is.
  const control = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.exec(path);
  if (control) {
    const name = control[0] === '\u0000' ? 'a NUL byte' : 'a control character';
    return { ok: false, error: `The ${kind} ${shown} has ${name} in its name; names in a chart are plain text.` };
  }
  if (path.includes('\\')) {
    return { ok: false, error: `The ${kind} ${shown} has a backslash in its name; chart archives separate folders with "/", and a backslash could name a folder on Windows.` };
  }
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    return { ok: false, error: `The ${kind} ${shown} is an absolute path; everything in a chart lies inside its own folder.` };
  }
  const segments = path.replace(/^(\.\/)+/, '').replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '..')) {
    return { ok: false, error: `The ${kind} ${shown} climbs out of its folder (".."); everything in a chart lies inside its own folder.` };
  }
  if (segments.some((segment) => segment === '' || segment === '.')) {
    return { ok: false, error: `The ${kind} ${shown} has an empty folder name ("//" or "/./") in its path.` };
  }
  if (segments.length > limits.folderDepth + 1) {
    return { ok: false, error: `The ${kind} ${showPath(segments.slice(0, 4).join('/'))}… is nested ${segments.length - 1} folders deep; the studio reads charts nested up to ${limits.folderDepth} folders deep.` };
  }
  return { ok: true, segments };
}

/** A name from an archive as a message can show it: quoted, escaped, and short. */
export function showPath(path: string): string {
  const quoted = JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}…` : path);
  return quoted;
}
