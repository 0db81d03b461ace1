import { useState } from 'react';
import { RevealButton } from './RevealButton';
import { fieldPlaceholder } from '@/core/form/fieldPlaceholder';
import { asText, type FieldControlProps } from './FieldControlProps';

/** A credential: masked until the user asks to see it. */
export function SecretField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="field__row">
      <input
        id={id}
        name={pointer}
        type={revealed ? 'text' : 'password'}
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
      <RevealButton title={node.title} revealed={revealed} onToggle={() => setRevealed((shown) => !shown)} />
    </div>
  );
}
