import { describe, test, expect } from 'vitest';
import { createSession, sessionReducer, type Session, type SessionAction } from './sessionReducer';

function run(session: Session, ...actions: SessionAction[]): Session {
  return actions.reduce(sessionReducer, session);
}

const commented = '# gateway for the edge cluster\ngateway:\n  tls:\n    enabled: true # terminate here\n';

describe('the session', () => {
  test('a form edit changes the text and keeps the comments around it', () => {
    const next = run(createSession('1.28.0', commented), { type: 'valueSet', pointer: '/gateway/tls/existingSecret', value: 'edge-tls' });
    expect(next.text).toBe('# gateway for the edge cluster\ngateway:\n  tls:\n    enabled: true # terminate here\n    existingSecret: edge-tls\n');
    expect(next.userValues).toEqual({ gateway: { tls: { enabled: true, existingSecret: 'edge-tls' } } });
    // Positions follow the new text, so a problem on the new key is placed on its line.
    expect(next.document.locate('/gateway/tls/existingSecret')).toEqual({ line: 5, column: 5 });
  });

  test('reset removes the key, and undo and redo step through form and text edits alike', () => {
    const start = createSession('1.28.0', commented);
    const reset = run(start, { type: 'valueReset', pointer: '/gateway/tls/enabled' });
    expect(reset.userValues).toEqual({});
    const typed = run(reset, { type: 'textEdited', text: 'join_token: abc\n' });
    expect(run(typed, { type: 'undo' }).text).toBe(reset.text);
    expect(run(typed, { type: 'undo' }, { type: 'undo' }).text).toBe(commented);
    expect(run(typed, { type: 'undo' }, { type: 'undo' }, { type: 'redo' }).text).toBe(reset.text);
  });

  test('several values change in one step: one undo brings them all back', () => {
    const start = createSession('1.28.0', commented);
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
    const broken = run(createSession('1.28.0', commented), { type: 'textEdited', text: 'gateway:\n  tls: [\n' });
    expect(broken.textParses).toBe(false);
    expect(broken.userValues).toEqual({ gateway: { tls: { enabled: true } } });
    expect(broken.parseIssues[0]).toMatchObject({ severity: 'error', source: 'yaml' });
    expect(run(broken, { type: 'valueSet', pointer: '/join_token', value: 'x' })).toBe(broken);
  });

  test('an edit that changes nothing is no new state and no undo step', () => {
    const start = createSession('1.28.0', commented);
    expect(run(start, { type: 'valueSet', pointer: '/gateway/tls/enabled', value: true })).toBe(start);
  });

  test("Helm's verdict belongs to the chart it rendered: a late one for another chart is dropped, a switch clears it", () => {
    const verdict = { userValues: {}, failedAt: null, problems: [] };
    const judged = run(createSession('1.90.0', commented), { type: 'helmJudged', chartVersion: '1.90.0', verdict });
    expect(judged.helm).toBe(verdict);
    expect(run(judged, { type: 'helmJudged', chartVersion: '1.28.0', verdict: { ...verdict, failedAt: 'schema' } }).helm).toBe(verdict);
    expect(run(judged, { type: 'chartSelected', version: '1.28.0' }).helm).toBeUndefined();
    // An edit keeps it: it stands until Helm has judged the new values.
    expect(run(judged, { type: 'textEdited', text: 'a: 1\n' }).helm).toBe(verdict);
  });

  test("when Helm does not finish, its last verdict stays, marked stale with the reason", () => {
    const verdict = { userValues: {}, failedAt: 'render', problems: [{ pointer: '/gateway', message: 'Helm: nil pointer' }] };
    const stalled = run(createSession('1.90.0', commented), { type: 'helmJudged', chartVersion: '1.90.0', verdict }, { type: 'helmUnfinished', chartVersion: '1.90.0', reason: 'Helm did not finish rendering this chart within 10 s' });
    expect(stalled.helm).toEqual({ ...verdict, staleBecause: 'Helm did not finish rendering this chart within 10 s' });
  });
});
