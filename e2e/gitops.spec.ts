import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse, parseAllDocuments } from 'yaml';
import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';

/** The chart and the editor load after the first paint: on a busy machine, well after the default 5 s. */
async function editorReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'GitOps…' })).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Values (YAML)' })).toBeAttached({ timeout: 30_000 });
}

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.gitops-me-not';
const PASSWORD = 'S3cr3t-pa55';
const values = `# prod
join_token: ${TOKEN}
global:
  charts:
    registry: oci://charts.corp.example.com/diagrid
    username: catalyst-bot
    password: ${PASSWORD}
gateway:
  replicaCount: 3
`;

test('GitOps exports an ApplicationSet and a HelmRelease for the environment, with no secret in them', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await replaceYaml(page, values);
  await page.getByRole('button', { name: 'GitOps…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Install with GitOps' });
  await dialog.getByLabel('Environment name').fill('prod-eu');

  await dialog.getByRole('radio', { name: 'Argo CD ApplicationSet' }).check();
  const [appSetDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download catalyst-applicationset.yaml' }).click()]);
  expect(appSetDownload.suggestedFilename()).toBe('catalyst-applicationset.yaml');
  const appSetText = readFileSync(await appSetDownload.path(), 'utf8');
  const [appSet] = parseAllDocuments(appSetText).map((document) => document.toJS());
  expect(appSet.kind).toBe('ApplicationSet');
  const [element] = appSet.spec.generators[0].list.elements;
  expect(element).toMatchObject({ environment: 'prod-eu', cluster: 'prod-eu', chartRepository: 'charts.corp.example.com/diagrid' });
  expect(parse(element.values)).toEqual({
    global: { charts: { registry: 'oci://charts.corp.example.com/diagrid', username: 'catalyst-bot', existingSecret: 'catalyst-global-charts' } },
    gateway: { replicaCount: 3 },
    agent: { existingJoinTokenSecret: { name: 'catalyst-join-token' } },
  });
  // What to create is said on the page and in the file.
  await expect(dialog.getByRole('region', { name: 'Create before syncing' })).toContainText('Secret cra-agent/catalyst-join-token (prod-eu)');
  expect(appSetText).toContain('#   Secret cra-agent/catalyst-global-charts (prod-eu)');

  await dialog.getByRole('radio', { name: 'Flux HelmRelease' }).check();
  await dialog.getByLabel('Values').selectOption({ label: 'In a ConfigMap (valuesFrom)' });
  const [fluxDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download prod-eu/catalyst-helmrelease.yaml' }).click()]);
  expect(fluxDownload.suggestedFilename()).toBe('prod-eu-catalyst-helmrelease.yaml');
  const fluxText = readFileSync(await fluxDownload.path(), 'utf8');
  const objects = parseAllDocuments(fluxText).map((document) => document.toJS());
  expect(objects.map((object) => object.kind)).toEqual(['OCIRepository', 'ConfigMap', 'HelmRelease']);
  expect(objects[0].spec.url).toBe('oci://charts.corp.example.com/diagrid/catalyst');
  expect(parse(objects[1].data['values.yaml']).gateway).toEqual({ replicaCount: 3 });
  expect(objects[2].spec.valuesFrom.map((from: { kind: string; targetPath?: string }) => `${from.kind} ${from.targetPath ?? ''}`)).toEqual([
    'ConfigMap ',
    'Secret join_token',
    'Secret global.charts.password',
  ]);

  for (const text of [appSetText, fluxText]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(PASSWORD);
  }
});

function yaml(name: string, text: string) {
  return { name, mimeType: 'application/yaml', buffer: Buffer.from(text) };
}

test('a base and two overlays: one ApplicationSet element and one HelmRelease per environment, each with its merged values', async ({ page }) => {
  await page.goto('/?chart=1.90.0');
  await editorReady(page);
  await page.getByRole('button', { name: 'Environments…' }).click();
  const layers = page.getByRole('dialog', { name: 'Environments' });
  await layers.getByLabel('Values files').setInputFiles([
    yaml('values.yaml', `# shared\nglobal:\n  charts:\n    registry: oci://charts.corp.example.com/diagrid\n    password: ${PASSWORD}\ngateway:\n  replicaCount: 2\n`),
    yaml('values-prod.yaml', `join_token: ${TOKEN}\ngateway:\n  replicaCount: 3\n`),
    yaml('values-staging.yaml', 'global:\n  charts:\n    registry: null\n'),
  ]);
  await layers.getByRole('button', { name: 'Open as base and 2 environments' }).click();
  await expect(layers).toBeHidden();

  await page.getByRole('button', { name: 'GitOps…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Install with GitOps' });
  await expect(dialog.getByLabel('Environments')).toHaveValue('');
  await dialog.getByRole('radio', { name: 'Argo CD ApplicationSet' }).check();
  await dialog.getByLabel('Read the values files from Git').check();
  await dialog.getByLabel('Repository URL').fill('https://git.example.com/fleet.git');
  await dialog.getByLabel('Folder in the repository').fill('catalyst');
  const [appSetDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download catalyst-applicationset.yaml' }).click()]);
  const appSetText = readFileSync(await appSetDownload.path(), 'utf8');
  const [appSet] = parseAllDocuments(appSetText).map((document) => document.toJS());
  const elements = appSet.spec.generators[0].list.elements;
  expect(elements.map((element: { environment: string; valueFiles: string[] }) => [element.environment, element.valueFiles])).toEqual([
    ['prod', ['catalyst/values.yaml', 'catalyst/values-prod.yaml']],
    ['staging', ['catalyst/values.yaml', 'catalyst/values-staging.yaml']],
  ]);
  // The staging overlay switches the private registry off: its chart comes from the public one.
  expect(elements.map((element: { chartRepository: string }) => element.chartRepository)).toEqual(['charts.corp.example.com/diagrid', 'public.ecr.aws/diagrid']);
  const [baseDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download catalyst/values.yaml' }).click()]);
  expect(readFileSync(await baseDownload.path(), 'utf8')).toBe('# shared\nglobal:\n  charts:\n    registry: oci://charts.corp.example.com/diagrid\ngateway:\n  replicaCount: 2\n');

  await dialog.getByRole('radio', { name: 'Flux HelmRelease' }).check();
  await expect(dialog.getByRole('button', { name: /^Download .*helmrelease/ })).toHaveText(['Download', 'Download']);
  await dialog.getByLabel('Environments').selectOption('staging');
  await expect(dialog.getByRole('button', { name: /^Download .*helmrelease/ })).toHaveCount(1);
  const [fluxDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download staging/catalyst-helmrelease.yaml' }).click()]);
  const fluxText = readFileSync(await fluxDownload.path(), 'utf8');
  const release = parseAllDocuments(fluxText).map((document) => document.toJS()).find((object) => object.kind === 'HelmRelease');
  expect(release.spec.values).toEqual({ global: { charts: { registry: null } }, gateway: { replicaCount: 2 } });
  expect(release.spec.valuesFrom.map((from: { targetPath: string }) => from.targetPath)).toEqual(['join_token', 'global.charts.password']);

  for (const text of [appSetText, fluxText]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(PASSWORD);
  }
});

test('an environment Helm would refuse is not exported, and the dialog says why, where', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await replaceYaml(page, 'agent:\n  config:\n    host: agent.example.com\n');
  await page.getByRole('button', { name: 'GitOps…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Install with GitOps' });
  const problems = dialog.getByRole('list', { name: 'Export problems' });
  await expect(problems.getByRole('listitem').first()).toContainText('default: agent.config.host');
  await expect(dialog.getByRole('button', { name: /^Download/ })).toHaveCount(0);

  // A name no Kubernetes object can take is refused, said of that name.
  await dialog.getByLabel('Environment name').fill('Prod EU');
  await expect(problems.getByRole('listitem')).toHaveText(['Prod EU: Use lowercase letters, digits and "-", starting and ending with a letter or digit (it names files and the objects that deploy it).']);
});
