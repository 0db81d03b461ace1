import { describe, expect, test } from 'vitest';
import type { HelmRenderResult } from '../helm-engine/HelmRenderResult';
import { readHelmResult } from './readHelmResult';
import { studioRenderRequest } from './studioRenderRequest';

const result = (error: HelmRenderResult['error']): HelmRenderResult => ({ manifests: [], notes: '', output: '', error });
const judged = { userValues: { mcp: { enabled: true, httpAuthMode: 'foo' } }, values: { mcp: { enabled: true, httpAuthMode: 'foo' }, global: {} } };

describe("reading Helm's result", () => {
  test('a rendered chart is a verdict with no complaints', () => {
    expect(readHelmResult(result(null), judged)).toEqual({ kind: 'judged', verdict: { userValues: judged.userValues, failedAt: null, problems: [] } });
  });

  test("a failure is a verdict with Helm's complaint at the value", () => {
    const outcome = readHelmResult(
      result({ phase: 'render', template: 'catalyst/templates/mcp/deployment.yaml', line: 2, message: 'execution error at (catalyst/templates/mcp/deployment.yaml:2:4): mcp.httpAuthMode must be "passthrough" or "server", got "foo"!' }),
      judged,
    );
    expect(outcome).toEqual({ kind: 'judged', verdict: { userValues: judged.userValues, failedAt: 'render', problems: [{ pointer: '/mcp/httpAuthMode', message: expect.stringContaining('got "foo"') }] } });
  });

  test('a render stopped at the time limit is no verdict: the reason is kept for the stale one', () => {
    expect(readHelmResult(result({ phase: 'limit', template: null, line: null, message: 'Helm did not finish rendering this chart within 10 s' }), judged)).toEqual({
      kind: 'unfinished',
      reason: 'Helm did not finish rendering this chart within 10 s',
    });
  });

  test('a render a newer one replaced says nothing', () => {
    expect(readHelmResult(result({ phase: 'superseded', template: null, line: null, message: 'a newer render replaced this one' }), judged)).toEqual({ kind: 'superseded' });
  });
});

describe('what the studio asks Helm to render', () => {
  test("the user's file as -f, with the install command's release, namespace and a join token by --set", () => {
    const chart = new Uint8Array([1, 2]);
    expect(studioRenderRequest(chart, 'a: 1\n', { join_token: '' })).toEqual({
      chart,
      values: ['a: 1\n'],
      set: [{ flag: 'set', text: 'join_token=JOIN_TOKEN' }],
      release: 'catalyst',
      namespace: 'cra-agent',
      kubeVersion: '',
      omitOutput: true,
    });
  });

  test('no join token for a chart that takes none', () => {
    expect(studioRenderRequest(new Uint8Array(), '', { replicas: 1 }).set).toEqual([]);
  });
});
