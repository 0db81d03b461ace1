import { describe, expect, test } from 'vitest';
import { broughtChartRef, chartRefText, parseChartRef, shippedChartRef } from './ChartRef';

describe('a chart reference as it travels in saved work, share links and the address', () => {
  test('a shipped version and a brought chart each come back as what they were', () => {
    for (const ref of [shippedChartRef('1.90.0'), broughtChartRef('catalyst', '1.70.0'), broughtChartRef('my@chart', '2.0.0-rc.1')]) {
      expect(parseChartRef(chartRefText(ref))).toEqual(ref);
    }
  });

  test('a brought copy of a shipped release never reads as the shipped one', () => {
    expect(chartRefText(broughtChartRef('catalyst', '1.90.0'))).not.toBe(chartRefText(shippedChartRef('1.90.0')));
    expect(parseChartRef('yours:catalyst@1.90.0')).toEqual({ kind: 'brought', name: 'catalyst', version: '1.90.0' });
  });

  test('a brought chart named without a version, or with characters a Chart.yaml cannot hold, names nothing', () => {
    expect(parseChartRef('yours:catalyst')).toBeUndefined();
    expect(parseChartRef('yours:@1.0.0')).toBeUndefined();
    expect(parseChartRef('yours:bad\nname@1.0.0')).toBeUndefined();
    expect(parseChartRef('yours:demo@1.0.0 rm')).toBeUndefined();
  });
});
