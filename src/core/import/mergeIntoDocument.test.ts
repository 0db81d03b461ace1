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
  const fragment = parsed('gateway:\n  tls:\n    existingSecret: gw-tls\nagent:\n  config:\n    project:\n      blocked_egress:\n        - name: b\n').values;
  expect(mergeIntoDocument(current.document, fragment)).toBe(
    '# staging\ngateway:\n  tls:\n    enabled: true # terminate here\n    existingSecret: gw-tls\n  replicas: 2\nagent:\n  config:\n    project:\n      blocked_egress:\n        - name: b\n',
  );
});
