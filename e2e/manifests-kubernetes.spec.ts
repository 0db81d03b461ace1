import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';

/** The chart archive as `helm pull` delivers it: the studio renders it with Helm's own engine, in the page. */
const archive = readFileSync('../shared/chart/1.90.0/catalyst-1.90.0.tgz');

async function bringArchive(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Your chart…' }).click();
  await page
    .getByRole('dialog', { name: 'Use your own chart' })
    .getByLabel('Chart archive, or schema and values files')
    .setInputFiles({ name: 'catalyst-1.90.0.tgz', mimeType: 'application/gzip', buffer: archive });
  // Reading a 1 MB archive takes seconds on a busy machine.
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('catalyst 1.90.0 (your chart)', { timeout: 30_000 });
}

test('Manifests: an object the Kubernetes API would refuse is marked on the object and at the value; a changed line names its value', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await bringArchive(page);
  await expect(page.getByRole('status', { name: "Helm's verdict" })).toHaveText('Helm renders the chart with these values.', { timeout: 60_000 });
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Manifests' }).click();
  const manifests = page.getByRole('region', { name: 'Manifests' });

  // The chart states no kubeVersion: every version is offered, the newest checked.
  const version = manifests.getByLabel('Kubernetes version');
  await expect(version.locator('option:checked')).toHaveText('1.35 (newest the chart supports)');
  await expect(version.locator('option')).toHaveText(['1.35 (newest the chart supports)', '1.34', '1.33', '1.32', '1.31', '1.30', '1.29']);
  await expect(manifests).toContainText('Kubernetes 1.35 would accept every object.', { timeout: 30_000 });

  // Helm renders a boolean written as a string; the API server refuses it.
  await replaceYaml(page, "agent:\n  securityContext:\n    allowPrivilegeEscalation: 'false'\nmanagement:\n  logLevel: debug\n");
  await expect(manifests).toContainText('Kubernetes 1.35 would refuse 1 object.', { timeout: 15_000 });
  const refused = manifests.locator('details', { hasText: 'Kubernetes would refuse' });
  await expect(refused.locator('summary')).toContainText('Deployment');
  await expect(refused.getByRole('list', { name: /^What Kubernetes would refuse in Deployment / })).toContainText(
    'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: must be a boolean, not the string "false"',
  );
  // At the value that produced it, in Problems.
  const problem = page.getByRole('list', { name: 'Problems' }).getByRole('button').filter({ hasText: 'Kubernetes 1.35 would refuse Deployment' });
  await expect(problem).toContainText('/agent/securityContext/allowPrivilegeEscalation · line 3');
  await page.screenshot({ path: 'e2e/screenshots/manifests-kubernetes-refused.png' });
  // And at the field, in the form.
  const views = page.getByRole('group', { name: 'View' });
  await views.getByRole('button', { name: 'Form' }).click();
  await problem.click();
  await expect(page.getByRole('region', { name: 'Pod security', exact: true })).toContainText('Kubernetes 1.35 would refuse Deployment agent');
  await page.screenshot({ path: 'e2e/screenshots/manifests-kubernetes-at-field.png' });
  await views.getByRole('button', { name: 'Manifests' }).click();

  // Another version is checked on request, and the value named behind a changed line.
  await version.selectOption('1.31');
  await expect(manifests).toContainText('Kubernetes 1.31 would refuse 1 object.', { timeout: 30_000 });
  // The log level reaches the management Deployment as a flag.
  const management = manifests.locator('details', { hasText: 'catalyst/templates/management/deployment.yaml' });
  await expect(management.locator('summary')).toContainText('changed', { timeout: 30_000 });
  await management.locator('summary').click();
  const diff = management.getByLabel('What your values change in Deployment management');
  await diff.getByRole('button', { name: '+ - "--log-level=debug"' }).click();
  await expect(management.getByRole('status')).toHaveText('This line comes from your value management.logLevel');
  await diff.getByRole('button', { name: '- - "--log-level=info"' }).click();
  await expect(management.getByRole('status')).toHaveText('Your value replaced this line: management.logLevel');
  await page.screenshot({ path: 'e2e/screenshots/manifests-value-behind-line.png' });

  // Fixed, the object is accepted and the problem goes.
  await replaceYaml(page, 'agent:\n  securityContext:\n    allowPrivilegeEscalation: false\n');
  await expect(manifests).toContainText('Kubernetes 1.31 would accept every object.', { timeout: 15_000 });
  await expect(problem).toHaveCount(0);
});
