import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';
import type { Values } from '@/core/diagnostics/Diagnostic';
import type { PictureNode, PictureEdge } from '@/core/deployment-picture/DeploymentPicture';
import type { PictureInput } from '@/core/deployment-picture/buildDeploymentPicture';
import { valuesShapingNode } from '@/core/deployment-picture/valuesShapingNode';
import { maskSecretData } from '@/core/manifests/maskSecretData';
import { getAt } from '@/core/values/getAt';
import { useSessionStore } from '@/state/sessionStore';
import { downloadText } from '@/components/downloadText';
import { downloadPng } from './downloadPng';
import { usePictureWorker } from './usePictureWorker';
import './deploymentPicture.css';

export interface DeploymentPictureViewProps {
  /** The objects Helm rendered for the latest values it accepted; undefined until it has. */
  current: readonly HelmManifest[] | undefined;
  /** Why there is nothing to show, or why what shows is for earlier values. */
  waiting: string | undefined;
  /** The chart's values.yaml, as the schema's defaults describe it. */
  chartDefaults: Values;
  /** Whether the value at a pointer is a credential, shown hidden. */
  isSecret: (pointer: string) => boolean;
  /** Where objects that name no namespace are installed. */
  namespace: string;
  /** What the picture is of, for its title and file names: `catalyst-1.90.0-catalyst`. */
  baseName: string;
  /** Opens a value's field in the form, when the form has one; undefined when it has none. */
  openValue: (pointer: string) => (() => void) | undefined;
}

const zoomSteps = [0.4, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2];

/**
 * What will be deployed, drawn from the objects Helm rendered: workloads, the Services and entry points in
 * front of them, the ConfigMaps and Secrets they read, the network policies. Drawn in a worker whenever Helm
 * renders new objects; selecting a box shows its manifest and the values that shape it.
 */
export function DeploymentPictureView({ current, waiting, chartDefaults, isSecret, namespace, baseName, openValue }: DeploymentPictureViewProps) {
  const store = useSessionStore();
  // The user's values when these objects arrived: the picture follows Helm's renders, not every keystroke.
  const userValues = useMemo(() => (current ? store.getState().userValues : {}), [current, store]);
  const input = useMemo<PictureInput | undefined>(() => {
    if (!current) return undefined;
    const registry = getAt(userValues, '/global/image/registry') ?? getAt(chartDefaults, '/global/image/registry');
    return { manifests: [...current], registry: typeof registry === 'string' ? registry : undefined, namespace };
  }, [current, userValues, chartDefaults, namespace]);
  const title = `What will be deployed: ${baseName}`;
  const drawn = usePictureWorker(input, title);
  const [selectedId, setSelectedId] = useState<string>();
  const [zoom, setZoom] = useState(1);
  const canvas = useRef<HTMLDivElement>(null);
  const selected = drawn?.picture.nodes.find((node) => node.id === selectedId);

  // The SVG is markup from the core; its size and which box is selected are set on the elements themselves.
  useEffect(() => {
    const svg = canvas.current?.querySelector('svg');
    if (!svg || !drawn) return;
    svg.setAttribute('width', String(Math.round(drawn.layout.width * zoom)));
    svg.setAttribute('height', String(Math.round(drawn.layout.height * zoom)));
    for (const box of svg.querySelectorAll('[data-node-id]')) box.setAttribute('aria-pressed', String(box.getAttribute('data-node-id') === selectedId));
  }, [drawn, zoom, selectedId]);

  const selectFrom = (target: EventTarget) => {
    const box = target instanceof Element ? target.closest('[data-node-id]') : null;
    const id = box?.getAttribute('data-node-id');
    if (id) setSelectedId(id);
  };
  const onClick = (event: MouseEvent) => selectFrom(event.target);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    selectFrom(event.target);
  };

  if (!current || !drawn) {
    return (
      <section className="picture" aria-labelledby="picture-heading">
        <h2 id="picture-heading">What will be deployed</h2>
        <p className="picture__waiting" role="status">{current ? 'Drawing the picture…' : (waiting ?? 'Helm is rendering the chart…')}</p>
      </section>
    );
  }
  const counts = countNodes(drawn.picture.nodes);
  return (
    <section className="picture" aria-labelledby="picture-heading">
      <div className="picture__head">
        <h2 id="picture-heading">What will be deployed</h2>
        <span className="picture__summary">
          {plural(counts.workloads, 'workload')} · {plural(counts.services, 'Service')} · {plural(counts.policies, 'network policy', 'network policies')}
          {counts.userCreates > 0 && <strong className="picture__create"> · {plural(counts.userCreates, 'Secret')} you create</strong>}
        </span>
        <div className="picture__actions">
          <button type="button" className="button button--icon" aria-label="Zoom out" disabled={zoom <= zoomSteps[0]!} onClick={() => setZoom(step(zoom, -1))}>
            −
          </button>
          <span className="picture__zoom" aria-live="polite">{Math.round(zoom * 100)} %</span>
          <button type="button" className="button button--icon" aria-label="Zoom in" disabled={zoom >= zoomSteps[zoomSteps.length - 1]!} onClick={() => setZoom(step(zoom, 1))}>
            +
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const width = canvas.current?.clientWidth ?? drawn.layout.width;
              setZoom(Math.min(1, Math.max(0.2, (width - 2) / drawn.layout.width)));
            }}
          >
            Fit width
          </button>
          <button type="button" className="button" onClick={() => downloadText(`${baseName}.svg`, drawn.svg, 'image/svg+xml')}>
            Download SVG
          </button>
          <button type="button" className="button" onClick={() => void downloadPng(`${baseName}.png`, drawn.svg, drawn.layout.width, drawn.layout.height)}>
            Download PNG
          </button>
        </div>
      </div>
      {waiting && <p className="picture__waiting">{waiting}</p>}
      <Legend />
      {/* The markup is the core's SVG, every chart-given text in it escaped; boxes are buttons, chosen by click or Enter. */}
      <div ref={canvas} className="picture__canvas" onClick={onClick} onKeyDown={onKeyDown} dangerouslySetInnerHTML={{ __html: drawn.svg }} />
      {selected ? (
        <SelectedObject node={selected} edges={drawn.picture.edges} nodes={drawn.picture.nodes} userValues={userValues} chartDefaults={chartDefaults} isSecret={isSecret} openValue={openValue} />
      ) : (
        <p className="picture__hint">Select a box to see its manifest and the values that shape it.</p>
      )}
    </section>
  );
}

