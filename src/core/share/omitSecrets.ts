import { childPointer } from '../pointer/jsonPointer';

interface OmitResult {
  value: unknown;
  omitted: string[];
}

/**
 * Copies the tree without the nodes `isSecret` marks. A mapping emptied only by omission is
 * dropped too, so a link does not show `tls: {}` where a key used to be.
 * Keys are written with defineProperty so a key named `__proto__` stays an own data key.
 */
export function omitSecrets(value: unknown, isSecret: (pointer: string) => boolean, pointer = ''): OmitResult {
  const omitted: string[] = [];
  const walk = (node: unknown, at: string): { keep: boolean; value: unknown } => {
    if (at !== '' && isSecret(at)) {
      omitted.push(at);
      return { keep: false, value: undefined };
    }
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      node.forEach((item, i) => {
        const r = walk(item, childPointer(at, i));
        if (r.keep) out.push(r.value);
      });
      return { keep: true, value: out };
    }
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {};
      const keys = Object.keys(node);
      let kept = 0;
      for (const key of keys) {
        const r = walk(node[key], childPointer(at, key));
        if (!r.keep) continue;
        Object.defineProperty(out, key, { value: r.value, enumerable: true, writable: true, configurable: true });
        kept++;
      }
      const emptiedByOmission = keys.length > 0 && kept === 0 && at !== '';
      return { keep: !emptiedByOmission, value: out };
    }
    return { keep: true, value: node };
  };
  const result = walk(value, pointer);
  return { value: result.keep ? result.value : undefined, omitted };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
