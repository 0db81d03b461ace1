import { beforeAll, describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { childPointer } from '../pointer/jsonPointer';
import { setAt } from '../values/setAt';
import { printValues } from '../yaml/printValues';
import { compileShippedChart } from '../chart/compileShippedChart';
import { checkKubernetesObjects } from '../kubernetes/checkKubernetesObjects';
import type { KubernetesSchemas } from '../kubernetes/KubernetesSchemas';
import { loadKubernetesSchemas } from '../kubernetes/loadKubernetesSchemas';
import { helmTemplate, splitHelmOutput } from '../../test-support/helmTemplateOutput';

/**
 * Resource requests and limits are Kubernetes quantities. An empty string, or template text, in one of them
 * is not "unset" as it is for many of the chart's strings: the chart copies resources with toYaml and never
 * through `tpl`, so the text reaches the API server, which refuses it — unless the component is off and
 * renders nothing. For every quantity of both shipped charts the real `helm template` and the Kubernetes
 * checks decide which, and the studio, without the chart's templates, must say the same: an error exactly
 * where the install would be refused.
 */
function quantities(node: JsonSchema, at = ''): string[] {
  const found: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const pointer = childPointer(at, key);
    if (child.format === 'quantity') found.push(pointer);
    found.push(...quantities(child, pointer));
  }
  return found;
}

type Verdict = 'refused' | 'accepted';

let kubernetes: KubernetesSchemas;
beforeAll(async () => {
  kubernetes = await loadKubernetesSchemas();
});

async function installVerdict(chartVersion: string, values: Values): Promise<Verdict> {
  let rendered: string;
  try {
    rendered = await helmTemplate(chartVersion, printValues(values));
  } catch {
    return 'refused';
  }
  return checkKubernetesObjects(splitHelmOutput(rendered), { version: '1.35', schemas: kubernetes }).length > 0 ? 'refused' : 'accepted';
}

for (const chartVersion of ['1.28.0', '1.90.0']) {
  describe(`chart ${chartVersion}`, () => {
    test('an empty or templated resource quantity is an error exactly where the install is refused', async () => {
      const chart = await compileShippedChart(chartVersion);
      const cases: { pointer: string; values: Values }[] = [];
      quantities(chart.schema).forEach((pointer, index) => {
        // Each field gets one of the two spellings, in turn: both are covered, at half the renders.
        const values = setAt({}, pointer, index % 2 === 0 ? '' : '{{ .Release.Name }}');
        cases.push({ pointer, values });
        // A component that is off renders nothing; judge its quantities with it switched on as well.
        const component = pointer.split('/')[1]!;
        const enabled = (chart.defaults[component] as Values | undefined)?.['enabled'];
        if (enabled === false) cases.push({ pointer, values: setAt(values, `/${component}/enabled`, true) });
      });
      const disagreements: string[] = [];
      let refused = 0;
      for (let start = 0; start < cases.length; start += 4) {
        await Promise.all(
          cases.slice(start, start + 4).map(async ({ pointer, values }) => {
            const install = await installVerdict(chartVersion, values);
            if (install === 'refused') refused++;
            const errors = chart.check({ ...values, join_token: 'x' }).problems.filter((p) => p.severity === 'error' && p.pointer === pointer);
            const studio: Verdict = errors.length > 0 ? 'refused' : 'accepted';
            if (studio !== install) disagreements.push(`${printValues(values).trim().replace(/\n/g, ' ⏎ ')}: install ${install}, studio ${studio}`);
          }),
        );
      }
      expect(disagreements).toEqual([]);
      // Both outcomes occur, or the comparison proves nothing.
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(cases.length);
    }, 300_000);
  });
}
