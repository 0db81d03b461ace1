import { describe, expect, test } from 'vitest';
import { createSession } from '@/core/session/sessionReducer';
import { chartRulesFixture } from '@/core/validate/chartRulesFixture';
import { quickFix, quickFixTitle } from './quickFix';
import { shippedChartRef } from '../chart/ChartRef';

const rules = chartRulesFixture('1.90.0');

function fixAt(text: string, pointer: string) {
  const diagnostic = rules.check(text).find((d) => d.pointer === pointer);
  if (!diagnostic) throw new Error(`no problem at ${pointer}`);
  const session = createSession(shippedChartRef('1.90.0'), text);
  return { title: quickFixTitle(session, diagnostic), fix: quickFix(session, diagnostic) };
}

describe('quick fixes', () => {
  test('a did-you-mean key is renamed in place, keeping its comment', () => {
    const { title, fix } = fixAt('gateway:\n  tls:\n    enbled: true # terminate here\n', '/gateway/tls/enbled');
    expect(title).toBe('Rename enbled to enabled');
    expect(fix?.text).toBe('gateway:\n  tls:\n    enabled: true # terminate here\n');
  });

  test('when the right key is written too, the typo is removed and the right one kept', () => {
    const { title, fix } = fixAt('gateway:\n  tls:\n    enbled: true\n    enabled: true\n', '/gateway/tls/enbled');
    expect(title).toBe('Remove enbled: enabled is already set');
    expect(fix?.text).toBe('gateway:\n  tls:\n    enabled: true\n');
  });

  test('a value outside the allowed ones becomes the closest allowed one', () => {
    const { title, fix } = fixAt('agent:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefult\n', '/agent/securityContext/seccompProfile/type');
    expect(title).toBe('Use RuntimeDefault');
    expect(fix?.text).toBe('agent:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n');
  });

  test('a key chart 1.90.0 moved goes to its new place in its new shape', () => {
    const { title, fix } = fixAt('agent:\n  config:\n    project:\n      blocked_cidrs:\n        - 10.0.0.0/8\n', '/agent/config/project/blocked_cidrs');
    expect(title).toBe('Move blocked_cidrs to agent.config.project.blocked_egress');
    expect(fix?.text).toBe('agent:\n  config:\n    project:\n      blocked_egress:\n        - name: blocked-cidrs\n          cidrs:\n            - 10.0.0.0/8\n');
  });
});
