import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { chartArchiveLimits, type ChartArchiveLimits } from './chartArchiveLimits';
import { hostileArchives } from './hostileArchives.fixture';
import { readChartArchive } from './readChartArchive';
import { readChartArchiveFiles, UNPACK_STEP_BYTES } from './readChartArchiveFiles';
import { chartEntries, concat, tar, tarEntry, tgz } from './tarFixture';

/** Building a bomb and unpacking it to its limit takes seconds; on a busy machine, many. */
const slow = 120_000;

describe('a hostile chart archive is refused with the rule it broke, having unpacked no more than the limit', () => {
  test.each(hostileArchives.map((archive) => [archive.title, archive] as const))('%s', (_title, archive) => {
    const read = readChartArchiveFiles(archive.build());
    expect(read).toMatchObject({ ok: false, error: expect.stringMatching(archive.refusal) });
    expect(read.unpackedBytes).toBeLessThanOrEqual(chartArchiveLimits.unpackedBytes + UNPACK_STEP_BYTES);
  }, slow);

  test('the 200 MB file is refused by the header that announces it, before any of its data is unpacked', () => {
    const huge = hostileArchives.find((archive) => archive.fileName.startsWith('huge'));
    const read = readChartArchiveFiles(huge!.build());
    expect(read.unpackedBytes).toBeLessThan(UNPACK_STEP_BYTES);
  }, slow);

  test('a bomb of 1 GB of zeros after the archive\'s end marker is never unpacked', () => {
    const archive = tar(chartEntries('tail'));
    const withTail = new Uint8Array(archive.length + 64 * 1024 * 1024);
    withTail.set(archive);
    const read = readChartArchiveFiles(gzipSync(withTail, { level: 1 }));
    expect(read.ok).toBe(true);
    expect(read.unpackedBytes).toBeLessThan(archive.length + UNPACK_STEP_BYTES);
  }, slow);
});

describe('names in a chart archive', () => {
  test('the chart is named by its Chart.yaml, not by the archive\'s folder', () => {
    const read = readChartArchive(
      tgz([
        { name: 'innocent/Chart.yaml', data: 'apiVersion: v2\nname: real-name\nversion: 3.2.1\n' },
        { name: 'innocent/values.schema.json', data: '{}' },
        { name: 'innocent/values.yaml', data: '' },
      ]),
    );
    expect(read).toMatchObject({ ok: true, files: { name: 'real-name', version: '3.2.1' } });
  });

  test('an archive with no Chart.yaml, or one without a name, is refused rather than named after its folder', () => {
    expect(readChartArchive(tgz([{ name: 'demo/values.schema.json', data: '{}' }]))).toEqual({ ok: false, error: expect.stringContaining('no Chart.yaml') });
    expect(readChartArchive(tgz([{ name: 'demo/Chart.yaml', data: 'version: 1.0.0\n' }, { name: 'demo/values.schema.json', data: '{}' }]))).toEqual({
      ok: false,
      error: expect.stringContaining('gives no name'),
    });
  });

  test('a file beside the chart\'s folder, or a second top folder, is refused', () => {
    expect(readChartArchiveFiles(tgz([...chartEntries('demo'), { name: 'Chart.yaml', data: 'name: other\n' }]))).toMatchObject({ ok: false, error: expect.stringContaining('not inside the chart\'s folder') });
    expect(readChartArchiveFiles(tgz([...chartEntries('demo'), ...chartEntries('other')]))).toMatchObject({ ok: false, error: expect.stringContaining('two top folders') });
  });

  test('control characters that disguise a name are refused, and the message shows them escaped', () => {
    const read = readChartArchiveFiles(tgz([...chartEntries('demo'), { name: 'demo/templates/\u202egnp.yaml', data: 'a: 1\n' }]));
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('control character') });
  });

  test('long names from PAX and GNU records are read, folders and a global header are skipped', () => {
    const long = `demo/templates/${'x'.repeat(150)}.yaml`;
    const gnuName = tarEntry({ name: '././@LongLink', type: 'L', data: `${long}\0` });
    const read = readChartArchiveFiles(tgz([{ name: 'pax_global_header', type: 'g', data: '22 comment=from git\n' }, { name: 'demo/', type: '5' }, ...chartEntries('demo'), gnuName, { name: 'truncated-name', data: 'kind: Secret\n' }]));
    expect(read.ok && read.files.map((file) => file.path)).toContain(`templates/${'x'.repeat(150)}.yaml`);
  });
});

