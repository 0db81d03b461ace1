import { createContext, useContext, type ComponentType } from 'react';
import type { FormNode } from '@/core/form/FormModel';

/** Props of the component that renders one node of the form at `base` (an object-list item's pointer, or ''). */
interface NodeRendererProps {
  node: FormNode;
  base?: string;
}

/**
 * The form's node renderer, handed down from the form's top so a control that nests a sub-form (an object
 * list's items) renders it without importing the form's own top, which imports that control.
 */
export const NodeRendererContext = createContext<ComponentType<NodeRendererProps> | null>(null);

export function useNodeRenderer(): ComponentType<NodeRendererProps> {
  const renderer = useContext(NodeRendererContext);
  if (!renderer) throw new Error('the schema form needs a NodeRendererContext above it');
  return renderer;
}
