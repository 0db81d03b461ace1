import type { GeneratedValidators } from '@/core/validate/SchemaCompiler';

/**
 * The shipped charts' validators, generated at build time (build/chartValidatorsPlugin.ts): the page runs
 * them without compiling, so its Content-Security-Policy can forbid eval. One lazy chunk per version.
 */
const loaders = import.meta.glob<GeneratedValidators>('/schemas/catalyst/*/values.schema.json', {
  query: '?validators',
});

export async function loadGeneratedValidators(version: string): Promise<GeneratedValidators | undefined> {
  const load = loaders[`/schemas/catalyst/${version}/values.schema.json`];
  return load ? await load() : undefined;
}
