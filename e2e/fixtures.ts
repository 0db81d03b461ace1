import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` from here. The studio is used on air-gapped networks, so any request the page
 * or its workers make beyond this machine fails the test that caused it.
 */
export const test = base.extend<{ offlineGuard: void; policyGuard: void; policyRefusalsExpected: boolean; hostsOnThisMachine: string[] }>({
  /** Only the test that provokes the policy on purpose sets this. */
  policyRefusalsExpected: [false, { option: true }],
  /** Host names that reach this machine; a test that maps another name to it (to serve a non-local origin) adds it. */
  hostsOnThisMachine: [['127.0.0.1', 'localhost', '[::1]'], { option: true }],
  /** The page runs under a Content-Security-Policy (no inline script, no eval); anything it refuses fails the test. */
  policyGuard: [
    async ({ context, policyRefusalsExpected }, use) => {
      const refused: string[] = [];
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await use();
      if (!policyRefusalsExpected) expect(refused, 'what the Content-Security-Policy refused').toEqual([]);
    },
    { auto: true },
  ],
  offlineGuard: [
    async ({ context, hostsOnThisMachine }, use) => {
      const outside: string[] = [];
      // Worker requests show on the context, not on the page.
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local = hostsOnThisMachine.includes(url.hostname);
        if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol)) outside.push(request.url());
      });
      await use();
      expect(outside, 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