describe('real chart archives', () => {
  test.each(['1.28.0/catalyst-1.28.0.tgz', '1.90.0/catalyst-1.90.0.tgz', 'releases/catalyst-1.40.0.tgz'])('%s reads whole, within every limit', (path) => {
    const read = readChartArchive(new Uint8Array(readFileSync(`../shared/chart/${path}`)));
    expect(read).toMatchObject({ ok: true, files: { name: 'catalyst' } });
    const files = readChartArchiveFiles(new Uint8Array(readFileSync(`../shared/chart/${path}`)));
    expect(files.ok && files.files.some((file) => file.path.startsWith('templates/'))).toBe(true);
  });
});

/** Limits small enough that random archives reach them. */
const small: ChartArchiveLimits = { archiveBytes: 256 * 1024, unpackedBytes: 64 * 1024, fileBytes: 8 * 1024, entries: 20, folderDepth: 4, pathLength: 200 };

const entryArbitrary = fc.record({
  name: fc.oneof(fc.constantFrom('demo/Chart.yaml', 'demo/values.yaml', 'demo/values.schema.json', 'demo/templates/a.yaml', '../x', '/abs', 'demo\\x', 'demo/a/b/c/d/e/f', 'other/x'), fc.string({ maxLength: 120 })),
  type: fc.constantFrom('0', '0', '0', '5', '1', '2', 'x', 'L', 'g', '3', 'S'),
  data: fc.uint8Array({ maxLength: 12 * 1024 }),
  declaredSize: fc.option(fc.nat({ max: 1 << 30 }), { nil: undefined }),
});

/** A valid archive, then bytes flipped, cut, inserted or repeated. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 600 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 2048 }), times: fc.integer({ min: 1, max: 40 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') {
      out = out.slice();
      out[at] = m.byte;
    } else if (m.kind === 'cut') out = out.slice(0, at);
    else if (m.kind === 'insert') out = concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
    else {
      const piece = out.subarray(at, at + m.length);
      out = concat([out.subarray(0, at), ...Array.from({ length: m.times }, () => piece), out.subarray(at)]);
    }
  }
  return out;
}

/** What must hold for any input: an answer, never an exception, and memory within the limits. */
function expectWithinBudget(bytes: Uint8Array, limits: ChartArchiveLimits): void {
  const read = readChartArchiveFiles(bytes, limits);
  expect(read.unpackedBytes).toBeLessThanOrEqual(limits.unpackedBytes + UNPACK_STEP_BYTES);
  if (read.ok) {
    expect(read.files.length).toBeLessThanOrEqual(limits.entries);
    expect(read.files.reduce((total, file) => total + file.bytes.length, 0)).toBeLessThanOrEqual(limits.unpackedBytes);
    for (const file of read.files) expect(file.bytes.length).toBeLessThanOrEqual(limits.fileBytes);
  } else {
    expect(read.error).toMatch(/\S/);
  }
  const chart = readChartArchive(bytes, limits);
  expect(typeof chart.ok).toBe('boolean');
}

describe('any bytes at all', () => {
  test('random bytes, gzipped or not, get an answer within the memory budget', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, zip) => {
        expectWithinBudget(zip ? gzipSync(bytes) : bytes, small);
      }),
      { numRuns: 300 },
    );
  }, slow);

  test('archives of random entries, mutated, then gzipped or not, get an answer within the memory budget', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 30 }), fc.array(mutation, { maxLength: 4 }), fc.boolean(), (entries, mutations, zipFirst) => {
        const archive = tar(entries);
        expectWithinBudget(zipFirst ? mutate(gzipSync(archive), mutations) : gzipSync(mutate(archive, mutations)), small);
      }),
      { numRuns: 300 },
    );
  }, slow);

  test('a real chart archive, mutated, gets an answer within the memory budget', () => {
    const real = new Uint8Array(readFileSync('../shared/chart/1.90.0/catalyst-1.90.0.tgz'));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        expectWithinBudget(mutate(real, mutations), chartArchiveLimits);
      }),
      { numRuns: 30 },
    );
  }, slow);
});
