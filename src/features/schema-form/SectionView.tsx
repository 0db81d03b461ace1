import { memo, type ReactNode } from 'react';
import type { FormNode, FormSection } from '@/core/form/FormModel';
import { FormNodeView } from './FormNodeView';
import { isShownForJoinTokenSource, JoinTokenSourceChoice, useJoinTokenSource } from './JoinTokenSourceChoice';

/** One section of the chart. Memoised: a keystroke re-renders the field it changed, never the section. */
export const SectionView = memo(function SectionView({ section, nodes, tool }: { section: FormSection; nodes: readonly FormNode[]; tool?: ReactNode }) {
  return (
    <section className="form-section" id={`section-${section.id}`} aria-labelledby={`section-${section.id}-title`}>
      <h2 id={`section-${section.id}-title`} className="form-section__title" tabIndex={-1}>
        {section.title}
      </h2>
      {section.description && <p className="form-section__description">{section.description}</p>}
      {tool}
      {section.id === 'install' ? (
        <InstallNodes nodes={nodes} />
      ) : (
        nodes.map((node) => <FormNodeView key={node.pointer} node={node} />)
      )}
    </section>
  );
});

/** The Install section opens with where the join token comes from, and shows the fields that choice needs. */
function InstallNodes({ nodes }: { nodes: readonly FormNode[] }) {
  const source = useJoinTokenSource();
  return (
    <>
      <JoinTokenSourceChoice />
      {nodes
        .filter((node) => isShownForJoinTokenSource(node.pointer, source))
        .map((node) => (
          <FormNodeView key={node.pointer} node={node} />
        ))}
    </>
  );
}
