import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildFormModel } from '../form/buildFormModel';
import { fieldPlaceholder } from '../form/fieldPlaceholder';
import type { FieldNode, FormNode } from '../form/FormModel';
import { shippedChartVersions } from './chartCatalog';
import type { JsonSchema } from './JsonSchema';

/** Keywords whose strings people read: in the form, in hovers, in problem messages. */
const PROSE_KEYS = new Set(['title', 'description', 'errorMessage', 'x-unread']);

/** Misspellings that slip past review in English technical prose. */
const MISSPELLINGS = /\b(teh|recieve\w*|seperat\w*|occured|occurence|accross|adress\w*|dependan(?:t|cy)|existant|enviroment|enviorment|persistan\w*|definately|neccessar\w*|sucess\w*|succesful\w*|retreiv\w*|untill|wich|thier|paramter\w*|arguement\w*|certficate\w*|secert\w*|replica(?:s)? count s|namepsace\w*|kubernets|contianer\w*|registy|defualt\w*|overriden|wil|becuase)\b/i;

function schemaOf(version: string): JsonSchema {
  return JSON.parse(readFileSync(new URL(`../../../schemas/catalyst/${version}/values.schema.json`, import.meta.url), 'utf8')) as JsonSchema;
}

/** Every human-readable string in a schema, with where it is. */
function proseOf(node: unknown, at: string, out: { at: string; text: string }[] = []): { at: string; text: string }[] {
  if (Array.isArray(node)) node.forEach((item, i) => proseOf(item, `${at}/${i}`, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (PROSE_KEYS.has(key) && typeof value === 'string') out.push({ at: `${at}/${key}`, text: value });
      else if (key === 'errorMessage' && typeof value === 'object' && value !== null) {
        for (const [k, message] of Object.entries(value)) if (typeof message === 'string') out.push({ at: `${at}/errorMessage/${k}`, text: message });
      } else proseOf(value, `${at}/${key}`, out);
    }
  }
  return out;
}

function fieldsOf(nodes: readonly FormNode[], out: FieldNode[] = []): FieldNode[] {
  for (const node of nodes) {
    if (node.type === 'field') out.push(node);
    else fieldsOf(node.children, out);
  }
  return out;
}

const repeatedWord = /\b(\w+)\s+\1\b/i;

describe.each(shippedChartVersions)('the texts of chart %s', (version) => {
  const schema = schemaOf(version);
  const prose = proseOf(schema, '');

  test('no word is written twice in a row ("the the")', () => {
    expect(prose.filter(({ text }) => repeatedWord.test(text))).toEqual([]);
  });

  test('no common misspelling', () => {
    expect(prose.filter(({ text }) => MISSPELLINGS.test(text))).toEqual([]);
  });

  test('a list\'s "Add … item" button does not repeat its verb ("Add Add capabilities item")', () => {
    const lists = buildFormModel(schema).sections.flatMap((section) => fieldsOf(section.nodes)).filter((node) => ['string-list', 'object-list', 'key-value'].includes(node.kind));
    expect(lists.map((node) => `Add ${node.title} item`).filter((label) => repeatedWord.test(label))).toEqual([]);
  });

  test('an image group says whose image it is', () => {
    const model = buildFormModel(schema);
    const groups: string[] = [];
    const walk = (nodes: readonly FormNode[]) => {
      for (const node of nodes) if (node.type === 'group') (groups.push(node.title), walk(node.children));
    };
    for (const section of model.sections) walk(section.nodes);
    expect(groups.filter((title) => title === 'Image')).toEqual([]);
  });

  test('placeholders show no template code, and no example stands in for many unrelated fields', () => {
    const model = buildFormModel(schema);
    const fields = model.sections.flatMap((section) => fieldsOf(section.nodes));
    const placeholders = fields.map((node) => ({ pointer: node.pointer, placeholder: fieldPlaceholder(node) }));
    expect(placeholders.filter(({ placeholder }) => placeholder?.includes('{{'))).toEqual([]);
    // The same example on every component's `cpu` is fine; on a dozen differently named fields it means nothing.
    const uses = new Map<string, Set<string>>();
    for (const { pointer, placeholder } of placeholders) {
      if (placeholder?.startsWith('e.g. ')) uses.set(placeholder, (uses.get(placeholder) ?? new Set()).add(pointer.split('/').at(-1) ?? ''));
    }
    expect([...uses].filter(([, names]) => names.size > 3).map(([placeholder, names]) => `${placeholder}: ${[...names].join(', ')}`)).toEqual([]);
  });
});
