// The worker thread that holds Helm's engine for startHelmEngineHost. Plain JavaScript that registers tsx
// itself, because a worker thread does not inherit the TypeScript loader of the thread that started it.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { loadHelmEngine } = await import('../core/helm-engine/loadHelmEngine.ts');
const engine = await loadHelmEngine(await readFile(workerData.modulePath));
parentPort.on('message', ({ id, request }) => {
  parentPort.postMessage({ id, result: engine.render(request) });
});
parentPort.postMessage({ ready: true });
