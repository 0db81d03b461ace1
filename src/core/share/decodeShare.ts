import { inflateSync, strToU8 } from 'fflate';
import type { Values } from '../diagnostics/Diagnostic';
import { MAX_DEPTH } from '../yaml/nodeToValues';
import { printValues } from '../yaml/printValues';
import type { ShareState } from './ShareState';
import { isJoinTokenSource } from '../install/joinTokenSource';
import { fromBase64Url } from './base64url';
import { crc32 } from './crc32';
import { SHARE_DICTIONARY_V2 } from './shareDictionary';
import { HEADER_BYTES, MAX_INFLATED_BYTES, MAX_PAYLOAD_LENGTH, SHARE_FORMAT_VERSION, VERSION_PREFIX } from './shareFormat';
import { parseChartRef, type ChartRef } from '../chart/ChartRef';
import { checkEnvironmentName } from '../workspace/checkEnvironmentName';
import type { Layer } from '../workspace/Workspace';

/** Lets the UI choose a remedy (e.g. "update the studio") without matching message text. */
type ShareErrorCode =
  | 'empty'
  | 'not-a-share-link'
  | 'newer-format'
  | 'unknown-format'
  | 'too-large'
  | 'truncated'
  | 'damaged'
  | 'tampered'
  | 'wrong-shape';

type DecodeShareResult =
  | { ok: true; state: ShareState }
  | { ok: false; error: string; code: ShareErrorCode };

const CHART_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** A release, or a chart the sender brought, by its key alone: a link never carries the chart itself. */
function chartReference(text: string): ChartRef | undefined {
  const ref = parseChartRef(text);
  return ref !== undefined && (ref.kind === 'brought' || CHART_VERSION.test(ref.version)) ? ref : undefined;
}

function fail(code: ShareErrorCode, error: string): DecodeShareResult {
  return { ok: false, error, code };
}

/** Never throws: whatever is pasted into the address bar ends as a message, not a blank page. */
export function decodeShare(payload: string): DecodeShareResult {
  try {
    return decodeUnchecked(payload);
  } catch {
    return fail('damaged', 'This share link is damaged and cannot be opened.');
  }
}

