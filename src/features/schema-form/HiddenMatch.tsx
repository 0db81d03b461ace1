import type { FormNode } from '@/core/form/FormModel';
import type { ShowIf } from '@/core/form/createVisibility';
import { describeStep, revealChanges, revealSteps } from '@/core/form/revealSteps';
import { useDispatch } from '@/state/sessionStore';
import { useFormRuntime } from './FormRuntimeContext';
import { focusField } from './focusField';
import { useStableChecked } from '@/state/useValuesCheck';
import { dottedPath } from '@/core/pointer/jsonPointer';

/** How many matching fields a hidden group names before it says "and N more". */
const NAMED_MATCHES = 6;
/** How long a revealed field may take to appear before focus gives up on it. */
const REVEAL_FRAMES = 30;

/**
 * A search match that its condition hides right now: what it is, which setting reveals it, and a button that
 * changes that setting (or goes to it, when it takes a value only the user can give).
 */
export function HiddenMatch({ pointer, node, showIf }: { pointer: string; node: FormNode; showIf: ShowIf }) {
  const { model, chart, visibility, navigator } = useFormRuntime();
  const dispatch = useDispatch();
  const unmet = useStableChecked(chart, ({ check }) => visibility.unmetParts(showIf, check.values));
  const steps = revealSteps(model, showIf, unmet);
  const settable = steps.filter((step) => step.value);
  const elsewhere = steps.filter((step) => !step.value);
  const inside = node.type === 'group' ? fieldTitles(node.children) : [];
  const path = dottedPath(pointer);
  const reveal = () => {
    dispatch({ type: 'valuesChanged', changes: revealChanges(model, settable) });
    focusWhenShown(pointer, REVEAL_FRAMES);
  };
  return (
    <div className="field field--hidden-match" data-pointer={pointer}>
      <p className="field__note">
        <strong>{node.title}</strong> <code className="field__key">{path}</code> shows only when you {steps.map(describeStep).join(' and ')}.
      </p>
      {inside.length > 0 && (
        <p className="field__note">
          Matching inside: {inside.slice(0, NAMED_MATCHES).join(', ')}
          {inside.length > NAMED_MATCHES ? ` and ${inside.length - NAMED_MATCHES} more` : ''}.
        </p>
      )}
      <p className="field__actions">
        {settable.length > 0 && (
          <button type="button" className="button button--small" onClick={reveal}>
            {capitalise(settable.map(describeStep).join(' and '))}
          </button>
        )}
        {elsewhere.map((step) => (
          <button key={step.pointer} type="button" className="button button--small" onClick={() => navigator.open(step.pointer)}>
            Go to {step.title}
          </button>
        ))}
      </p>
    </div>
  );
}

/**
 * The field shows once its condition is judged again, a frame or two after the edit paints: until then
 * this note still stands at its pointer.
 */
function focusWhenShown(pointer: string, framesLeft: number): void {
  requestAnimationFrame(() => {
    const element = document.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
    if (element && !element.classList.contains('field--hidden-match')) focusField(pointer);
    else if (framesLeft > 0) focusWhenShown(pointer, framesLeft - 1);
  });
}

function fieldTitles(nodes: readonly FormNode[]): string[] {
  return nodes.flatMap((node) => (node.type === 'group' ? fieldTitles(node.children) : [node.title]));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
