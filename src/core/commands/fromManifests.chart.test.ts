import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { helmBinary } from '@/test-support/helmBinary';
import { splitHelmOutput } from '@/test-support/helmTemplateOutput';
import { parseValues } from '@/core/yaml/parseValues';
import { coalesceValues } from '@/core/values/coalesceValues';
import type { Values } from '@/core/diagnostics/Diagnostic';
import { readChartArchiveFiles } from '@/core/chart-archive/readChartArchiveFiles';
import { egressChecklist } from './egressChecklist';
import { imageList, uniqueImages } from './imageList';
import { egressFromManifests, imageListFromManifests } from './fromManifests';
import { archivesAtHand } from '@/test-support/chartArchive';

const archives = archivesAtHand();

/** Every add-on the chart's values offer switched on (each subchart its own `enabled`), with the optional parts. */
function everythingOn(defaults: Values): string {
  const switches = ['opentelemetry-deployment', 'opentelemetry-daemonset', 'metrics-server', 'mcp', 'piko'].filter((key) => Object.hasOwn(defaults, key));
  return switches.map((key) => `${key}:\n  enabled: true\n`).join('');
}

function parsed(text: string): Values {
  const result = parseValues(text);
  if (!result.ok) throw new Error('does not parse');
  return result.values;
}

function render(archive: string, text: string) {
  const output = execFileSync(helmBinary(), ['template', 'catalyst', archive, '--namespace', 'cra-agent', '--set', 'join_token=x', '-f', '-'], { input: text, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { output, manifests: splitHelmOutput(output) };
}

function chartDefaults(archive: string): Values {
  const read = readChartArchiveFiles(new Uint8Array(readFileSync(archive)));
  if (!read.ok) throw new Error(read.error);
  const values = read.files.find((file) => file.path === 'values.yaml');
  return parsed(new TextDecoder().decode(values?.bytes));
}

describe.each(archives)('the mirror list and the egress checklist of %s, from what Helm renders', (archive) => {
  const defaults = chartDefaults(archive);
  test.each([
    ['the defaults', ''],
    ['every add-on on', everythingOn(defaults)],
  ])('with %s: every image the objects run is listed, with the run-time ones the values name', (_name, text) => {
    const { output, manifests } = render(archive, text);
    const values = coalesceValues(defaults, parsed(text));
    const fromManifests = uniqueImages(imageListFromManifests(manifests, values));
    // Every `image:` Helm prints, read from its output on its own.
    const printed = [...new Set([...output.matchAll(/^\s*(?:-\s+)?image:\s*"?([^"\s]+)"?\s*$/gm)].map((m) => m[1] ?? ''))];
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.filter((image) => !fromManifests.includes(image))).toEqual([]);
    // The agent's run-time images (Dapr's) are in no object: the values still name them.
    const runtime = imageList(values).filter((entry) => entry.component.includes('(runtime)')).map((entry) => entry.image);
    expect(runtime.filter((image) => !fromManifests.includes(image))).toEqual([]);
    // Each image's registry is on the egress checklist.
    const egress = egressFromManifests(manifests, values).map((entry) => entry.host);
    for (const image of printed) expect(egress).toContain(image.includes('/') && /[.:]/.test(image.split('/')[0] ?? '') ? image.split('/')[0]?.split(':')[0] : 'docker.io');
  }, 60_000);

  test.each([
    ['the defaults', ''],
    ['every add-on on', everythingOn(defaults)],
  ])('with %s: every host the values-built egress checklist names is one the rendered objects name or pull from', (_name, text) => {
    const { manifests } = render(archive, text);
    const values = coalesceValues(defaults, parsed(text));
    const rendered = egressFromManifests(manifests, values).map((entry) => `${entry.host}:${entry.port}`);
    expect(egressChecklist(values).map((entry) => `${entry.host}:${entry.port}`).filter((host) => !rendered.includes(host))).toEqual([]);
  }, 60_000);
});

describe('what the lists from the rendered objects add to the ones built from the values (1.90.0)', () => {
  const archive = '../shared/chart/1.90.0/catalyst-1.90.0.tgz';
  const defaults = chartDefaults(archive);

  test('the wait-for-config init image alpine/k8s, named by the containers that run it', () => {
    const { manifests } = render(archive, '');
    const waiting = imageListFromManifests(manifests, defaults).find((entry) => entry.image.includes('/alpine/k8s:'));
    expect(waiting?.component).toContain('Deployment management, init container wait-for-dapr-config');
  });

  test("the metrics-server add-on's image, which the values-built list leaves out", () => {
    const text = 'metrics-server:\n  enabled: true\n';
    const values = coalesceValues(defaults, parsed(text));
    const { manifests } = render(archive, text);
    const added = uniqueImages(imageListFromManifests(manifests, values)).filter((image) => !uniqueImages(imageList(values)).includes(image));
    expect(added).toEqual([expect.stringMatching(/^registry\.k8s\.io\/metrics-server\/metrics-server:v/)]);
    expect(egressFromManifests(manifests, values).map((e) => e.host)).toContain('registry.k8s.io');
    expect(egressChecklist(values).map((e) => e.host)).not.toContain('registry.k8s.io');
  });

  test('the hosts the objects name: the tunnel upstream the management config points at', () => {
    const { manifests } = render(archive, '');
    const egress = egressFromManifests(manifests, defaults);
    expect(egress).toContainEqual(expect.objectContaining({ host: 'tunnel-upstream.r1.diagrid.io', port: 443, purpose: 'Management tunnel (Piko upstream)', pointer: '/management/config/tunnel/piko/upstream_url' }));
    // Piko's upstream host name is only the TLS name its server presents: no object makes anything dial it.
    expect(egress.map((entry) => entry.host)).not.toContain('tunnels.api.diagrid.io');
    // A host the values list knows keeps its purpose.
    expect(egress).toContainEqual(expect.objectContaining({ host: 'sentry.r1.diagrid.io', purpose: 'Workload identity (mTLS)' }));
    // No cluster-internal service is egress.
    expect(egress.filter((entry) => entry.host.endsWith('.svc') || entry.host.includes('.svc.'))).toEqual([]);
  });
});
