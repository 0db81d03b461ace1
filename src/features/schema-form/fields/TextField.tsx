import { chartFormats } from '@/core/schema/formats';
import { asText, defaultPlaceholder, type FieldControlProps } from './FieldControlProps';

/** Plain and formatted strings (the field shows the format's hint; the placeholder is the default or an example). */
export function TextField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const example = node.format ? chartFormats[node.format]?.example : undefined;
  return (
    <input
      id={id}
      name={pointer}
      type="text"
      className="field__input"
      value={asText(value)}
      placeholder={defaultPlaceholder(node, example?.includes('\n') ? undefined : example)}
      spellCheck={false}
      autoComplete="off"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={node.required || undefined}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
    />
  );
}
