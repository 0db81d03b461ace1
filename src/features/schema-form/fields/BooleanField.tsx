import type { FieldControlProps } from './FieldControlProps';

/** An on/off switch showing what applies: the user's value, else the chart default. */
export function BooleanField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const checked = typeof value === 'boolean' ? value : node.default === true;
  return (
    <span className="switch">
      <input
        id={id}
        name={pointer}
        type="checkbox"
        role="switch"
        className="switch__input"
        checked={checked}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="switch__state" aria-hidden="true">
        {checked ? 'On' : 'Off'}
      </span>
    </span>
  );
}
