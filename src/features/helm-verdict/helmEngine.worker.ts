import type { HelmEngineWorkerRequest } from '@/core/helm-engine/HelmEngine';
import { loadHelmEngine } from '@/core/helm-engine/loadHelmEngine';
import type { EngineWorkerMessage } from './startBrowserEngineClient';

/** Helm's engine, compiled to WebAssembly and shipped gzip-compressed with the page. */
const moduleUrl = new URL('../../../engine/wasm/helm-engine.wasm.gz', import.meta.url);

/** The worker's own global scope (the project's types describe a window). */
const scope = self as unknown as { postMessage(message: EngineWorkerMessage): void; onmessage: ((event: MessageEvent<HelmEngineWorkerRequest>) => void) | null };

async function start() {
  const response = await fetch(moduleUrl);
  if (!response.ok) throw new Error(`the engine module answered HTTP ${response.status}`);
  return loadHelmEngine(new Uint8Array(await response.arrayBuffer()));
}

start().then(
  (engine) => {
    scope.onmessage = (event) => scope.postMessage({ id: event.data.id, result: engine.render(event.data.request) });
    scope.postMessage({ ready: true });
  },
  (error: unknown) => scope.postMessage({ failed: error instanceof Error ? error.message : String(error) }),
);
