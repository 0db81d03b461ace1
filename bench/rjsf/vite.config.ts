import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The react-jsonschema-form baseline: its own root, index.html and output folder, so nothing of rjsf can
 * reach the studio's bundle. Same JSX handling (Vite's own) and target as the studio's build, for a like-for-like bundle.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // The studio's public/ (favicon) is not part of the baseline.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist-rjsf/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 10_000,
  },
});
