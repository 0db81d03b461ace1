import { describe, expect, test } from 'vitest';
import { compareChartVersions, findKnownVersion, normalizeChartVersion } from './chartVersion';

describe('chart versions as people write them', () => {
  test('1.90, v1.90.0 and 1.90.0 name the same release', () => {
    expect(['1.90', 'v1.90.0', '1.90.0', ' 1.90.0 '].map(normalizeChartVersion)).toEqual(['1.90.0', '1.90.0', '1.90.0', '1.90.0']);
    expect(normalizeChartVersion('latest')).toBeUndefined();
  });

  test('are ordered as semver, not as text', () => {
    const sorted = ['1.100.0', '1.9.0', '1.90.0', '1.90.0-rc.1', '1.90.0-rc.10', '1.90.0-rc.2', '1.28.0', 'v1.40.0'].sort(compareChartVersions);
    expect(sorted).toEqual(['1.9.0', '1.28.0', 'v1.40.0', '1.90.0-rc.1', '1.90.0-rc.2', '1.90.0-rc.10', '1.90.0', '1.100.0']);
  });

  test('a version without its patch picks the newest known release of that line', () => {
    const known = ['1.28.0', '1.89.0', '1.90.0', '1.90.1', '1.91.0-rc.1'];
    expect(findKnownVersion('1.90', known)).toBe('1.90.1');
    expect(findKnownVersion('v1.90.0', known)).toBe('1.90.0');
    expect(findKnownVersion('1.91', known)).toBeUndefined();
    expect(findKnownVersion('1.91.0-rc.1', known)).toBe('1.91.0-rc.1');
    expect(findKnownVersion('1.55', known)).toBeUndefined();
  });
});
