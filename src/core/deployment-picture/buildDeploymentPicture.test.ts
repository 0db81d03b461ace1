import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { startHelmEngineHost } from '../../node/startHelmEngineHost';
import type { DeploymentPicture, PictureNode } from './DeploymentPicture';
import { buildDeploymentPicture, pictureNodeId } from './buildDeploymentPicture';
import { layoutDeploymentPicture, lineHeight, nodePadding, pictureFont } from './layoutDeploymentPicture';
import { valuesShapingNode } from './valuesShapingNode';
import { parse } from 'yaml';
import type { Values } from '../diagnostics/Diagnostic';

/** Every dependency chart and optional component each shipped chart has, switched on. */
const addOnsOn: Record<string, string> = {
  '1.28.0': 'opentelemetry-deployment:\n  enabled: true\nopentelemetry-daemonset:\n  enabled: true\n',
  '1.90.0':
    'opentelemetry-deployment:\n  enabled: true\nopentelemetry-daemonset:\n  enabled: true\nmetrics-server:\n  enabled: true\n' +
    'mcp:\n  enabled: true\n  httpAuthMode: passthrough\nnetworkPolicies:\n  enabled: true\n',
};

/** Every existing-Secret reference the chart takes: join token, gateway TLS, PostgreSQL (both), Redis, image pulls. */
const existingSecrets = `
agent:
  existingJoinTokenSecret:
    name: my-join-token
global:
  image:
    registry: registry.example.com
    imagePullSecrets: [{ name: my-pull-secret }]
  secrets:
    provider: postgresql
    postgresql:
      existingSecret: my-secrets-store
  postgresql:
    create: false
    external:
      existing_secret_name: my-postgres
  redis:
    disabled: false
    create: false
    external:
      host: redis.example.com
      existing_secret_name: my-redis
gateway:
  tls:
    enabled: true
    existingSecret: my-gateway-tls
`;

const engine = startHelmEngineHost({ renderMilliseconds: 120_000 });
afterAll(() => engine.dispose());

async function render(version: string, values: string, joinToken = true): Promise<HelmManifest[]> {
  const chart = readFileSync(`../shared/chart/${version}/catalyst-${version}.tgz`);
  const result = await engine.render({ chart, values: [values], set: joinToken ? [{ flag: 'set', text: 'join_token=x' }] : [], release: 'catalyst', namespace: 'cra-agent', kubeVersion: '' });
  if (result.error) throw new Error(result.error.message);
  return result.manifests;
}

const rendered: Record<string, HelmManifest[]> = {};
beforeAll(async () => {
  for (const version of ['1.28.0', '1.90.0']) {
    rendered[`${version} defaults`] = await render(version, '');
    rendered[`${version} add-ons`] = await render(version, addOnsOn[version]!);
  }
  rendered['1.90.0 existing secrets'] = await render('1.90.0', existingSecrets, false);
}, 180_000);

const pictures = new Map<string, DeploymentPicture>();
const pictureOf = (name: string, registry?: string) => {
  const key = `${name}|${registry ?? ''}`;
  if (!pictures.has(key)) pictures.set(key, buildDeploymentPicture({ manifests: rendered[name]!, registry, namespace: 'cra-agent' }));
  return pictures.get(key)!;
};
const node = (picture: DeploymentPicture, kind: string, name: string): PictureNode => {
  const found = picture.nodes.find((n) => n.id === pictureNodeId(kind, 'cra-agent', name));
  if (!found) throw new Error(`no ${kind} ${name} in ${picture.nodes.map((n) => n.id).join(', ')}`);
  return found;
};
const text = (n: PictureNode) => n.lines.map((line) => line.map((span) => span.text).join('')).join('\n');
const edgesFrom = (picture: DeploymentPicture, id: string) => picture.edges.filter((edge) => edge.from === id).map((edge) => `${edge.relation} ${edge.to}`);
const workloadKinds = ['Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob'];

