import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The react-jsonschema-form baseline: its own root, index.html and output folder, so nothing of rjsf can
 * reach the studio's bundle. Same React plugin and target as the studio's build, for a like-for-like bundle.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
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
