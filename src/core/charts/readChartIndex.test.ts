import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { helmBinary } from '../../test-support/helmBinary';
import { readChartIndex } from './readChartIndex';

describe('the index of hosted charts', () => {
  test('reads the index `helm repo index` writes: each archive with its name, version, file and digest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chart-index-'));
    try {
      copyFileSync('../shared/chart/1.90.0/catalyst-1.90.0.tgz', join(folder, 'catalyst-1.90.0.tgz'));
      copyFileSync('../shared/chart/releases/catalyst-1.40.0.tgz', join(folder, 'catalyst-1.40.0.tgz'));
      await promisify(execFile)(helmBinary(), ['repo', 'index', folder]);
      const read = readChartIndex(readFileSync(join(folder, 'index.yaml'), 'utf8'));
      const sha = (file: string) => createHash('sha256').update(readFileSync(join(folder, file))).digest('hex');
      expect(read.ok && [...read.charts].sort((a, b) => a.version.localeCompare(b.version))).toEqual([
        { name: 'catalyst', version: '1.40.0', url: 'catalyst-1.40.0.tgz', digest: sha('catalyst-1.40.0.tgz') },
        { name: 'catalyst', version: '1.90.0', url: 'catalyst-1.90.0.tgz', digest: sha('catalyst-1.90.0.tgz') },
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('leaves out entries without a version or an archive', () => {
    const read = readChartIndex('apiVersion: v1\nentries:\n  demo:\n  - version: 1.0.0\n  - urls: [demo-2.tgz]\n  - version: 3.0.0\n    urls: [demo-3.tgz]\n');
    expect(read).toEqual({ ok: true, charts: [{ name: 'demo', version: '3.0.0', url: 'demo-3.tgz' }] });
  });

  test('says what is wrong with a file that is not an index', () => {
    expect(readChartIndex('<html>not found</html>')).toEqual({ ok: false, error: expect.stringContaining('helm repo index') });
    expect(readChartIndex('entries: [\n')).toEqual({ ok: false, error: expect.stringContaining('not YAML') });
  });
});
