import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { HelmEngineWorkerRequest } from '@/core/helm-engine/HelmEngine';
import type { HelmRenderRequest } from '@/core/helm-engine/HelmRenderRequest';
import type { HelmRenderResult } from '@/core/helm-engine/HelmRenderResult';
import { startBrowserEngineClient, type EngineWorker, type EngineWorkerMessage } from './startBrowserEngineClient';

/** A worker the test answers for: it records what it was sent and whether it was terminated. */
class FakeWorker implements EngineWorker {
  posted: HelmEngineWorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: EngineWorkerMessage }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  postMessage(message: HelmEngineWorkerRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: EngineWorkerMessage) {
    this.onmessage?.({ data });
  }
  answer(index: number, notes: string) {
    const sent = this.posted[index];
    if (!sent) throw new Error(`nothing posted at ${index}`);
    this.say({ id: sent.id, result: rendered(notes) });
  }
}

const request = (text: string): HelmRenderRequest => ({ chart: new Uint8Array([1]), values: [text], set: [], release: 'catalyst', namespace: 'cra-agent', kubeVersion: '' });
const rendered = (notes: string): HelmRenderResult => ({ manifests: [], notes, output: '', error: null });

let workers: FakeWorker[];
const start = () => {
  const worker = new FakeWorker();
  workers.push(worker);
  return worker;
};

beforeEach(() => {
  workers = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Helm's engine in the page's worker", () => {
  test('the latest request wins: one renders, one waits, and a newer one replaces the waiting one', async () => {
    const client = startBrowserEngineClient(start);
    const first = client.render(request('a: 1'));
    const second = client.render(request('a: 2'));
    const third = client.render(request('a: 3'));
    const [worker] = workers;
    if (!worker) throw new Error('no worker started');
    worker.say({ ready: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(worker.posted.map((m) => m.request.values)).toEqual([['a: 1']]);
    expect((await second).error?.phase).toBe('superseded');
    worker.answer(0, 'first');
    expect((await first).notes).toBe('first');
    await vi.advanceTimersByTimeAsync(0);
    expect(worker.posted.map((m) => m.request.values)).toEqual([['a: 1'], ['a: 3']]);
    worker.answer(1, 'third');
    expect((await third).notes).toBe('third');
    expect(workers).toHaveLength(1);
  });

  test('a render past 10 s stops the worker with the time-limit message, and the next render starts a fresh one', async () => {
    const client = startBrowserEngineClient(start);
    const first = client.render(request('a: 1'));
    workers[0]?.say({ ready: true });
    await vi.advanceTimersByTimeAsync(0);
    workers[0]?.answer(0, 'first');
    expect((await first).notes).toBe('first');

    const looping = client.render(request('a: 2'));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(workers[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await looping).toMatchObject({ error: { phase: 'limit', message: 'Helm did not finish rendering this chart within 10 s' } });
    expect(workers[0]?.terminated).toBe(true);

    const next = client.render(request('a: 3'));
    expect(workers).toHaveLength(2);
    workers[1]?.say({ ready: true });
    await vi.advanceTimersByTimeAsync(0);
    workers[1]?.answer(0, 'fresh');
    expect((await next).notes).toBe('fresh');
  });

  test("a worker's first render, which also loads the chart, is stopped only after 30 s", async () => {
    const client = startBrowserEngineClient(start);
    const slowFirst = client.render(request('a: 1'));
    workers[0]?.say({ ready: true });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(workers[0]?.terminated).toBe(false);
    workers[0]?.answer(0, 'loaded the chart');
    expect((await slowFirst).notes).toBe('loaded the chart');

    const looping = client.render(request('a: 2'));
    await vi.advanceTimersByTimeAsync(0);
    const fresh = client.render(request('a: 3'));
    // The fresh worker's first render after the stop gets the longer allowance again.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await looping).toMatchObject({ error: { phase: 'limit', message: 'Helm did not finish rendering this chart within 10 s' } });
    workers[1]?.say({ ready: true });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(workers[1]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await fresh).toMatchObject({ error: { phase: 'limit', message: 'Helm did not finish rendering this chart within 30 s' } });
  });

  test('loading the engine does not count against the time limit', async () => {
    const client = startBrowserEngineClient(start);
    const result = client.render(request('a: 1'));
    await vi.advanceTimersByTimeAsync(15_000);
    workers[0]?.say({ ready: true });
    await vi.advanceTimersByTimeAsync(0);
    workers[0]?.answer(0, 'slow start');
    expect((await result).notes).toBe('slow start');
  });

  test('an engine that cannot start is a result that says so, and the next render tries again', async () => {
    const client = startBrowserEngineClient(start);
    const result = client.render(request('a: 1'));
    workers[0]?.say({ failed: 'HTTP 404' });
    expect(await result).toMatchObject({ error: { phase: 'chart', message: "Helm's engine could not start: HTTP 404" } });
    void client.render(request('a: 2'));
    expect(workers).toHaveLength(2);
  });
});
