import { describe, expect, test } from 'vitest';
import { diffHunks, lineDiff } from './lineDiff';

describe('a diff of two manifests', () => {
  test('shows a changed value as its old line out and its new line in, in place', () => {
    const before = 'kind: ConfigMap\ndata:\n  level: info\n  mode: a\n';
    const after = 'kind: ConfigMap\ndata:\n  level: debug\n  mode: a\n  extra: b\n';
    expect(lineDiff(before, after)).toEqual([
      { mark: ' ', text: 'kind: ConfigMap' },
      { mark: ' ', text: 'data:' },
      { mark: '-', text: '  level: info' },
      { mark: '+', text: '  level: debug' },
      { mark: ' ', text: '  mode: a' },
      { mark: '+', text: '  extra: b' },
    ]);
  });

  test('keeps a few lines around each change and marks where the rest was left out', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    const hunks = diffHunks(lineDiff(before, after), 2);
    expect(hunks).toEqual([null, { mark: ' ', text: 'line 8' }, { mark: ' ', text: 'line 9' }, { mark: '-', text: 'line 10' }, { mark: '+', text: 'line ten' }, { mark: ' ', text: 'line 11' }, { mark: ' ', text: 'line 12' }]);
  });
});
