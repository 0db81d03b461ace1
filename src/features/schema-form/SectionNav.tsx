import { memo } from 'react';
import type { FormSection } from '@/core/form/FormModel';
import { ProblemBadge } from '@/components/ProblemBadge';
import { useSectionCounts } from './useFieldState';

interface SectionNavProps {
  sections: readonly { section: FormSection; matches: number }[];
  active: string | undefined;
  searching: boolean;
  onSelect(id: string): void;
}

/** The sections, each with its problem count (and, while searching, how many values matched). */
export function SectionNav({ sections, active, searching, onSelect }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ul>
        {sections.map(({ section, matches }) => (
          <li key={section.id}>
            <SectionNavItem section={section} current={!searching && section.id === active} matches={searching ? matches : undefined} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

const SectionNavItem = memo(function SectionNavItem({
  section,
  current,
  matches,
  onSelect,
}: {
  section: FormSection;
  current: boolean;
  matches: number | undefined;
  onSelect(id: string): void;
}) {
  const counts = useSectionCounts(section.id);
  return (
    <button type="button" className="section-nav__item" aria-current={current ? 'page' : undefined} onClick={() => onSelect(section.id)}>
      <span className="section-nav__title">{section.title}</span>
      {matches !== undefined && <span className="section-nav__matches">{`${matches} ${matches === 1 ? 'match' : 'matches'}`}</span>}
      <ProblemBadge errors={counts.errors} warnings={counts.warnings} />
    </button>
  );
});
