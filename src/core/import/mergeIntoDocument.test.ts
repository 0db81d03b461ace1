import { expect, test } from 'vitest';
import { parseValues } from '../yaml/parseValues';
import { mergeIntoDocument } from './mergeIntoDocument';

function parsed(text: string) {
  const result = parseValues(text);
  if (!result.ok) throw new Error('does not parse');
  return result;
}

test('a fragment merges as a later -f file: maps key by key, lists and scalars replaced, comments of the current file kept', () => {
  const current = parsed('# staging\ngateway:\n  tls:\n    enabled: true # terminate here\n  replicas: 2\nagent:\n  config:\n    project:\n      blocked_egress:\n        - name: a\n');
  const fragment = parsed('gateway:\n  tls:\n    existingSecret: gw-tls\nagent:\n  config:\n    project:\n      blocked_egress:\n        - name: b\n').document;
  expect(mergeIntoDocument(current.document, fragment)).toBe(
    '# staging\ngateway:\n  tls:\n    enabled: true # terminate here\n    existingSecret: gw-tls\n  replicas: 2\nagent:\n  config:\n    project:\n      blocked_egress:\n        - name: b\n',
  );
});

test('what a fragment brings is written as the fragment wrote it: its quotes and its comments', () => {
  const current = parsed('agent:\n  replicas: 2\n');
  const fragment = parsed("agent:\n  config:\n    project:\n      blocked_cidrs:\n        # private ranges\n        - \"10.0.0.0/8\"\n        - '172.16.0.0/12'\n  tag: \"1.0\"\n").document;
  expect(mergeIntoDocument(current.document, fragment)).toBe(
    "agent:\n  replicas: 2\n  config:\n    project:\n      blocked_cidrs:\n        # private ranges\n        - \"10.0.0.0/8\"\n        - '172.16.0.0/12'\n  tag: \"1.0\"\n",
  );
});

test('a value the fragment takes from an anchor is written as its plain value', () => {
  const current = parsed('a: 1\n');
  const fragment = parsed('base: &b {x: "1"}\ncopy: *b\n').document;
  const merged = parsed(mergeIntoDocument(current.document, fragment));
  expect(merged.values).toEqual({ a: 1, base: { x: '1' }, copy: { x: '1' } });
});
