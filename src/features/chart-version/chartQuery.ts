import { queryOptions } from '@tanstack/react-query';
import { loadChartSchema } from '@/core/schema/chartCatalog';
import { createChart } from '@/core/chart/createChart';
import { generatedCompiler } from '@/core/validate/SchemaCompiler';
import { chartRefText, type ChartRef } from '@/core/chart/ChartRef';
import { broughtChartsInPage, findBroughtChart, rememberBroughtChart, type BroughtChartEntry } from './broughtCharts';
import { loadGeneratedValidators } from './generatedValidators';
import { fetchHostedArchive, fetchHostedCharts } from './hostedCharts';
import { listKeptCharts, loadKeptChart } from '@/state/keptCharts';

/** The chart the shipped versions are of: a hosted archive of it renders them. */
const shippedChartName = 'catalyst';

/**
 * One chart version's schema and its validators, generated at build time: nothing is compiled in the
 * browser, neither at load nor on the first keystroke. A shipped version never changes, so it never goes
 * stale. A chart the user brought is read from what this browser kept of it, with interpreting validators.
 */
export function chartQuery(ref: ChartRef) {
  return queryOptions({
    // The cache is keyed by the reference's text: two equal references are one chart.
    queryKey: ['chart', chartRefText(ref)],
    queryFn: async () => {
      if (ref.kind === 'brought') return (await broughtChart(chartRefText(ref))).chart;
      const { version } = ref;
      const [schema, generated] = await Promise.all([loadChartSchema(version), loadGeneratedValidators(version)]);
      if (!generated) throw new Error(`The studio was built without validators for chart ${version}.`);
      return createChart(ref, schema, generatedCompiler(generated));
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The charts kept in this browser, for the picker and the list to remove them from. */
export function keptChartsQuery() {
  return queryOptions({
    queryKey: ['kept-charts'],
    queryFn: async () => {
      const inPage = broughtChartsInPage().map(({ key, label }) => ({ key, label }));
      const kept = await listKeptCharts().catch(() => []);
      const listed = kept.map(({ key, label }) => ({ key, label }));
      // A chart this browser could not keep (storage off or full) is still there until the page closes.
      return [...listed, ...inPage.filter((entry) => !listed.some((k) => k.key === entry.key))];
    },
    staleTime: Infinity,
  });
}

/** The archives the host offers in `charts/` beside the page. */
function hostedChartsQuery() {
  return queryOptions({ queryKey: ['hosted-charts'], queryFn: fetchHostedCharts, staleTime: Infinity, gcTime: Infinity });
}

/**
 * The archive Helm's engine renders for a chart version, or null when there is none: the one the user
 * brought, or, for a shipped version, the host's archive of it.
 */
export function chartArchiveQuery(ref: ChartRef) {
  return queryOptions({
    queryKey: ['chart-archive', chartRefText(ref)],
    queryFn: async ({ client }): Promise<Uint8Array | null> => {
      if (ref.kind === 'brought') return (await broughtChart(chartRefText(ref))).archive ?? null;
      const hosted = (await client.fetchQuery(hostedChartsQuery())).find((chart) => chart.name === shippedChartName && chart.version === ref.version);
      return hosted ? await fetchHostedArchive(hosted) : null;
    },
    staleTime: Infinity,
  });
}

async function broughtChart(key: string): Promise<BroughtChartEntry> {
  const known = findBroughtChart(key);
  if (known) return known;
  const kept = await loadKeptChart(key);
  if (!kept) throw new Error('This browser does not have this chart (it was removed, or brought in another browser): bring it with "Your chart…".');
  // Reading a chart (its archive, its overlay, an interpreting validator) is code only a brought chart needs: it loads then.
  const { readBroughtChart } = await import('./readBroughtChart');
  const entry = await readBroughtChart(kept.files);
  rememberBroughtChart(entry);
  return entry;
}
