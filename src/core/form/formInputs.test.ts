import { expect, test } from 'vitest';
import { mapFromRows, rowsFromMap, rowsMatchMap } from './keyValueRows';
import { moveItem, removeItem } from './moveItem';
import { parseNumberInput } from './parseNumberInput';
import { pointerFromHash } from './pointerFromHash';
import { parseSnippet, printSnippet } from './yamlSnippet';

test('a YAML snippet reads as Helm reads it (YAML 1.1) and prints back', () => {
  expect(parseSnippet('enabled: on\nkey: value')).toEqual({ ok: true, value: { enabled: true, key: 'value' } });
  expect(parseSnippet('  ')).toEqual({ ok: true, value: undefined });
  expect(parseSnippet('a: [1,').ok).toBe(false);
  expect(printSnippet([{ key: 'dedicated', effect: 'NoSchedule' }])).toBe('- key: dedicated\n  effect: NoSchedule');
  expect(printSnippet(undefined)).toBe('');
});

test('a half-typed number stays out of the values', () => {
  expect(parseNumberInput('3', true)).toEqual({ ok: true, value: 3 });
  expect(parseNumberInput('', true)).toEqual({ ok: true, value: undefined });
  expect(parseNumberInput('1.5', true).ok).toBe(false);
  expect(parseNumberInput('1.5', false)).toEqual({ ok: true, value: 1.5 });
  expect(parseNumberInput('3x', false).ok).toBe(false);
});

test('key/value rows keep the order, skip a row without a key, and let the later duplicate win', () => {
  const rows = rowsFromMap({ app: 'catalyst', 'prometheus.io/scrape': 'true' });
  expect(rows).toEqual([{ key: 'app', value: 'catalyst' }, { key: 'prometheus.io/scrape', value: 'true' }]);
  expect(mapFromRows([...rows, { key: '', value: 'x' }, { key: 'app', value: 'other' }])).toEqual({ app: 'other', 'prometheus.io/scrape': 'true' });
  expect(rowsMatchMap([...rows, { key: '', value: '' }], { app: 'catalyst', 'prometheus.io/scrape': 'true' })).toBe(true);
  expect(rowsMatchMap(rows, { app: 'changed', 'prometheus.io/scrape': 'true' })).toBe(false);
});

test('a list item moves up and down and is removed', () => {
  expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
  expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
});

test('a deep link names a pointer; a share link does not', () => {
  expect(pointerFromHash('#/gateway/tls/existingSecret')).toBe('/gateway/tls/existingSecret');
  expect(pointerFromHash('#/agent/podAnnotations/prometheus.io~1scrape')).toBe('/agent/podAnnotations/prometheus.io~1scrape');
  expect(pointerFromHash('#share=abc')).toBeUndefined();
  expect(pointerFromHash('')).toBeUndefined();
});
