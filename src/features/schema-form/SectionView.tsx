import { memo, type ReactNode } from 'react';
import type { FormNode, FormSection } from '@/core/form/FormModel';
import { FormNodeView } from './FormNodeView';

/** One section of the chart. Memoised: a keystroke re-renders the field it changed, never the section. */
export const SectionView = memo(function SectionView({ section, nodes, tool }: { section: FormSection; nodes: readonly FormNode[]; tool?: ReactNode }) {
  return (
    <section className="form-section" id={`section-${section.id}`} aria-labelledby={`section-${section.id}-title`}>
      <h2 id={`section-${section.id}-title`} className="form-section__title" tabIndex={-1}>
        {section.title}
      </h2>
      {section.description && <p className="form-section__description">{section.description}</p>}
      {tool}
      {nodes.map((node) => (
        <FormNodeView key={node.pointer} node={node} />
      ))}
    </section>
  );
});
