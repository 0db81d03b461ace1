import { readFileSync } from 'node:fs';
import { createTarGzip } from 'nanotar';
import { afterAll, describe, expect, test } from 'vitest';
import type { HelmRenderRequest } from '../core/helm-engine/HelmRenderRequest';
import { startHelmEngineHost } from './startHelmEngineHost';

/** A chart written by the test itself: `templates` maps file names to template text. */
async function chartArchive(templates: Record<string, string>): Promise<Uint8Array> {
  return createTarGzip([
    { name: 'tiny/Chart.yaml', data: 'apiVersion: v2\nname: tiny\nversion: 0.1.0\n' },
    { name: 'tiny/values.yaml', data: 'greeting: hello\n' },
    ...Object.entries(templates).map(([name, data]) => ({ name: `tiny/templates/${name}`, data })),
  ]);
}

function request(chart: Uint8Array, values: string[] = []): HelmRenderRequest {
  return { chart, values, set: [], release: 'demo', namespace: 'team', kubeVersion: '' };
}

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n  namespace: {{ .Release.Namespace }}\ndata:\n  greeting: {{ .Values.greeting | quote }}\n';

describe('the Node host of Helm\'s engine', () => {
  const host = startHelmEngineHost({ renderMilliseconds: 3_000 });
  afterAll(() => host.dispose());

  test('stops a template that never ends, says so, and renders the next chart', async () => {
    // The thread's first render loads the engine's code for charts, and has a longer allowance.
    expect((await host.render(request(await chartArchive({ 'cm.yaml': configMap })))).error).toBeNull();
    const endless = await chartArchive({ 'loop.yaml': '{{ range until 100000000 }}{{ range until 100000000 }}x{{ end }}{{ end }}\n' });
    const stopped = await host.render(request(endless));
    expect(stopped.error).toMatchObject({ phase: 'limit', message: 'Helm did not finish rendering this chart within 3 s' });

    const fine = await host.render(request(await chartArchive({ 'cm.yaml': configMap }), ['greeting: hi\n']));
    expect(fine.error).toBeNull();
    expect(fine.manifests).toMatchObject([{ source: 'tiny/templates/cm.yaml', kind: 'ConfigMap', name: 'demo', namespace: 'team', hooks: [] }]);
    expect(fine.output).toContain('greeting: "hi"');
  }, 120_000);

  test('a newer request replaces one still waiting', async () => {
    const chart = await chartArchive({ 'cm.yaml': configMap });
    const first = host.render(request(chart, ['greeting: one\n']));
    const second = host.render(request(chart, ['greeting: two\n']));
    const third = host.render(request(chart, ['greeting: three\n']));
    expect((await second).error?.phase).toBe('superseded');
    expect((await first).output).toContain('"one"');
    expect((await third).output).toContain('"three"');
  }, 120_000);
});

test('output past the limit is refused with the limit named', async () => {
  const host = startHelmEngineHost({ outputBytes: 1024 });
  try {
    const big = await chartArchive({ 'cm.yaml': configMap.replace('{{ .Values.greeting | quote }}', '{{ repeat 4096 "x" | quote }}') });
    const result = await host.render(request(big));
    expect(result.error).toMatchObject({ phase: 'limit' });
    expect(result.error?.message).toContain('0.0009765625 MB');
  } finally {
    host.dispose();
  }
}, 120_000);

test('renders a real chart archive', async () => {
  const host = startHelmEngineHost({ renderMilliseconds: 60_000 });
  try {
    const result = await host.render(request(readFileSync('../shared/chart/1.90.0/catalyst-1.90.0.tgz'), ['join_token: abc\n']));
    expect(result.error).toBeNull();
    expect(result.manifests.length).toBeGreaterThan(10);
  } finally {
    host.dispose();
  }
}, 120_000);
