import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { childPointer } from '../pointer/jsonPointer';
import { parseValues } from './parseValues';
import { readPlainBlockValues } from './readPlainBlockValues';

/** Keys this reader takes (words that stay strings), and values of every YAML 1.1 kind it may meet. */
const key = fc.constantFrom('a', 'b', 'agent', 'note-1', 'x_y', '_', '__proto__', 'constructor', 'prometheus.io/scrape', 'app.kubernetes.io/name', 'a.b', 'Yess', 'nulls', 'tru');
const plainValue = fc.constantFrom(
  '1', '-1', '+1', '0', '007', '0o17', '0x1F', '0b101', '1_000', '1.5', '.5', '-.5', '1e3', '6.02e+23', '1.', '9223372036854775807', '18446744073709551616',
  'yes', 'No', 'ON', 'off', 'y', 'n', 'true', 'False', 'null', 'Null', '~', '~x', '.inf', '-.Inf', '.nan', '.NaN',
  '2001-12-14', '12:30:00', '1:20', 'abc', 'a b', 'a  b', 'a:b', 'repo:5000/image:tag', '-x', '-', '- x', 'a,b', 'x=1', '$HOME', '(a)', 'a@b', '+', '_1',
);
const quotedValue = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', '#', ':', '-', "'", '"', '\\', '1', '.', 'y'), maxLength: 8 }).map((s) => `"${s}"`),
  fc.string({ unit: fc.constantFrom('a', ' ', '#', ':', '-', "'", '"', '\\', '1', '.', 'y'), maxLength: 8 }).map((s) => `'${s}'`),
);
type Tree = { key: string; value: string | Tree | null }[];
const tree: fc.Arbitrary<Tree> = fc.letrec<{ map: Tree }>((tie) => ({
  map: fc.array(fc.record({ key, value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, plainValue, quotedValue, fc.constant(null), tie('map')) }), { minLength: 1, maxLength: 5 }),
})).map;
const filler = fc.constantFrom('', '   ', '# a comment', '  # indented: comment', '#');

/** The tree written as block YAML, `step` spaces a level, with comment and blank lines among the keys. */
function write(map: Tree, step: number, fillers: string[], depth = 0): string[] {
  return map.flatMap(({ key: name, value }, index) => {
    const indent = ' '.repeat(step * depth);
    const extra = fillers[(index + depth) % Math.max(fillers.length, 1)];
    const before = extra === undefined || index % 2 === 1 ? [] : [extra];
    if (value === null) return [...before, `${indent}${name}:`];
    if (typeof value === 'string') return [...before, `${indent}${name}: ${value}`];
    return [...before, `${indent}${name}:`, ...write(value, step, fillers, depth + 1)];
  });
}
const document = fc.record({ map: tree, step: fc.integer({ min: 1, max: 4 }), fillers: fc.array(filler, { maxLength: 3 }), newlineAtEnd: fc.boolean() })
  .map(({ map, step, fillers, newlineAtEnd }) => write(map, step, fillers).join('\n') + (newlineAtEnd ? '\n' : ''));
/** The same with a few characters changed: out of this reader's reach or not YAML at all, or still in it. */
const edited = fc.tuple(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '\n', ':', '-', '#', '"', "'", '\t', '\\', 'é', '- ', ': x', '&a ', '*a', '<<: ', '{', '[', '|', '\r', '---\n'), fc.nat({ max: 3 })), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => edits.reduce((changed, [at, insert, remove]) => { const i = at % (changed.length + 1); return changed.slice(0, i) + insert + changed.slice(i + remove); }, text));

/** Every pointer of the values, and one below each that is not there. */
function pointers(values: unknown, at = ''): string[] {
  if (!values || typeof values !== 'object') return [at, childPointer(at, 'missing')];
  return [at, childPointer(at, 'missing'), ...Object.keys(values).flatMap((name) => pointers((values as Record<string, unknown>)[name], childPointer(at, name)))];
}

/** What this reader gives must be what parseValues gives: the values, no issue, and every position. */
function expectSameAsParseValues(text: string): boolean {
  const fast = readPlainBlockValues(text);
  if (!fast) return false;
  const parsed = parseValues(text, { maxLength: Infinity });
  expect(parsed.ok, text).toBe(true);
  if (!parsed.ok) return true;
  expect(parsed.issues, text).toEqual([]);
  expect(JSON.stringify(fast.values), text).toBe(JSON.stringify(parsed.values));
  expect(fast.values, text).toEqual(parsed.values);
  for (const pointer of pointers(parsed.values)) expect(fast.locate(pointer), `${pointer} in\n${text}`).toEqual(parsed.document.locate(pointer));
  return true;
}

describe('plain block YAML read line by line', () => {
  test('gives the values, issues and positions the yaml library gives, or leaves the file to it', () => {
    let read = 0;
    fc.assert(fc.property(document, (text) => void (expectSameAsParseValues(text) && read++)), { numRuns: 1500 });
    // Most well-formed files are read here (those with an unusual value go to the yaml library).
    expect(read).toBeGreaterThan(300);
  });

  test('after any small edit, still gives what the yaml library gives whenever it reads the file', () => {
    fc.assert(fc.property(edited, (text) => void expectSameAsParseValues(text)), { numRuns: 3000 });
  });

  test('reads a large generated file, and leaves lists, anchors and trailing comments to the yaml library', () => {
    const large = 'join_token: x\nagent:\n  podAnnotations:\n' + Array.from({ length: 5000 }, (_, i) => `    note-${i}: "${'x'.repeat(30)}"`).join('\n') + '\n';
    expect(expectSameAsParseValues(large)).toBe(true);
    expect(readPlainBlockValues(large)?.locate('/agent/podAnnotations/note-4999')).toEqual({ line: 5003, column: 5 });
    for (const text of ['a:\n- 1\n', 'a: &x 1\nb: *x\n', 'a: 1 # why\n', 'a: |\n  text\n', 'a: 1\na: 2\n', 'a: "\\t"\n', '---\na: 1\n', 'a: 1\r\n']) {
      expect(readPlainBlockValues(text), text).toBeUndefined();
    }
  });
});
