import { fieldPlaceholder } from '@/core/form/fieldPlaceholder';
import { asText, type FieldControlProps } from './FieldControlProps';

export function MultilineField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  return (
    <textarea
      id={id}
      name={pointer}
      className="field__input field__textarea"
      rows={4}
      value={asText(value)}
      placeholder={fieldPlaceholder(node)}
      spellCheck={false}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
    />
  );
}
