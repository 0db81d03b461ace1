import type { CliStreams } from './CliStreams';

export type Paint = (style: 'error' | 'warning' | 'dim', text: string) => string;

const codes = { error: '31', warning: '33', dim: '2' } as const;

/**
 * `--color auto|always|never`: auto colours only a terminal, and never when NO_COLOR is set (no-color.org),
 * so pipes, files and CI logs get plain text.
 */
export function colorOption(choice: string | undefined, io: CliStreams): Paint | { usageProblem: string } {
  const mode = choice ?? 'auto';
  if (mode !== 'auto' && mode !== 'always' && mode !== 'never') return { usageProblem: `--color must be auto, always or never, not "${mode}"` };
  const noColor = (io.env?.NO_COLOR ?? '') !== '';
  const on = mode === 'always' || (mode === 'auto' && io.stdout.isTTY === true && !noColor);
  return on ? (style, text) => `\u001b[${codes[style]}m${text}\u001b[0m` : (_style, text) => text;
}
