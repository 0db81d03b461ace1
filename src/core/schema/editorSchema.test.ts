import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../validate/createAjv';
import { readmeExamples, testEachRenderingReadmeExample } from '../../test-support/readmeExamples';
import { loadChartSchema, shippedChartVersions } from './chartCatalog';
import { editorSchemaOf, withSchemaModeline } from './editorSchema';
import type { JsonSchema } from './JsonSchema';

/** A plain validator, as an editor runs one: the schema alone, no chart defaults merged under the file. */
function plainValidator(schema: JsonSchema) {
  const validate = createAjv().compile(schema);
  return (text: string) => (validate(parse(text)) ? [] : (validate.errors ?? []));
}

describe.each(shippedChartVersions)('the editor schema of chart %s', (version) => {
  test('the shipped schema, used plainly, calls a partial file incomplete', async () => {
    const errors = plainValidator(await loadChartSchema(version))(readmeExamples.uninstallKeepsRegion);
    // Missing join token, missing sections the defaults provide: all at the file's root, none where the user wrote.
    expect(errors.filter((error) => error.instancePath === '').length).toBeGreaterThan(3);
  });

  testEachRenderingReadmeExample('accepts the README example %s as a file of its own', async (example) => {
    const errors = plainValidator(editorSchemaOf(await loadChartSchema(version)))(example);
    expect(errors).toEqual([]);
  });

  test('still rejects a wrong type, at its path, with the chart message', async () => {
    const errors = plainValidator(editorSchemaOf(await loadChartSchema(version)))('agent:\n  config:\n    sidecar:\n      resources:\n        requests:\n          memory: 512\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ instancePath: '/agent/config/sidecar/resources/requests/memory' });
    expect(errors[0]?.message).toMatch(/Quote the memory quantity/);
  });

  test('still rejects a value outside the enum (the README Secrets example)', async () => {
    const validate = plainValidator(editorSchemaOf(await loadChartSchema(version)));
    const [wrongProvider] = validate(readmeExamples.secrets);
    expect(wrongProvider).toMatchObject({ instancePath: '/global/secrets/provider' });
  });

  test('keeps the descriptions, defaults and formats', async () => {
    const shipped = await loadChartSchema(version);
    const registry = (schema: JsonSchema) => schema.properties?.global?.properties?.image?.properties?.registry;
    const shippedRegistry = registry(shipped);
    expect(shippedRegistry?.description).toBeTruthy();
    expect(registry(editorSchemaOf(shipped))).toMatchObject({
      description: shippedRegistry?.description,
      default: shippedRegistry?.default,
      format: shippedRegistry?.format,
    });
  });
});

describe('the modeline on an exported file', () => {
  const url = 'https://tools.example.com/catalyst/schemas/catalyst/1.90.0/values.editor.schema.json';

  test('comes first, and the values below are the file as written', () => {
    const text = '# ours\ncleanup:\n  enabled: false\n';
    expect(withSchemaModeline(text, url)).toBe(`# yaml-language-server: $schema=${url}\n${text}`);
    expect(parse(withSchemaModeline(text, url))).toEqual(parse(text));
  });

  test('replaces one already there instead of stacking a second', () => {
    const exportedBefore = withSchemaModeline('cleanup:\n  enabled: false\n', 'http://127.0.0.1:5173/schemas/catalyst/1.28.0/values.editor.schema.json');
    expect(withSchemaModeline(exportedBefore, url)).toBe(`# yaml-language-server: $schema=${url}\ncleanup:\n  enabled: false\n`);
  });
});
