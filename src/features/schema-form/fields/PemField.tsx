import { useRef, useState } from 'react';
import { RevealButton } from './RevealButton';
import { asText, type FieldControlProps } from './FieldControlProps';

/**
 * A certificate or key in PEM: pasted, or loaded from a file (read in the browser; nothing is uploaded).
 * A private key marked secret stays masked until revealed.
 */
export function PemField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const file = useRef<HTMLInputElement>(null);
  const [revealed, setRevealed] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const masked = node.secret && !revealed;
  const placeholder = node.format === 'pem-private-key' ? '-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----' : '-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----';
  return (
    <>
      <textarea
        id={id}
        name={pointer}
        className={`field__input field__textarea field__textarea--code${masked ? ' field__textarea--masked' : ''}`}
        rows={5}
        value={asText(value)}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      />
      <div className="field__actions">
        <button type="button" className="button button--small" onClick={() => file.current?.click()}>
          Load {node.title} from file…
        </button>
        {node.secret && <RevealButton title={node.title} revealed={revealed} onToggle={() => setRevealed((shown) => !shown)} />}
        <input
          ref={file}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={`${node.title} file`}
          accept=".pem,.crt,.cer,.key,.txt,text/plain"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (!chosen) return;
            chosen.text().then(
              (text) => {
                setReadError(null);
                onChange(text.trim() === '' ? undefined : text);
              },
              () => setReadError(`${chosen.name} could not be read.`),
            );
          }}
        />
      </div>
      {readError && <p className="field-problem field-problem--error">{readError}</p>}
    </>
  );
}
