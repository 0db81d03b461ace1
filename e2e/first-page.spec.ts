import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';

test('the chart defaults, with the join token given at install, have no problem; a token written in the file is judged there', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  await expect(page.getByText('catalyst 1.28.0')).toBeVisible();
  await expect(page.getByLabel('Provided at install (recommended)')).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems' })).toHaveCount(0);

  const problems = page.getByRole('list', { name: 'Problems' });
  await replaceYaml(page, 'join_token: "eyJhbGciOi.example"\n');
  await expect(page.getByLabel('Written in this file')).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();

  await replaceYaml(page, 'join_token: ""\nglobal:\n  secrets:\n    provider: aws_secretmanager\n');
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems).toContainText('write `aws` (not aws_secretmanager)');
  await expect(problems).toContainText('join_token is empty');
});

test.describe('the Content-Security-Policy', () => {
  test.use({ policyRefusalsExpected: true });

  test('refuses a script injected into the page, while the chart checks still run', async ({ page }) => {
    await page.goto('/?chart=1.28.0');
    await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // The page's own scripts, and compiling WebAssembly (Helm's engine): no JS eval, no other origin.
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain("'unsafe-eval'");
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`refused by ${event.violatedDirective}`), { once: true });
          const script = document.createElement('script');
          script.textContent = 'document.title = "injected"';
          document.head.append(script);
          setTimeout(() => resolve(document.title === 'injected' ? 'ran' : 'no verdict'), 3000);
        }),
    );
    expect(outcome).toMatch(/^refused by script-src/);
    // The title names the section on show (`Install · Catalyst Values Studio`); the injected script never set it.
    await expect(page).toHaveTitle(/Catalyst Values Studio$/);
  });
});

test('a problem that has no form field, like a syntax error, takes the user to the editor', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  await replaceYaml(page, 'join_token: x\nglobal:\n  image: [\n');
  const problem = page.getByRole('list', { name: 'Problems' }).getByRole('button').filter({ hasText: 'YAML syntax error' });
  await expect(problem).toHaveCount(1);
  await problem.click();
  await expect(page.getByRole('textbox', { name: 'Values (YAML)' })).toBeFocused();
});
