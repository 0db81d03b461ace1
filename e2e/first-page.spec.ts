import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';

test('the chart defaults need a join token, and with one Helm accepts them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('catalyst 1.28.0')).toBeVisible();

  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('join_token');

  await replaceYaml(page, 'join_token: "eyJhbGciOi.example"\n');
  await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems' })).toHaveCount(0);

  await replaceYaml(page, 'join_token: ""\nglobal:\n  secrets:\n    provider: aws_secretmanager\n');
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems).toContainText('write `aws` (not aws_secretmanager)');
  await expect(problems).toContainText('join_token is empty');
});
