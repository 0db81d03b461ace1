import { beforeAll, describe, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import { releaseOf, type ChartRelease } from './ChartRelease';
import { parseValues } from '../yaml/parseValues';
import { migrateDocument } from './migrateDocument';

function parsed(text: string) {
  const result = parseValues(text);
  if (!result.ok) throw new Error('test text must parse');
  return result;
}

const file128 = `# Our production cluster.
join_token: "abc" # passed at install in real life
global:
  secrets:
    # AWS keeps our secrets.
    provider: aws
    aws:
      region: eu-west-1
shared:
  # Only on the platform nodes.
  nodeSelector:
    pool: platform # the big ones
gateway:
  tls:
    existingSecret: gw-tls # made by cert-manager
`;

let r128: ChartRelease;
let r190: ChartRelease;
beforeAll(async () => {
  r128 = releaseOf(await compileShippedChart('1.28.0'));
  r190 = releaseOf(await compileShippedChart('1.90.0'));
});

describe('carrying a values file to another chart version', () => {
  test('keeps the comments of values the migration did not touch', () => {
    const { document, values } = parsed(file128);
    const migrated = migrateDocument(document, values, r128, r190);
    expect(migrated.reprinted).toBe(false);
    expect(migrated.text).toContain('# Our production cluster.');
    expect(migrated.text).toContain('existingSecret: gw-tls # made by cert-manager');
    expect(migrated.text).toContain('# AWS keeps our secrets.');
    expect(migrated.text).toContain('provider: aws.secretmanager');
    expect(parsed(migrated.text).values).toMatchObject({ shared: { scheduling: { nodeSelector: { pool: 'platform' } } } });
    expect(parsed(migrated.text).values.shared).not.toHaveProperty('nodeSelector');
  });

  test('a moved value keeps its comments in its new place', () => {
    const { document, values } = parsed(file128);
    const { text } = migrateDocument(document, values, r128, r190);
    expect(text).toMatch(/ {2}scheduling:\n {4}# Only on the platform nodes\.\n {4}nodeSelector:\n {6}pool: platform # the big ones\n/);
  });

  test('gives the same values back after a move there and back', () => {
    const { document, values } = parsed(file128);
    const up = migrateDocument(document, values, r128, r190);
    const upParsed = parsed(up.text);
    const down = migrateDocument(upParsed.document, upParsed.values, r190, r128);
    expect(parsed(down.text).values).toEqual(values);
    expect(down.text).toContain('# Our production cluster.');
  });

  test('reports each move', () => {
    const { document, values } = parsed(file128);
    const { report } = migrateDocument(document, values, r128, r190);
    expect(report).toContainEqual(expect.objectContaining({ kind: 'moved', from: '/shared/nodeSelector', to: '/shared/scheduling/nodeSelector' }));
  });
});
