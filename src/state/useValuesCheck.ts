import type { Chart } from '@/core/chart/createChart';
import type { ValuesCheck } from '@/core/validate/checkValuesText';
import { selectValuesCheck } from '@/core/session/selectValuesCheck';
import { useSession } from './sessionStore';

/** The current judgement of the values; memoised in the core, so every caller shares one computation. */
export function useValuesCheck(chart: Chart): ValuesCheck {
  return useSession((session) => selectValuesCheck(session, chart));
}
