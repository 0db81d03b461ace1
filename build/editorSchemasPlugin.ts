import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

type EditorSchemaModule = typeof import('../src/core/schema/editorSchema.ts');

/**
 * Serves each shipped chart's editor schema (see editorSchemaOf) beside the page, at
 * `schemas/catalyst/<version>/values.editor.schema.json`: written into dist/ by the build, answered by the dev
 * server. Exported values files point VS Code's YAML extension at it, so the address must not change.
 */
export function editorSchemasPlugin(): Plugin {
  let root = process.cwd();
  let core: Promise<EditorSchemaModule> | undefined;
  const schemasDir = () => join(root, 'schemas', 'catalyst');
  const editorSchemaText = async (version: string) => {
    core ??= tsImport('../src/core/schema/editorSchema.ts', import.meta.url) as Promise<EditorSchemaModule>;
    const { editorSchemaOf } = await core;
    return JSON.stringify(editorSchemaOf(JSON.parse(readFileSync(join(schemasDir(), version, 'values.schema.json'), 'utf8'))), null, 2) + '\n';
  };
  const versions = () => readdirSync(schemasDir(), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return {
    name: 'catalyst-editor-schemas',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const version = /\/schemas\/catalyst\/([^/]+)\/values\.editor\.schema\.json$/.exec(request.url?.split('?')[0] ?? '')?.[1];
        if (version === undefined || !versions().includes(version)) return next();
        editorSchemaText(version).then((text) => {
          response.setHeader('Content-Type', 'application/schema+json');
          response.end(text);
        }, next);
      });
    },
    async generateBundle() {
      const { editorSchemaPath } = await (core ??= tsImport('../src/core/schema/editorSchema.ts', import.meta.url) as Promise<EditorSchemaModule>);
      for (const version of versions()) {
        this.emitFile({ type: 'asset', fileName: editorSchemaPath(version), source: await editorSchemaText(version) });
      }
    },
  };
}
