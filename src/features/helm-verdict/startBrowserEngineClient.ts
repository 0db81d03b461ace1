import type { HelmEngineClient } from '@/core/helm-engine/HelmEngineClient';
import type { HelmEngineWorkerRequest, HelmEngineWorkerResponse } from '@/core/helm-engine/HelmEngine';
import type { HelmRenderRequest } from '@/core/helm-engine/HelmRenderRequest';
import type { HelmErrorPhase, HelmRenderResult } from '@/core/helm-engine/HelmRenderResult';
import { helmEngineLimits, renderTimeLimitMessage } from '@/core/helm-engine/helmEngineLimits';

/** What the page and the engine's worker say to each other, besides requests and results. */
export type EngineWorkerMessage = HelmEngineWorkerResponse | { ready: true } | { failed: string };

/** The part of a Web Worker the client uses, so tests can stand in for one. */
export interface EngineWorker {
  postMessage(message: HelmEngineWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: EngineWorkerMessage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

interface Pending {
  id: number;
  request: HelmRenderRequest;
  settle: (result: HelmRenderResult) => void;
  timer?: ReturnType<typeof setTimeout>;
}

function failure(phase: HelmErrorPhase, message: string): HelmRenderResult {
  return { manifests: [], notes: '', output: '', error: { phase, template: null, line: null, message } };
}

/**
 * Helm's engine in a Web Worker (see HelmEngineClient for the contract: latest request wins, limits come
 * back as results). The worker starts on the first render and says when its engine is ready; the time limit
 * counts from then, so loading the engine is not held against a chart. A render past the limit terminates
 * the worker — the only way to stop WebAssembly that loops — and the next render starts a fresh one.
 */
export function startBrowserEngineClient(startWorker: () => EngineWorker, renderMilliseconds: number = helmEngineLimits.renderMilliseconds): HelmEngineClient {
  let worker: EngineWorker | null = null;
  let ready: Promise<EngineWorker> | null = null;
  let running: Pending | null = null;
  let waiting: Pending | null = null;
  let nextId = 1;
  let disposed = false;

  function spawn(): Promise<EngineWorker> {
    const started = startWorker();
    worker = started;
    return new Promise((resolve) => {
      started.onmessage = ({ data }) => {
        if ('ready' in data) resolve(started);
        else if ('failed' in data) stop(started, failure('chart', `Helm's engine could not start: ${data.failed}`));
        else finish(data.id, data.result);
      };
      started.onerror = (event) => stop(started, failure('chart', `Helm's engine could not start: ${event.message ?? 'its worker failed'}`));
    });
  }

  /** Ends a worker that failed or overran; what it was running settles with `result`. */
  function stop(stopped: EngineWorker, result: HelmRenderResult): void {
    if (worker !== stopped) return;
    worker = null;
    ready = null;
    stopped.terminate();
    if (running) finish(running.id, result);
    else pump();
  }

  function finish(id: number, result: HelmRenderResult): void {
    if (!running || running.id !== id) return;
    clearTimeout(running.timer);
    const { settle } = running;
    running = null;
    settle(result);
    pump();
  }

  function pump(): void {
    if (running || !waiting || disposed) return;
    const next = waiting;
    waiting = null;
    running = next;
    ready ??= spawn();
    void ready.then((thread) => {
      if (running !== next) return;
      next.timer = setTimeout(() => stop(thread, failure('limit', renderTimeLimitMessage(renderMilliseconds))), renderMilliseconds);
      thread.postMessage({ id: next.id, request: next.request });
    });
  }

  return {
    render(request) {
      if (disposed) return Promise.resolve(failure('superseded', "Helm's engine was shut down"));
      return new Promise((settle) => {
        waiting?.settle(failure('superseded', 'a newer render replaced this one'));
        waiting = { id: nextId++, request, settle };
        pump();
      });
    },
    dispose() {
      disposed = true;
      const superseded = failure('superseded', "Helm's engine was shut down");
      waiting?.settle(superseded);
      waiting = null;
      if (running) {
        clearTimeout(running.timer);
        running.settle(superseded);
        running = null;
      }
      worker?.terminate();
      worker = null;
      ready = null;
    },
  };
}
