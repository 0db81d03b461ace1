import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';
import { compareWithDefaults, type ComparedManifest, type ManifestChange } from '@/core/manifests/compareWithDefaults';
import { diffHunks, lineDiff, type DiffLine } from '@/core/manifests/lineDiff';
import { changedValues, valuesBehindLine, valuesSwitchingObject, type ChangedValue } from '@/core/manifests/valuesBehindChange';
import type { Chart } from '@/core/chart/createChart';
import { useSession } from '@/state/sessionStore';
import type { ObjectRefusal } from '@/core/kubernetes/checkKubernetesObjects';
import { notCheckedBecause } from '@/core/kubernetes/checkedKinds';
import { dottedPath } from '@/core/pointer/jsonPointer';
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
  /** What the Kubernetes API server would refuse in `current`; undefined until checked. */
  refusals: readonly ObjectRefusal[] | undefined;
  /** The chart: its defaults and merge say which values differ from the chart's defaults. */
  chart: Chart | undefined;
  /** The cluster's Kubernetes version the objects are checked against, and the versions offered. */
  kubernetesVersion: string | undefined;
  kubernetesVersions: readonly string[];
  onKubernetesVersionChange: (version: string) => void;
  /** An object to bring into view and open (a problem about it was chosen); a new serial asks again. */
  revealed?: { key: string; serial: number } | undefined;
}

const changeNames: Record<ManifestChange, string> = { added: 'added', changed: 'changed', removed: 'removed', unchanged: '' };

/**
 * The objects the chart makes from the values, as Helm rendered them: grouped by kind, searchable by kind, name
 * and content, each read-only with a Secret's values hidden, marked against what the chart's defaults render,
 * and saved or copied as one YAML stream.
 */
export function ManifestsView({ current, defaults, waiting, fileName, refusals, chart, kubernetesVersion, kubernetesVersions, onKubernetesVersionChange, revealed }: ManifestsViewProps) {
  // What a changed line is traced to: the values as they differ from the chart's defaults (off the keystroke's path).
  const userValues = useDeferredValue(useSession((s) => s.userValues));
  const changes = useMemo(() => (chart ? changedValues(chart.coalesce(userValues), chart.defaults) : []), [chart, userValues]);
  const [query, setQuery] = useState('');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const search = useDeferredValue(query);
  // An object asked for is shown whatever the filters were hiding.
  useEffect(() => {
    if (!revealed) return;
    setQuery('');
    setOnlyChanged(false);
  }, [revealed]);
  const compared = useMemo(() => (current ? compareWithDefaults(current, defaults ?? current) : []), [current, defaults]);
  const shown = useMemo(() => compared.filter((c) => (!onlyChanged || c.change !== 'unchanged') && matchesManifestSearch(c.manifest, search)), [compared, onlyChanged, search]);
  const groups = useMemo(() => {
    const byKey = new Map(shown.map((c) => [manifestKey(c.manifest), c]));
    return groupManifests(shown.map((c) => c.manifest)).map((group) => ({ title: group.title, items: group.manifests.map((m) => byKey.get(manifestKey(m))).filter((c): c is ComparedManifest => c !== undefined) }));
  }, [shown]);
  const counts = countChanges(compared);
  const notChecked = useMemo(() => (current ?? []).filter((manifest) => notCheckedBecause(manifest.yaml, manifest.kind) !== undefined).length, [current]);
  const refusalsByObject = useMemo(() => {
    const byObject = new Map<string, ObjectRefusal[]>();
    for (const refusal of refusals ?? []) byObject.set(refusal.object, [...(byObject.get(refusal.object) ?? []), refusal]);
    return byObject;
  }, [refusals]);
  const versionPicker = (
    <div className="manifests__kubernetes">
      <label>
        Kubernetes version{' '}
        <select value={kubernetesVersion ?? ''} onChange={(event) => onKubernetesVersionChange(event.target.value)} aria-describedby="kubernetes-version-scope">
          {kubernetesVersions.map((version, index) => (
            <option key={version} value={version}>
              {index === 0 ? `${version} (newest the chart supports)` : version}
            </option>
          ))}
        </select>
      </label>
      <p id="kubernetes-version-scope" className="manifests__scope">
        The version decides which API versions the cluster serves and the version Helm renders for. It does not change the fields checked: every
        version is checked against the field schemas of the newest Kubernetes, so a field only newer releases have passes here for an older one.
      </p>
    </div>
  );

  if (!current) {
    return (
      <section className="manifests" aria-labelledby="manifests-heading">
        <h2 id="manifests-heading">Manifests</h2>
        {versionPicker}
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
      <div className="manifests__check">
        {versionPicker}
        <span className={refusalsByObject.size > 0 ? 'manifests__refused' : 'manifests__summary'}>
          {refusals === undefined
            ? `Checking the objects against Kubernetes ${kubernetesVersion}…`
            : refusalsByObject.size === 0
              ? `Kubernetes ${kubernetesVersion} would accept every object${notChecked > 0 ? ' it has a schema of' : ''}.`
              : `Kubernetes ${kubernetesVersion} would refuse ${refusalsByObject.size} ${refusalsByObject.size === 1 ? 'object' : 'objects'}.`}
          {refusals !== undefined && notChecked > 0 && ` ${notChecked} ${notChecked === 1 ? 'object is' : 'objects are'} not checked (marked).`}
        </span>
      </div>
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
            <ManifestItem
              key={`${item.change}:${manifestKey(item.manifest)}`}
              item={item}
              refusals={item.change === 'removed' ? undefined : refusalsByObject.get(manifestKey(item.manifest))}
              changes={changes}
              revealed={item.change !== 'removed' && revealed?.key === manifestKey(item.manifest) ? revealed.serial : undefined}
            />
          ))}
        </section>
      ))}
    </section>
  );
}

