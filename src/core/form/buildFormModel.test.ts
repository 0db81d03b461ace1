import { describe, expect, test } from 'vitest';
import type { FieldNode, FormModel, FormNode } from './FormModel';
import { buildFormModel } from './buildFormModel';
import { testSchema } from './testSchema';

function field(model: FormModel, pointer: string): FieldNode {
  const node = model.byPointer.get(pointer);
  if (!node || node.type !== 'field') throw new Error(`no field at ${pointer}`);
  return node;
}

function pointers(nodes: readonly FormNode[]): string[] {
  return nodes.flatMap((node) => (node.type === 'group' ? [node.pointer, ...pointers(node.children)] : [node.pointer]));
}

describe('buildFormModel', () => {
  const model = buildFormModel(testSchema);

  test('sections follow x-sections, and values without a section land in "Other values"', () => {
    expect(model.sections.map((s) => s.title)).toEqual(['Install', 'Gateway', 'Secrets', 'Other values']);
    expect(pointers(model.sections[3]?.nodes ?? [])).toEqual(['/cleanup', '/cleanup/enabled']);
  });

  test('a section inherited downward is cut where a child names another section', () => {
    const install = pointers(model.sections[0]?.nodes ?? []);
    expect(install).toContain('/global/labels');
    expect(install).not.toContain('/global/secrets/provider');
    const secrets = model.sections.find((s) => s.id === 'secrets');
    expect(secrets?.nodes.map((n) => n.pointer)).toEqual(['/global/secrets']);
    expect(secrets?.nodes[0]?.trail).toEqual(['global']);
  });

  test('siblings are ordered by x-order, then by key', () => {
    expect(model.sections[0]?.nodes.map((n) => n.pointer)).toEqual(['/join_token', '/global']);
    const tls = model.byPointer.get('/gateway/tls');
    expect(tls?.type === 'group' && tls.children.map((c) => c.key)).toEqual(['enabled', 'cert', 'existingSecret']);
  });

  test('each value gets the control its schema shape calls for', () => {
    const kinds = Object.fromEntries([...model.byPointer.values()].filter((n) => n.type === 'field').map((n) => [n.pointer, (n as FieldNode).kind]));
    expect(kinds).toMatchObject({
      '/join_token': 'secret',
      '/global/labels': 'key-value',
      '/global/secrets/provider': 'enum',
      '/global/imagePullSecrets': 'object-list',
      '/gateway/replicas': 'integer',
      '/gateway/image/repository': 'text',
      '/gateway/image/pullPolicy': 'enum',
      '/gateway/tls/enabled': 'boolean',
      '/gateway/tls/cert': 'pem',
      '/gateway/tls/existingSecret': 'formatted',
      '/gateway/blockedCidrs': 'string-list',
      '/gateway/affinity': 'yaml',
      '/gateway/mode': 'yaml',
      '/gateway/cpu': 'text',
    });
  });

  test('fields carry the chart default, bounds, format and secret hints', () => {
    expect(field(model, '/gateway/replicas')).toMatchObject({ default: 1, minimum: 1, maximum: 10 });
    expect(field(model, '/gateway/image/repository').default).toBe('catalyst');
    expect(field(model, '/gateway/blockedCidrs')).toMatchObject({ default: ['10.0.0.0/8'], itemFormat: 'cidr' });
    expect(field(model, '/global/secrets/aws/secret_access_key')).toMatchObject({
      secret: true,
      existingSecret: '/global/secrets/aws/existingSecret',
      title: 'secret_access_key',
    });
    expect(field(model, '/join_token')).toMatchObject({ required: true, title: 'Join token' });
  });

  test('an object list carries a sub-form with pointers relative to the item', () => {
    const list = field(model, '/global/imagePullSecrets');
    expect(list.item?.children.map((c) => [c.pointer, c.type === 'field' && c.kind])).toEqual([['/name', 'formatted']]);
  });

  test('every distinct x-show-if is collected once', () => {
    expect(model.conditions).toHaveLength(2);
  });

  test('a schema without x-sections gets one section per top-level key', () => {
    const plain = buildFormModel({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'object', properties: { c: { type: 'number' } } } } });
    expect(plain.sections.map((s) => s.id)).toEqual(['a', 'b']);
    expect([...plain.byPointer.values()].filter((node) => node.type === 'field').map((node) => node.pointer)).toEqual(['/a', '/b/c']);
  });

  test('a recursive schema ends in a YAML field instead of looping', () => {
    const recursive = buildFormModel({
      type: 'object',
      definitions: {
        tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/tree' } }, name: { type: 'string' } } },
      },
      properties: { root: { $ref: '#/definitions/tree' } },
    });
    let node = recursive.byPointer.get('/root/children');
    let depth = 0;
    while (node?.type === 'field' && node.kind === 'object-list') {
      const next = node.item?.children.find((c) => c.key === 'children');
      node = next;
      depth += 1;
    }
    expect(node?.type === 'field' && node.kind).toBe('yaml');
    expect(depth).toBeGreaterThan(3);
  });
});

