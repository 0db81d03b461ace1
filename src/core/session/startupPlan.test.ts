import { describe, expect, test } from 'vitest';
import { startupPlan, type SavedWork, type StartupInput } from './startupPlan';
import { broughtChartRef, shippedChartRef } from '../chart/ChartRef';

const shipped = ['1.28.0', '1.90.0'];
const base: StartupInput = { link: undefined, saved: undefined, askedChart: undefined, canOpen: (ref) => ref.kind === 'shipped' && shipped.includes(ref.version), defaultChartVersion: '1.90.0' };
const link = { ok: true as const, text: 'gateway:\n  ha:\n    enabled: true\n', chartRef: shippedChartRef('1.28.0') };
const brokenLink = { ok: false as const, error: 'This share link is damaged and cannot be opened.' };
const earlier = { text: 'cleanup:\n  enabled: true\n', chartRef: shippedChartRef('1.90.0') };
const saved: SavedWork = { chartRef: shippedChartRef('1.90.0'), text: 'cleanup:\n  enabled: false\n', blanked: [], past: [earlier], future: [] };
const savedEmpty: SavedWork = { chartRef: shippedChartRef('1.90.0'), text: '', blanked: [], past: [earlier], future: [] };

const links = { none: undefined, opens: link, broken: brokenLink } as const;
const saves = { none: undefined, work: saved, empty: savedEmpty } as const;
const asks = { none: undefined, shipped: shippedChartRef('1.28.0'), unknown: shippedChartRef('9.9.9') } as const;

describe('what the studio opens on', () => {
  for (const [linkName, linkValue] of Object.entries(links)) {
    for (const [savedName, savedValue] of Object.entries(saves)) {
      for (const [askName, askValue] of Object.entries(asks)) {
        test(`link ${linkName}, saved work ${savedName}, ?chart= ${askName}`, () => {
          const plan = startupPlan({ ...base, link: linkValue, saved: savedValue, askedChart: askValue });
          if (linkValue?.ok) {
            // The sender's values on the sender's chart, whatever the address or the browser holds.
            expect(plan).toMatchObject({ chartRef: shippedChartRef('1.28.0'), text: link.text, future: [] });
            expect(plan.notice?.message).toBe('Opened the shared values.');
            expect(plan.linkError).toBeUndefined();
            if (savedName === 'work') {
              // One Undo, or the notice's button, brings the saved work back.
              expect(plan.past).toEqual([earlier, { text: saved.text, chartRef: shippedChartRef('1.90.0') }]);
              expect(plan.notice?.previous).toEqual({ text: saved.text, chartRef: shippedChartRef('1.90.0') });
            } else {
              expect(plan.past).toEqual([]);
              expect(plan.notice?.previous).toBeUndefined();
            }
            return;
          }
          expect(plan.linkError).toBe(linkValue ? brokenLink.error : undefined);
          const expectedChart = askName === 'shipped' ? shippedChartRef('1.28.0') : savedValue ? savedValue.chartRef : shippedChartRef('1.90.0');
          expect(plan.chartRef).toEqual(expectedChart);
          expect(plan.text).toBe(savedValue?.text ?? '');
          expect(plan.past).toEqual(savedValue?.past ?? []);
          // "Restored" only when there was work to restore.
          expect(plan.notice?.message).toBe(savedName === 'work' ? 'Restored your work from this browser.' : undefined);
        });
      }
    }
  }

  test('work saved on a chart the studio does not ship (a brought one) comes back on the newest', () => {
    expect(startupPlan({ ...base, saved: { ...saved, chartRef: broughtChartRef('catalyst', '2.0.0') } }).chartRef).toEqual(shippedChartRef('1.90.0'));
  });

  test('restoring says which secrets were not kept, by their dotted names', () => {
    const plan = startupPlan({ ...base, saved: { ...saved, blanked: ['/join_token', '/global/charts/password'] } });
    expect(plan.notice?.message).toBe('Restored your work from this browser. Secret values were not saved: fill in join_token, global.charts.password again.');
  });

  test('a link that opens wins over saved work with nothing in it, and offers nothing back', () => {
    const plan = startupPlan({ ...base, link, saved: { ...savedEmpty, text: '\n  \n' } });
    expect(plan.notice).toEqual({ message: 'Opened the shared values.' });
  });
});

describe('a workspace at start-up', () => {
  const layers = { base: 'gateway:\n  replicas: 2\n', overlays: [{ name: 'prod', text: 'gateway:\n  replicas: 5\n' }], environment: 'prod' };

  test('a link with environments opens them, on the first environment', () => {
    const plan = startupPlan({ ...base, link: { ...link, overlays: layers.overlays } });
    expect(plan.layers).toEqual({ base: link.text, overlays: layers.overlays, environment: 'prod' });
  });

  test('saved environments come back with the one that was edited, and a link keeps them one Undo away', () => {
    const savedWorkspace: SavedWork = { ...savedEmpty, text: layers.overlays[0]?.text ?? '', layers };
    expect(startupPlan({ ...base, saved: savedWorkspace }).layers).toEqual(layers);
    const opened = startupPlan({ ...base, link, saved: savedWorkspace });
    expect(opened.layers).toBeUndefined();
    expect(opened.notice?.previous).toEqual({ text: savedWorkspace.text, chartRef: shippedChartRef('1.90.0'), layers });
  });

  test('a workspace whose base is empty is still work worth restoring', () => {
    const plan = startupPlan({ ...base, saved: { ...savedEmpty, layers: { base: '', overlays: [{ name: 'dev', text: '' }], environment: undefined } } });
    expect(plan.notice?.message).toMatch(/Restored/);
  });
});
