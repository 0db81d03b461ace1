import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { loadHelmEngine } from '../core/helm-engine/loadHelmEngine';
import type { HelmEngineWorkerRequest } from '../core/helm-engine/HelmEngine';

/**
 * The body of the worker thread that holds Helm's engine for startHelmEngineHost: it starts the module given in
 * workerData (compiled already, or a path to read), says it is ready, then renders each request it is posted.
 * From a checkout it runs through helmEngineWorker.mjs; the built command line bundles it as its own
 * plain-JavaScript entry.
 */
const port = parentPort;
if (port === null) throw new Error("Helm's engine thread must run in a worker thread");
const data = workerData as { module: WebAssembly.Module } | { modulePath: string };
const engine = await loadHelmEngine('module' in data ? data.module : await readFile(data.modulePath));
port.on('message', ({ id, request }: HelmEngineWorkerRequest) => {
  port.postMessage({ id, result: engine.render(request) });
});
port.postMessage({ ready: true });
