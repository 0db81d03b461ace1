import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from '../diagnostics/Diagnostic';
import { helmTemplate, type HelmVerdict } from '../../test-support/helmTemplate';
import { checkValuesText } from './checkValuesText';
import { compileShippedChart } from '../chart/compileShippedChart';
import { severityCases, type SeverityCase } from './severityCases';

/**
 * The studio's promise, checked against a real Helm 4.1.4 on the shipped chart archives: an error means
 * Helm (schema, template, rendered YAML) or the Kubernetes API refuses the values; whatever Helm refuses
 * is an error. The Kubernetes API is not here to ask, so a case where only it refuses says why.
 */
interface Verdicts {
  helm: HelmVerdict;
  studio: Diagnostic[];
}

for (const chartVersion of Object.keys(severityCases)) {
  describe(`chart ${chartVersion}: the studio's severity agrees with helm template`, () => {
    const cases = severityCases[chartVersion] ?? [];
    const verdicts = new Map<string, Verdicts>();
    let folder = '';

    beforeAll(async () => {
      const chart = await compileShippedChart(chartVersion);
      folder = mkdtempSync(join(tmpdir(), 'severity-parity-'));
      const archive = `../shared/chart/${chartVersion}/catalyst-${chartVersion}.tgz`;
      await Promise.all(
        cases.map(async (c, i) => {
          const file = join(folder, `case-${i}.yaml`);
          writeFileSync(file, c.values);
          // The join token comes from --set, as the chart's README installs; the studio reads it from the file.
          const studio = checkValuesText(`join_token: x\n${c.values}`, chart).diagnostics;
          verdicts.set(c.name, { helm: await helmTemplate(archive, file), studio });
        }),
      );
    }, 120_000);

    afterAll(() => {
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c: SeverityCase) => {
      const { helm, studio } = verdicts.get(c.name) ?? { helm: undefined, studio: [] };
      const errors = studio.filter((d) => d.severity === 'error');
      const warnings = studio.filter((d) => d.severity === 'warning');
      const helmSays = helm?.ok ? 'Helm renders' : `Helm refuses: ${helm?.message ?? ''}`;
      if (errors.length > 0) {
        expect(!helm?.ok || c.kubernetesRefuses !== undefined, `studio error ${JSON.stringify(errors)} but ${helmSays}`).toBe(true);
      }
      if (helm && !helm.ok) expect(errors, `${helmSays}, and the studio has no error`).not.toEqual([]);
      if (c.kubernetesRefuses !== undefined) expect(helm?.ok, 'a case the Kubernetes API refuses renders in Helm').toBe(true);
      // What the studio says at the value, so a reclassification is visible here.
      const at = (d: Diagnostic) => d.pointer === c.pointer;
      if (c.studio === 'error') expect(errors.filter(at), helmSays).not.toEqual([]);
      if (c.studio === 'warning') {
        expect(errors, helmSays).toEqual([]);
        expect(warnings.filter(at).map((d) => d.message).join('\n')).toMatch(c.runTime ?? /./);
      }
    });
  });
}
