import { useEffect, useRef, useState } from 'react';
import { moveItem, removeItem } from '@/core/form/moveItem';
import { useNodeRenderer } from '../NodeRendererContext';
import { ItemButtons } from './ItemButtons';
import type { FieldControlProps } from './FieldControlProps';

const FIRST_INPUT = 'input:not([type="file"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * A list of objects, each a sub-form built from the item schema. The item fields edit their own keys
 * (`/global/image/imagePullSecrets/0/name`); this control only adds, removes and reorders whole items.
 *
 * "Add" opens an empty row without writing anything: an item the user has not filled in yet is not a
 * problem to report (a pull secret without its name). The first value typed into the row creates the item.
 */
export function ObjectListField({ node, pointer, id, value, onChange, describedBy }: FieldControlProps) {
  const own = Array.isArray(value) ? value : undefined;
  const chartItems = Array.isArray(node.default) ? node.default : [];
  const items = own ?? [];
  const FormNodeView = useNodeRenderer();
  const [pending, setPending] = useState<number | null>(null);
  const rows = useRef<HTMLOListElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  // Once the pending row holds a value it is an item like the others.
  const pendingShown = pending !== null && pending === items.length;
  useEffect(() => {
    if (pending !== null && items.length > pending) setPending(null);
  }, [pending, items.length]);
  useEffect(() => {
    if (focusRow === null) return;
    rows.current?.querySelector<HTMLElement>(`[data-row="${focusRow}"]`)?.querySelector<HTMLElement>(FIRST_INPUT)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  if (!own && chartItems.length > 0) {
    // Editing one key of a default item would write a map where the list belongs: copy the list first.
    return (
      <div className="list-field" id={id} role="group" aria-label={node.title} aria-describedby={describedBy}>
        <p className="list-field__empty">The chart sets {chartItems.length} item(s) here.</p>
        <button type="button" className="button button--small" onClick={() => onChange(structuredClone(chartItems))}>
          Edit {node.title} items
        </button>
      </div>
    );
  }
  const rowCount = items.length + (pendingShown ? 1 : 0);
  return (
    <div className="list-field" id={id} role="group" aria-label={node.title} aria-describedby={describedBy}>
      {rowCount === 0 && <p className="list-field__empty">No items.</p>}
      <ol ref={rows} className="list-field__objects">
        {Array.from({ length: rowCount }, (_, index) => (
          // An item's place is its identity: its fields are addressed by index in the values.
          <li key={index} className="list-field__object" data-pointer={`${pointer}/${index}`} data-row={index}>
            <div className="list-field__object-head">
              <span className="list-field__object-title">
                {node.title} item {index + 1}
              </span>
              <ItemButtons
                title={node.title}
                index={index}
                count={rowCount}
                onMove={(to) => {
                  if (index >= items.length || to >= items.length) return;
                  onChange(moveItem(items, index, to));
                  setFocusRow(to);
                }}
                onRemove={() => (index >= items.length ? setPending(null) : onChange(removeItem(items, index)))}
              />
            </div>
            {typeof items[index] === 'string' ? (
              // The shorthand some lists accept: a plain string item, edited as it is.
              <input
                type="text"
                className="field__input"
                name={`${pointer}/${index}`}
                aria-label={`${node.title} item ${index + 1} (text)`}
                spellCheck={false}
                value={items[index] as string}
                onChange={(event) => onChange(items.map((old, i) => (i === index ? event.target.value : old)))}
              />
            ) : (
              node.item?.children.map((child) => <FormNodeView key={child.pointer} node={child} base={`${pointer}/${index}`} />)
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={pendingShown}
        onClick={() => {
          // The row's first value lands in a list: make sure there is one to land in.
          if (!own) onChange([]);
          setPending(items.length);
          setFocusRow(items.length);
        }}
      >
        Add {node.title} item
      </button>
    </div>
  );
}
