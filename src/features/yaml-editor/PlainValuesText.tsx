import { useRef } from 'react';
import { minimalEdit } from '@/core/editor/minimalEdit';
import { applyEditToMasked, maskSecrets, unmasked, type MaskedText } from '@/core/secrets/maskSecrets';
import { useDispatch, useSession } from '@/state/sessionStore';

interface PlainValuesTextProps {
  label: string;
  /** Secrets show as typed only on request, as in the editor this box stands in for. */
  revealSecrets: boolean;
  isSecret: (pointer: string) => boolean;
}

/**
 * The values as a plain text area: what the pane offers if the editor's code cannot be loaded. Secrets are
 * masked as in the editor: an edit beside a secret keeps it, typing over a masked value replaces it.
 */
export function PlainValuesText({ label, revealSecrets, isSecret }: PlainValuesTextProps) {
  const text = useSession((s) => s.text);
  const dispatch = useDispatch();
  const masked = useRef<{ view: MaskedText; revealSecrets: boolean; isSecret: PlainValuesTextProps['isSecret'] }>(undefined);
  let current = masked.current;
  // Masked afresh when the text changed elsewhere (the form, undo) or the user asked to see secrets or not.
  if (!current || current.view.real !== text || current.revealSecrets !== revealSecrets || current.isSecret !== isSecret) {
    current = { view: revealSecrets ? unmasked(text) : maskSecrets(text, isSecret), revealSecrets, isSecret };
    masked.current = current;
  }
  const { view } = current;
  return (
    <textarea
      aria-label={label}
      className="yaml-pane__plain"
      spellCheck={false}
      value={view.shown}
      onChange={(event) => {
        const edit = minimalEdit(view.shown, event.target.value);
        if (!edit) return;
        const edited = applyEditToMasked(view, edit);
        masked.current = { view: edited, revealSecrets, isSecret };
        dispatch({ type: 'textEdited', text: edited.real });
      }}
    />
  );
}
