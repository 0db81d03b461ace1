import { useEffect, useRef, useState } from 'react';
import { chartFormats } from '@/core/schema/formats';
import { moveItem, removeItem } from '@/core/form/moveItem';
import { asText, type FieldControlProps } from './FieldControlProps';
import { ItemButtons } from './ItemButtons';

/**
 * A list of strings: add, remove, reorder. While the user has no list of their own the chart's list
 * shows; the first edit copies it into the user's values.
 */
export function StringListField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const items = Array.isArray(value) ? value : Array.isArray(node.default) ? node.default : [];
  const example = node.itemFormat ? chartFormats[node.itemFormat]?.example : undefined;
  const list = useRef<HTMLUListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    list.current?.querySelectorAll<HTMLInputElement>('input')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);
  const change = (next: unknown[]) => onChange(next);
  return (
    <div className="list-field" id={id} role="group" aria-label={node.title} aria-describedby={describedBy}>
      {items.length === 0 && <p className="list-field__empty">No items{Array.isArray(node.default) ? ' (the chart default is an empty list)' : ''}.</p>}
      <ul ref={list} className="list-field__items">
        {items.map((item, index) => (
          // Items have no identity of their own but their place; the list is short and edited in place.
          <li key={index} className="list-field__item">
            <input
              name={`${pointer}/${index}`}
              type="text"
              className="field__input"
              value={asText(item)}
              placeholder={example}
              spellCheck={false}
              aria-label={`${node.title} item ${index + 1}`}
              aria-invalid={invalid || undefined}
              onChange={(event) => change(items.map((old, i) => (i === index ? event.target.value : old)))}
            />
            <ItemButtons
              title={node.title}
              index={index}
              count={items.length}
              onMove={(to) => {
                change(moveItem(items, index, to));
                setFocusIndex(to);
              }}
              onRemove={() => change(removeItem(items, index))}
            />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          change([...items, '']);
          setFocusIndex(items.length);
        }}
      >
        Add {node.title} item
      </button>
    </div>
  );
}
