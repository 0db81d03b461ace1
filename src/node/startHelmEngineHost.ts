import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HelmEngineClient } from '../core/helm-engine/HelmEngineClient';
import type { HelmEngineWorkerResponse } from '../core/helm-engine/HelmEngine';
import { failure } from '../core/helm-engine/HelmRenderResult';
import { compileHelmEngine } from '../core/helm-engine/loadHelmEngine';
import { startEngineClient } from '../core/helm-engine/startEngineClient';

interface HelmEngineHostOptions {
  /** Default helmEngineLimits.renderMilliseconds. */
  renderMilliseconds?: number;
  /** Default helmEngineLimits.outputBytes. */
  outputBytes?: number;
  /** Default: the module npm run build:engine stores in engine/wasm. */
  modulePath?: string;
  /** The module compiled already (compileNodeHelmEngine), shared by every host given it; else modulePath is read. */
  module?: WebAssembly.Module;
}

const defaultModulePath = fileURLToPath(new URL('../../engine/wasm/helm-engine.wasm.gz', import.meta.url));
const workerPath = new URL('./helmEngineWorker.mjs', import.meta.url);

/**
 * Helm's engine in a Node worker thread, scheduled as every engine host is (startEngineClient). A thread that
 * errs or exits settles what it was running with why.
 */
export function startHelmEngineHost(options: HelmEngineHostOptions = {}): HelmEngineClient {
  const workerData = options.module ? { module: options.module } : { modulePath: options.modulePath ?? defaultModulePath };
  return startEngineClient(
    (events) => {
      const worker = new Worker(workerPath, { workerData });
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

/**
 * The engine's module read and compiled once, for several hosts to share (startHelmEngineHost's `module`): the
 * threads then share its machine code, and none of them decompresses or compiles it again.
 */
export async function compileNodeHelmEngine(modulePath: string = defaultModulePath): Promise<WebAssembly.Module> {
  return compileHelmEngine(new Uint8Array(await readFile(modulePath)));
}
