import { describe, expect, test } from 'vitest';
import type { FieldNode, GroupNode } from './FormModel';
import { differsFromDefault } from './differsFromDefault';

const field = (key: string, defaultValue: unknown): FieldNode => ({
  type: 'field',
  pointer: `/ctx/${key}`,
  key,
  title: key,
  section: 'pod-security',
  trail: [],
  kind: 'integer',
  default: defaultValue,
  required: false,
  secret: false,
  schema: {},
});
const group: GroupNode = {
  type: 'group',
  pointer: '/ctx',
  key: 'ctx',
  title: 'ctx',
  section: 'pod-security',
  trail: [],
  children: [field('runAsUser', 65532), field('runAsGroup', undefined)],
};

describe('differsFromDefault', () => {
  test('nothing set, or values written out equal to the defaults, change nothing', () => {
    expect(differsFromDefault(group, undefined)).toBe(false);
    expect(differsFromDefault(group, {})).toBe(false);
    expect(differsFromDefault(group, { runAsUser: 65532 })).toBe(false);
  });

  test('a value other than the default, a value where the chart has none, or an unknown key differ', () => {
    expect(differsFromDefault(group, { runAsUser: 1000 })).toBe(true);
    expect(differsFromDefault(group, { runAsGroup: 1000 })).toBe(true);
    expect(differsFromDefault(group, { runAsUsr: 1000 })).toBe(true);
    expect(differsFromDefault(group, 'not a map')).toBe(true);
  });
});
