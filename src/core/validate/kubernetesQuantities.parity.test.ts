import { describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { setAt } from '../values/setAt';
import { compileShippedChart } from '../chart/compileShippedChart';
import { disagreementsWithInstall, valuesWhere, type ValuesCase } from '../../test-support/installVerdict';

/**
 * Resource requests and limits are Kubernetes quantities. An empty string, or template text, in one of them
 * is not "unset" as it is for many of the chart's strings: the chart copies resources with toYaml and never
 * through `tpl`, so the text reaches the API server, which refuses it — unless the component is off and
 * renders nothing. For every quantity of both shipped charts the real `helm template` and the Kubernetes
 * checks decide which, and the studio, without the chart's templates, must say the same: an error exactly
 * where the install would be refused.
 */
for (const chartVersion of ['1.28.0', '1.90.0']) {
  describe(`chart ${chartVersion}`, () => {
    test('an empty or templated resource quantity is an error exactly where the install is refused', async () => {
      const chart = await compileShippedChart(chartVersion);
      const cases: ValuesCase[] = [];
      valuesWhere(chart.schema, (_key, node) => node.format === 'quantity').forEach((pointer, index) => {
        // Each field gets one of the two spellings, in turn: both are covered, at half the renders.
        const values = setAt({}, pointer, index % 2 === 0 ? '' : '{{ .Release.Name }}');
        cases.push({ pointer, values });
        // A component that is off renders nothing; judge its quantities with it switched on as well.
        const component = pointer.split('/')[1]!;
        const enabled = (chart.defaults[component] as Values | undefined)?.['enabled'];
        if (enabled === false) cases.push({ pointer, values: setAt(values, `/${component}/enabled`, true) });
      });
      const { disagreements, refused } = await disagreementsWithInstall(chartVersion, chart, cases, (problem, pointer) => problem === pointer);
      expect(disagreements).toEqual([]);
      // Both outcomes occur, or the comparison proves nothing.
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(cases.length);
    }, 300_000);
  });
}
