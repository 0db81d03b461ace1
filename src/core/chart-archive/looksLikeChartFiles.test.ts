import { test, expect } from 'vitest';
import { looksLikeChartFiles } from './looksLikeChartFiles';

test('a chart archive or a chart schema is a chart; a values file is not', () => {
  expect(looksLikeChartFiles(['catalyst-1.90.0.tgz'])).toBe(true);
  expect(looksLikeChartFiles(['catalyst.tar.gz'])).toBe(true);
  expect(looksLikeChartFiles(['values.schema.json', 'values.yaml'])).toBe(true);
  expect(looksLikeChartFiles(['catalyst-values.yaml'])).toBe(false);
  expect(looksLikeChartFiles(['values.json'])).toBe(false);
});
