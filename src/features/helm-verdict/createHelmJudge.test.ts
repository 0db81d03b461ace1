import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { HelmEngineClient } from '@/core/helm-engine/HelmEngineClient';
import type { HelmRenderRequest } from '@/core/helm-engine/HelmRenderRequest';
import type { HelmRenderResult } from '@/core/helm-engine/HelmRenderResult';
import { compileShippedChart } from '@/core/chart/compileShippedChart';
import type { Chart } from '@/core/chart/createChart';
import { createSession } from '@/core/session/sessionReducer';
import { selectValuesCheck } from '@/core/session/selectValuesCheck';
import { createSessionStore, type SessionStore } from '@/state/sessionStore';
import { createHelmJudge, type HelmJudgeStatus, type RenderedObjects } from './createHelmJudge';
import { shippedChartRef } from '@/core/chart/ChartRef';

/** An engine the test answers for, one render at a time. */
function fakeClient() {
  const requests: { request: HelmRenderRequest; settle: (result: HelmRenderResult) => void }[] = [];
  const client: HelmEngineClient = {
    render: (request) => new Promise((settle) => requests.push({ request, settle })),
    dispose: () => undefined,
  };
  return { client, requests };
}

const ok: HelmRenderResult = { manifests: [], notes: '', output: '', error: null };
const refused = (message: string): HelmRenderResult => ({ manifests: [], notes: '', output: '', error: { phase: 'render', template: null, line: null, message } });

let chart: Chart;
let store: SessionStore;
let statuses: HelmJudgeStatus[];
beforeAll(async () => {
  chart = await compileShippedChart('1.90.0');
}, 60_000);
beforeEach(() => {
  vi.useFakeTimers();
  store = createSessionStore(createSession(shippedChartRef('1.90.0'), ''));
  statuses = [];
});
afterEach(() => {
  vi.useRealTimers();
});

function judge(client: HelmEngineClient) {
  return createHelmJudge({ store, client, chartRef: shippedChartRef('1.90.0'), archive: new Uint8Array([1]), chart, debounceMs: 120, onStatus: (s) => statuses.push(s) });
}

