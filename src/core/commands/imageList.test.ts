import { describe, expect, test } from 'vitest';
import { imageList, uniqueImages } from './imageList';
import { chartDefaults, coalesce } from './testValues.fixture';

const P = 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-public';
const D = 'us-central1-docker.pkg.dev/prj-common-d-shared-89549/reg-d-common-docker-public';

describe('images the installation pulls', () => {
  test('by default the consolidated image serves all Catalyst components and the runtime', () => {
    const images = imageList(chartDefaults());
    expect(images.map((i) => [i.component, i.image])).toEqual([
      ['Agent', `${P}/catalyst-all:1.28.0`],
      ['Management', `${P}/catalyst-all:1.28.0`],
      ['Gateway control plane', `${P}/catalyst-all:1.28.0`],
      ['Gateway identity injector', `${P}/catalyst-all:1.28.0`],
      ['Gateway Envoy proxy', 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-hub-proxy/envoyproxy/envoy:distroless-v1.33.0'],
      ['Piko (app tunnels)', 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-hub-proxy/dotjson/piko:v0.8.3'],
      ['Dapr sidecar (runtime)', `${P}/catalyst-all:1.28.0`],
      ['Project OpenTelemetry collector (runtime)', `${P}/catalyst-all:1.28.0`],
      ['Dapr control plane, OSS (runtime)', 'us-central1-docker.pkg.dev/prj-common-d-shared-89549/reg-d-common-docker-hub-proxy/daprio/dapr'],
      ['Dapr control plane, Catalyst (runtime)', `${D}/dapr`],
      ['Dapr Sentry (runtime)', `${D}/catalyst-all:edge`],
      ['Cleanup hook (runs on uninstall)', 'docker.io/alpine/k8s:1.28.3'],
    ]);
    expect(images[0]?.pointer).toBe('/global/consolidated_image/repository');
    expect(uniqueImages(images)).toHaveLength(7);
  });

  test('with the consolidated image off, each component uses its own image and the ternary names resolve', () => {
    const images = imageList(coalesce(chartDefaults(), { global: { consolidated_image: { enabled: false } } }));
    const byComponent = Object.fromEntries(images.map((i) => [i.component, i.image]));
    expect(byComponent['Agent']).toBe(`${P}/cra-agent:1.28.0`);
    expect(byComponent['Management']).toBe(`${P}/catalyst-management:1.28.0`);
    expect(byComponent['Gateway control plane']).toBe(`${P}/catalyst-gateway:1.28.0`);
    expect(byComponent['Gateway identity injector']).toBe(`${P}/identity-injector:1.28.0`);
    expect(byComponent['Dapr sidecar (runtime)']).toBe(`${P}/sidecar:1.28.0`);
    expect(byComponent['Project OpenTelemetry collector (runtime)']).toBe(`${P}/diagrid-otel-collector:1.28.0`);
    expect(byComponent['Dapr Sentry (runtime)']).toBe(`${D}/private-sentry:edge`);
    expect(images.find((i) => i.component === 'Management')?.pointer).toBe('/management/image/repository');
  });

  test('a private global registry rewrites what the chart rewrites and flags cleanup and the OTel add-ons', () => {
    const values = coalesce(chartDefaults(), {
      global: { image: { registry: 'my-registry.example.com' } },
      'opentelemetry-deployment': { enabled: true, image: { tag: '0.112.0' } },
    });
    const images = imageList(values);
    const rewritten = images.filter((i) => i.rewrittenByGlobalRegistry);
    expect(rewritten.every((i) => i.image.startsWith('my-registry.example.com/'))).toBe(true);
    expect(rewritten.map((i) => i.image)).toContain('my-registry.example.com/envoyproxy/envoy:distroless-v1.33.0');
    expect(rewritten.map((i) => i.image)).toContain('my-registry.example.com/dapr');

    const byHand = images.filter((i) => !i.rewrittenByGlobalRegistry);
    expect(byHand.map((i) => [i.image, i.pointer])).toEqual([
      ['docker.io/alpine/k8s:1.28.3', '/cleanup/image/repository'],
      ['ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s:0.112.0', '/opentelemetry-deployment/image/repository'],
    ]);
    expect(byHand[0]?.note).toContain('set cleanup.image.registry');
    expect(byHand[1]?.note).toContain('opentelemetry-deployment.image.repository');
  });

  test('switched-off parts pull nothing: piko, project telemetry, identity injector, cleanup', () => {
    const images = imageList(
      coalesce(chartDefaults(), {
        piko: { enabled: false },
        agent: { config: { otel: { enabled: false } } },
        gateway: { controlplane: { xds: { mtls: { enabled: false } } } },
        cleanup: { enabled: false },
      }),
    );
    const components = images.map((i) => i.component);
    expect(components).not.toContain('Piko (app tunnels)');
    expect(components).not.toContain('Project OpenTelemetry collector (runtime)');
    expect(components).not.toContain('Gateway identity injector');
    expect(components).not.toContain('Cleanup hook (runs on uninstall)');
  });

  test('an image name with another template is shown raw with a note', () => {
    const images = imageList(coalesce(chartDefaults(), { agent: { config: { sidecar: { image_name: '{{ .Values.custom.sidecar }}' } } } }));
    const sidecar = images.find((i) => i.component === 'Dapr sidecar (runtime)');
    expect(sidecar?.image).toBe(`${P}/{{ .Values.custom.sidecar }}:1.28.0`);
    expect(sidecar?.note).toContain('does not evaluate');
  });
});