interface ManifestItemProps {
  item: ComparedManifest;
  refusals: readonly ObjectRefusal[] | undefined;
  changes: readonly ChangedValue[];
  /** Set (to the ask's serial) when a problem about this object asked to show it. */
  revealed: number | undefined;
}

function ManifestItem({ item, refusals, changes, revealed }: ManifestItemProps) {
  const { manifest, change, before } = item;
  const [open, setOpen] = useState(false);
  const refused = refusals !== undefined;
  const element = useRef<HTMLDetailsElement>(null);
  // An object the API server would refuse opens by itself, to show why.
  useEffect(() => {
    if (refused) setOpen(true);
  }, [refused]);
  useEffect(() => {
    if (revealed === undefined) return;
    setOpen(true);
    const summary = element.current?.querySelector('summary');
    summary?.focus({ preventScroll: true });
    summary?.scrollIntoView({ block: 'start' });
  }, [revealed]);
  const label = `${manifest.kind} ${manifest.name}`;
  const switchedBy = change === 'added' || change === 'removed' ? valuesSwitchingObject(manifest, changes) : [];
  const notChecked = change === 'removed' ? undefined : notCheckedBecause(manifest.yaml, manifest.kind);
  return (
    <details ref={element} className={`manifest manifest--${change}${refused ? ' manifest--refused' : ''}`} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="manifest__kind">{manifest.kind}</span> <span className="manifest__name">{manifest.name}</span>
        {manifest.hooks.length > 0 && <span className="manifest__badge">hook: {manifest.hooks.join(', ')}</span>}
        {change !== 'unchanged' && <span className={`manifest__badge manifest__badge--${change}`}>{changeNames[change]}</span>}
        {refusals && <span className="manifest__badge manifest__badge--refused">Kubernetes would refuse</span>}
        {notChecked && (
          <span className="manifest__badge" title={notChecked}>
            not checked
          </span>
        )}
        <span className="manifest__source">{manifest.source}</span>
      </summary>
      {refusals && (
        <ul className="manifest__refusals" aria-label={`What Kubernetes would refuse in ${label}`}>
          {refusals.map((refusal, index) => (
            <li key={index}>{refusal.message}</li>
          ))}
        </ul>
      )}
      {open && (
        <>
          {notChecked && <p className="manifest__cause">{notChecked}</p>}
          {switchedBy.length > 0 && (
            <p className="manifest__cause">
              {change === 'added' ? 'Switched on by your value ' : 'Switched off by your value '}
              <ValueNames pointers={switchedBy} />
            </p>
          )}
          {change === 'changed' && before && <ManifestDiff label={label} kind={manifest.kind} before={before.yaml} after={manifest.yaml} changes={changes} />}
          <pre className="manifest__yaml" aria-label={`${label} YAML`} tabIndex={0}>
            {maskSecretData(manifest.kind, manifest.yaml)}
          </pre>
        </>
      )}
    </details>
  );
}

/**
 * What the values changed in the object, against the chart's defaults: the changed lines with a few around
 * them. A changed line is a button: pressing it names the values behind it, where they can be found.
 */
function ManifestDiff({ label, kind, before, after, changes }: { label: string; kind: string; before: string; after: string; changes: readonly ChangedValue[] }) {
  const hunks = useMemo(() => diffHunks(lineDiff(maskSecretData(kind, before), maskSecretData(kind, after))), [kind, before, after]);
  const [picked, setPicked] = useState<DiffLine>();
  const behind = picked ? valuesBehindLine(picked, changes) : [];
  return (
    <>
      <pre className="manifest__diff" aria-label={`What your values change in ${label}`}>
        {hunks.map((line, index) =>
          line === null ? (
            <span key={index} className="manifest__diff-gap">
              {'⋯\n'}
            </span>
          ) : line.mark === ' ' ? (
            <span key={index}>{`  ${line.text}\n`}</span>
          ) : (
            <button
              key={index}
              type="button"
              className={`manifest__diff-line ${line.mark === '+' ? 'manifest__diff-add' : 'manifest__diff-remove'}`}
              aria-pressed={picked === line}
              onClick={() => setPicked(picked === line ? undefined : line)}
            >
              {`${line.mark} ${line.text}\n`}
            </button>
          ),
        )}
      </pre>
      {picked && (
        <p className="manifest__cause" role="status">
          {behind.length > 0 ? (
            <>
              {picked.mark === '+' ? 'This line comes from your value ' : 'Your value replaced this line: '}
              <ValueNames pointers={behind} />
            </>
          ) : (
            'No single value of yours can be traced to this line: the chart computes it.'
          )}
        </p>
      )}
    </>
  );
}

/** Values by the dotted names users know from values.yaml, each with its JSON Pointer as a tooltip. */
function ValueNames({ pointers }: { pointers: readonly string[] }) {
  return (
    <>
      {pointers.map((pointer, index) => (
        <span key={pointer}>
          {index > 0 && (index === pointers.length - 1 ? ' and ' : ', ')}
          <code title={pointer}>{dottedPath(pointer)}</code>
        </span>
      ))}
    </>
  );
}

function countChanges(compared: readonly ComparedManifest[]): Record<ManifestChange, number> {
  const counts: Record<ManifestChange, number> = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const { change } of compared) counts[change]++;
  return counts;
}
