import { Subscribable } from '@/core/observable/Subscribable';

/**
 * Text typed in the YAML editor that the session has not taken in yet. The editor hands its text to the
 * session only once typing has paused for a while (parsing and re-checking a file is not worth doing per
 * keystroke); Helm's engine, which works in a worker, may start on the typed text sooner. Features do not
 * import each other; the editor and Helm's judge both import this.
 */
class TypedText extends Subscribable<(text: string) => void> {
  type(text: string): void {
    this.notify(text);
  }
}

const typed = new TypedText();

/** The editor's whole text after a keystroke, secrets unmasked (what the session will receive). */
export function announceTypedText(text: string): void {
  typed.type(text);
}

export const onTextTyped = typed.subscribe;
