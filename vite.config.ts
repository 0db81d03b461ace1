import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { ajvRuntimeHelpers, chartValidatorsPlugin } from './build/chartValidatorsPlugin.ts';
import { editorSchemasPlugin } from './build/editorSchemasPlugin.ts';

/**
 * No React plugin: Vite compiles TSX by itself (tsconfig's "jsx": "react-jsx"), and the plugin's Fast
 * Refresh preamble is an inline script, which the page's Content-Security-Policy refuses in dev as in the
 * build. Edits in dev reload the page instead of hot-swapping components.
 */
export default defineConfig({
  // Relative asset paths: dist/ works served from any path (https://tools.example.com/catalyst/), not only /.
  base: './',
  plugins: [chartValidatorsPlugin(), editorSchemasPlugin()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
      // re2-wasm's glue compiles code from strings, which the page's CSP refuses: its pure-JS stand-in.
      { find: /^@kubernetes-models\/validate\/runtime\/re2$/, replacement: fileURLToPath(new URL('./src/core/kubernetes/re2ForModels.ts', import.meta.url)) },
    ],
  },
  server: {
    host: '127.0.0.1',
    // DEV_PORT moves `npm start` (say, for browser tests while another copy is running); a port already
    // taken is an error rather than a silent move to the next one, so nobody tests a server they did not start.
    port: Number(process.env.DEV_PORT ?? 5173),
    strictPort: true,
  },
  optimizeDeps: {
    // Only the generated validators import these, and they are found late (when a chart loads): named
    // here, the dev server converts them from CommonJS at start instead of reloading the page mid-session.
    include: ajvRuntimeHelpers,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // "use client" marks React Server Components boundaries; a client-only app has none to keep.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // V8's compile hint: the entry's functions (React, the form, the core) nearly all run on load or on
        // the first edit, so Chromium compiles them while the script streams in, off the main thread, rather
        // than one by one on first call. After minification, or the comment would be stripped.
        postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
  test: {
    // e2e/ holds Playwright specs; vitest must not pick them up.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build/**/*.test.ts', '*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Suites compile a chart validator or start Helm's engine before their tests; on a busy shared machine that
    // alone can pass Vitest's 10 s default.
    hookTimeout: 60_000,
  },
});
