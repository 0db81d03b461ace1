import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HelmEngineClient } from '../core/helm-engine/HelmEngineClient';
import type { HelmEngineWorkerResponse } from '../core/helm-engine/HelmEngine';
import { failure } from '../core/helm-engine/HelmRenderResult';
import { startEngineClient } from '../core/helm-engine/startEngineClient';

interface HelmEngineHostOptions {
  /** Default helmEngineLimits.renderMilliseconds. */
  renderMilliseconds?: number;
  /** Default helmEngineLimits.outputBytes. */
  outputBytes?: number;
  /** Default: the module npm run build:engine stores in engine/wasm. */
  modulePath?: string;
}

const defaultModulePath = fileURLToPath(new URL('../../engine/wasm/helm-engine.wasm.gz', import.meta.url));
const workerPath = new URL('./helmEngineWorker.mjs', import.meta.url);

/**
 * Helm's engine in a Node worker thread, scheduled as every engine host is (startEngineClient). A thread that
 * errs or exits settles what it was running with why.
 */
export function startHelmEngineHost(options: HelmEngineHostOptions = {}): HelmEngineClient {
  const modulePath = options.modulePath ?? defaultModulePath;
  return startEngineClient(
    (events) => {
      const worker = new Worker(workerPath, { workerData: { modulePath } });
      worker.on('message', (message: HelmEngineWorkerResponse | { ready: true }) => {
        if ('ready' in message) events.ready();
        else events.answered(message);
      });
      worker.on('error', (error) => events.stopped(failure('render', `Helm's engine stopped: ${error.message}`)));
      worker.on('exit', () => events.stopped(failure('render', "Helm's engine stopped unexpectedly")));
      return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
    },
    { renderMilliseconds: options.renderMilliseconds, outputBytes: options.outputBytes },
  );
}
