import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { helmBinary } from './helmBinary';

const run = promisify(execFile);

/** Helm's verdict on a values file: rendered, or refused with its message. */
export type HelmVerdict = { ok: true; manifests: string } | { ok: false; message: string };

/** `helm template catalyst <chart> --namespace catalyst --set join_token=x -f <valuesFile>`, as the chart's README installs. */
export async function helmTemplate(chart: string, valuesFile: string): Promise<HelmVerdict> {
  try {
    const { stdout } = await run(helmBinary(), ['template', 'catalyst', chart, '--namespace', 'catalyst', '--set', 'join_token=x', '-f', valuesFile], {
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, manifests: stdout };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    if (stderr === undefined) throw error;
    return { ok: false, message: stderr.trim() };
  }
}
