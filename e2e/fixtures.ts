import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` from here. The studio is used on air-gapped networks, so any request the page
 * or its workers make beyond this machine fails the test that caused it.
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ context }, use) => {
      const outside: string[] = [];
      // Worker requests show on the context, not on the page.
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
        if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol)) outside.push(request.url());
      });
      await use();
      expect(outside, 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
