import type { HelmEngineClient } from './HelmEngineClient';
import type { HelmEngineWorkerRequest, HelmEngineWorkerResponse } from './HelmEngine';
import type { HelmRenderRequest } from './HelmRenderRequest';
import { helmEngineLimits, outputLimitMessage, renderTimeLimitMessage } from './helmEngineLimits';
import { failure, type HelmRenderResult } from './HelmRenderResult';

/** A thread that holds Helm's engine — a Web Worker in the page, a worker thread in Node. */
interface EngineThread {
  post(message: HelmEngineWorkerRequest): void;
  /** Ends the thread at once, whatever it is doing. */
  terminate(): void;
}

/** What a thread reports back; the host wires its own event API to these. */
interface EngineThreadEvents {
  /** The engine is loaded: renders may be posted, and the time limit counts from now. */
  ready(): void;
  answered(response: HelmEngineWorkerResponse): void;
  /** The thread failed or ended; what it was running settles with `result`. */
  stopped(result: HelmRenderResult): void;
}

interface EngineClientOptions {
  /** Default helmEngineLimits.renderMilliseconds. */
  renderMilliseconds?: number;
  /** Default helmEngineLimits.outputBytes. */
  outputBytes?: number;
}

interface Pending {
  id: number;
  request: HelmRenderRequest;
  settle: (result: HelmRenderResult) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * A thread's first render also unpacks the chart, compiles its schema and compiles the engine's code for the
 * paths the chart takes (the warm-up at load covers only the common ones): several times the work of the renders
 * after it, and on a busy machine it would otherwise be stopped as a chart that never ends.
 */
const firstRenderAllowance = 3;

/**
 * The scheduling every host of Helm's engine shares (see HelmEngineClient for the contract): one render at a
 * time, the latest request wins, and limits come back as results. The thread starts on the first render and is
 * kept for the next ones; a render past the time limit terminates it — the only way to stop a WebAssembly loop
 * — and the next render starts a fresh one. Loading the engine is not held against a chart: the limit counts
 * from the thread's `ready`, and a thread's first render is given `firstRenderAllowance` times the limit.
 */
export function startEngineClient(spawnThread: (events: EngineThreadEvents) => EngineThread, options: EngineClientOptions = {}): HelmEngineClient {
  const renderMilliseconds = options.renderMilliseconds ?? helmEngineLimits.renderMilliseconds;
  const outputBytes = options.outputBytes ?? helmEngineLimits.outputBytes;

  let thread: EngineThread | null = null;
  let ready: Promise<EngineThread> | null = null;
  /** Renders posted to the current thread. */
  let rendersOnThread = 0;
  let running: Pending | null = null;
  let waiting: Pending | null = null;
  let nextId = 1;
  let disposed = false;

  function spawn(): Promise<EngineThread> {
    rendersOnThread = 0;
    return new Promise((resolve) => {
      const started: EngineThread = spawnThread({
        ready: () => resolve(started),
        answered: ({ id, result }) => finish(id, withinOutputLimit(result)),
        stopped: (result) => stop(started, result),
      });
      thread = started;
    });
  }

  function withinOutputLimit(result: HelmRenderResult): HelmRenderResult {
    const size = result.manifests.reduce((sum, manifest) => sum + manifest.yaml.length, result.output.length);
    return size > outputBytes ? failure('limit', outputLimitMessage(outputBytes)) : result;
  }

  /** Ends a thread that failed or overran; whatever it was running settles with `result`. */
  function stop(stopped: EngineThread, result: HelmRenderResult): void {
    if (thread !== stopped) return;
    thread = null;
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
    void ready.then((readyThread) => {
      if (running !== next) return;
      const limit = rendersOnThread++ === 0 ? renderMilliseconds * firstRenderAllowance : renderMilliseconds;
      next.timer = setTimeout(() => stop(readyThread, failure('limit', renderTimeLimitMessage(limit))), limit);
      readyThread.post({ id: next.id, request: next.request });
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
      const ended = thread;
      thread = null;
      ready = null;
      ended?.terminate();
    },
  };
}
