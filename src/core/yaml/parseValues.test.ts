import { describe, expect, test } from 'vitest';
import { parseValues } from './parseValues';

function valuesOf(text: string) {
  const result = parseValues(text);
  if (!result.ok) throw new Error('expected to parse: ' + JSON.stringify(result.issues));
  return result.values;
}
function errorsOf(text: string) {
  const result = parseValues(text);
  expect(result.ok).toBe(false);
  return result.issues.filter((issue) => issue.severity === 'error');
}

describe('reads values the way Helm (go-yaml v2, YAML 1.1) does', () => {
  test('yes/no/on/off/y/n in the case forms go-yaml accepts are booleans, other casings stay strings', () => {
    const words = 'y Y yes Yes YES on On ON true True TRUE n N no No NO off Off OFF false False FALSE yEs oN tRUE nO';
    const values = valuesOf(`a: [${words.split(' ').join(', ')}]`);
    expect(values.a).toEqual([...Array(11).fill(true), ...Array(11).fill(false), 'yEs', 'oN', 'tRUE', 'nO']);
  });

  test('boolean-looking keys become "true"/"false", and colliding ones keep the last value', () => {
    const result = parseValues('y: 1\non: 2\nno: 3\nn: 4\n');
    expect(result.ok && result.values).toEqual({ true: 2, false: 4 });
    expect(result.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('duplicate key "true"'),
      expect.stringContaining('duplicate key "false"'),
    ]);
  });

  test('octal, hex, binary, underscores and exponents are numbers', () => {
    expect(valuesOf('a: [012, 0x10, 0b101, 1_000, 1e3, 0o17, -012, +12, .5, 1., 09, 1e400]').a).toEqual([
      10, 16, 5, 1000, 1000, 15, -10, 12, 0.5, 1, 9, '1e400',
    ]);
  });

  test('sexagesimal numbers, dates and timestamps stay strings', () => {
    expect(valuesOf('a: [1:20, 190:20:30.15, 2001-12-14, 2001-12-14t21:59:43.10-05:00, 12:30:00]').a).toEqual([
      '1:20', '190:20:30.15', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '12:30:00',
    ]);
  });

  test('null spellings, empty values and quoted look-alikes', () => {
    expect(valuesOf('a: ~\nb:\nc: Null\nd: "null"\ne: \'012\'\nf: !!str yes\n')).toEqual({
      a: null, b: null, c: null, d: 'null', e: '012', f: 'yes',
    });
  });

  test('numeric keys are spelled as Helm spells them', () => {
    expect(Object.keys(valuesOf('012: a\n1.5: b\n1e3: c\n1e30: d\n0x10: e\n1e6: f\n'))).toEqual(
      expect.arrayContaining(['10', '1.5', '1000', '1e+30', '16', '1e+06']),
    );
  });

  test('.inf and .nan are errors at their position, because Helm cannot turn them into JSON', () => {
    const [issue] = errorsOf('a:\n  b: .inf\n');
    expect(issue).toMatchObject({ pointer: '/a/b', line: 2, column: 6, source: 'yaml' });
    expect(issue?.message).toMatch(/not allowed/);
    expect(errorsOf('a: [-.Inf, .NaN]')).toHaveLength(2);
    expect(valuesOf('a: .Nan').a).toBe('.Nan');
  });

  test('duplicate keys are accepted, the last one wins, with a warning on the later key', () => {
    const result = parseValues('a: 1\nb: {x: 1}\na: 2\nb: {y: 2}\n');
    expect(result.ok && result.values).toEqual({ a: 2, b: { true: 2 } });
    expect(result.issues[0]).toMatchObject({ severity: 'warning', pointer: '/a', line: 3, column: 1 });
    expect(result.issues[0]?.message).toBe('duplicate key "a" (first at line 1): the last one wins');
  });

  test('merge keys apply in place, and earlier maps in a merge list win', () => {
    const text = 'base: &b {p: 1, q: 2}\nm1:\n  <<: *b\n  q: 3\nm2: {q: 9, <<: *b}\nm3:\n  <<: [{q: 1}, {q: 2, r: 3}]\n';
    expect(valuesOf(text)).toEqual({ base: { p: 1, q: 2 }, m1: { p: 1, q: 3 }, m2: { p: 1, q: 2 }, m3: { q: 1, r: 3 } });
    expect(errorsOf('a: {<<: 5}')[0]?.message).toMatch(/merge key/);
    expect(valuesOf('a: {"<<": 1}').a).toEqual({ '<<': 1 });
  });

  test('a top-level list or scalar is an error; empty, comment-only and null files are {}', () => {
    expect(errorsOf('- a\n- b\n')[0]?.message).toBe('a values file must be a mapping of keys (like "key: value"); found a list');
    expect(errorsOf('hello')[0]?.message).toMatch(/found a single value \(the string "hello"\)/);
    for (const text of ['', '# only a comment\n', '---\n', 'null\n', '~']) expect(valuesOf(text)).toEqual({});
  });

  test('documents of a multi-document file are merged in order, as Helm 4 does, with a warning', () => {
    const result = parseValues('a: {x: 1, k: 2}\nl: [1]\n---\na: {x: null}\nl: [2]\n');
    expect(result.ok && result.values).toEqual({ a: { x: null, k: 2 }, l: [2] });
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', line: 4 })]);
    expect(errorsOf('a: 1\n---\n- x\n')[0]?.message).toMatch(/found a list/);
  });

  test('keys named __proto__, constructor and prototype are plain data', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const values = valuesOf('__proto__: {polluted: yes}\nconstructor: 1\nprototype: {x: 1}\nnested: {__proto__: {polluted: 1}}\n');
    expect(Object.keys(values)).toEqual(['__proto__', 'constructor', 'prototype', 'nested']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  test('explicit tags: !!int reads a quoted number, a mismatched tag is an error, unknown tags keep the text', () => {
    expect(valuesOf('a: !!int "12"\nb: !foo 12\nc: !!binary aGVsbG8=\nd: !!float 1\n')).toEqual({ a: 12, b: '12', c: 'hello', d: 1 });
    expect(errorsOf('a: !!int 1.5')[0]?.message).toMatch(/as !!int/);
  });
});

describe('syntax errors point at the line and column', () => {
  test('the README example with trailing commas in a block list is an error at its line', () => {
    const text = 'agent:\n  config:\n    project:\n      blocked_cidrs:\n        - "10.0.0.0/8",\n        - "172.16.0.0/12",\n        - "192.168.0.0/16"\n';
    const [first] = errorsOf(text);
    expect(first).toMatchObject({ line: 5, source: 'yaml', severity: 'error' });
    expect(first?.message).toMatch(/^YAML syntax error: .*trailing comma/);
  });

  test('an unclosed flow map', () => {
    expect(errorsOf('a:\n  b: {x: 1\nc: 2\n')[0]).toMatchObject({ source: 'yaml', line: expect.any(Number) });
  });

  test('tabs used for indentation', () => {
    expect(errorsOf('a:\n\tb: 1\n')[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/tabs/) });
  });
});

