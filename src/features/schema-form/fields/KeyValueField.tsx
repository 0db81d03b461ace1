import { useState } from 'react';
import { mapFromRows, rowsFromMap, rowsMatchMap, type KeyValueRow } from '@/core/form/keyValueRows';
import type { FieldControlProps } from './FieldControlProps';
import { childPointer } from '@/core/pointer/jsonPointer';

/**
 * A string map (labels, annotations, nodeSelector) as key/value rows. The rows being typed live here, so a
 * row without a key yet does not vanish; they give way when the map changes elsewhere (the YAML, undo).
 */
export function KeyValueField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const shown = value ?? node.default;
  const [draft, setDraft] = useState<KeyValueRow[] | null>(null);
  const rows = draft && rowsMatchMap(draft, shown) ? draft : rowsFromMap(shown);
  const update = (next: KeyValueRow[]) => {
    setDraft(next);
    const map = mapFromRows(next);
    // No entries left: the key goes, rather than leaving an empty map behind.
    onChange(Object.keys(map).length === 0 ? undefined : map);
  };
  return (
    <div className="kv-field" id={id} role="group" aria-label={node.title} aria-describedby={describedBy}>
      {rows.length === 0 && <p className="list-field__empty">No entries.</p>}
      {rows.length > 0 && (
        <div className="kv-field__rows">
          {rows.map((row, index) => (
            // Rows are positions being edited; a key is not stable while it is typed.
            <div key={index} className="kv-field__row">
              <input
                type="text"
                className="field__input"
                value={row.key}
                placeholder="key"
                spellCheck={false}
                aria-label={`${node.title} key ${index + 1}`}
                onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, key: event.target.value } : r)))}
              />
              <input
                type="text"
                name={row.key === '' ? undefined : childPointer(pointer, row.key)}
                className="field__input"
                value={row.value}
                placeholder="value"
                spellCheck={false}
                aria-label={`${node.title} value ${index + 1}`}
                aria-invalid={invalid || undefined}
                onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))}
              />
              <button type="button" className="button button--icon" aria-label={`Remove ${node.title} entry ${index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
      <button type="button" className="button button--small" onClick={() => setDraft([...rows, { key: '', value: '' }])}>
        Add {node.title} entry
      </button>
    </div>
  );
}
