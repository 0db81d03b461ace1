import { useDispatch, useSession } from '@/state/sessionStore';

/** The values as YAML text, editable; the form and this text are two views of one session. */
export function ValuesTextPane() {
  const text = useSession((s) => s.text);
  const dispatch = useDispatch();
  return (
    <section className="values-text" aria-labelledby="values-text-heading">
      <h2 id="values-text-heading">Values (YAML)</h2>
      <textarea
        aria-labelledby="values-text-heading"
        className="values-text__input"
        spellCheck={false}
        value={text}
        onChange={(event) => dispatch({ type: 'textEdited', text: event.target.value })}
      />
    </section>
  );
}
