import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { generateValidatorModule } from './generateValidatorModule';

const query = '?validators';

/**
 * `import('/schemas/catalyst/1.28.0/values.schema.json?validators')` gives that chart's validators,
 * generated at build time (and on demand in dev) by the studio's own ajv configuration. The browser never
 * compiles a shipped schema, so the page runs under a Content-Security-Policy without 'unsafe-eval'.
 */
export function chartValidatorsPlugin(): Plugin {
  // Root-relative, as the app's own modules are served: one instance of each module in dev and build.
  const paths = { formats: '/src/core/schema/formats.ts', templateErrors: '/src/core/validate/templateErrors.ts' };
  return {
    name: 'catalyst-chart-validators',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(query) || !id.includes('/schemas/catalyst/')) return undefined;
      const schemaFile = id.slice(0, -query.length);
      this.addWatchFile(schemaFile);
      return { code: generateValidatorModule(JSON.parse(readFileSync(schemaFile, 'utf8')), paths), moduleType: 'js' };
    },
  };
}