describe('Helm judging the values as they change', () => {
  test('typing renders once, after the pause, with the last text', async () => {
    const { client, requests } = fakeClient();
    judge(client);
    expect(requests.map((r) => r.request.values)).toEqual([['']]);
    store.dispatch({ type: 'textEdited', text: 'mcp:\n  enabled: t' });
    store.dispatch({ type: 'textEdited', text: 'mcp:\n  enabled: true\n' });
    await vi.advanceTimersByTimeAsync(119);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests.map((r) => r.request.values)).toEqual([[''], ['mcp:\n  enabled: true\n']]);
  });

  test("Helm's verdict reaches the field's problems with source helm", async () => {
    const { client, requests } = fakeClient();
    store.dispatch({ type: 'textEdited', text: 'mcp:\n  enabled: true\n  httpAuthMode: foo\n' });
    judge(client);
    requests[0]?.settle(refused('execution error at (catalyst/templates/mcp/deployment.yaml:2:4): mcp.httpAuthMode must be "passthrough" or "server", got "foo"!'));
    await vi.advanceTimersByTimeAsync(0);
    const helm = selectValuesCheck(store.getState(), chart).diagnostics.filter((d) => d.source === 'helm');
    expect(helm).toEqual([expect.objectContaining({ pointer: '/mcp/httpAuthMode', severity: 'error', line: 3 })]);
    expect(statuses.at(-1)).toEqual({ state: 'judged', errors: 1 });
  });

  test('text typed in the editor is rendered after the pause, and its verdict shows as soon as the session takes the text in', async () => {
    const { client, requests } = fakeClient();
    const typed = new Set<(text: string) => void>();
    createHelmJudge({ store, client, chartRef: shippedChartRef('1.90.0'), archive: new Uint8Array([1]), chart, debounceMs: 120, onStatus: (s) => statuses.push(s), onTextTyped: (listener) => (typed.add(listener), () => typed.delete(listener)) });
    requests[0]?.settle(ok);
    await vi.advanceTimersByTimeAsync(0);
    const text = 'mcp:\n  enabled: true\n  httpAuthMode: foo\n';
    for (const listener of typed) listener(text.slice(0, -5));
    for (const listener of typed) listener(text);
    await vi.advanceTimersByTimeAsync(120);
    expect(requests.map((r) => r.request.values)).toEqual([[''], [text]]);
    requests[1]?.settle(refused('execution error at (catalyst/templates/mcp/deployment.yaml:2:4): mcp.httpAuthMode must be "passthrough" or "server", got "foo"!'));
    await vi.advanceTimersByTimeAsync(0);
    // Not yet the session's text: no verdict on it.
    expect(store.getState().helm?.problems).toEqual([]);
    store.dispatch({ type: 'textEdited', text });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().helm?.problems).toEqual([expect.objectContaining({ pointer: '/mcp/httpAuthMode' })]);
    expect(statuses.at(-1)).toEqual({ state: 'judged', errors: 1 });
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(2);
  });

  test("values whose render was replaced by the defaults' are rendered again", async () => {
    const { client, requests } = fakeClient();
    const judging = createHelmJudge({ store, client, chartRef: shippedChartRef('1.90.0'), archive: new Uint8Array([1]), chart, debounceMs: 120, onStatus: (s) => statuses.push(s), onRendered: () => undefined });
    judging.renderDefaults();
    requests[0]?.settle({ ...ok, error: { phase: 'superseded', template: null, line: null, message: 'a newer render replaced this one' } });
    await vi.advanceTimersByTimeAsync(120);
    expect(requests.map((r) => r.request.values)).toEqual([[''], [''], ['']]);
    requests[2]?.settle(ok);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ state: 'judged', errors: 0 });
  });

  test('text that does not parse is not sent; the last verdict stands', async () => {
    const { client, requests } = fakeClient();
    judge(client);
    requests[0]?.settle(ok);
    await vi.advanceTimersByTimeAsync(0);
    const verdict = store.getState().helm;
    store.dispatch({ type: 'textEdited', text: 'mcp: [\n' });
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(1);
    expect(store.getState().helm).toBe(verdict);
  });

  test('a render past the limit keeps the last verdict, marked stale with the reason', async () => {
    const { client, requests } = fakeClient();
    judge(client);
    requests[0]?.settle(ok);
    await vi.advanceTimersByTimeAsync(0);
    store.dispatch({ type: 'textEdited', text: 'a: 1\n' });
    await vi.advanceTimersByTimeAsync(120);
    requests[1]?.settle({ ...ok, error: { phase: 'limit', template: null, line: null, message: 'Helm did not finish rendering this chart within 10 s' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().helm?.staleBecause).toBe('Helm did not finish rendering this chart within 10 s');
    expect(statuses.at(-1)).toEqual({ state: 'unfinished', reason: 'Helm did not finish rendering this chart within 10 s' });
  });

  test('once stopped, a late result changes nothing', async () => {
    const { client, requests } = fakeClient();
    judge(client).stop();
    requests[0]?.settle(refused('execution error at (x/templates/a.yaml:1:1): mcp.enabled is wrong!'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().helm).toBeUndefined();
  });

  test("the objects Helm renders are handed on, and the chart's defaults are rendered once, when asked for", async () => {
    const { client, requests } = fakeClient();
    const seen: RenderedObjects[] = [];
    const judging = createHelmJudge({ store, client, chartRef: shippedChartRef('1.90.0'), archive: new Uint8Array([1]), chart, debounceMs: 120, onStatus: () => undefined, onRendered: (r) => seen.push(r) });
    store.dispatch({ type: 'textEdited', text: 'a: 1\n' });
    requests[0]?.settle({ ...ok, manifests: [object('Deployment', 'agent')] });
    await vi.advanceTimersByTimeAsync(0);
    // Nothing shows the comparison yet: no render of the defaults delays the verdict on the edit.
    expect(requests.map((r) => r.request.values)).toEqual([['']]);
    judging.renderDefaults();
    judging.renderDefaults();
    expect(requests.map((r) => r.request.values)).toEqual([[''], ['']]);
    requests[1]?.settle({ ...ok, manifests: [object('Deployment', 'agent'), object('Job', 'cleanup')] });
    await vi.advanceTimersByTimeAsync(120);
    requests[2]?.settle({ ...ok, manifests: [object('ConfigMap', 'changed')] });
    await vi.advanceTimersByTimeAsync(0);
    expect(requests.map((r) => r.request.values)).toEqual([[''], [''], ['a: 1\n']]);
    expect(seen.map((r) => [r.current?.map((m) => m.name), r.defaults?.map((m) => m.name)])).toEqual([
      [['agent'], undefined],
      [['agent'], ['agent', 'cleanup']],
      [['changed'], ['agent', 'cleanup']],
    ]);
  });
});

function object(kind: string, name: string) {
  return { source: `catalyst/templates/${name}.yaml`, kind, name, namespace: '', yaml: `kind: ${kind}\n`, hooks: [] };
}

