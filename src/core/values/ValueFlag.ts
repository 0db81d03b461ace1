/**
 * A value given on Helm's command line rather than in a values file. The kinds are Helm's flags:
 * `--set` (typed: `true`, `null`, whole numbers), `--set-string` (always text), `--set-json` (JSON values,
 * or one whole JSON object), `--set-file` (the value is the content of the named file) and `--set-literal`
 * (one key, and everything after its `=` as text, commas and all).
 */
export type ValueFlagKind = 'set' | 'set-string' | 'set-json' | 'set-file' | 'set-literal';

export interface ValueFlag {
  kind: ValueFlagKind;
  /** The flag's argument as the shell passed it: `a.b=c,list={x,y}`. */
  text: string;
}

/** The order Helm applies them in, whatever their order on the command line: after every `-f` file. */
export const valueFlagOrder: readonly ValueFlagKind[] = ['set-json', 'set', 'set-string', 'set-file', 'set-literal'];
