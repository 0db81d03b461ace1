import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { minify, type Plugin } from 'vite';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const requestPattern = /\/schemas\/catalyst\/([^/]+)\/values\.schema\.json\?validator-script$/;
const moduleIdPrefix = '\0catalyst-validator-script/';
/** Stands for the path from a chunk to the bundle's folder until the chunk's place is known. */
const bundleRoot = '__catalyst_bundle_root__/';

type Generate = typeof import('./generateValidatorModule.ts').generateValidatorScript;
type ScriptModule = typeof import('../src/cli/runValidatorScript.ts');

/**
 * The command line's build: `import('/schemas/catalyst/1.90.0/values.schema.json?validator-script')` gives
 * that chart's validators like `?validators` (chartValidatorsPlugin) does, but the generated code is a
 * script of its own (validators/catalyst-<version>.js beside the bundle) that Node compiles from V8's code
 * cache, which modules cannot use. Once the bundle is written, the built command line checks the chart's
 * defaults once per version to write each script's cache (see runValidatorScript).
 */
export function chartValidatorScriptsPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist-cli';
  let generate: Promise<Generate> | undefined;
  /** Each version's script, by its file name in the bundle. */
  const scripts = new Map<string, { version: string; code: string }>();
  return {
    name: 'catalyst-chart-validator-scripts',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    resolveId(source) {
      const version = requestPattern.exec(source)?.[1];
      return version === undefined ? undefined : `${moduleIdPrefix}${version}`;
    },
    async load(id) {
      if (!id.startsWith(moduleIdPrefix)) return undefined;
      const version = id.slice(moduleIdPrefix.length);
      const schemaPath = `/schemas/catalyst/${version}/values.schema.json`;
      const schemaFile = join(root, schemaPath);
      this.addWatchFile(schemaFile);
      generate ??= tsImport('./generateValidatorModule.ts', import.meta.url).then((m: { generateValidatorScript: Generate }) => m.generateValidatorScript);
      const { script, runtimeHelpers } = (await generate)(JSON.parse(readFileSync(schemaFile, 'utf8')));
      // Only names are shortened: compressing would drop the script's one expression, its value being unused.
      const minified = await minify(`catalyst-${version}.js`, script, { compress: false, mangle: true });
      if (minified.errors.length > 0 || !minified.code.startsWith('(function')) throw new Error(`minifying the validators of chart ${version} failed`);
      const fileName = `validators/catalyst-${version}.js`;
      scripts.set(fileName, { version, code: minified.code });
      const helpers = runtimeHelpers.map((specifier, index) => ({ specifier, name: `helper${index}` }));
      return [
        "import { chartFormatDefinitions } from '/src/core/schema/formats.ts';",
        "import { templateErrors } from '/src/core/validate/templateErrors.ts';",
        `import schema from ${JSON.stringify(schemaPath)};`,
        "import { runValidatorScript } from '/src/cli/runValidatorScript.ts';",
        ...helpers.map(({ specifier, name }) => `import * as ${name} from ${JSON.stringify(specifier)};`),
        // As in generateValidatorModule: the bundle gives a CommonJS module's `exports.default` either way.
        'const commonJsDefault = (namespace) => { const exported = namespace.default ?? namespace; return exported && exported.__esModule ? exported.default : exported; };',
        `const ajvRuntime = { ${helpers.map(({ specifier, name }) => `${JSON.stringify(specifier)}: commonJsDefault(${name})`).join(', ')} };`,
        `export const { root, subschemas } = runValidatorScript(new URL(${JSON.stringify(bundleRoot + fileName)}, import.meta.url), [chartFormatDefinitions, templateErrors, schema, ajvRuntime]);`,
        '',
      ].join('\n');
    },
    // Written here, not emitted: a server-side build leaves emitted assets out (build.ssrEmitAssets).
    writeBundle() {
      for (const [fileName, { code }] of scripts) {
        mkdirSync(dirname(join(outDir, fileName)), { recursive: true });
        writeFileSync(join(outDir, fileName), code);
      }
    },
    renderChunk(code, chunk) {
      if (!code.includes(bundleRoot)) return null;
      return code.replaceAll(bundleRoot, '../'.repeat(chunk.fileName.split('/').length - 1) || './');
    },
    async closeBundle() {
      if (scripts.size === 0) return;
      const { codeCacheFile, writeCodeCacheVariable } = (await tsImport('../src/cli/runValidatorScript.ts', import.meta.url)) as ScriptModule;
      const work = mkdtempSync(join(tmpdir(), 'catalyst-code-cache-'));
      try {
        const empty = join(work, 'values.yaml');
        writeFileSync(empty, '');
        // A plain `node`, as users run it: V8 refuses a cache made under other flags (NODE_OPTIONS).
        const { NODE_OPTIONS: _flags, ...env } = process.env;
        for (const { version } of scripts.values()) {
          const cache = codeCacheFile(pathToFileURL(join(outDir, 'validators', `catalyst-${version}.js`)));
          rmSync(cache, { force: true });
          // The chart's defaults: exit 1 (the join token is left out) is a finished check.
          const run = spawnSync(process.execPath, [join(outDir, 'catalyst-values.mjs'), 'validate', '--chart', version, empty], { env: { ...env, [writeCodeCacheVariable]: '1' }, encoding: 'utf8' });
          if (run.status === null || run.status > 1 || !existsSync(cache)) {
            // The last lines only: a failure inside the script quotes its one line, a megabyte long.
            const said = (run.stderr ?? '').split('\n').filter((line) => line.length < 500).slice(-8).join('\n');
            throw new Error(`writing the code cache of chart ${version}'s validators failed: ${said || run.error}`);
          }
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}
