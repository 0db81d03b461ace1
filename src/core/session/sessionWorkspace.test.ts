import { describe, expect, test } from 'vitest';
import { createSession, sessionReducer, type Session, type SessionAction } from './sessionReducer';
import { shippedChartRef } from '../chart/ChartRef';

function run(session: Session, ...actions: SessionAction[]): Session {
  return actions.reduce(sessionReducer, session);
}

const base = '# every cluster\ngateway:\n  replicas: 2\n';
const imported = run(createSession(shippedChartRef('1.90.0'), ''), {
  type: 'workspaceImported',
  workspace: { base, overlays: [{ name: 'prod', text: '# prod\ngateway:\n  replicas: 5\n' }, { name: 'dev', text: '' }], fileStem: 'values' },
});

describe('a session over a workspace', () => {
  test('an import opens the first environment: its overlay in the editor, base and overlay merged as its values', () => {
    expect(imported.environment).toBe('prod');
    expect(imported.text).toBe('# prod\ngateway:\n  replicas: 5\n');
    expect(imported.userValues).toEqual({ gateway: { replicas: 5 } });
    expect(imported.fileStem).toBe('values');
  });

  test('a value set in the base reaches every environment that does not override it', () => {
    const edited = run(imported, { type: 'environmentSelected', environment: undefined }, { type: 'valueSet', pointer: '/logLevel', value: 'debug' });
    expect(edited.baseText).toBe('# every cluster\ngateway:\n  replicas: 2\nlogLevel: debug\n');
    expect(run(edited, { type: 'environmentSelected', environment: 'dev' }).userValues).toEqual({ gateway: { replicas: 2 }, logLevel: 'debug' });
    expect(run(edited, { type: 'environmentSelected', environment: 'prod' }).userValues).toEqual({ gateway: { replicas: 5 }, logLevel: 'debug' });
  });

  test("a form edit in an environment lands in its overlay only, and resetting it brings the base's value back", () => {
    const dev = run(imported, { type: 'environmentSelected', environment: 'dev' }, { type: 'valueSet', pointer: '/gateway/replicas', value: 1 });
    expect(dev.text).toBe('gateway:\n  replicas: 1\n');
    expect(dev.baseText).toBe(base);
    expect(dev.userValues).toEqual({ gateway: { replicas: 1 } });
    expect(run(dev, { type: 'environmentSelected', environment: 'prod' }).userValues).toEqual({ gateway: { replicas: 5 } });
    expect(run(dev, { type: 'valueReset', pointer: '/gateway/replicas' }).userValues).toEqual({ gateway: { replicas: 2 } });
  });

  test("setting a value in the base from an environment removes that environment's override, in one undo step", () => {
    const moved = run(imported, { type: 'valueSetInBase', pointer: '/gateway/replicas', value: 4 });
    expect(moved.baseText).toBe('# every cluster\ngateway:\n  replicas: 4\n');
    expect(moved.layerValues).toEqual({});
    expect(moved.text).toContain('# prod');
    expect(moved.userValues).toEqual({ gateway: { replicas: 4 } });
    const undone = run(moved, { type: 'undo' });
    expect([undone.baseText, undone.text, undone.environment]).toEqual([base, '# prod\ngateway:\n  replicas: 5\n', 'prod']);
  });

  test('undo steps back across environments and brings back the one edited', () => {
    const edited = run(imported, { type: 'valueSet', pointer: '/a', value: 1 }, { type: 'environmentSelected', environment: 'dev' });
    const undone = run(edited, { type: 'undo' });
    expect(undone.environment).toBe('prod');
    expect(undone.text).toBe('# prod\ngateway:\n  replicas: 5\n');
  });

  test('a new environment starts empty over the base and is edited at once; removing it returns to the base', () => {
    const single = createSession(shippedChartRef('1.90.0'), base);
    const added = run(single, { type: 'environmentAdded', name: 'staging' });
    expect([added.environment, added.text, added.userValues]).toEqual(['staging', '', { gateway: { replicas: 2 } }]);
    const removed = run(added, { type: 'environmentRemoved', name: 'staging' });
    expect([removed.environment, removed.overlays, removed.text]).toEqual([undefined, [], base]);
    expect(run(added, { type: 'undo' }).overlays).toEqual([]);
  });

  test('a single file keeps one history step per edit with its text alone, as before workspaces', () => {
    const edited = run(createSession(shippedChartRef('1.90.0'), base), { type: 'valueSet', pointer: '/a', value: 1 });
    expect(edited.past).toEqual([{ text: base, chartRef: shippedChartRef('1.90.0') }]);
    expect(edited.userValues).toBe(edited.layerValues);
  });

  test('"New" leaves the workspace for one empty file', () => {
    const reset = run(imported, { type: 'sessionReset' });
    expect([reset.overlays, reset.environment, reset.text]).toEqual([[], undefined, '']);
  });
});
