import { beforeAll, describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { getAt } from '../values/getAt';
import { setAt } from '../values/setAt';
import { printValues } from '../yaml/printValues';
import { compileShippedChart } from '../chart/compileShippedChart';
import { checkKubernetesObjects } from '../kubernetes/checkKubernetesObjects';
import type { KubernetesSchemas } from '../kubernetes/KubernetesSchemas';
import { loadKubernetesSchemas } from '../kubernetes/loadKubernetesSchemas';
import { helmTemplate, splitHelmOutput } from '../../test-support/helmTemplateOutput';

/**
 * Some values the chart documents as numbers or booleans render the same when quoted, because the chart writes
 * them without quotes ("8080" lands as 8080) or never reads them; the studio calls those a warning. A word that
 * is no number or boolean ("x") is another matter where the chart writes it: it lands in the object as a
 * string. For every value such a warning covers, the real `helm template` and the Kubernetes checks judge a
 * word, and the studio must say error exactly where the install is refused.
 */
type Verdict = 'refused' | 'accepted';

let kubernetes: KubernetesSchemas;
beforeAll(async () => {
  kubernetes = await loadKubernetesSchemas();
});

async function installVerdict(chartVersion: string, values: Values): Promise<Verdict> {
  try {
    const rendered = await helmTemplate(chartVersion, printValues(values));
    return checkKubernetesObjects(splitHelmOutput(rendered), { version: '1.35', schemas: kubernetes }).length > 0 ? 'refused' : 'accepted';
  } catch {
    return 'refused';
  }
}

for (const chartVersion of ['1.28.0', '1.90.0']) {
  describe(`chart ${chartVersion}`, () => {
    test('a word where a number or boolean rendering the same when quoted belongs is an error exactly where the install is refused', async () => {
      const chart = await compileShippedChart(chartVersion);
      const pointers = (chart.schema['x-run-time'] ?? [])
        .filter((check) => check.id.startsWith('same-render') && (check.keywords === undefined || check.keywords.includes('type')))
        .flatMap((check) => check.pointers ?? [])
        .filter((pointer) => {
          const value = getAt(chart.defaults, pointer);
          return typeof value === 'number' || typeof value === 'boolean';
        });
      const disagreements: string[] = [];
      let refused = 0;
      for (let start = 0; start < pointers.length; start += 4) {
        await Promise.all(
          pointers.slice(start, start + 4).map(async (pointer) => {
            const values = setAt({}, pointer, 'x');
            const install = await installVerdict(chartVersion, values);
            if (install === 'refused') refused++;
            const errors = chart.check({ ...values, join_token: 'x' }).problems.filter((p) => p.severity === 'error');
            const studio: Verdict = errors.length > 0 ? 'refused' : 'accepted';
            if (studio !== install) disagreements.push(`${pointer} = "x": install ${install}, studio ${studio}`);
          }),
        );
      }
      expect(disagreements).toEqual([]);
      expect(pointers.length).toBeGreaterThan(0);

    }, 300_000);
  });
}
