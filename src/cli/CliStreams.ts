export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes: 0 success, 1 the input has an error (or a link cannot be opened), 2 usage error or unreadable file. */
export const exitCodes = { ok: 0, invalid: 1, usage: 2 } as const;
