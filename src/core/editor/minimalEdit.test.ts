import { describe, expect, test } from 'vitest';
import { minimalEdit } from './minimalEdit';

function apply(before: string, after: string): string {
  const edit = minimalEdit(before, after);
  return edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before;
}

describe('minimalEdit', () => {
  test('a changed value replaces only the changed characters, so comments around it are untouched', () => {
    const before = '# prod\ngateway:\n  replicas: 2 # two zones\n';
    const after = '# prod\ngateway:\n  replicas: 3 # two zones\n';
    expect(minimalEdit(before, after)).toEqual({ start: before.indexOf('2 #'), end: before.indexOf('2 #') + 1, text: '3' });
  });

  test('equal texts need no edit', () => {
    expect(minimalEdit('a: 1\n', 'a: 1\n')).toBeUndefined();
  });

  test('insertions, deletions and repeated characters round-trip', () => {
    for (const [before, after] of [
      ['', 'a: 1\n'],
      ['a: 1\n', ''],
      ['aaa', 'aaaa'],
      ['a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n'],
      ['x: 😀\n', 'x: 😃\n'],
      ['a: 1\r\nb: 2\r\n', 'a: 1\nb: 2\r\n'],
    ] as const) {
      expect(apply(before, after)).toBe(after);
    }
  });

  test('never cuts an emoji in half', () => {
    const edit = minimalEdit('x: 😀', 'x: 😃');
    expect(edit?.text).toBe('😃');
  });
});
