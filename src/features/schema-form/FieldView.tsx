import { memo, useContext, type MouseEvent } from 'react';
import type { FieldNode } from '@/core/form/FormModel';
import { chartFormats } from '@/core/schema/formats';
import { useDispatch } from '@/state/sessionStore';
import { fieldRegistry, compositeKinds } from './fieldRegistry';
import { describeWithin, fieldId } from './fieldId';
import { useFormRuntime } from './FormRuntimeContext';
import { useFieldProblems, useIsShown, useUserValue, useValueChange } from './useFieldState';
import { FieldProblems } from './FieldProblems';
import { HiddenValue } from './HiddenValue';
import { HiddenMatch } from './HiddenMatch';
import { SearchingContext } from './SearchingContext';
import { dottedPath } from '@/core/pointer/jsonPointer';
import { FieldOrigin, useFieldOrigin } from './FieldOrigin';

/**
 * One value of the chart: label, description, format hint, the control its kind calls for, a changed marker
 * with reset, and its problems. Subscribes to its own value, problems and condition only, so typing here
 * re-renders this field and not its neighbours.
 */
export const FieldView = memo(function FieldView({ node, pointer }: { node: FieldNode; pointer: string }) {
  const shown = useIsShown(node.showIf);
  const value = useUserValue(pointer);
  const problems = useFieldProblems(pointer);
  const onChange = useValueChange(pointer);
  const origin = useFieldOrigin(pointer);
  const dispatch = useDispatch();
  const { model, navigator } = useFormRuntime();
  const searching = useContext(SearchingContext);

  if (!shown) {
    if (searching && node.showIf) return <HiddenMatch pointer={pointer} node={node} showIf={node.showIf} />;
    return value === undefined && problems.length === 0 ? null : <HiddenValue pointer={pointer} title={node.title} problems={problems} />;
  }

  const id = fieldId(pointer);
  const Control = fieldRegistry[node.kind];
  const format = node.format ?? node.itemFormat;
  const hint = format && node.kind !== 'pem' ? chartFormats[format]?.hint : undefined;
  // In an environment, "changed" means its overlay decides the value; the base's values show as inherited.
  const changed = origin ? origin.source === 'overlay' : value !== undefined;
  const errors = problems.some((p) => p.severity === 'error');
  const describedBy = [node.description && `${id}-desc`, hint && `${id}-hint`, problems.length > 0 && `${id}-problems`].filter(Boolean).join(' ') || undefined;
  const existing = node.existingSecret ? model.byPointer.get(node.existingSecret) : undefined;
  const composite = compositeKinds.has(node.kind);
  const severity = errors ? ' field--error' : problems.length > 0 ? ' field--warning' : '';

  return (
    <div className={`field field--${node.kind}${changed ? ' field--changed' : ''}${severity}`} data-pointer={pointer}>
      <div className="field__head">
        {composite ? (
          <span className="field__label">{node.title}</span>
        ) : (
          <label className="field__label" htmlFor={id}>
            {node.title}
          </label>
        )}
        {node.required && (
          <span className="field__required" title="Required" aria-hidden="true">
            *
          </span>
        )}
        <code className="field__key" title={pointer}>
          {node.showPath ? dottedPath(pointer) : node.key}
        </code>
        {origin && <FieldOrigin pointer={pointer} title={node.title} origin={origin} />}
        {!origin && changed && (
          <>
            <span className="field__changed">changed</span>
            <button type="button" className="button button--link" aria-label={`Reset ${node.title} to the chart default`} onClick={() => dispatch({ type: 'valueReset', pointer })}>
              Reset
            </button>
          </>
        )}
      </div>
      {node.description && (
        <p id={`${id}-desc`} className="field__description">
          {node.descriptionFromChart && <span className="from-chart">From the chart: </span>}
          <span>{node.description}</span>
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          Format: {hint}
        </p>
      )}
      {node.unread && <p className="field__note">{node.unread}</p>}
      <div className="field__control">
        <Control node={node} pointer={pointer} id={id} value={value} onChange={onChange} describedBy={describedBy} invalid={errors} />
      </div>
      {node.existingSecret && (
        <p className="field__note">
          Rather not paste it here? Name an existing Kubernetes Secret instead:{' '}
          <a
            href={`#${node.existingSecret}`}
            onClick={(event: MouseEvent) => {
              event.preventDefault();
              navigator.open(node.existingSecret ?? '');
            }}
          >
            {existing?.title ?? node.existingSecret}
          </a>
          .
        </p>
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} describeWithin={describeWithin} />
    </div>
  );
});
