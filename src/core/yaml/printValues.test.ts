import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseValues } from './parseValues';
import { printValues } from './printValues';

describe('printValues', () => {
  test('prints block style with 2-space indent and quotes strings Helm would misread', () => {
    expect(printValues({ a: 'on', b: [1, 'x', { c: null }], e: {}, f: [], g: '1:20', h: true, '012': 'key' })).toBe(
      'a: "on"\nb:\n  - 1\n  - x\n  - c: null\ne: {}\nf: []\ng: "1:20"\nh: true\n"012": key\n',
    );
  });

  test('whatever it prints reads back as the same values', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('on', 'y', '012', '1:20', '__proto__', 'a.b/c', '<<', '', ' '));
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('on', 'No', '~', '0x1F', '1e3', '1_000', '2001-12-14', '.inf', '- x', '#', "'", '"', 'a: b', ' lead', 'trail ', 'line\nbreak', '\t'),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const tree = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 4 }), tie('map')),
      map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(tree.map, (values) => {
        const parsed = parseValues(printValues(values as Record<string, unknown>));
        expect(parsed.ok && parsed.values).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});
