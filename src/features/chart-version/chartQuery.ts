import { queryOptions } from '@tanstack/react-query';
import { loadChartSchema } from '@/core/schema/chartCatalog';
import { createChartValidator } from '@/core/validate/createChartValidator';
import { generatedCompiler } from '@/core/validate/SchemaCompiler';
import { findBroughtChart, isBroughtChartKey } from './broughtCharts';
import { loadGeneratedValidators } from './generatedValidators';

/**
 * One chart version's schema and its validators, generated at build time: nothing is compiled in the
 * browser, neither at load nor on the first keystroke. A shipped version never changes, so it never goes
 * stale. A chart the user brought is already in memory, with its interpreting validators.
 */
export function chartQuery(version: string) {
  return queryOptions({
    queryKey: ['chart', version],
    queryFn: async () => {
      if (isBroughtChartKey(version)) {
        const brought = findBroughtChart(version);
        if (!brought) throw new Error('Your chart is read only into this page: choose the chart again with "Your chart…".');
        return brought.validator;
      }
      const [schema, generated] = await Promise.all([loadChartSchema(version), loadGeneratedValidators(version)]);
      if (!generated) throw new Error(`The studio was built without validators for chart ${version}.`);
      return createChartValidator(schema, generatedCompiler(generated));
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
