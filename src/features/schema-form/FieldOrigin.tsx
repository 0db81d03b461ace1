import { valueOrigin, type ValueOrigin } from '@/core/workspace/valueSource';
import { getAt } from '@/core/values/getAt';
import { useDispatch, useSession } from '@/state/sessionStore';
import { useStableSession } from './useFieldState';

/**
 * Where a field's value comes from in a workspace, and how to move it between layers. Undefined for a single
 * file (and for the base, whose values are its own: the field's usual "changed" marker says it).
 */
export function useFieldOrigin(pointer: string): ValueOrigin | undefined {
  return useStableSession((session) => (session.environment === undefined ? undefined : valueOrigin(pointer, session.baseValues, session.layerValues)));
}

/**
 * In an environment: "from the chart" / "from the base" / "set in <env>", with the two moves a value of an
 * overlay has: back to the base's value (reset the override), or up into the base for every environment.
 */
export function FieldOrigin({ pointer, title, origin }: { pointer: string; title: string; origin: ValueOrigin }) {
  const dispatch = useDispatch();
  const environment = useSession((session) => session.environment);
  const value = useSession((session) => getAt(session.layerValues, pointer));
  if (origin.source === 'chart') return <span className="field__origin field__origin--chart">chart default</span>;
  if (origin.source === 'base') return <span className="field__origin field__origin--base">from base</span>;
  return (
    <>
      <span className="field__origin field__origin--overlay">{origin.removed ? `removed in ${environment}` : `set in ${environment}`}</span>
      <button type="button" className="button button--link" aria-label={`Reset ${title} to the base in ${environment}`} onClick={() => dispatch({ type: 'valueReset', pointer })}>
        Use base
      </button>
      {value !== undefined && (
        <button
          type="button"
          className="button button--link"
          aria-label={`Set ${title} in the base for every environment`}
          onClick={() => dispatch({ type: 'valueSetInBase', pointer, value })}
        >
          Set in base
        </button>
      )}
    </>
  );
}
