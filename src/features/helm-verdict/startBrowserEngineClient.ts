import type { HelmEngineClient } from '@/core/helm-engine/HelmEngineClient';
import type { HelmEngineWorkerRequest, HelmEngineWorkerResponse } from '@/core/helm-engine/HelmEngine';
import { failure } from '@/core/helm-engine/HelmRenderResult';
import { startEngineClient } from '@/core/helm-engine/startEngineClient';

/** What the page and the engine's worker say to each other, besides requests and results. */
export type EngineWorkerMessage = HelmEngineWorkerResponse | { ready: true } | { failed: string };

/** The part of a Web Worker the client uses, so tests can stand in for one. */
export interface EngineWorker {
  postMessage(message: HelmEngineWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: EngineWorkerMessage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/**
 * Helm's engine in a Web Worker, scheduled as every engine host is (startEngineClient). The worker says when
 * its engine is ready, or that it could not start.
 */
export function startBrowserEngineClient(startWorker: () => EngineWorker, renderMilliseconds?: number): HelmEngineClient {
  return startEngineClient(
    (events) => {
      const worker = startWorker();
      worker.onmessage = ({ data }) => {
        if ('ready' in data) events.ready();
        else if ('failed' in data) events.stopped(failure('chart', `Helm's engine could not start: ${data.failed}`));
        else events.answered(data);
      };
      worker.onerror = (event) => events.stopped(failure('chart', `Helm's engine could not start: ${event.message ?? 'its worker failed'}`));
      return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
    },
    { renderMilliseconds },
  );
}
