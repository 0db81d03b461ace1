import { describe, expect, test } from 'vitest';
import schemaJson from '../../../schemas/catalyst/1.28.0/values.schema.json';
import type { JsonSchema } from '../schema/JsonSchema';
import { chartDefaults } from '../schema/chartDefaults';
import { hoverText } from './hoverText';

const schema = schemaJson as unknown as JsonSchema;
const defaults = chartDefaults(schema);

describe('hoverText', () => {
  test('a key shows its title, description and chart default', () => {
    const text = hoverText(schema, defaults, '/global/secrets/provider') ?? '';
    expect(text).toContain('**Provider** · `/global/secrets/provider`');
    expect(text).toContain('AWS Secrets Manager');
    expect(text).toContain('Allowed: `kubernetes`, `aws`, `redis`');
    expect(text).toContain('Chart default: `kubernetes`');
  });

  test('an empty-string default is shown as ""', () => {
    expect(hoverText(schema, defaults, '/gateway/tls/existingSecret')).toContain('Chart default: `""`');
  });

  test('a value the chart leaves unset says so', () => {
    expect(hoverText(schema, defaults, '/gateway/tls/secretName')).toContain('Chart default: none');
  });

  test('a small map default is printed as YAML', () => {
    expect(hoverText(schema, defaults, '/gateway/tls/certificates')).toMatch(/```yaml\ncertFile: tls\.crt/);
  });

  test('keys the chart does not know have no hover', () => {
    expect(hoverText(schema, defaults, '/gateway/tls/enbled')).toBeUndefined();
  });
});
