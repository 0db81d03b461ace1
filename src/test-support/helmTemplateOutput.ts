import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import type { HelmManifest } from '../core/helm-engine/HelmRenderResult';
import { chartArchivePath } from './chartArchive';
import { helmBinary } from './helmBinary';

/** What the real `helm template` prints for a shipped archive and a values text. */
export async function helmTemplate(chartVersion: string, values: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'helm-template-'));
  try {
    writeFileSync(join(folder, 'values.yaml'), values);
    const archive = chartArchivePath(chartVersion);
    const { stdout } = await promisify(execFile)(helmBinary(), ['template', 'catalyst', archive, '--namespace', 'cra-agent', '--set', 'join_token=x', '-f', join(folder, 'values.yaml')], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Helm's printed stream as the engine hands manifests over: one per document, with its source and identity. */
export function splitHelmOutput(output: string): HelmManifest[] {
  return output
    .split(/^---\n/m)
    .filter((part) => part.startsWith('# Source: '))
    .map((part) => {
      const newline = part.indexOf('\n');
      const yaml = part.slice(newline + 1);
      const object = (parse(yaml) ?? {}) as { kind?: string; metadata?: { name?: string; namespace?: string; annotations?: Record<string, string> } };
      const hook = object.metadata?.annotations?.['helm.sh/hook'];
      return {
        source: part.slice('# Source: '.length, newline),
        kind: object.kind ?? '',
        name: object.metadata?.name ?? '',
        namespace: object.metadata?.namespace ?? '',
        yaml,
        hooks: hook ? hook.split(',') : [],
      };
    });
}