describe.each(['1.28.0', '1.90.0'])('the picture of chart %s', (version) => {
  test('has every workload the chart renders, with its replicas, images and resource requests', () => {
    for (const setting of ['defaults', 'add-ons']) {
      const manifests = rendered[`${version} ${setting}`]!;
      const picture = pictureOf(`${version} ${setting}`);
      const workloads = manifests.filter((m) => workloadKinds.includes(m.kind)).map((m) => pictureNodeId(m.kind, 'cra-agent', m.name));
      expect(picture.nodes.filter((n) => n.kind === 'workload').map((n) => n.id).sort()).toEqual(workloads.sort());
    }
    const picture = pictureOf(`${version} defaults`);
    const management = text(node(picture, 'Deployment', 'management'));
    expect(management).toMatch(/^2 replicas$/m);
    expect(management).toMatch(/catalyst-all:\S+ from \S+/);
    expect(text(node(picture, 'Deployment', 'agent'))).toContain('requests cpu 40m, memory 500Mi');
    expect(text(node(picture, 'Job', 'catalyst-cleanup'))).toContain('hook post-delete');
  });

  test('connects each Service to the workload it selects, with its ports', () => {
    const picture = pictureOf(`${version} defaults`);
    expect(edgesFrom(picture, pictureNodeId('Service', 'cra-agent', 'gateway-envoy'))).toEqual([`selects ${pictureNodeId('Deployment', 'cra-agent', 'catalyst-gateway')}`]);
    expect(edgesFrom(picture, pictureNodeId('Service', 'cra-agent', 'diagrid-piko'))).toEqual([`selects ${pictureNodeId('StatefulSet', 'cra-agent', 'diagrid-piko')}`]);
    expect(text(node(picture, 'Service', 'gateway-envoy'))).toMatch(/port 8443\/TCP \(https\)/);
  });

  test('shows the ConfigMaps each workload mounts, and one the chart only refers to as made elsewhere', () => {
    const picture = pictureOf(`${version} defaults`);
    expect(edgesFrom(picture, pictureNodeId('Deployment', 'cra-agent', 'agent'))).toContain(`mounts ${pictureNodeId('ConfigMap', 'cra-agent', 'agent-config')}`);
    const bundle = node(picture, 'ConfigMap', 'ca-certificates-bundle');
    expect(bundle.manifest).toBeUndefined();
    expect(bundle.userCreates).toBe(false);
    // With the chart's defaults and a join token given, nothing has to be created beforehand.
    expect(picture.nodes.filter((n) => n.userCreates)).toEqual([]);
  });

  test('draws the OpenTelemetry collectors only when they are switched on, marked as add-ons', () => {
    expect(pictureOf(`${version} defaults`).nodes.filter((n) => n.addOn !== undefined)).toEqual([]);
    const picture = pictureOf(`${version} add-ons`);
    expect(node(picture, 'Deployment', 'catalyst-opentelemetry-deployment').addOn).toBe('opentelemetry-deployment');
    expect(text(node(picture, 'DaemonSet', 'catalyst-opentelemetry-daemonset-agent'))).toMatch(/^one pod on each node$/m);
    expect(edgesFrom(picture, pictureNodeId('Service', 'cra-agent', 'catalyst-opentelemetry-deployment'))).toEqual([`selects ${pictureNodeId('Deployment', 'cra-agent', 'catalyst-opentelemetry-deployment')}`]);
    expect(text(node(picture, 'Service', 'catalyst-opentelemetry-deployment'))).toContain('port 4317/TCP (otlp)');
  });

  test('lays out without two boxes overlapping, every line inside its box, with every add-on on', () => {
    for (const setting of ['defaults', 'add-ons']) {
      const picture = pictureOf(`${version} ${setting}`);
      const layout = layoutDeploymentPicture(picture);
      expect(layout.nodes).toHaveLength(picture.nodes.length);
      const boxes = layout.nodes;
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i]!;
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
        expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
        const widest = Math.max(...a.heading.map((t) => t.length), ...a.lines.map((line) => line.reduce((n, span) => n + span.text.length, 0)));
        expect(widest * pictureFont.size * pictureFont.advance, a.node.id).toBeLessThanOrEqual(a.width - 2 * nodePadding);
        expect((a.heading.length + a.lines.length) * lineHeight, a.node.id).toBeLessThanOrEqual(a.height - 2 * nodePadding);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.node.id} overlaps ${b.node.id}`).toBe(true);
        }
      }
      for (const band of layout.bands) {
        // A band's title sits above its boxes, on no box.
        const titleBottom = band.y + lineHeight;
        expect(boxes.some((box) => box.y < titleBottom && box.y + box.height > band.y && box.x < band.x + band.title.length * pictureFont.size * pictureFont.advance)).toBe(false);
      }
      expect(layout.edges.every((edge) => edge.points.length >= 2)).toBe(true);
    }
  });
});

describe('the picture of chart 1.90.0', () => {
  test("marks every Secret the values name but the chart does not make as the user's to create, with how it is used", () => {
    const picture = pictureOf('1.90.0 existing secrets', 'registry.example.com');
    const created = picture.nodes.filter((n) => n.userCreates).map((n) => n.name).sort();
    expect(created).toEqual(['my-gateway-tls', 'my-join-token', 'my-postgres', 'my-pull-secret', 'my-redis', 'my-secrets-store']);
    for (const secret of picture.nodes.filter((n) => n.userCreates)) {
      expect(secret.lines[0]).toEqual([{ text: 'you create this, in cra-agent, before installing', mark: 'create' }]);
    }
    const agent = edgesFrom(picture, pictureNodeId('Deployment', 'cra-agent', 'agent'));
    const secret = (name: string) => pictureNodeId('Secret', 'cra-agent', name);
    expect(agent).toEqual(expect.arrayContaining([`reads ${secret('my-join-token')}`, `pulls images with ${secret('my-pull-secret')}`, `reads ${secret('my-secrets-store')}`, `names in its configuration ${secret('my-postgres')}`, `names in its configuration ${secret('my-redis')}`]));
    expect(edgesFrom(picture, pictureNodeId('Deployment', 'cra-agent', 'catalyst-gateway'))).toContain(`mounts ${secret('my-gateway-tls')}`);
    expect(text(node(picture, 'Secret', 'my-join-token'))).toContain('keys join_token');
  });

  test("highlights each image's registry unless it is the user's own", () => {
    const spansOf = (picture: DeploymentPicture, name: string) => node(picture, 'Deployment', name).lines.filter((line) => line[0]?.text.includes(' from '));
    // No registry of the user's: every image comes from elsewhere.
    const unset = pictureOf('1.90.0 defaults');
    expect(spansOf(unset, 'agent').every((line) => line[1]?.mark === 'foreign')).toBe(true);
    // The user's registry is plain; an image the chart does not move to it (the wait-for-config init image) stands out.
    const own = pictureOf('1.90.0 existing secrets', 'registry.example.com');
    const gateway = spansOf(own, 'catalyst-gateway');
    expect(gateway.filter((line) => line[1]?.text === 'registry.example.com').every((line) => line[1]?.mark === undefined)).toBe(true);
    expect(gateway.filter((line) => line[1]?.text === 'registry.example.com').length).toBeGreaterThan(0);
    const elsewhere = gateway.filter((line) => line[1]?.text !== 'registry.example.com');
    expect(elsewhere.map((line) => line[0]?.text)).toEqual([expect.stringMatching(/^init k8s:/)]);
    expect(elsewhere.every((line) => line[1]?.mark === 'foreign')).toBe(true);
  });

  test('draws each network policy as the traffic it allows and blocks, and the pods it applies to', () => {
    expect(pictureOf('1.90.0 defaults').nodes.filter((n) => n.kind === 'networkPolicy')).toEqual([]);
    const picture = pictureOf('1.90.0 add-ons');
    expect(picture.nodes.filter((n) => n.kind === 'networkPolicy')).toHaveLength(rendered['1.90.0 add-ons']!.filter((m) => m.kind === 'NetworkPolicy').length);
    const internet = node(picture, 'NetworkPolicy', 'allow-egress-internet');
    expect(internet.everyPod).toBe(true);
    expect(internet.lines).toContainEqual([{ text: 'out: allowed to 0.0.0.0/0', mark: 'allowed' }]);
    expect(internet.lines).toContainEqual([{ text: 'out: blocked to 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 169.254.0.0/16', mark: 'blocked' }]);
    expect(node(picture, 'NetworkPolicy', 'deny-all').lines.filter((line) => line[0]?.mark === 'blocked')).toHaveLength(2);
    expect(edgesFrom(picture, pictureNodeId('NetworkPolicy', 'cra-agent', 'allow-ingress-gateway'))).toEqual([`applies to ${pictureNodeId('Deployment', 'cra-agent', 'catalyst-gateway')}`]);
    expect(node(picture, 'NetworkPolicy', 'allow-ingress-gateway').lines).toContainEqual([{ text: 'in: allowed from 0.0.0.0/0', mark: 'allowed' }]);
  });

  test('draws the metrics server and the MCP server only when switched on', () => {
    const off = pictureOf('1.90.0 defaults');
    expect(off.nodes.some((n) => n.name.includes('metrics-server') || n.name.includes('mcp'))).toBe(false);
    const on = pictureOf('1.90.0 add-ons');
    expect(node(on, 'Deployment', 'catalyst-metrics-server').addOn).toBe('metrics-server');
    expect(node(on, 'Deployment', 'catalyst-mcp').addOn).toBeUndefined();
  });
});

describe('the values that shape an object of the picture', () => {
  const defaults = parse(readFileSync('../shared/chart/1.90.0/values.yaml', 'utf8')) as Values;
  const userValues = parse(existingSecrets) as Values;

  test("are the user's values of the component that renders it, and those every component reads", () => {
    const picture = pictureOf('1.90.0 existing secrets', 'registry.example.com');
    const gateway = valuesShapingNode(node(picture, 'Deployment', 'catalyst-gateway'), userValues, defaults);
    expect(gateway.component).toBe('/gateway');
    expect(gateway.values).toContainEqual({ pointer: '/gateway/tls/existingSecret', value: 'my-gateway-tls', why: 'component' });
    expect(gateway.values).toContainEqual({ pointer: '/global/image/registry', value: 'registry.example.com', why: 'every component' });
    expect(gateway.values.some((v) => v.pointer.startsWith('/agent/'))).toBe(false);
    expect(valuesShapingNode(node(picture, 'Job', 'catalyst-cleanup'), userValues, defaults).component).toBe('/cleanup');
  });

  test('include the value that names a Secret the user creates', () => {
    const picture = pictureOf('1.90.0 existing secrets', 'registry.example.com');
    const secret = valuesShapingNode(node(picture, 'Secret', 'my-redis'), userValues, defaults);
    expect(secret.values[0]).toEqual({ pointer: '/global/redis/external/existing_secret_name', value: 'my-redis', why: 'names it' });
  });

  test("of an add-on or a network policy are that add-on's or the policies' own", () => {
    const picture = pictureOf('1.90.0 add-ons');
    const addOns = parse(addOnsOn['1.90.0']!) as Values;
    expect(valuesShapingNode(node(picture, 'Deployment', 'catalyst-opentelemetry-deployment'), addOns, defaults)).toMatchObject({ component: '/opentelemetry-deployment', values: [{ pointer: '/opentelemetry-deployment/enabled', value: true }] });
    expect(valuesShapingNode(node(picture, 'NetworkPolicy', 'deny-all'), addOns, defaults)).toMatchObject({ component: '/networkPolicies', values: [{ pointer: '/networkPolicies/enabled', value: true }] });
  });
});