test('a list of rules that may also be written as plain strings is edited as rows of the rule fields', () => {
  const model = buildFormModel({
    type: 'object',
    properties: {
      blocked: {
        type: 'array',
        title: 'Blocked egress',
        items: { type: ['object', 'string'], properties: { name: { type: 'string', title: 'Rule name' }, cidrs: { type: 'array', items: { type: 'string', format: 'cidr' } } } },
      },
    },
  });
  const blocked = field(model, '/blocked');
  expect(blocked.kind).toBe('object-list');
  expect(blocked.item?.children.map((child) => [child.pointer, child.type === 'field' ? child.kind : 'group'])).toEqual([
    ['/cidrs', 'string-list'],
    ['/name', 'text'],
  ]);
});

describe('the order of a section on the shipped chart 1.90.0', async () => {
  const { readFileSync } = await import('node:fs');
  const model = buildFormModel(JSON.parse(readFileSync('schemas/catalyst/1.90.0/values.schema.json', 'utf8')));
  const section = (id: string) => model.sections.find((s) => s.id === id)?.nodes.map((node) => node.pointer) ?? [];

  test('Pod security opens with the agent (the README example) and ends with the init container', () => {
    const pods = section('pod-security');
    expect(pods.slice(0, 2)).toEqual(['/agent/podSecurityContext', '/agent/securityContext']);
    expect(pods.at(-1)).toBe('/global/waitForDaprConfig/securityContext');
  });

  test('in Pod security and Images each component block folds, except the ones the README starts with', () => {
    const foldable = (id: string) =>
      (model.sections.find((s) => s.id === id)?.nodes ?? []).filter((node) => node.type === 'group' && node.foldable).map((node) => node.pointer);
    expect(foldable('pod-security')).not.toContain('/agent/podSecurityContext');
    expect(foldable('pod-security')).toContain('/global/waitForDaprConfig/securityContext');
    expect(foldable('pod-security')).toContain('/management/securityContext');
    expect(foldable('images')).not.toContain('/global/image');
    expect(foldable('images')).toContain('/cleanup/image');
    expect(foldable('install')).toEqual([]);
  });

  test('Images opens with the global registry and ends with add-ons, init and cleanup containers', () => {
    const images = section('images');
    expect(images[0]).toBe('/global/image');
    expect(images.slice(-3)).toEqual(['/opentelemetry-daemonset/image', '/global/waitForDaprConfig/image', '/cleanup/image']);
  });

  test('a top-level field whose label another one shares shows its path', () => {
    const names = ['/agent/config/sidecar/image_tag', '/agent/config/otel/image_tag'].map((pointer) => model.byPointer.get(pointer));
    expect(names.map((node) => node?.type === 'field' && node.showPath)).toEqual([true, true]);
    const registry = model.byPointer.get('/global/image/registry');
    expect(registry?.type === 'field' && registry.showPath).toBeFalsy();
  });
});
