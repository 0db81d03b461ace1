import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

const query = '?validators';

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
  let generate: Promise<Generate> | undefined;
  return {
    name: 'catalyst-chart-validators',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(query) || !id.includes('/schemas/catalyst/')) return undefined;
      const schemaFile = id.slice(0, -query.length);
      this.addWatchFile(schemaFile);
      generate ??= tsImport('./generateValidatorModule.ts', import.meta.url).then((m: { generateValidatorModule: Generate }) => m.generateValidatorModule);
      const code = (await generate)(JSON.parse(readFileSync(schemaFile, 'utf8')), paths);
      return { code, moduleType: 'js' };
    },
  };
}
