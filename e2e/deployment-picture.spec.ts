import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';
import { bringChartArchive } from './chart-archive.helpers';

/** A registry of the user's, an existing TLS Secret the user has to create, and the OpenTelemetry collector on. */
const values = `global:
  image:
    registry: registry.example.com
gateway:
  tls:
    enabled: true
    existingSecret: my-gateway-tls
opentelemetry-deployment:
  enabled: true
management:
  replicaCount: 2
`;

test('the picture of what will be deployed: select a workload to see its manifest and values, follow an edit, download SVG and PNG', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await bringChartArchive(page);
  await replaceYaml(page, values);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Picture' }).click();
  const picture = page.getByRole('region', { name: 'What will be deployed' });
  const drawing = picture.getByRole('img', { name: /^What will be deployed: catalyst-1\.90\.0-catalyst/ });
  await expect(drawing).toBeVisible({ timeout: 30_000 });
  // The Secret the values name but the chart does not make is marked for the user to create.
  await expect(drawing.getByRole('button', { name: 'Secret my-gateway-tls, you create this' })).toBeVisible({ timeout: 120_000 });
  await expect(picture).toContainText('1 Secret you create');
  // The collector is drawn, marked as an add-on.
  await expect(drawing.getByRole('button', { name: 'Deployment catalyst-opentelemetry-deployment' })).toContainText('add-on opentelemetry-deployment');

  // Selecting a workload shows its manifest and the values that shape it.
  await drawing.getByRole('button', { name: 'Deployment catalyst-gateway', exact: true }).click();
  const selected = picture.getByRole('region', { name: 'Selected: Deployment catalyst-gateway' });
  await expect(selected.getByLabel('Deployment catalyst-gateway manifest')).toContainText('kind: Deployment');
  await expect(selected.getByLabel('Deployment catalyst-gateway manifest')).toContainText('secretName: my-gateway-tls');
  const shaping = selected.getByRole('list', { name: 'Values that shape Deployment catalyst-gateway' });
  await expect(shaping).toContainText('/gateway/tls/existingSecret = "my-gateway-tls"');
  await expect(shaping).toContainText('/global/image/registry = "registry.example.com"');
  await page.screenshot({ path: '/tmp/picture-selected.png', fullPage: true });

  // The picture follows an edit: the management Deployment's replicas.
  const management = drawing.getByRole('button', { name: 'Deployment management', exact: true });
  await expect(management).toContainText('2 replicas');
  await replaceYaml(page, values.replace('replicaCount: 2', 'replicaCount: 4'));
  await expect(management).toContainText('4 replicas', { timeout: 120_000 });
  // The selection stays across the update.
  await expect(picture.getByRole('region', { name: 'Selected: Deployment catalyst-gateway' })).toBeVisible();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), picture.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('catalyst-1.90.0-catalyst.svg');
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain('aria-label="Deployment management"');
  expect(svg).toContain('4 replicas');
  expect(svg).toContain('aria-label="Secret my-gateway-tls, you create this"');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), picture.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('catalyst-1.90.0-catalyst.png');
  const png = readFileSync(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the drawing's size, for sharp print.
  const box = await drawing.evaluate((svgElement) => ({ width: Number(svgElement.getAttribute('viewBox')?.split(' ')[2]), height: Number(svgElement.getAttribute('viewBox')?.split(' ')[3]) }));
  expect(png.readUInt32BE(16)).toBe(Math.ceil(box.width * 2));
  expect(png.readUInt32BE(20)).toBe(Math.ceil(box.height * 2));

  // A value in the list opens its field in the form.
  await picture.getByRole('region', { name: 'Selected: Deployment catalyst-gateway' }).getByRole('button', { name: '/gateway/tls/existingSecret' }).click();
  await expect(page.getByRole('textbox', { name: 'Existing TLS secret' })).toBeFocused();
});
