import { describe, test, expect } from 'vitest';
import { createSession, sessionReducer, type Session, type SessionAction } from './sessionReducer';
import { shippedChartRef } from '../chart/ChartRef';

function run(session: Session, ...actions: SessionAction[]): Session {
  return actions.reduce(sessionReducer, session);
}

const commented = '# gateway for the edge cluster\ngateway:\n  tls:\n    enabled: true # terminate here\n';

describe('the session', () => {
  test('a form edit changes the text and keeps the comments around it', () => {
    const next = run(createSession(shippedChartRef('1.28.0'), commented), { type: 'valueSet', pointer: '/gateway/tls/existingSecret', value: 'edge-tls' });
    expect(next.text).toBe('# gateway for the edge cluster\ngateway:\n  tls:\n    enabled: true # terminate here\n    existingSecret: edge-tls\n');
    expect(next.userValues).toEqual({ gateway: { tls: { enabled: true, existingSecret: 'edge-tls' } } });
    // Positions follow the new text, so a problem on the new key is placed on its line.
    expect(next.document.locate('/gateway/tls/existingSecret')).toEqual({ line: 5, column: 5 });
  });

  test('form edits keep a comment written under an empty value on its own line, whichever way they are made', () => {
    const text = 'join_token:\n# Passed at install: --set join_token=...\n\ngateway:\n  tls:\n    enabled: true\n';
    // In place (a scalar typed over), then printed whole (a new key), then removed and filled.
    const typed = run(createSession(shippedChartRef('1.90.0'), text), { type: 'valueSet', pointer: '/gateway/tls/enabled', value: false });
    const added = run(typed, { type: 'valueSet', pointer: '/gateway/tls/existingSecret', value: 'edge-tls' });
    expect(added.text).toBe('join_token:\n# Passed at install: --set join_token=...\n\ngateway:\n  tls:\n    enabled: false\n    existingSecret: edge-tls\n');
    const filled = run(added, { type: 'valueSet', pointer: '/join_token', value: 'abc' });
    expect(filled.text).toBe('join_token: abc\n# Passed at install: --set join_token=...\n\ngateway:\n  tls:\n    enabled: false\n    existingSecret: edge-tls\n');
    const reset = run(added, { type: 'valueReset', pointer: '/join_token' });
    expect(reset.text).toBe('# Passed at install: --set join_token=...\n\ngateway:\n  tls:\n    enabled: false\n    existingSecret: edge-tls\n');
  });

  test('reset removes the key, and undo and redo step through form and text edits alike', () => {
    const start = createSession(shippedChartRef('1.28.0'), commented);
    const reset = run(start, { type: 'valueReset', pointer: '/gateway/tls/enabled' });
    expect(reset.userValues).toEqual({});
    const typed = run(reset, { type: 'textEdited', text: 'join_token: abc\n' });
    expect(run(typed, { type: 'undo' }).text).toBe(reset.text);
    expect(run(typed, { type: 'undo' }, { type: 'undo' }).text).toBe(commented);
    expect(run(typed, { type: 'undo' }, { type: 'undo' }, { type: 'redo' }).text).toBe(reset.text);
  });

  test('several values change in one step: one undo brings them all back', () => {
    const start = createSession(shippedChartRef('1.28.0'), commented);
    const changed = run(start, {
      type: 'valuesChanged',
      changes: [
        { pointer: '/gateway/tls/enabled', value: undefined },
        { pointer: '/global/image/registry', value: 'mirror.example.com' },
      ],
    });
    expect(changed.userValues).toEqual({ global: { image: { registry: 'mirror.example.com' } } });
    expect(changed.past).toHaveLength(1);
    expect(run(changed, { type: 'undo' }).text).toBe(commented);
  });

  test('while the text does not parse, the last good values stay and form edits wait', () => {
    const broken = run(createSession(shippedChartRef('1.28.0'), commented), { type: 'textEdited', text: 'gateway:\n  tls: [\n' });
    expect(broken.textParses).toBe(false);
    expect(broken.userValues).toEqual({ gateway: { tls: { enabled: true } } });
    expect(broken.parseIssues[0]).toMatchObject({ severity: 'error', source: 'yaml' });
    expect(run(broken, { type: 'valueSet', pointer: '/join_token', value: 'x' })).toBe(broken);
  });

  test('an edit that changes nothing is no new state and no undo step', () => {
    const start = createSession(shippedChartRef('1.28.0'), commented);
    expect(run(start, { type: 'valueSet', pointer: '/gateway/tls/enabled', value: true })).toBe(start);
  });

  test("Helm's verdict belongs to the chart it rendered: a late one for another chart is dropped, a switch clears it", () => {
    const verdict = { userValues: {}, failedAt: null, problems: [] };
    const judged = run(createSession(shippedChartRef('1.90.0'), commented), { type: 'helmJudged', chartRef: shippedChartRef('1.90.0'), verdict });
    expect(judged.helm).toBe(verdict);
    expect(run(judged, { type: 'helmJudged', chartRef: shippedChartRef('1.28.0'), verdict: { ...verdict, failedAt: 'schema' } }).helm).toBe(verdict);
    expect(run(judged, { type: 'chartSelected', chartRef: shippedChartRef('1.28.0') }).helm).toBeUndefined();
    // An edit keeps it: it stands until Helm has judged the new values.
    expect(run(judged, { type: 'textEdited', text: 'a: 1\n' }).helm).toBe(verdict);
  });

  test("when Helm does not finish, its last verdict stays, marked stale with the reason", () => {
    const verdict = { userValues: {}, failedAt: 'render', problems: [{ pointer: '/gateway', message: 'Helm: nil pointer' }] };
    const stalled = run(createSession(shippedChartRef('1.90.0'), commented), { type: 'helmJudged', chartRef: shippedChartRef('1.90.0'), verdict }, { type: 'helmUnfinished', chartRef: shippedChartRef('1.90.0'), reason: 'Helm did not finish rendering this chart within 10 s' });
    expect(stalled.helm).toEqual({ ...verdict, staleBecause: 'Helm did not finish rendering this chart within 10 s' });
  });

  test('a new file expects the join token at install; choosing the file or a Secret is remembered', () => {
    const start = createSession(shippedChartRef('1.90.0'), '');
    expect(start.joinTokenSource).toBe('install');
    expect(run(start, { type: 'joinTokenSourceChosen', source: 'file' }).joinTokenSource).toBe('file');
  });

  test('moving the token out of the file takes it out of the text, in one undo step', () => {
    const start = createSession(shippedChartRef('1.90.0'), 'cleanup:\n  enabled: false # keep the region\njoin_token: eyJhbGciOi.example\n', undefined, 'file');
    const moved = run(start, { type: 'joinTokenSourceChosen', source: 'install' });
    expect(moved.text).toBe('cleanup:\n  enabled: false # keep the region\n');
    expect(moved.joinTokenSource).toBe('install');
    expect(run(moved, { type: 'undo' }).text).toBe(start.text);
  });

  test('taking the token out of the file keeps the comments a blank line sets apart from it: they are its neighbours\'', () => {
    const text = '# Values\n\nagent:\n  replicas: 2\n# (two replicas: one per zone)\n\n# The token comes from CI\njoin_token: abc\n\n# Install\n\n# Keep the region\ncleanup:\n  enabled: false\n';
    const moved = run(createSession(shippedChartRef('1.90.0'), text, undefined, 'file'), { type: 'joinTokenSourceChosen', source: 'install' });
    expect(moved.text).toBe('# Values\n\nagent:\n  replicas: 2\n# (two replicas: one per zone)\n\n# Install\n\n# Keep the region\ncleanup:\n  enabled: false\n');
  });

  test('choosing a Secret drops a token in the file, and leaving the Secret drops its name', () => {
    const withToken = createSession(shippedChartRef('1.90.0'), 'join_token: abc\n');
    const secret = run(withToken, { type: 'joinTokenSourceChosen', source: 'secret' }, { type: 'valueSet', pointer: '/agent/existingJoinTokenSecret/name', value: 'join' });
    expect(secret.userValues).toEqual({ agent: { existingJoinTokenSecret: { name: 'join' } } });
    expect(run(secret, { type: 'joinTokenSourceChosen', source: 'install' }).userValues).toEqual({});
  });

  test('a preset or an opened file starts with the token at install; a share link brings the sender\'s choice', () => {
    const chosen = run(createSession(shippedChartRef('1.90.0'), ''), { type: 'joinTokenSourceChosen', source: 'file' });
    expect(run(chosen, { type: 'presetApplied', text: 'cleanup:\n  enabled: false\n' }).joinTokenSource).toBe('install');
    expect(run(chosen, { type: 'fileImported', text: 'cleanup:\n  enabled: false\n' }).joinTokenSource).toBe('install');
    expect(run(createSession(shippedChartRef('1.90.0'), ''), { type: 'shareOpened', text: 'a: 1\n', chartRef: shippedChartRef('1.90.0'), joinTokenSource: 'secret' }).joinTokenSource).toBe('secret');
  });
});
