import { expect, test } from 'vitest';
import type { FormNode } from './FormModel';
import { buildFormModel } from './buildFormModel';
import { countFields, filterSection, searchWords } from './filterNodes';
import { testSchema } from './testSchema';

const model = buildFormModel(testSchema);
const gateway = model.sections.find((s) => s.id === 'gateway');
if (!gateway) throw new Error('test schema has a gateway section');

function fieldPointers(nodes: readonly FormNode[]): string[] {
  return nodes.flatMap((n) => (n.type === 'group' ? fieldPointers(n.children) : [n.pointer]));
}

test('search finds fields by label', () => {
  expect(fieldPointers(filterSection(gateway, searchWords('existing tls')))).toEqual(['/gateway/tls/existingSecret']);
});

test('search finds fields by dotted path and by pointer', () => {
  expect(fieldPointers(filterSection(gateway, searchWords('image.pullPolicy')))).toEqual(['/gateway/image/pullPolicy']);
  expect(fieldPointers(filterSection(gateway, searchWords('/gateway/replicas')))).toEqual(['/gateway/replicas']);
});

test('a matching group keeps all its fields', () => {
  expect(countFields(filterSection(gateway, searchWords('TLS')))).toBe(3);
});

test('a section whose title matches keeps everything, and no match leaves nothing', () => {
  expect(filterSection(gateway, searchWords('gateway'))).toBe(gateway.nodes);
  expect(filterSection(gateway, searchWords('postgres'))).toEqual([]);
});
