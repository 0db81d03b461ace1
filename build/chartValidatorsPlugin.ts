import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { generateValidatorModule } from './generateValidatorModule';

const prefix = 'virtual:chart-validators/';
const resolvedPrefix = '\0chart-validators/';

/**
 * `import('virtual:chart-validators/1.28.0')` gives that chart's validators generated at build time (and
 * on demand in dev), from schemas/catalyst/<version>/values.schema.json. The browser never compiles a
 * shipped schema, so the app runs under a Content-Security-Policy without 'unsafe-eval'.
 */
export function chartValidatorsPlugin(projectRoot: string): Plugin {
  const schemasDir = join(projectRoot, 'schemas', 'catalyst');
  const paths = {
    formats: join(projectRoot, 'src/core/schema/formats.ts'),
    templateErrors: join(projectRoot, 'src/core/validate/templateErrors.ts'),
  };
  return {
    name: 'catalyst-chart-validators',
    resolveId(id) {
      return id.startsWith(prefix) ? resolvedPrefix + id.slice(prefix.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(resolvedPrefix)) return undefined;
      const version = id.slice(resolvedPrefix.length);
      const schemaFile = join(schemasDir, version, 'values.schema.json');
      if (!/^[\w.-]+$/.test(version) || !existsSync(schemaFile)) {
        this.error(`No schema for chart ${version} (looked for ${schemaFile}); shipped: ${readdirSync(schemasDir).join(', ')}`);
      }
      this.addWatchFile(schemaFile);
      return generateValidatorModule(JSON.parse(readFileSync(schemaFile, 'utf8')), paths);
    },
  };
}
