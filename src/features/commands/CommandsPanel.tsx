import { useId, useMemo, useState } from 'react';
import { buildCommands } from '@/core/commands/buildCommands';
import type { CommandOptions } from '@/core/commands/CommandOptions';
import { egressChecklist } from '@/core/commands/egressChecklist';
import { imageList } from '@/core/commands/imageList';
import { egressFromManifests, imageListFromManifests } from '@/core/commands/fromManifests';
import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';
import type { MirrorVersions } from '@/core/commands/mirrorImagesCommand';
import { stringAt } from '@/core/commands/readValue';
import { TRACING_PRESETS, type TracingInput } from '@/core/commands/tracingConfiguration';
import type { Chart } from '@/core/chart/createChart';
import { layerValuesFiles } from '@/core/workspace/Workspace';
import { useSession } from '@/state/sessionStore';
import { CopyButton } from '@/components/CopyButton';
import { CopyableText } from '@/components/CopyableText';

type TracingChoice = 'none' | 'jaeger' | 'otlpCollector';

/**
 * The exact commands for the current values, each copyable, plus the checklists other teams need. With the
 * objects Helm rendered at hand, the images and the egress checklist are read from them.
 */
export function CommandsPanel({ chart, rendered }: { chart: Chart; rendered?: readonly HelmManifest[] | undefined }) {
  // Helm installs a chart by its version, whether the studio ships it or the user brought its archive.
  const chartVersion = useSession((s) => s.chartRef.version);
  const userValues = useSession((s) => s.userValues);
  const joinToken = useSession((s) => s.joinTokenSource);
  // In a workspace, the files the export writes: an environment installs from the base and its overlay.
  const isWorkspace = useSession((s) => s.overlays.length > 0);
  const environment = useSession((s) => s.environment);
  const fileStem = useSession((s) => s.fileStem);
  const valuesFiles = useMemo(() => (isWorkspace ? layerValuesFiles({ ...(fileStem !== undefined ? { fileStem } : {}) }, environment) : undefined), [isWorkspace, fileStem, environment]);
  const values = useMemo(() => chart.coalesce(userValues), [chart, userValues]);
  const [options, setOptions] = useState<Required<Pick<CommandOptions, 'regionName' | 'ingressUrl' | 'release' | 'namespace'>>>({
    regionName: '',
    ingressUrl: '',
    release: '',
    namespace: '',
  });
  const [tracingChoice, setTracingChoice] = useState<TracingChoice>('none');
  const [tracingEndpoint, setTracingEndpoint] = useState('');
  const tracing = useMemo<TracingInput | undefined>(
    () => (tracingChoice === 'none' ? undefined : { ...TRACING_PRESETS[tracingChoice], ...(tracingEndpoint.trim() ? { endpoint: tracingEndpoint.trim() } : {}) }),
    [tracingChoice, tracingEndpoint],
  );
  const [daprVersion, setDaprVersion] = useState('');
  const [internalDaprVersion, setInternalDaprVersion] = useState('');
  const mirror = useMemo<MirrorVersions>(
    () => ({ ...(daprVersion.trim() ? { daprVersion: daprVersion.trim() } : {}), ...(internalDaprVersion.trim() ? { internalDaprVersion: internalDaprVersion.trim() } : {}) }),
    [daprVersion, internalDaprVersion],
  );
  const groups = useMemo(
    () =>
      buildCommands({
        chartVersion,
        userValues,
        values,
        options: { ...options, ...(valuesFiles ? { valuesFiles } : {}) },
        mirror,
        joinToken,
        ...(tracing ? { tracing } : {}),
        ...(rendered ? { rendered } : {}),
      }),
    [chartVersion, userValues, values, options, valuesFiles, mirror, tracing, joinToken, rendered],
  );
  const egress = useMemo(() => (rendered ? egressFromManifests(rendered, values) : egressChecklist(values)), [values, rendered]);
  const privateRegistry = stringAt(values, '/global/image/registry');
  const images = useMemo(() => (privateRegistry ? (rendered ? imageListFromManifests(rendered, values) : imageList(values)) : []), [values, privateRegistry, rendered]);
  const basis = rendered
    ? 'Read from the objects Helm renders from your values (subcharts, hooks and init containers included), with the images the agent pulls at run time.'
    : "Built from your values. With the chart's archive (Your chart…), they are read from the objects Helm renders.";

  const field = (key: keyof typeof options, label: string, placeholder: string) => (
    <TextField label={label} placeholder={placeholder} value={options[key]} onChange={(value) => setOptions((o) => ({ ...o, [key]: value }))} />
  );

  return (
    <div className="commands-panel">
      <fieldset className="commands-panel__inputs">
        <legend>Your installation</legend>
        {field('regionName', 'Region name', 'my-region')}
        {field('ingressUrl', 'Ingress URL', 'https://catalyst.example.com')}
        {field('release', 'Release', 'catalyst')}
        {field('namespace', 'Namespace', 'cra-agent')}
        <label className="text-field">
          <span>Tracing backend</span>
          <select value={tracingChoice} onChange={(event) => setTracingChoice(event.target.value as TracingChoice)}>
            <option value="none">No tracing</option>
            <option value="jaeger">Jaeger in the cluster</option>
            <option value="otlpCollector">OpenTelemetry collector</option>
          </select>
        </label>
        {tracingChoice !== 'none' && (
          <TextField label="Collector address (host:port)" placeholder={TRACING_PRESETS[tracingChoice].endpoint} value={tracingEndpoint} onChange={setTracingEndpoint} />
        )}
        {privateRegistry && (
          <>
            <TextField label="Dapr version to mirror" placeholder="1.16.2" value={daprVersion} onChange={setDaprVersion} />
            <TextField label="Catalyst Dapr version to mirror" placeholder="1.16.2-catalyst.1" value={internalDaprVersion} onChange={setInternalDaprVersion} />
          </>
        )}
      </fieldset>

      {groups
        .filter((group) => group.id !== 'egress')
        .map((group) => (
          <section key={group.id} className="command-group" aria-labelledby={`command-group-${group.id}`}>
            <h3 id={`command-group-${group.id}`}>{group.title}</h3>
            {group.note && <p className="command-group__note">{group.note}</p>}
            {group.commands.map((command) => (
              <CopyableText key={command.label + command.text} label={command.label} text={command.text} />
            ))}
          </section>
        ))}

      {images.length > 0 && (
        <section className="command-group" aria-labelledby="image-list-heading">
          <h3 id="image-list-heading">Images to mirror</h3>
          <p className="command-group__note">{basis}</p>
          <table className="data-table" aria-labelledby="image-list-heading">
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col">Image</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {images.map((image) => (
                <tr key={`${image.component} ${image.image}`}>
                  <td>{image.component}</td>
                  <td>
                    <code>{image.image}</code>
                  </td>
                  <td>{image.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="command-group" aria-labelledby="egress-heading">
        <h3 id="egress-heading">Outbound connections to allow</h3>
        <p className="command-group__note">For the firewall team. mTLS is used: make sure no proxy or firewall inspects this traffic. {basis}</p>
        <table className="data-table" aria-labelledby="egress-heading">
          <thead>
            <tr>
              <th scope="col">Host</th>
              <th scope="col">Port</th>
              <th scope="col">Purpose</th>
              <th scope="col">Required</th>
            </tr>
          </thead>
          <tbody>
            {egress.map((entry) => (
              <tr key={`${entry.host}:${entry.port}`}>
                <td>
                  <code>{entry.host}</code>
                </td>
                <td>{entry.port ?? '—'}</td>
                <td>
                  {entry.purpose}
                  {entry.note && <span className="data-table__note"> {entry.note}</span>}
                </td>
                <td>{entry.required ? 'required' : 'optional'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <CopyButton text={egress.map((e) => `${e.host}\t${e.port ?? ''}\t${e.purpose}\t${e.required ? 'required' : 'optional'}`).join('\n')} what="the outbound connections as a table" />
      </section>
    </div>
  );
}

function TextField({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="text-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" placeholder={placeholder} value={value} spellCheck={false} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
