import type { HelmSetArgument } from '../core/helm-engine/HelmRenderRequest';
import type { ValueFlag } from '../core/values/ValueFlag';
import { readFlagFile } from './valueFlagOptions';

/**
 * The command line's --set family for the engine. `--set-file a=PATH,b=PATH` names files the engine cannot
 * read itself: each is read here (relative to the working folder, as Helm reads it) and sent as content.
 */
export function engineSetArguments(flags: readonly ValueFlag[]): HelmSetArgument[] | { error: string } {
  const out: HelmSetArgument[] = [];
  for (const flag of flags) {
    if (flag.kind !== 'set-file') {
      out.push({ flag: flag.kind, text: flag.text });
      continue;
    }
    for (const pair of flag.text.split(',')) {
      const at = pair.indexOf('=');
      if (at <= 0) return { error: `--set-file ${flag.text}: expected KEY=PATH` };
      const read = readFlagFile(pair.slice(at + 1));
      if ('error' in read) return { error: `--set-file ${read.error}` };
      out.push({ flag: 'set-file', key: pair.slice(0, at), content: read.text });
    }
  }
  return out;
}
