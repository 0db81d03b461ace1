import { describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { setAt } from '../values/setAt';
import { compileShippedChart } from '../chart/compileShippedChart';
import { disagreementsWithInstall, valuesWhere, type ValuesCase } from '../../test-support/installVerdict';

/**
 * Labels, annotations and node selectors are maps of strings in every Kubernetes object. A number written
 * into one of the chart's maps either fails Helm (the chart's own schema), is refused by the API server (the
 * chart copies it with toYaml), or is harmless (the component is off, or the chart quotes it). For every such
 * map of both shipped charts, the real `helm template` and the Kubernetes checks decide which, and the studio,
 * without the chart's templates, must say the same: an error exactly where the install would be refused.
 */
const STRING_MAPS = new Set(['podAnnotations', 'podLabels', 'nodeSelector', 'labels', 'selectorLabels', 'annotations']);

for (const chartVersion of ['1.28.0', '1.90.0']) {
  describe(`chart ${chartVersion}`, () => {
    test('a number in a label, annotation or node selector map is an error exactly where the install is refused', async () => {
      const chart = await compileShippedChart(chartVersion);
      const cases: ValuesCase[] = [];
      for (const pointer of valuesWhere(chart.schema, (key, node) => STRING_MAPS.has(key) && node['x-widget'] === 'key-value')) {
        const values = setAt({}, pointer, { 'example.com/key': 1 });
        cases.push({ pointer, values });
        // A component that is off renders nothing; judge its maps with it switched on as well.
        const component = pointer.split('/')[1]!;
        const enabled = (chart.defaults[component] as Values | undefined)?.['enabled'];
        if (enabled === false) cases.push({ pointer, values: setAt(values, `/${component}/enabled`, true) });
      }
      const { disagreements, refused } = await disagreementsWithInstall(chartVersion, chart, cases, (problem, pointer) => problem.startsWith(pointer));
      expect(disagreements).toEqual([]);
      // Both outcomes occur, or the comparison proves nothing.
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(cases.length);
    }, 300_000);
  });
}
