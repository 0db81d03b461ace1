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

  test('markup in a brought chart\'s title, description or default stays text in the Markdown hover', () => {
    const brought: JsonSchema = {
      type: 'object',
      properties: { 'a`b': { type: 'object', title: 'T <img src=x onerror=alert(1)>', description: 'See [docs](javascript:alert(1)) ![x](https://tracker.example/p.png) <script>alert(1)</script>' } },
    };
    const text = hoverText(brought, { 'a`b': { note: '```\n<img src=x onerror=alert(1)>\n```' } }, '/a`b') ?? '';
    expect(text).toContain('**T \\<img src=x onerror=alert\\(1\\)\\>** · `/a\'b`');
    expect(text).toContain('See \\[docs\\]\\(javascript:alert\\(1\\)\\) \\!\\[x\\]\\(https://tracker.example/p.png\\) \\<script\\>');
    // The value's own fences sit inside a longer one, so nothing after them is read as Markdown.
    expect(text).toMatch(/\n````yaml\n[^]*\n````$/);
  });

  test('keys the chart does not know have no hover', () => {
    expect(hoverText(schema, defaults, '/gateway/tls/enbled')).toBeUndefined();
  });
});
