import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../core/diagnostics/Diagnostic';

/** Larger files are refused before parsing: no real values file comes near, and a parse must stay quick. */
const maxFileBytes = 32 * 1024 * 1024;

/**
 * The file's text; `{ error }` when it cannot be read at all (a usage problem: exit 2); `{ invalid }`
 * when it was read but is not UTF-8 text (a problem in the file, placed at its line, as Helm refuses it).
 * `-` reads standard input.
 */
export async function readValuesFile(file: string): Promise<string | { error: string } | { invalid: Diagnostic }> {
  let bytes: Buffer;
  try {
    if (file === '-') {
      bytes = await readStdin();
    } else {
      const info = await stat(file);
      if (info.isDirectory()) return { error: 'is a directory, not a values file' };
      if (info.size > maxFileBytes) return { error: `is ${Math.round(info.size / 1024 / 1024)} MB; values files larger than 32 MB are not read` };
      bytes = await readFile(file);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EACCES') return { error: 'permission denied' };
    return { error: `cannot be read (${code ?? String(error)})` };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { invalid: notUtf8(bytes) };
  }
}

/** Where the first byte that is not UTF-8 sits, found by a lossy decode (it marks the spot with U+FFFD). */
function notUtf8(bytes: Buffer): Diagnostic {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  const before = lossy.slice(0, Math.max(at, 0));
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return {
    pointer: '',
    severity: 'error',
    message: 'the file is not UTF-8 text (saved in another encoding, such as Latin-1?); Helm reads values files as UTF-8',
    line,
    column: Math.max(column, 1),
    source: 'yaml',
  };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
