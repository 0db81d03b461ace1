import type { HelmRenderRequest } from './HelmRenderRequest';
import type { HelmRenderResult } from './HelmRenderResult';

/**
 * Helm's engine instantiated in the current thread (see loadHelmEngine). `render` blocks that thread until Helm
 * is done, so only a worker calls it; everyone else talks to a HelmEngineClient.
 */
export interface HelmEngine {
  render(request: HelmRenderRequest): HelmRenderResult;
}

/** The messages between a HelmEngineClient and the worker that holds the HelmEngine. */
export interface HelmEngineWorkerRequest {
  id: number;
  request: HelmRenderRequest;
}

export interface HelmEngineWorkerResponse {
  id: number;
  result: HelmRenderResult;
}
