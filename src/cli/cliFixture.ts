import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { main } from './main';

/**
 * For a CLI suite: a temporary folder made before the suite, files written into it, and `run`, which calls
 * the CLI's main as a shell would and collects what it printed.
 */
async function runIn(setting: { isTTY?: boolean; env?: Record<string, string> }, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY: setting.isTTY ?? false },
    stderr: { write: (t: string) => (stderr += t) },
    env: setting.env ?? {},
  });
  return { code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) };
}

export function cliFixture() {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'catalyst-values-cli-'));
  });
  return {
    /** A path in the folder (the folder exists once the suite has started). */
    pathOf: (name: string) => join(dir, name),
    file(name: string, content: string | Buffer): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    async run(...args: string[]) {
      return runIn({}, args);
    },
    /** As `run`, on a terminal (stdout.isTTY) or not, with these environment variables. */
    async runWith(setting: { isTTY?: boolean; env?: Record<string, string> }, ...args: string[]) {
      return runIn(setting, args);
    },
  };
}
