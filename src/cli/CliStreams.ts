export interface CliStreams {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** The environment (NO_COLOR, CATALYST_STUDIO_URL); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Exit codes: 0 success, 1 the input has an error (or a link cannot be opened), 2 usage error or unreadable
 * file. When several files are checked, an error in one outranks another that cannot be read.
 */
export const exitCodes = { ok: 0, invalid: 1, usage: 2 } as const;
