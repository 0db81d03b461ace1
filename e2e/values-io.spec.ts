import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';
import { valuesNow, expectValues, expectSaved } from './values-file.helpers';

/** The chart README's Secrets example with a typo a user really makes. */
const secretsWithTypo = `# Secrets from AWS
global:
  secrets:
    provider: "aws_secretmanager"
    aws:
      region: "us-east-1"
gateway:
  tls:
    enbled: true
    existingSecret: catalyst-gateway-tls
`;

/** The chart README's Network Policies example, trailing commas included. */
const networkPolicies = `agent:
  config:
    project:
      blocked_cidrs:
        - "10.0.0.0/8",
        - "172.16.0.0/12",
        - "192.168.0.0/16"
`;

async function openStudio(page: Page) {
  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Open…' })).toBeEnabled();
}

async function dropFile(page: Page, name: string, content: string | number[]) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content }) => {
      const dt = new DataTransfer();
      const body = typeof content === 'string' ? content : new Uint8Array(content);
      dt.items.add(new File([body], name, { type: 'application/yaml' }));
      return dt;
    },
    { name, content },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

test('a file chosen with the picker is reported on, fixed on request, and opened with its unknown keys kept', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a values file' });
  await dialog.getByLabel('Choose a values file').setInputFiles({ name: 'catalyst-values.yaml', mimeType: 'application/yaml', buffer: Buffer.from(secretsWithTypo) });

  const schemaErrors = dialog.getByRole('list', { name: 'Schema errors' });
  await expect(schemaErrors).toContainText('line 4');
  await expect(schemaErrors).toContainText('global.secrets.provider');
  const unknown = dialog.getByRole('list', { name: 'Unknown keys' });
  await expect(unknown).toContainText('line 9');
  await expect(unknown).toContainText('Did you mean "enabled"?');
  await expect(dialog).toContainText('No join_token in the file');
  await page.screenshot({ path: 'e2e/screenshots/import-report.png' });

  await dialog.getByRole('button', { name: 'Use aws for global.secrets.provider' }).click();
  await expect(dialog.getByRole('list', { name: 'Schema errors' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open in studio' }).click();
  await expect(dialog).toBeHidden();

  await expectValues(page, secretsWithTypo.replace('"aws_secretmanager"', '"aws"'));
});

test('a dropped file with the README trailing commas cannot be opened until the offered fix is applied', async ({ page }) => {
  await openStudio(page);
  await replaceYaml(page, 'cleanup:\n  enabled: false\n');
  await dropFile(page, 'network-policies.yaml', networkPolicies);

  const dialog = page.getByRole('dialog', { name: 'Open a values file' });
  await expect(dialog.getByRole('list', { name: 'YAML errors' })).toContainText('line 5');
  await expect(dialog.getByRole('button', { name: 'Open in studio' })).toBeDisabled();
  await dialog.getByRole('button', { name: /Remove the trailing commas after list items \(lines 5, 6\)/ }).click();
  await expect(dialog.getByRole('list', { name: 'YAML errors' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open in studio' }).click();

  await expectValues(page, networkPolicies.replace(/",\n/g, '"\n'));
});

test('pasted text is checked and opened', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a values file' });
  const pasted = 'gateway:\n  ha:\n    enabled: true\n    minReplicas: 3\n';
  await dialog.getByLabel('Paste values YAML').fill(pasted);
  await dialog.getByRole('button', { name: 'Check pasted text' }).click();
  await expect(dialog).toContainText('No problems found');
  await dialog.getByRole('button', { name: 'Open in studio' }).click();
  await expectValues(page, pasted);
});

test('a file that is not text is refused and the work stays, on screen and after a reload', async ({ page }) => {
  await openStudio(page);
  const work = 'cleanup:\n  enabled: false\n';
  await replaceYaml(page, work);
  await expectSaved(page, work);

  await dropFile(page, 'photo.yaml', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xe9, 0x00]);
  const dialog = page.getByRole('dialog', { name: 'Open a values file' });
  await expect(dialog.getByRole('alert')).toContainText('not UTF-8 text');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expectValues(page, work);
  await page.reload();
  await expectValues(page, work);
});

test('the downloaded file is the text as written, and the full export installs to the same values', async ({ page }) => {
  await openStudio(page);
  const work = '# Gateway TLS for eu-west-1\ngateway:\n  tls:\n    enabled: true\n    existingSecret: catalyst-gateway-tls   # made by cert-manager\n';
  await replaceYaml(page, work);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export values' });

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download catalyst-values.yaml' }).click()]);
  expect(download.suggestedFilename()).toBe('catalyst-values.yaml');
  // A first line points VS Code's YAML extension at this studio's editor schema; the rest is the text as written.
  const schemaUrl = new URL('schemas/catalyst/1.28.0/values.editor.schema.json', page.url()).href;
  expect(readFileSync(await download.path(), 'utf8')).toBe(`# yaml-language-server: $schema=${schemaUrl}\n${work}`);
  const schema = await page.request.get(schemaUrl);
  expect(schema.ok()).toBe(true);
  expect((await schema.json()) as unknown).toMatchObject({ properties: { gateway: { type: 'object' } } });

  await dialog.getByLabel(/Full: every value Helm will use/).check();
  const [full] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download catalyst-values.full.yaml' }).click()]);
  expect(full.suggestedFilename()).toBe('catalyst-values.full.yaml');
  const fullText = readFileSync(await full.path(), 'utf8');
  expect(fullText.startsWith(`# yaml-language-server: $schema=${schemaUrl}\n`)).toBe(true);
  expect(fullText).toContain('existingSecret: catalyst-gateway-tls');
  expect(fullText).toContain('control_plane_url: catalyst-cloud.r1.diagrid.io:443');
  expect(fullText).toMatch(/tls:\n(?: {4}.*\n)*? {4}enabled: true/);
  await page.screenshot({ path: 'e2e/screenshots/export.png' });
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the install command is copied with the chosen release and namespace, and the export copies the file', async ({ page }) => {
    await openStudio(page);
    await replaceYaml(page, 'global:\n  image:\n    registry: registry.corp.example.com/catalyst\n');
    await page.getByRole('button', { name: 'Commands' }).click();
    const dialog = page.getByRole('dialog', { name: 'Install commands' });
    await dialog.getByLabel('Release').fill('catalyst-eu');
    await dialog.getByLabel('Namespace').fill('catalyst system');
    await dialog.getByRole('button', { name: 'Copy Install Catalyst' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('helm install catalyst-eu oci://');
    expect(copied).toContain("-n 'catalyst system'");
    expect(copied).toContain('--set join_token="${JOIN_TOKEN}"');

    const egress = dialog.getByRole('table', { name: 'Outbound connections to allow' });
    await expect(egress.getByRole('row', { name: /api\.r1\.diagrid\.io 443 Region join .* required/ })).toBeVisible();
    await expect(dialog.getByRole('table', { name: 'Images to mirror' })).toContainText('registry.corp.example.com/catalyst/');
    await dialog.getByRole('button', { name: 'Copy Mirror the images to your registry' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('./scripts/catalyst/mirror-images.sh registry.corp.example.com/catalyst');

    await dialog.getByLabel('Tracing backend').selectOption('jaeger');
    await expect(dialog.getByRole('heading', { name: 'Tracing' })).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/commands.png', fullPage: false });
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export values' }).getByRole('button', { name: 'Copy to clipboard' }).click();
    const schemaUrl = new URL('schemas/catalyst/1.28.0/values.editor.schema.json', page.url()).href;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `# yaml-language-server: $schema=${schemaUrl}\nglobal:\n  image:\n    registry: registry.corp.example.com/catalyst\n`,
    );
  });
});

test('work comes back after a reload, with secrets left out unless the user chose to remember them', async ({ page }) => {
  await openStudio(page);
  const work = 'join_token: eyJhbGciOiJSUzI1NiJ9.cmVnaW9u.c2ln\n# our registry\nglobal:\n  charts:\n    username: catalyst-bot\n    password: S3cr3t-pa55\n';
  await replaceYaml(page, work);
  await expect(page.getByText(/Saved in this browser at .*without secret values \(join_token, global\.charts\.password\)/)).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
  expect(stored).not.toContain('eyJhbGciOiJSUzI1NiJ9');
  expect(stored).not.toContain('S3cr3t-pa55');

  await page.reload();
  await expectValues(page, 'join_token: ""\n# our registry\nglobal:\n  charts:\n    username: catalyst-bot\n    password: ""\n');
  await expect(page.getByRole('status').filter({ hasText: 'Restored your work' })).toContainText('fill in join_token, global.charts.password again');

  await page.getByLabel('Remember secrets on this device').check();
  await replaceYaml(page, work);
  await expectSaved(page, 'S3cr3t-pa55');
  await expect(page.getByText(/without secret values/)).toHaveCount(0);
  await page.reload();
  await expectValues(page, work);
  await expect(page.getByLabel('Remember secrets on this device')).toBeChecked();
});

test('"New" asks first, and keeps the work when the user says so', async ({ page }) => {
  await openStudio(page);
  await replaceYaml(page, 'cleanup:\n  enabled: false\n');
  await page.getByRole('button', { name: 'New' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new file?' });
  await dialog.getByRole('button', { name: 'Keep my work' }).click();
  await expectValues(page, 'cleanup:\n  enabled: false\n');

  await page.getByRole('button', { name: 'New' }).click();
  await dialog.getByRole('button', { name: 'Discard and start new' }).click();
  await expectValues(page, '');
});

test('a preset starts a commented file with no join token, and the commands match it', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'Start from…' }).click();
  await page.getByRole('dialog', { name: 'Start from a preset' }).getByRole('button', { name: 'Production' }).click();
  await expectValues(page, /existingSecret: catalyst-gateway-tls/);
  await expectValues(page, /--set join_token="\$\{JOIN_TOKEN\}"/);
  expect(await valuesNow(page)).not.toMatch(/^join_token:/m);
  await page.getByRole('button', { name: 'Commands' }).click();
  await expect(page.getByRole('dialog', { name: 'Install commands' })).toContainText('kubectl create secret tls catalyst-gateway-tls');
});

test('a pasted README snippet merges into the current values, and the paste box shows the text after a fix', async ({ page }) => {
  await openStudio(page);
  await replaceYaml(page, '# staging\ncleanup:\n  enabled: false\nagent:\n  config:\n    project:\n      blocked_cidrs:\n        - 10.9.0.0/16\n');
  await expectValues(page, /staging/);
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a values file' });
  const paste = dialog.getByLabel('Paste values YAML');
  await paste.fill(networkPolicies);
  await dialog.getByRole('button', { name: 'Check pasted text' }).click();
  await dialog.getByRole('button', { name: /Remove the trailing commas after list items/ }).click();
  await expect(paste).toHaveValue(networkPolicies.replace(/",\n/g, '"\n'));

  await dialog.getByRole('button', { name: 'Merge into current values' }).click();
  await expect(dialog).toBeHidden();
  // Maps merge key by key; the list the snippet sets replaces the one before, as a later -f file does, and
  // keeps the snippet's own quotes.
  await expectValues(page, '# staging\ncleanup:\n  enabled: false\nagent:\n  config:\n    project:\n      blocked_cidrs:\n        - "10.0.0.0/8"\n        - "172.16.0.0/12"\n        - "192.168.0.0/16"\n');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectValues(page, /blocked_cidrs:\n\s+- 10\.9\.0\.0\/16\n$/);
});
