import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HelmEngineClient } from '../core/helm-engine/HelmEngineClient';
import type { HelmEngineWorkerRequest, HelmEngineWorkerResponse } from '../core/helm-engine/HelmEngine';
import type { HelmRenderRequest } from '../core/helm-engine/HelmRenderRequest';
import type { HelmRenderResult } from '../core/helm-engine/HelmRenderResult';
import { helmEngineLimits, outputLimitMessage, renderTimeLimitMessage } from '../core/helm-engine/helmEngineLimits';
import { failure } from '../core/helm-engine/loadHelmEngine';

export interface HelmEngineHostOptions {
  /** Default helmEngineLimits.renderMilliseconds. */
  renderMilliseconds?: number;
  /** Default helmEngineLimits.outputBytes. */
  outputBytes?: number;
  /** Default: the module npm run build:engine stores in engine/wasm. */
  modulePath?: string;
}

const defaultModulePath = fileURLToPath(new URL('../../engine/wasm/helm-engine.wasm.gz', import.meta.url));
const workerPath = new URL('./helmEngineWorker.mjs', import.meta.url);

interface Pending {
  id: number;
  request: HelmRenderRequest;
  settle: (result: HelmRenderResult) => void;
}

/**
 * Helm's engine in a Node worker thread (see HelmEngineClient for the contract). The thread is started on the
 * first render and kept for the next ones; one that runs past the time limit is terminated — the only way to
 * stop a WebAssembly loop — and the next render starts a fresh one.
 */
export function startHelmEngineHost(options: HelmEngineHostOptions = {}): HelmEngineClient {
  const renderMilliseconds = options.renderMilliseconds ?? helmEngineLimits.renderMilliseconds;
  const outputBytes = options.outputBytes ?? helmEngineLimits.outputBytes;
  const modulePath = options.modulePath ?? defaultModulePath;

  let worker: Worker | null = null;
  let ready: Promise<Worker> | null = null;
  let running: (Pending & { timer?: NodeJS.Timeout }) | null = null;
  let waiting: Pending | null = null;
  let nextId = 1;
  let disposed = false;

  function spawn(): Promise<Worker> {
    const started = new Worker(workerPath, { workerData: { modulePath } });
    worker = started;
    return new Promise((resolve) => {
      started.on('message', (message: HelmEngineWorkerResponse | { ready: true }) => {
        if ('ready' in message) resolve(started);
        else finish(message.id, checkOutput(message.result));
      });
      started.on('error', (error) => stopWorker(started, failure('render', `Helm's engine stopped: ${error.message}`)));
      started.on('exit', () => stopWorker(started, failure('render', "Helm's engine stopped unexpectedly")));
    });
  }

  function checkOutput(result: HelmRenderResult): HelmRenderResult {
    const size = result.manifests.reduce((sum, m) => sum + m.yaml.length, result.output.length);
    return size > outputBytes ? failure('limit', outputLimitMessage(outputBytes)) : result;
  }

  /** Ends a worker that failed or overran; whatever it was running settles with `result`. */
  function stopWorker(stopped: Worker, result: HelmRenderResult): void {
    if (worker !== stopped) return;
    worker = null;
    ready = null;
    void stopped.terminate();
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
    const next: Pending & { timer?: NodeJS.Timeout } = waiting;
    waiting = null;
    running = next;
    ready ??= spawn();
    void ready.then((thread) => {
      if (running !== next) return;
      next.timer = setTimeout(() => stopWorker(thread, failure('limit', renderTimeLimitMessage(renderMilliseconds))), renderMilliseconds);
      const message: HelmEngineWorkerRequest = { id: next.id, request: next.request };
      thread.postMessage(message);
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
      const thread = worker;
      worker = null;
      ready = null;
      void thread?.terminate();
    },
  };
}
