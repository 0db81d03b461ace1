import type { ChartValidator } from '@/core/validate/createChartValidator';
import type { ValuesCheck } from '@/core/validate/checkValuesText';
import { selectValuesCheck } from '@/core/session/selectValuesCheck';
import { useSession } from './sessionStore';

/** The current judgement of the values; memoised in the core, so every caller shares one computation. */
export function useValuesCheck(validator: ChartValidator): ValuesCheck {
  return useSession((session) => selectValuesCheck(session, validator));
}
