import { useDeferredValue, useMemo, useState } from 'react';
import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';
import { compareWithDefaults, type ComparedManifest, type ManifestChange } from '@/core/manifests/compareWithDefaults';
import { diffHunks, lineDiff } from '@/core/manifests/lineDiff';
import { groupManifests, manifestKey } from '@/core/manifests/manifestGroups';
import { manifestStream, matchesManifestSearch } from '@/core/manifests/manifestStream';
import { maskSecretData } from '@/core/manifests/maskSecretData';
import { SearchBox } from '@/components/SearchBox';
import { CopyButton } from '@/components/CopyButton';
import { downloadText } from '@/components/downloadText';
import './manifestsView.css';

interface ManifestsViewProps {
  /** The objects Helm rendered for the latest values it accepted; undefined until it has. */
  current: readonly HelmManifest[] | undefined;
  /** What the chart's defaults render; undefined until Helm has rendered them. */
  defaults: readonly HelmManifest[] | undefined;
  /** Why there is nothing to show, when there is not (no archive, Helm refuses the values…). */
  waiting: string | undefined;
  /** The name the downloaded stream is saved under. */
  fileName: string;
}

const changeNames: Record<ManifestChange, string> = { added: 'added', changed: 'changed', removed: 'removed', unchanged: '' };

/**
 * The objects the chart makes from the values, as Helm rendered them: grouped by kind, searchable by kind, name
 * and content, each read-only with a Secret's values hidden, marked against what the chart's defaults render,
 * and saved or copied as one YAML stream.
 */
export function ManifestsView({ current, defaults, waiting, fileName }: ManifestsViewProps) {
  const [query, setQuery] = useState('');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const search = useDeferredValue(query);
  const compared = useMemo(() => (current ? compareWithDefaults(current, defaults ?? current) : []), [current, defaults]);
  const shown = useMemo(() => compared.filter((c) => (!onlyChanged || c.change !== 'unchanged') && matchesManifestSearch(c.manifest, search)), [compared, onlyChanged, search]);
  const groups = useMemo(() => {
    const byKey = new Map(shown.map((c) => [manifestKey(c.manifest), c]));
    return groupManifests(shown.map((c) => c.manifest)).map((group) => ({ title: group.title, items: group.manifests.map((m) => byKey.get(manifestKey(m))).filter((c): c is ComparedManifest => c !== undefined) }));
  }, [shown]);
  const counts = countChanges(compared);

  if (!current) {
    return (
      <section className="manifests" aria-labelledby="manifests-heading">
        <h2 id="manifests-heading">Manifests</h2>
        <p className="manifests__waiting">{waiting ?? 'Helm is rendering the chart…'}</p>
      </section>
    );
  }
  const stream = manifestStream(current);
  return (
    <section className="manifests" aria-labelledby="manifests-heading">
      <div className="manifests__head">
        <h2 id="manifests-heading">Manifests</h2>
        <span className="manifests__summary">
          {current.length} objects{defaults ? ` · against the chart's defaults: ${counts.added} added, ${counts.changed} changed, ${counts.removed} removed` : ''}
        </span>
        <div className="manifests__actions">
          <CopyButton text={stream} label="Copy all" className="button" />
          <button type="button" className="button" onClick={() => downloadText(fileName, stream)}>
            Download {fileName}
          </button>
        </div>
      </div>
      {waiting && <p className="manifests__waiting">{waiting}</p>}
      <div className="manifests__filters">
        <SearchBox label="Search manifests" placeholder="Kind, name or content" value={query} onChange={setQuery} />
        <label>
          <input type="checkbox" checked={onlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} /> Only changed
        </label>
      </div>
      {groups.length === 0 && <p className="manifests__waiting">No object matches.</p>}
      {groups.map((group) => (
        <section key={group.title} className="manifests__group" aria-label={group.title}>
          <h3>
            {group.title} <span className="manifests__count">{group.items.length}</span>
          </h3>
          {group.items.map((item) => (
            <ManifestItem key={`${item.change}:${manifestKey(item.manifest)}`} item={item} />
          ))}
        </section>
      ))}
    </section>
  );
}

function ManifestItem({ item }: { item: ComparedManifest }) {
  const { manifest, change, before } = item;
  const [open, setOpen] = useState(false);
  const label = `${manifest.kind} ${manifest.name}`;
  return (
    <details className={`manifest manifest--${change}`} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="manifest__kind">{manifest.kind}</span> <span className="manifest__name">{manifest.name}</span>
        {manifest.hooks.length > 0 && <span className="manifest__badge">hook: {manifest.hooks.join(', ')}</span>}
        {change !== 'unchanged' && <span className={`manifest__badge manifest__badge--${change}`}>{changeNames[change]}</span>}
        <span className="manifest__source">{manifest.source}</span>
      </summary>
      {open && (
        <>
          {change === 'changed' && before && <ManifestDiff label={label} kind={manifest.kind} before={before.yaml} after={manifest.yaml} />}
          <pre className="manifest__yaml" aria-label={`${label} YAML`} tabIndex={0}>
            {maskSecretData(manifest.kind, manifest.yaml)}
          </pre>
        </>
      )}
    </details>
  );
}

/** What the values changed in the object, against the chart's defaults: the changed lines with a few around them. */
function ManifestDiff({ label, kind, before, after }: { label: string; kind: string; before: string; after: string }) {
  const hunks = useMemo(() => diffHunks(lineDiff(maskSecretData(kind, before), maskSecretData(kind, after))), [kind, before, after]);
  return (
    <pre className="manifest__diff" aria-label={`What your values change in ${label}`} tabIndex={0}>
      {hunks.map((line, index) =>
        line === null ? (
          <span key={index} className="manifest__diff-gap">
            {'⋯\n'}
          </span>
        ) : (
          <span key={index} className={line.mark === '+' ? 'manifest__diff-add' : line.mark === '-' ? 'manifest__diff-remove' : undefined}>
            {`${line.mark} ${line.text}\n`}
          </span>
        ),
      )}
    </pre>
  );
}

function countChanges(compared: readonly ComparedManifest[]): Record<ManifestChange, number> {
  const counts: Record<ManifestChange, number> = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const { change } of compared) counts[change]++;
  return counts;
}
