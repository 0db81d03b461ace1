/**
 * Bounds on one render. A chart's templates are code from whoever made the archive: a loop that never ends or
 * a template that prints gigabytes must stop the engine, not the page or the CLI.
 */
export const helmEngineLimits = {
  renderMilliseconds: 10_000,
  /** The rendered manifests together; real charts print well under 1 MB. */
  outputBytes: 32 * 1024 * 1024,
} as const;

export function renderTimeLimitMessage(milliseconds: number = helmEngineLimits.renderMilliseconds): string {
  return `Helm did not finish rendering this chart within ${milliseconds / 1000} s`;
}

export function outputLimitMessage(bytes: number = helmEngineLimits.outputBytes): string {
  return `Helm's output for this chart passed ${bytes / (1024 * 1024)} MB, the most the studio reads`;
}
