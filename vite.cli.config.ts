import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { chartValidatorScriptsPlugin } from './build/chartValidatorScriptsPlugin.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The command line bundled for Node (`npm run build:cli` → dist-cli/catalyst-values.mjs and its chunks): the
 * core, its dependencies, the chart schemas and the validators generated at build time, so a run starts
 * without a TypeScript loader and without compiling a schema, and needs no dependency installed. Each command
 * is a chunk of its own, loaded when it runs. Each chart version's validators are a script beside them
 * (dist-cli/validators), with the V8 code cache the build writes for it: see chartValidatorScriptsPlugin.
 *
 * Helm's engine runs in a worker thread of its own entry (dist-cli/helm-engine-worker.mjs), which loads the
 * module the package ships in engine/wasm. In the sources both paths are relative to src/node/; in the bundle
 * they are relative to the chunk the code lands in, so they are re-pointed once the chunk's place is known.
 */
function engineBesideBundle(): Plugin {
  const worker = '__catalyst_engine_worker__';
  const engineDir = '__catalyst_engine_dir__';
  return {
    name: 'catalyst-engine-beside-bundle',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/node/startHelmEngineHost.ts')) return undefined;
      const rewritten = code.replace("new URL('./helmEngineWorker.mjs', import.meta.url)", `new URL('${worker}', import.meta.url)`).replace("'../../engine/wasm/", `'${engineDir}/`);
      if (rewritten === code) throw new Error('startHelmEngineHost.ts no longer names its worker and module as this build expects');
      return rewritten;
    },
    renderChunk(code, chunk) {
      if (!code.includes(worker)) return null;
      const toRoot = '../'.repeat(chunk.fileName.split('/').length - 1) || './';
      return code.replaceAll(worker, `${toRoot}helm-engine-worker.mjs`).replaceAll(engineDir, `${toRoot}../engine/wasm`);
    },
  };
}

/** Go's glue stays the shipped file (engine/wasm/wasm_exec.js, matching the module), imported relative to the bundle. */
const goGlue = at('./engine/wasm/wasm_exec.js');

export default defineConfig({
  plugins: [chartValidatorScriptsPlugin(), engineBesideBundle()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: at('./src/') },
      // One RE2 for the page and the command line (the page cannot run re2-wasm's glue; see re2ForModels).
      { find: /^@kubernetes-models\/validate\/runtime\/re2$/, replacement: at('./src/core/kubernetes/re2ForModels.ts') },
      { find: /^\.\/shippedChart$/, replacement: at('./src/cli/shippedChart.bundled.ts') },
      // The `yaml` library's ES module build, the one the studio runs: its Node build reads process.env for a
      // debug switch at every token (about a tenth of the time reading a large file) and cannot be tree-shaken.
      { find: /^yaml$/, replacement: at('./node_modules/yaml/browser/index.js') },
    ],
  },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { 'catalyst-values': at('./src/cli/run.ts'), 'helm-engine-worker': at('./src/node/helmEngineThread.ts') },
      external: [goGlue],
      // One chunk per chart version (its schema and the loader of its validators): a run reads only the version it checks.
      output: { entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', format: 'es' },
    },
  },
});
