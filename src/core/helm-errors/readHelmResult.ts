import type { Values } from '../diagnostics/Diagnostic';
import type { HelmRenderResult } from '../helm-engine/HelmRenderResult';
import type { HelmVerdict } from './HelmVerdict';
import { locateHelmError } from './locateHelmError';

/** What a render tells the studio: a verdict, that Helm did not finish, or nothing (a newer render replaced it). */
type HelmOutcome = { kind: 'judged'; verdict: HelmVerdict } | { kind: 'unfinished'; reason: string } | { kind: 'superseded' };

/**
 * Helm's result for the user's values as a verdict with each complaint at its value. A render stopped at a
 * limit is no verdict on the values: the last one stands, marked stale with the reason.
 */
export function readHelmResult(result: HelmRenderResult, judged: { userValues: Values; values: Values }): HelmOutcome {
  const error = result.error;
  if (error?.phase === 'superseded') return { kind: 'superseded' };
  if (error?.phase === 'limit') return { kind: 'unfinished', reason: error.message };
  return {
    kind: 'judged',
    verdict: {
      userValues: judged.userValues,
      failedAt: error ? error.phase : null,
      problems: error ? locateHelmError(error, judged) : [],
    },
  };
}
