import { fieldPlaceholder } from '@/core/form/fieldPlaceholder';
import { asText, type FieldControlProps } from './FieldControlProps';

/** Plain and formatted strings (the field shows the format's hint; the placeholder is the default or an example). */
export function TextField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  return (
    <input
      id={id}
      name={pointer}
      type="text"
      className="field__input"
      value={asText(value)}
      placeholder={fieldPlaceholder(node)}
      spellCheck={false}
      autoComplete="off"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={node.required || undefined}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
    />
  );
}
