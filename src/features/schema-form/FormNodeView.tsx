import { memo, useContext, useEffect, useState, type ReactNode } from 'react';
import type { FormNode, GroupNode } from '@/core/form/FormModel';
import { useSession } from '@/state/sessionStore';
import { getAt } from '@/core/values/getAt';
import { FieldView } from './FieldView';
import { FieldProblems } from './FieldProblems';
import { HiddenValue } from './HiddenValue';
import { HiddenMatch } from './HiddenMatch';
import { SearchingContext } from './SearchingContext';
import { describeWithin, fieldId } from './fieldId';
import { useFieldProblems, useHasProblemsWithin, useIsShown } from './useFieldState';
import { differsFromDefault } from '@/core/form/differsFromDefault';
import { dottedPath } from '@/core/pointer/jsonPointer';

/** A node of the form at `base` (an object-list item's pointer, or '' for the chart's own tree). */
export function FormNodeView({ node, base = '' }: { node: FormNode; base?: string }) {
  const pointer = base + node.pointer;
  return node.type === 'group' ? <GroupView node={node} base={base} /> : <FieldView node={node} pointer={pointer} />;
}

/** A mapping of the chart shown as a fieldset; its own problems (unknown keys in it) show under its title. */
const GroupView = memo(function GroupView({ node, base }: { node: GroupNode; base: string }) {
  const pointer = base + node.pointer;
  const shown = useIsShown(node.showIf);
  const problems = useFieldProblems(pointer);
  // Only whether the user set anything here: the group's whole value would change on every keystroke inside it.
  const hasValue = useSession((session) => getAt(session.userValues, pointer) !== undefined);
  const searching = useContext(SearchingContext);
  if (!shown && searching && node.showIf) return <HiddenMatch pointer={pointer} node={node} showIf={node.showIf} />;
  if (!shown) return hasValue || problems.length > 0 ? <HiddenValue pointer={pointer} title={node.title} problems={problems} /> : null;
  const path = dottedPath(pointer);
  const group = (
    <fieldset className="group" data-pointer={pointer}>
      <legend className={node.foldable ? 'visually-hidden' : 'group__title'}>{node.title}</legend>
      {path !== '' && !node.foldable && <code className="group__path">{path}</code>}
      {node.description && (
        <p className="group__description">
          {node.descriptionFromChart && <span className="from-chart">From the chart: </span>}
          <span>{node.description}</span>
        </p>
      )}
      <FieldProblems id={`${fieldId(pointer)}-problems`} problems={problems} describeWithin={describeWithin} />
      <div className="group__children">
        {node.children.map((child) => (
          <FormNodeView key={child.pointer} node={child} base={base} />
        ))}
      </div>
    </fieldset>
  );
  return node.foldable ? <FoldedGroup node={node} pointer={pointer} path={path} searching={searching}>{group}</FoldedGroup> : group;
});

/**
 * A component's block in a long section, closed while it holds nothing but chart defaults. It opens by
 * itself when a value in it differs or a problem lands in it, and a jump to a field inside opens it too
 * (focusField opens every `<details>` around its target); closing it again is the user's choice.
 */
function FoldedGroup({ node, pointer, path, searching, children }: { node: GroupNode; pointer: string; path: string; searching: boolean; children: ReactNode }) {
  const differs = useSession((session) => differsFromDefault(node, getAt(session.userValues, pointer)));
  const hasProblems = useHasProblemsWithin(pointer);
  const needed = differs || hasProblems;
  const [open, setOpen] = useState(needed);
  useEffect(() => {
    if (needed) setOpen(true);
  }, [needed]);
  const component = node.trail.join(' › ');
  return (
    <details className="group-fold" open={open || searching} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="group-fold__summary">
        <span className="group__title">{component ? `${component}: ${node.title}` : node.title}</span>
        {differs && <span className="group-fold__badge">changed</span>}
        {path !== '' && <code className="group__path">{path}</code>}
      </summary>
      {children}
    </details>
  );
}