// How long each of these takes is timed by the bench's hostile-input stage (bench/node/measureHostileInput.ts).
describe('hostile input ends in a clear diagnostic', () => {
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

  test('a billion-laughs alias bomb', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const result = parseValues(lines.join('\n'));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toMatch(/too many aliases/);
  });

  test('10,000 levels of nesting, in flow and block style', () => {
    for (const text of ['['.repeat(10_000) + ']'.repeat(10_000), '- '.repeat(10_000) + 'x', 'a: {'.repeat(10_000) + '}'.repeat(10_000)]) {
      const result = parseValues(text);
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.message).toMatch(/nesting too deep/);
    }
  });

  test('a 10 MB file is refused with a clear message', () => {
    const text = 'key: "value"\n'.repeat(800_000);
    const result = parseValues(text);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toMatch(/too large/);
  });

  test('binary garbage and NUL bytes', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    for (const text of [garbage, 'a: b\u0000c\n', 'a: \uD800\n']) {
      const result = parseValues(text);
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.message).toMatch(/not allowed|syntax/);
    }
    expect(errorsOf('a: 1\nb: x\u0000\n')[0]).toMatchObject({ line: 2, column: 5 });
  });

  test('a byte-order mark, CRLF line ends and tabs inside values are fine', () => {
    expect(valuesOf('\uFEFFa: 1\r\nb:\r\n  c: "x\ty"\r\n  d: x\ty\r\n')).toEqual({ a: 1, b: { c: 'x\ty', d: 'x\ty' } });
  });

  test('Object.prototype is untouched after all of the above', () => {
    parseValues('__proto__:\n  polluted: 1\nconstructor:\n  prototype:\n    polluted: 1\n');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
