import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { countFields, filterSection, searchWords } from '@/core/form/filterNodes';
import { locateField } from '@/core/form/locateField';
import { SearchBox } from '@/components/SearchBox';
import { useSession } from '@/state/sessionStore';
import type { FormRuntime } from './createFormRuntime';
import { FormRuntimeContext, useFormRuntime } from './FormRuntimeContext';
import { FormNodeView } from './FormNodeView';
import { NodeRendererContext } from './NodeRendererContext';
import { SectionNav } from './SectionNav';
import { SectionView } from './SectionView';
import { focusField } from './focusField';
import { useFormAddress } from './useFormAddress';
import { useWarmEditPath } from './useWarmEditPath';
import { SearchingContext } from './SearchingContext';

/**
 * The chart's values as a form: a section list with search on the left, the chosen section in the middle.
 * Deep links (`#/gateway/tls/existingSecret`) and the problem list open a field through the runtime's navigator.
 */
export function SchemaForm({ runtime, sectionTools = NO_TOOLS }: { runtime: FormRuntime; sectionTools?: SectionTools }) {
  return (
    <FormRuntimeContext.Provider value={runtime}>
      <NodeRendererContext.Provider value={FormNodeView}>
        <FormLayout sectionTools={sectionTools} />
      </NodeRendererContext.Provider>
    </FormRuntimeContext.Provider>
  );
}

/** What the page adds at the top of a section, by section id (the app composes other features in here). */
export type SectionTools = Readonly<Record<string, ReactNode>>;
const NO_TOOLS: SectionTools = {};

function FormLayout({ sectionTools }: { sectionTools: SectionTools }) {
  const { model, navigator, chart } = useFormRuntime();
  useWarmEditPath(chart);
  const [active, setActive] = useState(model.sections[0]?.id);
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<{ pointer: string; serial: number } | null>(null);
  const textParses = useSession((session) => session.textParses);

  const words = useMemo(() => searchWords(query), [query]);
  const filtered = useMemo(
    () => model.sections.map((section) => ({ section, nodes: filterSection(section, words) })).map((entry) => ({ ...entry, matches: countFields(entry.nodes) })),
    [model, words],
  );
  const searching = words.length > 0;
  const visible = searching ? filtered.filter((entry) => entry.nodes.length > 0) : filtered.filter((entry) => entry.section.id === active);

  useEffect(
    () =>
      navigator.subscribe(() => {
        const request = navigator.current();
        const location = request && locateField(model, request.pointer);
        if (!request || !location) return;
        setActive(location.section);
        setQuery('');
        setTarget({ pointer: location.pointer, serial: request.serial });
      }),
    [model, navigator],
  );

  useEffect(() => {
    if (target) focusField(target.pointer);
  }, [target]);

  const onFormFocus = useFormAddress({ model, navigator, active, setActive });

  const select = useCallback(
    (id: string) => {
      if (searching) {
        document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start' });
        return;
      }
      setActive(id);
      // Move focus to the section heading so keyboard users land on what they chose.
      requestAnimationFrame(() => document.getElementById(`section-${id}-title`)?.focus());
    },
    [searching],
  );

  return (
    <div className="schema-form">
      <div className="schema-form__side">
        <SearchBox label="Search values" placeholder="Search by key, path or label" value={query} onChange={setQuery} />
        <SectionNav
          sections={searching ? filtered.filter((entry) => entry.matches > 0) : filtered}
          active={active}
          searching={searching}
          onSelect={select}
        />
      </div>
      <div className="schema-form__main" id="form-fields" onFocus={onFormFocus}>
        {!textParses && (
          <p className="notice notice--warning" role="status">
            The YAML does not parse. The form shows the last values that did, and waits until the text is fixed.
          </p>
        )}
        {searching && visible.length === 0 && (
          <p className="notice" role="status">
            No value matches “{query}”.
          </p>
        )}
        <fieldset className="schema-form__sections" disabled={!textParses}>
          <legend className="visually-hidden">Chart values</legend>
          <SearchingContext.Provider value={searching}>
            {visible.map(({ section, nodes }) => (
              <SectionView key={section.id} section={section} nodes={nodes} tool={searching ? undefined : sectionTools[section.id]} />
            ))}
          </SearchingContext.Provider>
        </fieldset>
      </div>
    </div>
  );
}
