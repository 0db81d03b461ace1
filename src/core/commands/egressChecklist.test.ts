import { describe, expect, test } from 'vitest';
import { egressChecklist } from './egressChecklist';
import { chartDefaults, coalesce } from './testValues.fixture';

describe('egress checklist', () => {
  test('the defaults need the Networking table hosts plus the chart and image registries', () => {
    const entries = egressChecklist(chartDefaults());
    expect(entries.map((e) => [`${e.host}:${e.port}`, e.required, e.pointer])).toEqual([
      ['api.r1.diagrid.io:443', true, '/global/control_plane_http_url'],
      ['catalyst-cloud.r1.diagrid.io:443', true, '/global/control_plane_url'],
      ['sentry.r1.diagrid.io:443', true, '/global/sentry/remote_endpoint'],
      ['trust.r1.diagrid.io:443', true, '/global/sentry/trust_anchors_endpoint'],
      ['client-events.r1.diagrid.io:443', true, '/global/nats/endpoint'],
      ['catalyst-metrics.r1.diagrid.io:443', false, '/agent/config/otel/metrics_endpoint'],
      ['catalyst-logs.r1.diagrid.io:443', false, '/agent/config/otel/loki_endpoint'],
      ['public.ecr.aws:443', true, '/global/charts/registry'],
      ['us-central1-docker.pkg.dev:443', true, '/global/consolidated_image/repository'],
      ['docker.io:443', true, '/cleanup/image/repository'],
    ]);
    expect(entries[0]?.purpose).toBe('Region join (installation only)');
  });

  test('the in-cluster Piko JWKS URL is not egress, but a public one is', () => {
    expect(egressChecklist(chartDefaults()).some((e) => e.host.includes('svc'))).toBe(false);
    const entries = egressChecklist(coalesce(chartDefaults(), { piko: { publicToken: { url: 'https://tunnels.trust.diagrid.io/.well-known/jwks.json' } } }));
    expect(entries.find((e) => e.host === 'tunnels.trust.diagrid.io')).toMatchObject({ port: 443, required: false, pointer: '/piko/publicToken/url' });
  });

  test('with project telemetry off, metrics and logs hosts are gone', () => {
    const hosts = egressChecklist(coalesce(chartDefaults(), { agent: { config: { otel: { enabled: false } } } })).map((e) => e.host);
    expect(hosts).not.toContain('catalyst-metrics.r1.diagrid.io');
    expect(hosts).not.toContain('catalyst-logs.r1.diagrid.io');
    const noLoki = egressChecklist(coalesce(chartDefaults(), { agent: { config: { otel: { loki_enabled: false } } } })).map((e) => e.host);
    expect(noLoki).toContain('catalyst-metrics.r1.diagrid.io');
    expect(noLoki).not.toContain('catalyst-logs.r1.diagrid.io');
  });

  test("Piko's upstream host name is the TLS name it presents, not a host it reaches", () => {
    const hosts = egressChecklist(coalesce(chartDefaults(), { piko: { enabled: true } })).map((e) => e.host);
    expect(hosts).not.toContain('tunnels.api.diagrid.io');
  });

  test("management's tunnel upstream is listed, required once the tunnel is on", () => {
    const upstream = { management: { config: { tunnel: { enabled: false, piko: { upstream_url: 'https://tunnel-upstream.r1.diagrid.io' } } } } };
    const entry = (values: Parameters<typeof coalesce>[1]) => egressChecklist(coalesce(chartDefaults(), values)).find((e) => e.host === 'tunnel-upstream.r1.diagrid.io');
    expect(entry(upstream)).toMatchObject({ port: 443, required: false, pointer: '/management/config/tunnel/piko/upstream_url' });
    expect(entry({ management: { config: { tunnel: { ...upstream.management.config.tunnel, enabled: true } } } })).toMatchObject({ required: true });
  });

  test('a private registry replaces the public ones, keeping an explicit port; cleanup still pulls from Docker Hub', () => {
    const entries = egressChecklist(
      coalesce(chartDefaults(), {
        global: { image: { registry: 'registry.corp.example.com:5000/catalyst' }, charts: { registry: 'oci://registry.corp.example.com:5000/diagrid/catalyst' } },
      }),
    );
    const registries = entries.filter((e) => e.required && /registry|docker/.test(e.host)).map((e) => `${e.host}:${e.port}`);
    expect(registries).toEqual(['registry.corp.example.com:5000', 'docker.io:443']);
    expect(entries.find((e) => e.host === 'registry.corp.example.com')?.purpose).toBe('Helm charts the agent installs; Container images (pulled by the nodes)');
  });

  test('a tls:// endpoint without a port is listed with a note instead of a guessed port', () => {
    const entry = egressChecklist(coalesce(chartDefaults(), { global: { nats: { endpoint: 'tls://events.corp.example.com' } } })).find(
      (e) => e.host === 'events.corp.example.com',
    );
    expect(entry).toMatchObject({ port: null, required: true });
    expect(entry?.note).toContain('No port');
  });
});
