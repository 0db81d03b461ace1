import { FormNodeView } from '../FormNodeView';
import { moveItem, removeItem } from '@/core/form/moveItem';
import { ItemButtons } from './StringListField';
import type { FieldControlProps } from './FieldControlProps';

/**
 * A list of objects, each a sub-form built from the item schema. The item fields edit their own keys
 * (`/global/image/imagePullSecrets/0/name`); this control only adds, removes and reorders whole items.
 */
export function ObjectListField({ node, pointer, id, value, onChange, describedBy }: FieldControlProps) {
  const own = Array.isArray(value) ? value : undefined;
  const chartItems = Array.isArray(node.default) ? node.default : [];
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
  const items = own ?? [];
  return (
    <div className="list-field" id={id} role="group" aria-label={node.title} aria-describedby={describedBy}>
      {items.length === 0 && <p className="list-field__empty">No items.</p>}
      <ol className="list-field__objects">
        {items.map((_, index) => (
          // An item's place is its identity: its fields are addressed by index in the values.
          <li key={index} className="list-field__object" data-pointer={`${pointer}/${index}`}>
            <div className="list-field__object-head">
              <span className="list-field__object-title">
                {node.title} item {index + 1}
              </span>
              <ItemButtons
                title={node.title}
                index={index}
                count={items.length}
                onMove={(to) => onChange(moveItem(items, index, to))}
                onRemove={() => onChange(removeItem(items, index))}
              />
            </div>
            {node.item?.children.map((child) => <FormNodeView key={child.pointer} node={child} base={`${pointer}/${index}`} />)}
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange([...items, {}])}>
        Add {node.title} item
      </button>
    </div>
  );
}