function decodeUnchecked(payload: string): DecodeShareResult {
  if (typeof payload !== 'string' || payload.trim() === '') {
    return fail('empty', 'The share link is empty: there is nothing after "#share=".');
  }
  if (payload.length > MAX_PAYLOAD_LENGTH) {
    return fail(
      'too-large',
      `This share link is too long (${payload.length.toLocaleString('en')} characters; the limit is ${MAX_PAYLOAD_LENGTH.toLocaleString('en')}).`,
    );
  }
  const prefix = VERSION_PREFIX.exec(payload);
  if (!prefix) {
    return fail('not-a-share-link', 'This is not a Catalyst Values Studio share link.');
  }
  const version = Number(prefix[1]);
  if (version > SHARE_FORMAT_VERSION) {
    return fail(
      'newer-format',
      `This share link was made by a newer Catalyst Values Studio (format v${version}); this studio reads up to v${SHARE_FORMAT_VERSION}. Open it in the newer studio.`,
    );
  }
  if (version < 1) {
    return fail('unknown-format', `This share link uses format v${version}, which no Catalyst Values Studio writes.`);
  }

  const body = payload.slice(prefix[0].length);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) {
    return fail('damaged', 'This share link is damaged: it contains characters a share link never has.');
  }
  const bytes = fromBase64Url(body);
  if (bytes === null || bytes.length < HEADER_BYTES) {
    return fail('truncated', 'This share link is incomplete: it was probably cut off when copied. Copy the whole link again.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredLength = view.getUint32(0);
  const declaredCrc = view.getUint32(4);
  const stream = bytes.subarray(HEADER_BYTES);
  if (stream.length < declaredLength) {
    return fail('truncated', 'This share link is incomplete: it was probably cut off when copied. Copy the whole link again.');
  }
  if (stream.length > declaredLength || crc32(stream) !== declaredCrc) {
    return fail(
      'tampered',
      'This share link is damaged: its contents do not match its checksum, so it was edited or corrupted after it was made. Ask for the link again.',
    );
  }

  // A fixed output buffer caps memory: fflate writes no further than its end.
  const out = inflateSync(stream, { out: new Uint8Array(MAX_INFLATED_BYTES + 1), ...(version >= 2 ? { dictionary: strToU8(SHARE_DICTIONARY_V2) } : {}) });
  if (out.length > MAX_INFLATED_BYTES) {
    return fail('too-large', 'This share link expands to more than 1 MiB of values and was refused.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return fail('damaged', 'This share link is damaged: its contents are not text.');
  }
  if (version === 3) return readV3(text);
  return version === 2 ? readV2(text) : readV1(text);
}

/** v2: the chart version (and where the join token comes from) on the first line, the values file as written after it. */
function readV2(content: string): DecodeShareResult {
  const newline = content.indexOf('\n');
  // A chart version or a brought chart's key (its name may hold spaces), then the join token's source if any.
  const header = newline === -1 ? content : content.slice(0, newline);
  const source = / (install|file|secret)$/.exec(header);
  const chartRef = chartReference(source ? header.slice(0, source.index) : header);
  const joinToken = source?.[1];
  if (!chartRef) {
    return fail('wrong-shape', 'This share link names no valid chart version (expected something like 1.28.0).');
  }
  const text = newline === -1 ? '' : content.slice(newline + 1);
  return { ok: true, state: { chartRef, text, ...(isJoinTokenSource(joinToken) ? { joinToken } : {}) } };
}

/** v3: the v2 header, then the layout of the layers (see encodeShare), then the base and each overlay as written. */
function readV3(content: string): DecodeShareResult {
  const headerEnd = content.indexOf('\n');
  const layoutEnd = headerEnd === -1 ? -1 : content.indexOf('\n', headerEnd + 1);
  if (layoutEnd === -1) return fail('damaged', 'This share link is damaged: its environments cannot be read.');
  const head = readV2(content.slice(0, headerEnd));
  if (!head.ok) return head;
  const texts = content.slice(layoutEnd + 1);
  const layers = readLayout(content.slice(headerEnd + 1, layoutEnd), texts);
  if (layers === undefined) return fail('damaged', 'This share link is damaged: its environments cannot be read.');
  return { ok: true, state: { ...head.state, text: layers.base, overlays: layers.overlays } };
}

function readLayout(layoutText: string, texts: string): { base: string; overlays: Layer[] } | undefined {
  let layout: unknown;
  try {
    layout = JSON.parse(layoutText);
  } catch {
    return undefined;
  }
  if (!Array.isArray(layout) || layout.length % 2 !== 1) return undefined;
  const lengths = layout.filter((_, index) => index % 2 === 0);
  const names = layout.filter((_, index) => index % 2 === 1);
  if (!lengths.every((length) => Number.isSafeInteger(length) && length >= 0)) return undefined;
  if (!names.every((name, index) => typeof name === 'string' && checkEnvironmentName(name, names.slice(0, index) as string[]) === undefined)) return undefined;
  if ((lengths as number[]).reduce((sum, length) => sum + length, 0) !== texts.length) return undefined;
  let at = 0;
  const cut = (length: number) => texts.slice(at, (at += length));
  const base = cut(lengths[0] as number);
  const overlays = (names as string[]).map((name, index) => ({ name, text: cut(lengths[index + 1] as number) }));
  return { base, overlays };
}

/** v1: JSON with the values that differ from the chart defaults, opened as the file they print as. */
function readV1(text: string): DecodeShareResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('damaged', 'This share link is damaged: its contents are not readable values.');
  }
  return checkShape(parsed);
}

function checkShape(parsed: unknown): DecodeShareResult {
  if (!isMapping(parsed)) {
    return fail('wrong-shape', 'This share link does not contain studio values.');
  }
  const chartVersion = Object.hasOwn(parsed, 'chartVersion') ? parsed['chartVersion'] : undefined;
  const chartRef = typeof chartVersion === 'string' ? chartReference(chartVersion) : undefined;
  if (!chartRef) {
    return fail('wrong-shape', 'This share link names no valid chart version (expected something like 1.28.0).');
  }
  const values = Object.hasOwn(parsed, 'values') ? parsed['values'] : undefined;
  if (!isMapping(values)) {
    return fail('wrong-shape', 'This share link does not hold a values mapping (a values file is key: value pairs).');
  }
  if (nestingExceeds(values, MAX_DEPTH)) {
    return fail('wrong-shape', `This share link nests its values more than ${MAX_DEPTH} levels deep, deeper than any values file can be, and was refused.`);
  }
  try {
    // Optional (links made before it was carried lack it); a value this studio does not know is ignored.
    const joinToken = Object.hasOwn(parsed, 'joinToken') ? parsed['joinToken'] : undefined;
    const text = Object.keys(values).length === 0 ? '' : printValues(values as Values);
    return { ok: true, state: { chartRef, text, ...(isJoinTokenSource(joinToken) ? { joinToken } : {}) } };
  } catch {
    // A link is input from anywhere: whatever it holds, the answer is a message, never a broken page.
    return fail('wrong-shape', 'This share link holds values the studio cannot write out as a values file.');
  }
}

/**
 * JSON.parse accepts nesting that would overflow the stack of the recursive code the values meet next
 * (printing them as a file); a values file deeper than the parser's limit could not be read back anyway.
 * Iterative, so the check itself cannot overflow.
 */
function nestingExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
