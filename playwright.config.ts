import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The browser: $CHROMIUM_PATH when set, else Debian's Chromium when installed,
 * else Playwright's own download (`npx playwright install chromium`).
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** E2E_PORT lets two runs (say, CI and a developer's) share a machine. */
const previewPort = Number(process.env.E2E_PORT ?? 4173);
/** The dev server (`npm start`) the smoke test drives; beside a moved preview port unless told otherwise. */
const devPort = Number(process.env.E2E_DEV_PORT ?? (process.env.E2E_PORT ? previewPort + 1000 : 5173));

const devServerSpecs = /dev-server\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  // A wait, not a speed check: the Monaco editor and Helm's engine load lazily, and on a busy shared machine
  // the first paint after a paste can take longer than the default 5 s without anything being wrong.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Quiet on a closed network: no background calls home.
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'build', testIgnore: devServerSpecs, use: { baseURL: `http://127.0.0.1:${previewPort}` } },
    { name: 'dev-server', testMatch: devServerSpecs, use: { baseURL: `http://127.0.0.1:${devPort}` } },
  ],
  // Never reuse a server already listening: it may be another checkout's, and its build is not this one.
  // A taken port fails the run, naming the port.
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${previewPort} --strictPort`,
      url: `http://127.0.0.1:${previewPort}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Exactly what the README's quick start runs.
      command: 'npm start',
      env: { DEV_PORT: String(devPort) },
      url: `http://127.0.0.1:${devPort}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
