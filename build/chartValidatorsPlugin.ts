import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

const requestPattern = /\/schemas\/catalyst\/([^/]+)\/values\.schema\.json\?validators$/;
/**
 * The module's own id. Not the schema's path: Vite's dev server leaves any `*.json?…` module untransformed,
 * so the bare `ajv/dist/runtime/…` imports in the generated code would reach the browser as they are.
 */
const moduleIdPrefix = '\0catalyst-chart-validators/';

/** The small CommonJS helpers ajv's generated code imports; the dev server pre-bundles them as ESM. */
export const ajvRuntimeHelpers = ['equal', 'ucs2length', 'uri', 'validation_error'].map((name) => `ajv/dist/runtime/${name}`);

type Generate = typeof import('./generateValidatorModule.ts').generateValidatorModule;

/**
 * `import('/schemas/catalyst/1.28.0/values.schema.json?validators')` gives that chart's validators,
 * generated at build time (and on demand in dev) by the studio's own ajv configuration. The browser never
 * compiles a shipped schema, so the page runs under a Content-Security-Policy without 'unsafe-eval'.
 *
 * The generator (and the core it shares with the app) loads when first needed, not with the config, so
 * loading vite.config.ts stays plain ESM.
 */
export function chartValidatorsPlugin(): Plugin {
  // Root-relative, as the app's own modules are served: one instance of each module in dev and build.
  const paths = { formats: '/src/core/schema/formats.ts', templateErrors: '/src/core/validate/templateErrors.ts' };
  let root = process.cwd();
  let generate: Promise<Generate> | undefined;
  return {
    name: 'catalyst-chart-validators',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source) {
      const version = requestPattern.exec(source)?.[1];
      return version === undefined ? undefined : `${moduleIdPrefix}${version}`;
    },
    async load(id) {
      if (!id.startsWith(moduleIdPrefix)) return undefined;
      const version = id.slice(moduleIdPrefix.length);
      const schemaFile = join(root, 'schemas', 'catalyst', version, 'values.schema.json');
      this.addWatchFile(schemaFile);
      generate ??= tsImport('./generateValidatorModule.ts', import.meta.url).then((m: { generateValidatorModule: Generate }) => m.generateValidatorModule);
      const code = (await generate)(JSON.parse(readFileSync(schemaFile, 'utf8')), { ...paths, schema: `/schemas/catalyst/${version}/values.schema.json` });
      return { code, moduleType: 'js' };
    },
  };
}
