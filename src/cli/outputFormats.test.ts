import { describe, expect, test } from 'vitest';
import { cliFixture } from './cliFixture';

const { file, run } = cliFixture();
const bad = 'join_token: x\nglobal:\n  secrets:\n    provider: nope\ngateway:\n  tls:\n    enbled: true\n';

describe('catalyst-values validate output formats for CI', { timeout: 90_000 }, () => {
  test('sarif: a SARIF 2.1.0 log with a rule per kind of problem and each result at its file, line and column', async () => {
    const values = file('sarif.yaml', bad);
    const result = await run('validate', '-o', 'sarif', values, '--set', 'agent.replicas=many');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    const [runLog] = log.runs;
    expect(runLog.tool.driver.name).toBe('catalyst-values');
    const ids = runLog.tool.driver.rules.map((rule: { id: string }) => rule.id);
    const provider = runLog.results.find((r: { properties: { pointer: string } }) => r.properties.pointer === '/global/secrets/provider');
    expect(provider).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: expect.stringMatching(/sarif\.yaml$/) }, region: { startLine: 4 } } }] });
    expect(ids[provider.ruleIndex]).toBe(provider.ruleId);
    const warning = runLog.results.find((r: { properties: { pointer: string } }) => r.properties.pointer === '/gateway/tls/enbled');
    expect(warning).toMatchObject({ level: 'warning', ruleId: 'unknown-key', properties: { suggestion: 'enabled' } });
    const fromFlag = runLog.results.find((r: { properties: { pointer: string } }) => r.properties.pointer === '/agent/replicas');
    expect(fromFlag.locations).toBeUndefined();
    expect(fromFlag.message.text).toMatch(/^--set: /);
  });

  test('junit: one test case per check, failed with its problems when it has an error', async () => {
    const good = file('good.yaml', 'join_token: x\n');
    const values = file('junit.yaml', bad);
    const result = await run('validate', '-o', 'junit', good, values);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="catalyst-values" tests="2" failures="1">/);
    expect(result.stdout).toContain(`<testcase classname="catalyst-values.validate" name="${good}"></testcase>`);
    const failed = result.stdout.slice(result.stdout.indexOf(`name="${values}"`));
    expect(failed).toMatch(/<failure message="1 error\(s\), 1 warning\(s\)" type="invalid-values">[^<]*:4:\d+ error \/global\/secrets\/provider/);
    expect(failed).not.toMatch(/[<>]"[^"]*&(?!amp;|lt;|gt;|quot;)/);
  });

  test('github: workflow commands the runner turns into annotations, escaped as it expects', async () => {
    const values = file('gh.yaml', bad);
    const result = await run('validate', '-o', 'github', values);
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]).toMatch(new RegExp(`^::error file=${values.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=4,col=\\d+,title=catalyst-values /global/secrets/provider::`));
    expect(result.lines[1]).toMatch(/^::warning file=.*,line=7,col=5,title=catalyst-values \/gateway\/tls\/enbled::.*Did you mean/);
    const multiline = await run('validate', '-o', 'github', file('gh2.yaml', '- a list\n'));
    expect(multiline.lines.every((line) => line.startsWith('::'))).toBe(true);
  });

  test('an unknown format is a usage error that names the formats', async () => {
    const result = await run('validate', '-o', 'xml', file('x.yaml', 'join_token: x\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('text, json, sarif, junit, github');
  });
});
