import { isDeepEqual } from '@/core/values/isDeepEqual';
import type { FieldControlProps } from './FieldControlProps';

const UNSET = 'default';

function label(option: unknown): string {
  if (option === '') return '"" (empty)';
  if (typeof option === 'string') return option;
  return JSON.stringify(option);
}

/**
 * One of the schema's values. The first choice is "the chart default", which removes the key; a value the
 * schema does not allow (typed in the YAML) stays selectable so the user sees what is there.
 */
export function EnumField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const options = node.enum ?? [];
  const index = value === undefined ? -1 : options.findIndex((option) => isDeepEqual(option, value));
  const outside = value !== undefined && index < 0;
  const selected = value === undefined ? UNSET : outside ? 'outside' : String(index);
  return (
    <select
      id={id}
      name={pointer}
      className="field__input field__select"
      value={selected}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        const choice = event.target.value;
        if (choice === UNSET) onChange(undefined);
        else if (choice !== 'outside') onChange(options[Number(choice)]);
      }}
    >
      <option value={UNSET}>{node.default === undefined ? 'Not set' : `Chart default (${label(node.default)})`}</option>
      {options.map((option, i) => (
        <option key={label(option)} value={String(i)}>
          {label(option)}
        </option>
      ))}
      {outside && <option value="outside">{`${label(value)} (not allowed)`}</option>}
    </select>
  );
}
