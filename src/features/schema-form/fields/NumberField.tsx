import { useState } from 'react';
import { parseNumberInput } from '@/core/form/parseNumberInput';
import { fieldPlaceholder } from '@/core/form/fieldPlaceholder';
import { asText, type FieldControlProps } from './FieldControlProps';

/**
 * Numbers and integers. The box keeps what is being typed ("1." on the way to "1.5") and sends only
 * numbers; bounds come from the schema so the browser's arrows stay inside them.
 */
export function NumberField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const integer = node.kind === 'integer';
  const [draft, setDraft] = useState<{ text: string; message?: string } | null>(null);
  const parsedDraft = draft === null ? undefined : parseNumberInput(draft.text, integer);
  // A draft that says what the value says is still the user's typing; otherwise the value changed elsewhere.
  const draftCurrent = draft !== null && parsedDraft !== undefined && (!parsedDraft.ok || parsedDraft.value === value || (parsedDraft.value === undefined && value === undefined));
  const text = draftCurrent ? draft.text : asText(value);
  const message = draftCurrent ? draft.message : undefined;
  return (
    <>
      <input
        id={id}
        name={pointer}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="field__input field__input--number"
        value={text}
        placeholder={fieldPlaceholder(node)}
        aria-describedby={[describedBy, message ? `${id}-draft` : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || message !== undefined || undefined}
        aria-required={node.required || undefined}
        onChange={(event) => {
          const parsed = parseNumberInput(event.target.value, integer);
          setDraft({ text: event.target.value, message: parsed.ok ? undefined : parsed.message });
          if (parsed.ok) onChange(parsed.value);
        }}
        onBlur={() => setDraft(null)}
      />
      {(node.minimum !== undefined || node.maximum !== undefined) && <span className="field__bounds">{bounds(node.minimum, node.maximum)}</span>}
      {message && (
        <p id={`${id}-draft`} className="field-problem field-problem--error">
          {message}
        </p>
      )}
    </>
  );
}

function bounds(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return `${minimum}–${maximum}`;
  if (minimum !== undefined) return `≥ ${minimum}`;
  return `≤ ${String(maximum)}`;
}
