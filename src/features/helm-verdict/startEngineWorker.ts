import type { EngineWorker } from './startBrowserEngineClient';

/** The worker that holds Helm's engine; a module worker, so it loads like the rest of the page (same origin, under its CSP). */
export function startEngineWorker(): EngineWorker {
  return new Worker(new URL('./helmEngine.worker.ts', import.meta.url), { type: 'module', name: 'helm-engine' }) as unknown as EngineWorker;
}
