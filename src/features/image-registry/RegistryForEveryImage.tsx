import { useId, useState, type FormEvent } from 'react';
import type { FormModel } from '@/core/form/FormModel';
import { registryForEveryImage } from '@/core/images/registryForEveryImage';
import { chartFormats } from '@/core/schema/formats';
import { selectValuesCheck } from '@/core/session/selectValuesCheck';
import type { Chart } from '@/core/chart/createChart';
import { useDispatch, useSessionStore } from '@/state/sessionStore';

const registryFormat = chartFormats['image-registry'];

/**
 * One action for an air-gapped cluster: every image reference of the chart pointed at the user's mirror,
 * including the ones `global.image.registry` does not reach (init and cleanup containers, add-ons). One
 * undo step takes it back.
 */
export function RegistryForEveryImage({ model, chart }: { model: FormModel; chart: Chart }) {
  const dispatch = useDispatch();
  const store = useSessionStore();
  const id = useId();
  const [registry, setRegistry] = useState('');
  const [outcome, setOutcome] = useState('');
  const wanted = registry.trim();
  const invalid = wanted !== '' && registryFormat !== undefined && !registryFormat.validate(wanted);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (wanted === '' || invalid) return;
    const changes = registryForEveryImage(model, selectValuesCheck(store.getState(), chart).values, wanted);
    dispatch({ type: 'valuesChanged', changes });
    setOutcome(
      changes.length === 0
        ? `Every image already comes from ${wanted}.`
        : `${changes.length} image ${changes.length === 1 ? 'reference' : 'references'} now point at ${wanted}. Undo takes them back.`,
    );
  };

  return (
    <form className="section-tool" aria-labelledby={`${id}-title`} onSubmit={apply}>
      <h3 id={`${id}-title`} className="section-tool__title">
        Your registry for every image
      </h3>
      <p className="section-tool__description">
        For a cluster that pulls only from your mirror: sets the registry of every image the chart can deploy — its
        components, the init and cleanup containers, the runtime images the agent deploys and the add-ons.
      </p>
      <div className="section-tool__row">
        <label htmlFor={`${id}-registry`}>Registry</label>
        <input
          id={`${id}-registry`}
          className="field__input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={registryFormat ? `e.g. ${registryFormat.example}` : undefined}
          value={registry}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          onChange={(event) => {
            setRegistry(event.target.value);
            setOutcome('');
          }}
        />
        <button type="submit" className="button" disabled={wanted === '' || invalid}>
          Use for every image
        </button>
      </div>
      {invalid && registryFormat && (
        <p id={`${id}-invalid`} className="field-problem field-problem--error">
          Give {registryFormat.hint}.
        </p>
      )}
      <p className="section-tool__outcome" role="status">
        {outcome}
      </p>
    </form>
  );
}
