import type { HelmRenderRequest } from './HelmRenderRequest';
import type { HelmRenderResult } from './HelmRenderResult';

/**
 * A Helm engine running away from the caller's thread (a Web Worker in the page, a worker thread in Node).
 *
 * Contract:
 * - Latest request wins: at most one render runs and one waits. A request made while another waits replaces
 *   it, and the replaced promise settles with an error of phase `superseded`.
 * - Never rejects for anything a chart or values can cause: Helm's failures, a chart that renders longer than
 *   `helmEngineLimits.renderMilliseconds`, or output past `helmEngineLimits.outputBytes`, all come back as a
 *   result whose `error` says so. Past a limit the engine is stopped and started afresh for the next request.
 * - `dispose()` stops the engine; pending requests settle as `superseded`.
 */
export interface HelmEngineClient {
  render(request: HelmRenderRequest): Promise<HelmRenderResult>;
  dispose(): void;
}
