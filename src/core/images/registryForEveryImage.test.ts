import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { JsonSchema } from '@/core/schema/JsonSchema';
import { buildFormModel } from '@/core/form/buildFormModel';
import { chartDefaults } from '@/core/schema/chartDefaults';
import { coalesceValues } from '@/core/values/coalesceValues';
import { setAt } from '@/core/values/setAt';
import { imageList } from '@/core/commands/imageList';
import { registryForEveryImage, withoutRegistry } from './registryForEveryImage';

const REGISTRY = 'registry.corp.example.com/mirror';

test.each(['1.28.0', '1.90.0'])('on chart %s, one action puts every image the values make the cluster pull on the registry', (version) => {
  const schema = JSON.parse(readFileSync(`schemas/catalyst/${version}/values.schema.json`, 'utf8')) as JsonSchema;
  const model = buildFormModel(schema);
  // Every optional part on, so every image shows in the list.
  let user: Record<string, unknown> = {};
  for (const pointer of ['/mcp/enabled', '/piko/enabled', '/opentelemetry-deployment/enabled', '/opentelemetry-daemonset/enabled', '/cleanup/enabled']) user = setAt(user, pointer, true);
  const defaults = chartDefaults(schema);
  for (const { pointer, value } of registryForEveryImage(model, coalesceValues(defaults, user), REGISTRY)) user = setAt(user, pointer, value);

  const images = imageList(coalesceValues(defaults, user));
  expect(images.length).toBeGreaterThan(8);
  expect(images.filter((entry) => !entry.image.startsWith(`${REGISTRY}/`)).map((entry) => entry.image)).toEqual([]);
  expect(images.map((entry) => entry.image)).toContain(`${REGISTRY}/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s:0.138.0`);
});

test('a repository keeps its path; only a first part that is a host is a registry', () => {
  expect(withoutRegistry('ghcr.io/open-telemetry/collector')).toBe('open-telemetry/collector');
  expect(withoutRegistry('localhost:5000/envoy')).toBe('envoy');
  expect(withoutRegistry('envoyproxy/envoy')).toBe('envoyproxy/envoy');
  expect(withoutRegistry('busybox')).toBe('busybox');
});