function Legend() {
  return (
    <ul className="picture__legend" aria-label="Legend">
      <li>
        <span className="picture__swatch picture__swatch--foreign">registry</span> not your registry
      </li>
      <li>
        <span className="picture__swatch picture__swatch--create">dashed</span> a Secret you create before installing
      </li>
      <li>
        <span className="picture__mark--allowed">allowed</span> / <span className="picture__mark--blocked">blocked</span> traffic
      </li>
      <li>Arrows: exposes, routes, selects, mounts and reads; dashed: pulls images with, names in its configuration; green: a policy applies to</li>
    </ul>
  );
}

interface SelectedObjectProps {
  node: PictureNode;
  nodes: readonly PictureNode[];
  edges: readonly PictureEdge[];
  userValues: Values;
  chartDefaults: Values;
  isSecret: (pointer: string) => boolean;
  openValue: DeploymentPictureViewProps['openValue'];
}

function SelectedObject({ node, nodes, edges, userValues, chartDefaults, isSecret, openValue }: SelectedObjectProps) {
  const label = `${node.objectKind} ${node.name}`;
  const shaping = useMemo(() => valuesShapingNode(node, userValues, chartDefaults), [node, userValues, chartDefaults]);
  const nameOf = (id: string) => {
    const other = nodes.find((n) => n.id === id);
    return other ? `${other.objectKind} ${other.name}` : id;
  };
  const links = [...edges.filter((e) => e.from === node.id).map((e) => `${e.relation} ${nameOf(e.to)}`), ...edges.filter((e) => e.to === node.id).map((e) => `${nameOf(e.from)} ${e.relation} it`)];
  return (
    <section className="picture__selected" aria-label={`Selected: ${label}`}>
      <h3>
        {label}
        {node.namespace && <span className="picture__namespace"> in {node.namespace}</span>}
      </h3>
      {node.userCreates && (
        <p className="picture__create">
          You create this Secret in {node.namespace} before installing: the chart refers to it but does not make it, and the pods that need it do not start
          until it exists.
        </p>
      )}
      {!node.manifest && !node.userCreates && node.kind !== 'outside' && <p>The chart refers to this {node.objectKind} but does not make it: the cluster or another install provides it.</p>}
      {links.length > 0 && (
        <ul className="picture__links" aria-label="Connections">
          {links.map((link) => (
            <li key={link}>{link}</li>
          ))}
        </ul>
      )}
      <h4>Values that shape it</h4>
      {shaping.values.length === 0 ? (
        <p className="picture__muted">{shaping.component ? `You set no value under ${shaping.component} or for every component: the chart's defaults shape it.` : "You set no value that names it or applies to every component: the chart's defaults shape it."}</p>
      ) : (
        <ul className="picture__values" aria-label={`Values that shape ${label}`}>
          {shaping.values.map(({ pointer, value, why }) => {
            const open = openValue(pointer);
            return (
              <li key={pointer}>
                {open ? (
                  <button type="button" className="button--link" onClick={open}>
                    {pointer}
                  </button>
                ) : (
                  <code>{pointer}</code>
                )}{' '}
                = <code>{isSecret(pointer) ? '(hidden)' : JSON.stringify(value)}</code> <span className="picture__muted">{whyText[why]}</span>
              </li>
            );
          })}
        </ul>
      )}
      {node.manifest && (
        <>
          <h4>Manifest</h4>
          <pre className="picture__manifest" aria-label={`${label} manifest`} tabIndex={0}>
            {maskSecretData(node.manifest.kind, node.manifest.yaml)}
          </pre>
        </>
      )}
    </section>
  );
}

const whyText = { 'names it': 'its name', component: 'of its component', 'every component': 'read by every component' } as const;

function step(zoom: number, direction: 1 | -1): number {
  const index = zoomSteps.findIndex((z) => z >= zoom - 1e-9);
  const next = Math.min(zoomSteps.length - 1, Math.max(0, (index === -1 ? zoomSteps.length - 1 : index) + direction));
  return zoomSteps[next]!;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function countNodes(nodes: readonly PictureNode[]) {
  return {
    workloads: nodes.filter((n) => n.kind === 'workload').length,
    services: nodes.filter((n) => n.kind === 'service').length,
    policies: nodes.filter((n) => n.kind === 'networkPolicy').length,
    userCreates: nodes.filter((n) => n.userCreates).length,
  };
}
