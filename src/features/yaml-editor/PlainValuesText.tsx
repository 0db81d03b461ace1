import { useDispatch, useSession } from '@/state/sessionStore';

/** The values as a plain text area: what the pane offers if the editor's code cannot be loaded. */
export function PlainValuesText({ label }: { label: string }) {
  const text = useSession((s) => s.text);
  const dispatch = useDispatch();
  return (
    <textarea
      aria-label={label}
      className="yaml-pane__plain"
      spellCheck={false}
      value={text}
      onChange={(event) => dispatch({ type: 'textEdited', text: event.target.value })}
    />
  );
}
