import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';
import { bringChartArchive } from './chart-archive.helpers';

test('Manifests: an object the Kubernetes API would refuse is marked on the object and at the value; a changed line names its value', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await bringChartArchive(page);
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
  // Chosen while Manifests shows, the problem brings the form back, at the field.
  const views = page.getByRole('group', { name: 'View' });
  const podSecurity = page.getByRole('region', { name: 'Pod security', exact: true });
  await problem.click();
  await expect(views.getByRole('button', { name: 'Form' })).toHaveAttribute('aria-pressed', 'true');
  await expect(podSecurity).toContainText('Kubernetes 1.35 would refuse Deployment agent');
  await expect(podSecurity).toBeInViewport();
  await page.screenshot({ path: 'e2e/screenshots/manifests-kubernetes-at-field.png' });
  // And so it does from the picture.
  await views.getByRole('button', { name: 'Picture' }).click();
  await expect(podSecurity).toBeHidden();
  await problem.click();
  await expect(views.getByRole('button', { name: 'Form' })).toHaveAttribute('aria-pressed', 'true');
  await expect(podSecurity).toBeInViewport();
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

  // A refusal no value explains (an environment variable given without its name) is a problem of its object:
  // chosen from the form, it shows that object in Manifests.
  await replaceYaml(page, 'management:\n  extraEnvs:\n    - value: debug\n');
  const objectProblem = page.getByRole('list', { name: 'Problems' }).getByRole('button').filter({ hasText: 'Kubernetes 1.31 would refuse Deployment management' });
  await expect(objectProblem).toContainText('Deployment management', { timeout: 30_000 });
  await expect(objectProblem).toContainText('name: Required value');
  await views.getByRole('button', { name: 'Form' }).click();
  await objectProblem.click();
  await expect(views.getByRole('button', { name: 'Manifests' })).toHaveAttribute('aria-pressed', 'true');
  const refusedManagement = manifests.locator('details', { hasText: 'catalyst/templates/management/deployment.yaml' });
  await expect(refusedManagement.locator('summary')).toBeFocused();
  await expect(refusedManagement.getByRole('list', { name: 'What Kubernetes would refuse in Deployment management' })).toContainText('spec.template.spec.containers[0].env[');
  await expect(refusedManagement.getByLabel('Deployment management YAML')).toBeInViewport();
  await page.screenshot({ path: '/tmp/deployed-object-problem.png' });
});
