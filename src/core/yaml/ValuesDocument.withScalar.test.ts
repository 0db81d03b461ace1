import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseValues } from './parseValues';
import { printValues } from './printValues';
import type { ValuesDocument } from './ValuesDocument';

/** Pointers a file below has, values included: a problem on any of them is placed where a fresh parse would. */
const everyPointer = ['/gateway', '/gateway/tls', '/gateway/tls/enabled', '/gateway/tls/existingSecret', '/gateway/replicas', '/list', '/list/0', '/list/1', '/flow', '/flow/a', '/flow/b', '/after', '/missing/deep'];

const handWritten = [
  '# header',
  'gateway:',
  '  tls:',
  '    enabled: yes   # YAML 1.1 boolean, kept as written',
  "    existingSecret: 'quoted' # why",
  '  replicas: 3',
  'list:',
  '  - first',
  '  - "second"',
  'flow: {a: 1, b: two}',
  'after: end',
  '',
].join('\n');

const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('true', 'on', '012', '1:20', '', '#', ' x', 'a # b', "it's", 'a\nb', '\u0085', '- x', '*a', '{', 'line\r\n'),
  fc.integer(),
  fc.boolean(),
);

function parsed(text: string): ValuesDocument {
  const result = parseValues(text);
  if (!result.ok) throw new Error(`does not parse: ${JSON.stringify(text)} → ${result.issues[0]?.message}`);
  return result.document;
}

/** What the general way gives: a clone, set, and the whole document printed again. */
function setOnClone(document: ValuesDocument, pointer: string, value: unknown): ValuesDocument {
  const copy = document.clone();
  copy.set(pointer, value);
  return parsed(copy.toString());
}

describe('a scalar written in place (a keystroke in a form field)', () => {
  test('typing in a field changes only that value in the text, and the file reads back as the values the document reports', () => {
    const document = parsed(handWritten);
    const first = document.withScalar('/gateway/tls/existingSecret', 'edge-tls');
    const second = first?.withScalar('/gateway/tls/existingSecret', 'edge-tls-2');
    expect(second?.toString()).toBe(handWritten.replace("'quoted'", 'edge-tls-2'));
    expect(second?.toValues()).toEqual(parsed(second?.toString() ?? '').toValues());
    // The document it came from is unchanged: undo and the form's memos still hold it.
    expect(document.toString()).toBe(handWritten);
    expect(document.get('/gateway/tls/existingSecret')).toBe('quoted');
  });

  test('any sequence of typed values, in any of the file\'s scalars, leaves text, values and positions as a fresh parse gives them', () => {
    const targets = ['/gateway/tls/enabled', '/gateway/tls/existingSecret', '/gateway/replicas', '/list/0', '/list/1', '/flow/b', '/after'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...targets), typed), { minLength: 1, maxLength: 6 }), fc.boolean(), (edits, crlfWithBom) => {
        const start = crlfWithBom ? '\uFEFF' + handWritten.replace(/\n/g, '\r\n') : handWritten;
        let document = parsed(start);
        for (const [pointer, value] of edits) {
          document = document.withScalar(pointer, value) ?? setOnClone(document, pointer, value);
          const fresh = parsed(document.toString());
          expect(document.toValues()).toEqual(fresh.toValues());
          for (const at of everyPointer) expect(document.locate(at), at).toEqual(fresh.locate(at));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('in a file the studio printed, the text is the one printing the whole edited document gives', () => {
    const values = { a: { b: 'x', c: [1, 'two', true] }, d: '', e: { f: { g: null } } };
    fc.assert(
      fc.property(fc.constantFrom('/a/b', '/a/c/0', '/a/c/1', '/a/c/2', '/d', '/e/f/g'), typed, (pointer, value) => {
        const document = parsed(printValues(values));
        const written = document.withScalar(pointer, value);
        // A word or a number is always written in place; what needs more lines may take the general way.
        if (typeof value === 'number' || /^[a-z]+$/.test(String(value))) expect(written).toBeDefined();
        if (written) expect(written.toString()).toBe(setOnClone(document, pointer, value).toString());
      }),
      { numRuns: 300 },
    );
  });

  test('a value typed into an empty key is written after the colon and its space, before the comment on its line', () => {
    const typeInto = (text: string) => {
      const document = parsed(text);
      return (document.withScalar('/join_token', 'abc') ?? setOnClone(document, '/join_token', 'abc')).toString();
    };
    expect(typeInto('join_token:\ngateway: 1\n')).toBe('join_token: abc\ngateway: 1\n');
    expect(typeInto('join_token: # from CI\ngateway: 1\n')).toBe('join_token: abc # from CI\ngateway: 1\n');
    expect(typeInto('join_token:\n# Passed at install\ngateway: 1\n')).toBe('join_token: abc\n# Passed at install\ngateway: 1\n');
  });

  test('an edit it cannot make in place is left to the general way', () => {
    const anchored = parsed('base: &b\n  x: 1\nother: *b\n');
    expect(anchored.withScalar('/base/x', 2)).toBeUndefined();
    expect(parsed('a: 1\n---\na: 2\n').withScalar('/a', 3)).toBeUndefined();
    expect(parsed('a: |\n  text\n').withScalar('/a', 'x')).toBeUndefined();
    expect(parsed('a: 1\n').withScalar('/a', { nested: true })).toBeUndefined();
    expect(parsed('a: 1\n').withScalar('/b', 2)).toBeUndefined();
  });
});
