import { mergeConfig, type Plugin } from 'vite';
import studioConfig from '../vite.config';

/**
 * The studio's own build (its vite.config.ts), opened on chart 1.28.0: the chart the benchmark compares on,
 * whatever version the studio opens by default. The studio has no address a page can be asked a version
 * with yet, so the benchmark's build pins `defaultChartVersion`; every shipped schema is still built and
 * lazy, so bundle sizes are the app's. bench/run.mjs also reads which schema the page actually fetched.
 */
const BENCH_CHART_VERSION = process.env.BENCH_CHART_VERSION ?? '1.28.0';

function pinChartVersion(version: string): Plugin {
  return {
    name: 'bench-pin-chart-version',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/core/schema/chartCatalog.ts')) return undefined;
      const pattern = /export const defaultChartVersion\s*=\s*[^;]+;/;
      if (!pattern.test(code)) {
        this.warn(`chartCatalog.ts no longer declares defaultChartVersion as expected: the studio opens its own default chart`);
        return undefined;
      }
      return { code: code.replace(pattern, `export const defaultChartVersion = ${JSON.stringify(version)};`), map: null };
    },
  };
}

export default mergeConfig(studioConfig, { plugins: [pinChartVersion(BENCH_CHART_VERSION)] });
