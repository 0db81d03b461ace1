import { describe, expect, test } from 'vitest';
import { parseValues } from './parseValues';
import type { ValuesDocument } from './ValuesDocument';

const REALISTIC = `# Catalyst values for the staging cluster
# Owner: platform team

join_token: "abc123" # set by CI

global:
  # Pull from the internal mirror
  image:
    registry: registry.internal:5000
    pullPolicy: IfNotPresent
  secrets:
    provider: kubernetes   # kubernetes, aws or redis

agent:
  replicaCount: 2
  enabled: yes
  config:
    project:
      blocked_cidrs:
        - 10.0.0.0/8
        - "172.16.0.0/12"
  podAnnotations:
    prometheus.io/scrape: "true"

gateway:
  tls:
    enabled: false
    version: 012
`;

function open(text: string): ValuesDocument {
  const result = parseValues(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.document;
}

describe('ValuesDocument', () => {
  test('an unchanged document prints the original text byte for byte', () => {
    for (const text of [REALISTIC, '\uFEFFa: 1\r\nb:   [1,2]  # odd spacing\r\n', '', '# only a comment', 'a: 1\n---\nb: 2\n']) {
      expect(open(text).toString()).toBe(text);
    }
  });

  test('setting a key keeps the comment above it, its trailing comment and everyone else', () => {
    const doc = open(REALISTIC);
    doc.set('/global/secrets/provider', 'aws');
    doc.set('/join_token', 'xyz');
    const text = doc.toString();
    expect(text).toContain('# Catalyst values for the staging cluster\n# Owner: platform team\n');
    expect(text).toContain('join_token: xyz # set by CI');
    expect(text).toContain('  # Pull from the internal mirror\n  image:');
    expect(text).toMatch(/provider: aws\s+# kubernetes, aws or redis/);
    // Untouched scalars keep the user's spelling, which Helm reads as before.
    expect(text).toContain('enabled: yes');
    expect(text).toContain('version: 012');
    expect(parseValues(text).ok && doc.toValues()).toMatchObject({ agent: { enabled: true }, gateway: { tls: { version: 10 } } });
  });

  test('new keys go at the end of their map, creating missing parents', () => {
    const doc = open(REALISTIC);
    doc.set('/global/image/tag', '1.2.3');
    doc.set('/piko/certificates/proxy/enabled', true);
    const text = doc.toString();
    expect(text).toContain('    pullPolicy: IfNotPresent\n    tag: 1.2.3\n');
    expect(text.trimEnd().endsWith('piko:\n  certificates:\n    proxy:\n      enabled: true')).toBe(true);
    expect(doc.get('/piko/certificates/proxy/enabled')).toBe(true);
  });

  test('a key of a new list item goes into the list, as with plain values', () => {
    const doc = open('pullSecrets: []\nrules:\n  - name: a\n');
    doc.set('/pullSecrets/0/name', 'regcred');
    doc.set('/rules/1/name', 'b');
    expect(doc.toString()).toBe('pullSecrets:\n  - name: regcred\nrules:\n  - name: a\n  - name: b\n');
    expect(doc.toValues()).toEqual({ pullSecrets: [{ name: 'regcred' }], rules: [{ name: 'a' }, { name: 'b' }] });
  });

  test('ambiguous strings are written quoted and read back as strings', () => {
    const tricky = ['on', 'yes', 'no', 'y', 'n', 'true', 'null', '~', '012', '0x1F', '1e3', '1_000', '1:20', '2001-12-14', '.inf', ''];
    const doc = open('a: 1\n');
    tricky.forEach((text, i) => doc.set(`/k${i}`, text));
    doc.set('/on', 'key that looks like a boolean');
    const printed = doc.toString();
    expect(printed).toContain('k0: "on"\n');
    expect(printed).toContain('"on": key that looks like a boolean');
    const reparsed = parseValues(printed);
    expect(reparsed.ok).toBe(true);
    if (!reparsed.ok) return;
    tricky.forEach((text, i) => expect(reparsed.values[`k${i}`]).toBe(text));
    expect(reparsed.values.on).toBe('key that looks like a boolean');
  });

  test('unset removes the key and the maps it left empty, keeping other comments', () => {
    const doc = open(REALISTIC);
    doc.unset('/agent/podAnnotations/prometheus.io~1scrape');
    doc.unset('/global/secrets/provider');
    const text = doc.toString();
    expect(text).not.toContain('podAnnotations');
    expect(text).not.toContain('secrets');
    expect(text).toContain('  # Pull from the internal mirror\n');
    expect(text).toContain('join_token: "abc123" # set by CI');
    expect(doc.get('/agent/podAnnotations')).toBeUndefined();
    expect(doc.get('/agent/replicaCount')).toBe(2);
  });

  test('unset of an empty value keeps the comment lines after it, which belong to the next key or the map\'s end', () => {
    const doc = open('a:\n  x:\n  # about y\n  y: 1\n  z: # z is empty on purpose\n  # closing note\nb: 2\n');
    doc.unset('/a/x');
    doc.unset('/a/z');
    expect(doc.toString()).toBe('a:\n  # about y\n  y: 1\n  # closing note\nb: 2\n');
  });

  test('a comment written under an empty value stays on its own line when the file is printed again', () => {
    const text = '# Staging\njoin_token:\n# Passed at install: --set join_token=...\n\nglobal:\n  image:\n    registry: registry.internal:5000\n';
    const added = open(text);
    added.set('/agent/replicaCount', 2);
    expect(added.toString()).toBe(`${text}agent:\n  replicaCount: 2\n`);

    const filled = open(text);
    filled.set('/join_token', 'abc');
    expect(filled.toString()).toBe(text.replace('join_token:\n', 'join_token: abc\n'));

    const sameLine = open('a: # empty on purpose\n# about b\nb: 1\n');
    sameLine.set('/c', 3);
    expect(sameLine.toString()).toBe('a: # empty on purpose\n# about b\nb: 1\nc: 3\n');
  });

  test('a comment under an empty nested value keeps its indentation: a heading goes above the next top-level key, a note stays in its block', () => {
    const text = 'gateway:\n  tls:\n    existingSecret:\n    # made by cert-manager\n# --- Agent ---\nagent:\n  logLevel:\n  # info by default\n';
    const doc = open(text);
    doc.set('/replicas', 2);
    expect(doc.toString()).toBe(`${text}replicas: 2\n`);
  });

  test('a comment under an empty list item stays above the next item', () => {
    const doc = open('cidrs:\n  -\n  # the office\n  - 10.0.0.0/8\n');
    doc.set('/cidrs/1', '10.1.0.0/16');
    expect(doc.toString()).toMatch(/^cidrs:\n {2}-[ ]?\n {2}# the office\n {2}- 10\.1\.0\.0\/16\n$/);
  });

  test('unset removes duplicates too, so an earlier copy does not come back', () => {
    const doc = open('a: 1\nb: 2\na: 3\n');
    doc.unset('/a');
    expect(doc.toValues()).toEqual({ b: 2 });
  });

  test('editing an anchored map does not change its aliases', () => {
    const doc = open('base: &b {p: 1}\nother: *b\n');
    doc.unset('/base/p');
    expect(doc.toValues()).toEqual({ other: { p: 1 } });
    expect(parseValues(doc.toString()).ok).toBe(true);
  });

  test('locate gives 1-based positions of keys, list items and the nearest existing ancestor', () => {
    const doc = open(REALISTIC);
    expect(doc.locate('/global/image/registry')).toEqual({ line: 9, column: 5 });
    expect(doc.locate('/agent/config/project/blocked_cidrs/1')).toEqual({ line: 21, column: 11 });
    expect(doc.locate('/global/image/nope/deeper')).toEqual({ line: 8, column: 3 });
    expect(doc.locate('')).toEqual({ line: 4, column: 1 });
    doc.set('/global/image/tag', 'x');
    doc.unset('/join_token');
    expect(doc.locate('/global/image/tag')).toEqual({ line: 10, column: 5 });
  });

  test('clone gives an independent copy to edit', () => {
    const doc = open('a: 1\n');
    const copy = doc.clone();
    copy.set('/b', 2);
    expect(doc.toString()).toBe('a: 1\n');
    expect(copy.toValues()).toEqual({ a: 1, b: 2 });
  });

  test('CRLF files stay CRLF after an edit', () => {
    const doc = open('a: 1\r\nb: 2\r\n');
    doc.set('/c', 3);
    expect(doc.toString()).toBe('a: 1\r\nb: 2\r\nc: 3\r\n');
  });

  test('a __proto__ pointer segment sets an own key and leaves Object.prototype alone', () => {
    const doc = open('{}');
    doc.set('/__proto__/polluted', 1);
    expect(Object.hasOwn(doc.toValues(), '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

test('a key set into an emptied file is written in block style, not as {…}', () => {
  const parsed = parseValues('{}\n');
  if (!parsed.ok) throw new Error('parses');
  parsed.document.set('/join_token', 'abc');
  parsed.document.set('/gateway/tls/enabled', true);
  expect(parsed.document.toString()).toBe('join_token: abc\ngateway:\n  tls:\n    enabled: true\n');
});
