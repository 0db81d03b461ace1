import { queryOptions } from '@tanstack/react-query';
import { loadChartSchema } from '@/core/schema/chartCatalog';
import { createChartValidator } from '@/core/validate/createChartValidator';

/**
 * One chart version's schema, compiled once. A shipped version never changes, so it never goes stale;
 * compiling here (not on the first keystroke) keeps typing fast from the start.
 */
export function chartQuery(version: string) {
  return queryOptions({
    queryKey: ['chart', version],
    queryFn: async () => createChartValidator(await loadChartSchema(version)),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
