import type { Values } from '../diagnostics/Diagnostic';
import { joinImage, resolveImageName } from './imageReference';
import { isTruthyAt, stringAt, valueAt } from './readValue';

export interface ImageEntry {
  /** Who pulls it, e.g. "Agent" or "Dapr sidecar (runtime)". */
  component: string;
  /** `registry/repository:tag`; runtime Dapr images have no tag in the values. */
  image: string;
  /** The value that names the image (its repository or name). */
  pointer: string;
  /** false means `global.image.registry` does not reach it: the user sets it by hand. */
  rewrittenByGlobalRegistry: boolean;
  note?: string;
}

/** The OpenTelemetry collector subchart's appVersion (0.138.1 chart), used when no tag is set. */
export const OTEL_ADDON_DEFAULT_TAG = '0.138.0';

const RAW_TEMPLATE_NOTE = 'The name contains a template the studio does not evaluate; Helm renders it at install.';

/**
 * Every image the values make the cluster pull, as the chart builds each reference: the global registry
 * replaces the components' registries (not the cleanup Job's), and consolidated images share one repository.
 */
export function imageList(values: Values): ImageEntry[] {
  const globalRegistry = stringAt(values, '/global/image/registry');
  const consolidated = isTruthyAt(values, '/global/consolidated_image/enabled');
  const entries: ImageEntry[] = [];
  const registryFor = (own: string) => globalRegistry || own;

  const add = (component: string, registry: string, nameValue: string, tag: string, pointer: string, note?: string) => {
    const { name, raw } = resolveImageName(nameValue, values);
    const notes = [note, raw ? RAW_TEMPLATE_NOTE : undefined].filter(Boolean).join(' ');
    entries.push({
      component,
      image: joinImage(registryFor(registry), name, tag),
      pointer,
      rewrittenByGlobalRegistry: true,
      ...(notes ? { note: notes } : {}),
    });
  };

  const catalystComponents: { component: string; base: string; when: boolean }[] = [
    { component: 'Agent', base: '/agent/image', when: true },
    { component: 'Management', base: '/management/image', when: true },
    { component: 'Gateway control plane', base: '/gateway/controlplane/image', when: true },
    {
      component: 'Gateway identity injector',
      base: '/gateway/identityInjector/image',
      when: valueAt(values, '/gateway/controlplane/xds/mtls/enabled') !== false,
    },
  ];
  for (const { component, base, when } of catalystComponents) {
    if (!when) continue;
    const tag = stringAt(values, `${base}/tag`);
    if (consolidated) {
      add(component, stringAt(values, '/global/consolidated_image/registry'), stringAt(values, '/global/consolidated_image/repository'), tag, '/global/consolidated_image/repository');
    } else {
      add(component, stringAt(values, `${base}/registry`), stringAt(values, `${base}/repository`), tag, `${base}/repository`);
    }
  }

  add('Gateway Envoy proxy', stringAt(values, '/gateway/envoy/image/registry'), stringAt(values, '/gateway/envoy/image/repository'), stringAt(values, '/gateway/envoy/image/tag'), '/gateway/envoy/image/repository');
  if (isTruthyAt(values, '/mcp/enabled')) {
    add('MCP server', stringAt(values, '/mcp/image/registry'), stringAt(values, '/mcp/image/repository'), stringAt(values, '/mcp/image/tag'), '/mcp/image/repository');
  }
  if (isTruthyAt(values, '/piko/enabled')) {
    add('Piko (app tunnels)', stringAt(values, '/piko/image/registry'), stringAt(values, '/piko/image/repository'), stringAt(values, '/piko/image/tag'), '/piko/image/repository');
  }

  const config = '/agent/config';
  add('Dapr sidecar (runtime)', stringAt(values, `${config}/sidecar/image_registry`), stringAt(values, `${config}/sidecar/image_name`), stringAt(values, `${config}/sidecar/image_tag`), `${config}/sidecar/image_name`);
  if (isTruthyAt(values, `${config}/otel/enabled`)) {
    add('Project OpenTelemetry collector (runtime)', stringAt(values, `${config}/otel/image_registry`), stringAt(values, `${config}/otel/image_name`), stringAt(values, `${config}/otel/image_tag`), `${config}/otel/image_name`);
  }
  const runtimeTag = 'The agent picks the tag at runtime; the values do not name it.';
  add('Dapr control plane, OSS (runtime)', stringAt(values, `${config}/upstream_dapr/container_registry`), 'dapr', '', `${config}/upstream_dapr/container_registry`, `${runtimeTag} Mirror it with --dapr-version.`);
  add('Dapr control plane, Catalyst (runtime)', stringAt(values, `${config}/internal_dapr/container_registry`), 'dapr', '', `${config}/internal_dapr/container_registry`, `${runtimeTag} Mirror it with --internal-dapr-version.`);
  add('Dapr Sentry (runtime)', stringAt(values, `${config}/internal_dapr/sentry/image/registry`), stringAt(values, `${config}/internal_dapr/sentry/image/name`), stringAt(values, `${config}/internal_dapr/sentry/image/tag`), `${config}/internal_dapr/sentry/image/name`);

  const notReached = (what: string) =>
    globalRegistry ? `global.image.registry does not reach this image: set ${what} to your registry yourself.` : undefined;

  const wait = '/global/waitForDaprConfig';
  if (isTruthyAt(values, `${wait}/enabled`)) {
    // The init container names its registry itself; global.image.registry does not reach it.
    const note = notReached('global.waitForDaprConfig.image.registry');
    entries.push({
      component: 'Wait for the Dapr configuration (init container of management and gateway)',
      image: joinImage(stringAt(values, `${wait}/image/registry`), stringAt(values, `${wait}/image/repository`), stringAt(values, `${wait}/image/tag`)),
      pointer: `${wait}/image/repository`,
      rewrittenByGlobalRegistry: false,
      ...(note ? { note } : {}),
    });
  }
  if (isTruthyAt(values, '/cleanup/enabled')) {
    // The charts that have the wait-for-config init container (1.55 on) also name the cleanup image with
    // the chart's image helper, which global.image.registry reaches; earlier ones write it out literally.
    const followsGlobal = valueAt(values, wait) !== undefined;
    const registry = stringAt(values, '/cleanup/image/registry');
    const note = followsGlobal ? undefined : notReached('cleanup.image.registry');
    entries.push({
      component: 'Cleanup hook (runs on uninstall)',
      image: joinImage(followsGlobal ? registryFor(registry) : registry, stringAt(values, '/cleanup/image/repository'), stringAt(values, '/cleanup/image/tag')),
      pointer: '/cleanup/image/repository',
      rewrittenByGlobalRegistry: followsGlobal,
      ...(note ? { note } : {}),
    });
  }
  for (const addon of ['opentelemetry-deployment', 'opentelemetry-daemonset']) {
    if (!isTruthyAt(values, `/${addon}/enabled`)) continue;
    const tag = stringAt(values, `/${addon}/image/tag`);
    const notes = [
      notReached(`${addon}.image.repository`),
      tag ? undefined : `No image.tag set: the subchart uses its appVersion ${OTEL_ADDON_DEFAULT_TAG}.`,
    ].filter(Boolean);
    entries.push({
      component: `OpenTelemetry add-on (${addon})`,
      image: joinImage('', stringAt(values, `/${addon}/image/repository`), tag || OTEL_ADDON_DEFAULT_TAG),
      pointer: `/${addon}/image/repository`,
      rewrittenByGlobalRegistry: false,
      ...(notes.length ? { note: notes.join(' ') } : {}),
    });
  }
  return entries;
}

/** Each image once, for a mirroring checklist (the consolidated image serves four components). */
export function uniqueImages(entries: readonly ImageEntry[]): string[] {
  return [...new Set(entries.map((e) => e.image))];
}
