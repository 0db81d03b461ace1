import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { chartValidatorsPlugin } from './build/chartValidatorsPlugin.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The command line bundled for Node (`npm run build:cli` → dist-cli/catalyst-values.mjs and a chunk per chart
 * version): the core, its dependencies, the chart schemas and the validators generated at build time, so a
 * run starts without a TypeScript loader and without compiling a schema, and needs no dependency installed.
 */
/**
 * Helm's engine runs in a worker that loads it from the checkout (src/node, engine/wasm); its paths are
 * relative to src/node/, and the bundle sits in dist-cli/, so they are re-pointed from there.
 */
function engineFromCheckout(): Plugin {
  return {
    name: 'catalyst-engine-from-checkout',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/node/startHelmEngineHost.ts')) return undefined;
      return code.replace("new URL('./helmEngineWorker.mjs', import.meta.url)", "new URL('../src/node/helmEngineWorker.mjs', import.meta.url)").replace("'../../engine/wasm/", "'../engine/wasm/");
    },
  };
}

export default defineConfig({
  plugins: [chartValidatorsPlugin(), engineFromCheckout()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: at('./src/') },
      { find: /^\.\/shippedChartValidator$/, replacement: at('./src/cli/shippedChartValidator.bundled.ts') },
    ],
  },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: at('./src/cli/run.ts'),
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      // One chunk per chart version (its schema and generated validators): a run parses only the version it checks.
      output: { entryFileNames: 'catalyst-values.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', format: 'es' },
    },
  },
});
