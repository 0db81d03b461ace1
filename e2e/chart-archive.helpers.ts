import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The chart archive as `helm pull` delivers it: the studio renders it with Helm's own engine, in the page. */
const catalyst190 = readFileSync('../shared/chart/1.90.0/catalyst-1.90.0.tgz');

/** The line under the editor that says who judged the values. */
export function helmVerdict(page: Page) {
  return page.getByRole('status', { name: "Helm's verdict" });
}

/**
 * Brings chart 1.90.0's archive through "Your chart…", as a user with the archive on disk would, and waits
 * until Helm's engine has rendered it with the values: the Manifests view and the picture have objects then.
 */
export async function bringChartArchive(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Your chart…' }).click();
  await page
    .getByRole('dialog', { name: 'Use your own chart' })
    .getByLabel('Chart archive, or schema and values files')
    .setInputFiles({ name: 'catalyst-1.90.0.tgz', mimeType: 'application/gzip', buffer: catalyst190 });
  // Reading a 1 MB archive takes seconds on a busy machine, and loading Helm's engine the first time longer.
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('catalyst 1.90.0 (your chart)', { timeout: 30_000 });
  await expect(helmVerdict(page)).toHaveText('Helm renders the chart with these values.', { timeout: 60_000 });
}
