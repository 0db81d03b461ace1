import { exitCodes, type CliStreams } from './CliStreams';
import { formatDiagnostic } from './formatDiagnostic';
import { readValuesFile } from './readValuesFile';

/**
 * For commands that work on one values file: its text, or the exit code after saying why it cannot be used
 * (2 when it cannot be read, 1 when it is not UTF-8 text).
 */
export async function readOneValuesFile(file: string, io: CliStreams): Promise<string | number> {
  const text = await readValuesFile(file);
  if (typeof text === 'string') return text;
  if ('error' in text) {
    io.stderr.write(`${file}: ${text.error}\n`);
    return exitCodes.usage;
  }
  io.stderr.write(formatDiagnostic(file, text.invalid) + '\n');
  return exitCodes.invalid;
}
