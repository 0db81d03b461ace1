import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { broughtChartRef, shippedChartRef } from '@/core/chart/ChartRef';
import { defaultChartVersion } from '@/core/schema/chartCatalog';
import { loadSavedWork, saveWork } from './savedWork';

const key = 'catalyst-values-studio:session';
let storage: Map<string, string>;

beforeEach(() => {
  storage = new Map();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (name: string) => storage.get(name) ?? null,
      setItem: (name: string, value: string) => void storage.set(name, value),
      removeItem: (name: string) => void storage.delete(name),
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test('work saved by an earlier studio opens on the chart its text names, in the record and in every undo step', () => {
  storage.set(
    key,
    JSON.stringify({
      v: 2,
      chartVersion: 'yours:my chart@0.3.1',
      text: 'a: 1\n',
      blanked: [],
      savedAt: '2026-11-01T10:00:00.000Z',
      past: [{ text: 'a: 0\n', chartVersion: '1.28.0' }],
      future: [],
    }),
  );
  expect(loadSavedWork()).toMatchObject({ chartRef: broughtChartRef('my chart', '0.3.1'), past: [{ text: 'a: 0\n', chartRef: shippedChartRef('1.28.0') }] });
  storage.set(key, JSON.stringify({ v: 1, chartVersion: '1.28.0', text: 'b: 2\n', blanked: [], savedAt: '2026-01-01T10:00:00.000Z' }));
  expect(loadSavedWork()).toMatchObject({ chartRef: shippedChartRef('1.28.0'), text: 'b: 2\n', past: [] });
});

test('what is saved names each chart by its text, as earlier studios wrote it, and reads back as the same references', () => {
  const work = {
    v: 2 as const,
    chartRef: broughtChartRef('my chart', '0.3.1'),
    text: 'a: 1\n',
    blanked: [],
    savedAt: '2026-11-30T10:00:00.000Z',
    past: [{ text: 'a: 0\n', chartRef: shippedChartRef('1.90.0') }],
    future: [{ text: 'a: 2\n', chartRef: shippedChartRef('1.28.0') }],
  };
  expect(saveWork(work)).toBe(true);
  const stored = JSON.parse(storage.get(key) ?? '{}');
  expect(stored).toMatchObject({ chartVersion: 'yours:my chart@0.3.1', past: [{ chartVersion: '1.90.0' }], future: [{ chartVersion: '1.28.0' }] });
  const { v: _v, savedAt: _savedAt, ...expected } = work;
  expect(loadSavedWork()).toEqual(expected);
});

test('a malformed chart text (no studio writes one) brings the work back on the newest shipped chart', () => {
  storage.set(key, JSON.stringify({ v: 2, chartVersion: 'yours:@', text: 'a: 1\n', blanked: [], savedAt: '2026-11-01T10:00:00.000Z', past: [], future: [] }));
  expect(loadSavedWork()).toMatchObject({ chartRef: shippedChartRef(defaultChartVersion), text: 'a: 1\n' });
});
