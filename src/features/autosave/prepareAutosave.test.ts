import { describe, expect, test } from 'vitest';
import { parseValues } from '@/core/yaml/parseValues';
import { createAutosavePlanner, type AutosaveInput } from './prepareAutosave';
import { shippedChartRef } from '@/core/chart/ChartRef';

const isSecret = (pointer: string) => pointer === '/join_token';

function input(text: string, past: AutosaveInput['past'], rememberSecrets = false, joinTokenSource: AutosaveInput['joinTokenSource'] = 'install'): AutosaveInput {
  const parsed = parseValues(text);
  return { chartRef: shippedChartRef('1.90.0'), text, textParses: parsed.ok, userValues: parsed.ok ? parsed.values : {}, past, future: [], joinTokenSource, rememberSecrets, isSecret };
}

describe('what autosave writes', () => {
  test('the undo history is kept, with a secret typed in an earlier step blanked there too', () => {
    const past = [{ chartRef: shippedChartRef('1.90.0'), text: '# ours\njoin_token: abc.def\n' }, { chartRef: shippedChartRef('1.90.0'), text: 'cleanup:\n  enabled: false\n' }];
    const plan = createAutosavePlanner([]).plan(input('cleanup:\n  enabled: true\n', past), new Date(0));
    if (!plan.save) throw new Error(plan.reason);
    expect(plan.record.past).toEqual([{ chartRef: shippedChartRef('1.90.0'), text: '# ours\njoin_token: ""\n' }, past[1]]);
    expect(JSON.stringify(plan.record)).not.toContain('abc.def');
  });

  test('steps the session passed through are cleaned from the values they had: a secret typed then is blanked', () => {
    const texts = ['cleanup:\n  enabled: false\n', '# ours\njoin_token: abc.def\n', '# ours\njoin_token: ""\n'];
    const planner = createAutosavePlanner([]);
    for (const text of texts) planner.seen(input(text, []));
    const past = texts.map((text) => ({ chartRef: shippedChartRef('1.90.0'), text }));
    const plan = planner.plan(input('cleanup:\n  enabled: true\n', past), new Date(0));
    if (!plan.save) throw new Error(plan.reason);
    expect(plan.record.past).toEqual([past[0], { chartRef: shippedChartRef('1.90.0'), text: '# ours\njoin_token: ""\n' }, past[2]]);
    expect(JSON.stringify(plan.record)).not.toContain('abc.def');
  });

  test('a history step that does not parse cannot be cleaned and is left out, unless secrets are remembered', () => {
    const past = [{ chartRef: shippedChartRef('1.90.0'), text: 'join_token: abc.def\ngateway: [\n' }];
    const planner = createAutosavePlanner([]);
    const plan = planner.plan(input('a: 1\n', past), new Date(0));
    expect(plan.save && plan.record.past).toEqual([]);
    const remembered = planner.plan(input('a: 1\n', past, true), new Date(0));
    expect(remembered.save && remembered.record.past).toEqual(past);
  });

  test('a long history keeps its newest steps within the storage budget', () => {
    const big = 'a: ' + 'x'.repeat(400_000) + '\n';
    const past = Array.from({ length: 6 }, (_, i) => ({ chartRef: shippedChartRef('1.90.0'), text: `step: ${i}\n${big}` }));
    const plan = createAutosavePlanner([]).plan(input('a: 1\n', past), new Date(0));
    if (!plan.save) throw new Error(plan.reason);
    expect(plan.record.past.map((entry) => entry.text.slice(0, 7))).toEqual(['step: 3', 'step: 4', 'step: 5']);
  });

  test('where the join token comes from is saved with the work', () => {
    const plan = createAutosavePlanner([]).plan(input('cleanup:\n  enabled: false\n', [], false, 'secret'), new Date(0));
    if (!plan.save) throw new Error(plan.reason);
    expect(plan.record.joinTokenSource).toBe('secret');
  });
});

describe('a workspace in the saved work', () => {
  test("every layer is saved, each without its own secrets, and the environment's secret is not copied into another layer", () => {
    const overlay = 'join_token: eyJ.prod\ngateway:\n  replicas: 3\n';
    const parsed = parseValues(overlay);
    const plan = createAutosavePlanner([]).plan(
      {
        ...input(overlay, []),
        userValues: { cleanup: { enabled: true }, join_token: 'eyJ.prod', gateway: { replicas: 3 } },
        layerValues: parsed.ok ? parsed.values : {},
        baseText: '# shared\ncleanup:\n  enabled: true\n',
        overlays: [{ name: 'prod', text: overlay }, { name: 'dev', text: 'join_token: eyJ.dev\n' }],
        environment: 'prod',
      },
      new Date(0),
    );
    expect(plan.save && plan.record.layers).toEqual({
      base: '# shared\ncleanup:\n  enabled: true\n',
      overlays: [
        { name: 'prod', text: 'join_token: ""\ngateway:\n  replicas: 3\n' },
        { name: 'dev', text: 'join_token: ""\n' },
      ],
      environment: 'prod',
    });
    expect(plan.save && plan.record.text).toBe('join_token: ""\ngateway:\n  replicas: 3\n');
    expect(plan.save && plan.record.blanked).toEqual(['/join_token']);
  });
});
