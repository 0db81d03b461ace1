import { describe, expect, test } from 'vitest';
import schemaJson from '../../../schemas/catalyst/1.28.0/values.schema.json';
import type { JsonSchema } from '../schema/JsonSchema';
import { completionContext } from './completionContext';
import { completionItems } from './completionItems';
import { withCursor } from './cursorFixture';

const schema = schemaJson as unknown as JsonSchema;

function itemsAt(marked: string) {
  const { text, offset } = withCursor(marked);
  const context = completionContext(text, offset);
  if (!context) throw new Error('no completion context');
  return completionItems(schema, context);
}

describe('completionItems', () => {
  test('inside gateway.tls it offers the TLS keys not yet written, in the chart order', () => {
    const labels = itemsAt('gateway:\n  tls:\n    enabled: true\n    ‸\n')
      .sort((a, b) => a.sortText.localeCompare(b.sortText))
      .map((item) => item.label);
    expect(labels.slice(0, 4)).toEqual(['existingSecret', 'secretName', 'cert', 'key']);
    expect(labels).not.toContain('enabled');
  });

  test('a key that holds a map continues on a deeper line; a scalar key continues after ": "', () => {
    const items = itemsAt('gateway:\n  tls:\n    ‸\n');
    expect(items.find((item) => item.label === 'certificates')?.insertText).toBe('certificates:\n  ');
    expect(items.find((item) => item.label === 'existingSecret')?.insertText).toBe('existingSecret: ');
  });

  test('a key with a fixed set of values asks for the values right after', () => {
    const items = itemsAt('global:\n  secrets:\n    ‸\n');
    expect(items.find((item) => item.label === 'provider')).toMatchObject({ suggestValuesNext: true, detail: 'Provider' });
  });

  test('after "provider: " it offers the enum, marking the chart default', () => {
    const items = itemsAt('global:\n  secrets:\n    provider: ‸\n');
    expect(items.map((item) => item.label)).toEqual(['kubernetes', 'aws', 'redis']);
    expect(items[0]?.detail).toBe('chart default');
  });

  test('a boolean offers true and false', () => {
    expect(itemsAt('gateway:\n  tls:\n    enabled: ‸\n').map((item) => item.label)).toEqual(['true', 'false']);
  });

  test('nothing where the schema does not describe the place', () => {
    expect(itemsAt('nonsense:\n  ‸\n')).toEqual([]);
  });
});
