import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Scalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/Diagnostic';
import { formatPointer } from '../pointer/jsonPointer';
import { resolvePlainScalar } from './resolvePlainScalar';
import { defineOwn } from '../values/defineOwn';

/** Deeper than any real values file; stops a hostile file before it overflows the stack (ours or a caller's). */
export const MAX_DEPTH = 500;
/**
 * Nodes an alias may expand to in one document. Aliases are copied (Helm copies them too), so
 * "billion laughs" would otherwise build gigabytes; real values files use a handful of small anchors.
 */
const MAX_ALIAS_EXPANSION = 100_000;

const TAG = 'tag:yaml.org,2002:';

interface ConvertResult {
  value: unknown;
  issues: Diagnostic[];
}

class Abort extends Error {}

/**
 * Converts one parsed document into the plain tree Helm would build, following go-yaml v2:
 * duplicate keys (last wins), merge keys (`<<`, applied in order, earlier list entries win),
 * non-string keys turned into strings as sigs.k8s.io/yaml does. Objects get keys as own
 * properties, so `__proto__` in a file is data and never a prototype.
 */
export function nodeToValues(doc: Document, node: Node | null, lineCounter: LineCounter | undefined): ConvertResult {
  const issues: Diagnostic[] = [];
  let aliasNodes = 0;
  const active = new Set<Node>();

  const report = (severity: Diagnostic['severity'], path: string[], at: Node | null | undefined, message: string) => {
    const { line, column } = positionOf(at, lineCounter);
    issues.push({ pointer: formatPointer(path), severity, message, line, column, source: 'yaml' });
  };
  const fail = (path: string[], at: Node | null | undefined, message: string): never => {
    report('error', path, at, message);
    throw new Abort(message);
  };

  const convert = (n: Node | null | undefined, path: string[], inAlias: boolean): unknown => {
    if (path.length > MAX_DEPTH) fail(path, n, `nesting too deep: more than ${MAX_DEPTH} levels of maps and lists`);
    if (inAlias && ++aliasNodes > MAX_ALIAS_EXPANSION) {
      fail(path, n, `too many aliases: expanding the anchors (*name) would create more than ${MAX_ALIAS_EXPANSION} values; this looks like an alias bomb`);
    }
    if (n === null || n === undefined) return null;
    if (isAlias(n)) {
      const target = n.resolve(doc);
      if (!target) return fail(path, n, `unknown alias *${n.source}`);
      if (active.has(target)) return fail(path, n, `alias *${n.source} refers to itself`);
      return convert(target, path, true);
    }
    // Only an anchored node can be an alias's target, so only those need watching for an alias into itself.
    if (!n.anchor) return convertNode(n, path, inAlias);
    active.add(n);
    try {
      return convertNode(n, path, inAlias);
    } finally {
      active.delete(n);
    }
  };

  /**
   * `path` is one list for the whole walk, a child's key pushed before it is converted and popped after:
   * a file of a million keys would otherwise copy it once per key. What keeps a path makes it a pointer first.
   */
  const convertNode = (n: Node, path: string[], inAlias: boolean): unknown => {
    if (isScalar(n)) return scalarValue(n, path);
    if (isSeq(n)) {
      const items: unknown[] = [];
      n.items.forEach((item, i) => {
        path.push(String(i));
        items.push(convert(item as Node | null, path, inAlias));
        path.pop();
      });
      return items;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      const seenAt = new Map<string, Node>();
      for (const pair of n.items) {
        const keyNode = pair.key as Node | null;
        const valueNode = pair.value as Node | null;
        if (isScalar(keyNode) && keyNode.type === 'PLAIN' && !keyNode.tag && keyNode.value === '<<') {
          mergeInto(out, valueNode, path, inAlias);
          continue;
        }
        const key = keyString(keyNode, path);
        const previous = seenAt.get(key);
        if (previous) {
          const { line } = positionOf(previous, lineCounter);
          report('warning', [...path, key], keyNode, `duplicate key "${key}" (first at line ${line}): the last one wins`);
        }
        seenAt.set(key, keyNode ?? n);
        path.push(key);
        defineOwn(out, key, convert(valueNode, path, inAlias));
        path.pop();
      }
      return out;
    }
    return fail(path, n, 'unsupported YAML node');
  };

  /** go-yaml v2 assigns merged keys where `<<` stands; in a list, earlier maps take precedence. */
  const mergeInto = (out: Record<string, unknown>, source: Node | null, path: string[], inAlias: boolean) => {
    const target = isAlias(source) ? source.resolve(doc) : source;
    const sources = isSeq(target) ? [...target.items].reverse() : [source];
    for (const item of sources) {
      const resolved = isAlias(item) ? (item as { resolve(d: Document): Node | undefined }).resolve(doc) : item;
      if (!isMap(resolved)) fail(path, item as Node, 'a merge key (<<) needs a map or a list of maps');
      const merged = convert(item as Node, path, inAlias) as Record<string, unknown>;
      for (const key of Object.keys(merged)) defineOwn(out, key, merged[key]);
    }
  };

  const keyString = (keyNode: Node | null, path: string[]): string => {
    if (keyNode !== null && !isScalar(keyNode) && !isAlias(keyNode)) {
      return fail(path, keyNode, 'a map key must be a plain value, not a map or a list');
    }
    const resolvedNode = isAlias(keyNode) ? keyNode.resolve(doc) : keyNode;
    if (resolvedNode && !isScalar(resolvedNode)) return fail(path, keyNode, 'a map key must be a plain value, not a map or a list');
    const value = resolvedNode ? scalarValue(resolvedNode, path) : null;
    if (value === null) return fail(path, keyNode, 'a map key cannot be empty or null (Helm fails: unsupported map key of type <nil>)');
    if (typeof value === 'number') return isIntegerText(resolvedNode) ? String(value) : formatGoFloat(value);
    return String(value);
  };

  const scalarValue = (n: Scalar, path: string[]): unknown => {
    const value = n.value;
    if (typeof value !== 'string') return value; // created from JS by someone else: already typed
    const tag = n.tag;
    if (!tag || tag === '!') {
      if (n.type !== 'PLAIN' || tag === '!') return value;
      return resolvedOrFail(value, path, n);
    }
    if (!tag.startsWith(TAG)) return value; // go-yaml keeps unknown tags' scalars as strings
    const name = tag.slice(TAG.length);
    if (name === 'str' || name === 'timestamp') return value;
    if (name === 'binary') return decodeBase64(value) ?? fail(path, n, '!!binary value is not valid base64');
    if (name === 'null' || name === 'bool' || name === 'int' || name === 'float') {
      const resolved = resolvedOrFail(value, path, n);
      const numberKind = /^[-+]?(0[xXoObB][0-9a-fA-F_]+|[0-9_]+)$/.test(value) ? 'int' : 'float';
      const kind = resolved === null ? 'null' : typeof resolved === 'boolean' ? 'bool' : typeof resolved === 'number' ? numberKind : 'str';
      const fits = kind === name || (name === 'float' && kind === 'int');
      if (!fits) fail(path, n, `cannot read "${value}" as !!${name}`);
      return resolved;
    }
    return value;
  };

  const resolvedOrFail = (text: string, path: string[], n: Scalar): unknown => {
    const resolved = resolvePlainScalar(text);
    if (resolved.kind === 'unsupported') {
      report('error', path, n, `${text} (infinity / not-a-number) is not allowed: Helm fails with "json: unsupported value"; quote it if you mean the string`);
      return resolved.value;
    }
    return resolved.value;
  };

  try {
    const value = convert(node, [], false);
    return { value, issues };
  } catch (error) {
    if (error instanceof Abort) return { value: undefined, issues };
    if (error instanceof RangeError) {
      report('error', [], node, 'nesting too deep: the file nests maps or lists too deeply to read');
      return { value: undefined, issues };
    }
    throw error;
  }
}

/** 1-based position of a node; created nodes have no range, so they fall back to the top of the file. */
export function positionOf(node: Node | null | undefined, lineCounter: LineCounter | undefined): { line: number; column: number } {
  const offset = node?.range?.[0];
  if (offset === undefined || !lineCounter) return { line: 1, column: 1 };
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}

function isIntegerText(node: Scalar | undefined | null): boolean {
  return typeof node?.value === 'string' && /^[-+]?(0[xXoObB][0-9a-fA-F_]+|[0-9_]+)$/.test(node.value);
}

/** strconv.FormatFloat(f, 'g', -1, 64), which sigs.k8s.io/yaml uses for float map keys (`1e30:` → "1e+30"). */
function formatGoFloat(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return String(value);
}

function decodeBase64(text: string): string | undefined {
  try {
    const binary = atob(text.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return undefined;
  }
}
