import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { parseValues } from './parseValues';
import { printValues } from './printValues';

/**
 * Values reach the printer from share links (any JSON the sender had) and from form fields (anything
 * pasted into an input), so strings here use every UTF-16 code unit, control characters and lone
 * surrogates included.
 */
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const trickyText = fc.constantFrom('x\u007Fy', '\u0085', '\u0090', '\uFFFE', '\uFFFF', '\uFEFF', '\u2028', 'a\r\nb', '\t', ' ', '- x', '&a', '*a', '<<', '!!str', '{', '[', '#');
const key = fc.oneof(anyText, trickyText, fc.constantFrom('__proto__', 'constructor', 'prototype', ''));
const scalar = fc.oneof(
  anyText,
  trickyText,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.constant(null),
);
const tree = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 4 }), tie('map')),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));

/** JSON.parse keeps `__proto__` as an own key, which is how a share link delivers values. */
const asReceived = (values: unknown) => JSON.parse(JSON.stringify(values)) as Values;

describe('values printed as a file', () => {
  test('any values, with any characters in keys and strings, print as a file that reads back as the same values', () => {
    fc.assert(
      fc.property(tree.map, (generated) => {
        const values = asReceived(generated);
        const text = printValues(values);
        const parsed = parseValues(text);
        if (!parsed.ok) throw new Error(`printed text does not read back: ${JSON.stringify(text)} → ${parsed.issues[0]?.message}`);
        expect(parsed.values).toEqual(values);
      }),
      { numRuns: 400 },
    );
  });

  test('a value typed into a form field, whatever its characters, leaves a file that still reads', () => {
    const file = '# ours\ngateway:\n  tls:\n    enabled: true   # keep\n';
    fc.assert(
      fc.property(fc.oneof(anyText, trickyText), (typed) => {
        const parsed = parseValues(file);
        if (!parsed.ok) throw new Error('the starting file does not parse');
        const document = parsed.document.clone();
        document.set('/gateway/tls/existingSecret', typed);
        document.set(`/agent/podAnnotations/${typed.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'x');
        const reread = parseValues(document.toString());
        if (!reread.ok) throw new Error(`edited text does not read back: ${JSON.stringify(document.toString())}`);
        expect(reread.values).toEqual(document.toValues());
        expect(document.toString()).toContain('# keep');
      }),
      { numRuns: 300 },
    );
  });
});
