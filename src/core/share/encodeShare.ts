import { deflateSync, strToU8 } from 'fflate';
import type { ShareState } from './ShareState';
import { chartRefText } from '../chart/ChartRef';
import { toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { omitSecretsFromText } from './omitSecretsFromText';
import { HEADER_BYTES, SHARE_FORMAT_VERSION, SINGLE_FILE_FORMAT_VERSION } from './shareFormat';
import { SHARE_DICTIONARY_V2 } from './shareDictionary';

/*
 * Share-link compatibility rules
 *
 * Every format:
 *   text    = "v<N>." + base64url(bytes)          (RFC 4648 §5 alphabet, no padding)
 *   bytes   = length (uint32 BE) + crc32 (uint32 BE) + stream
 *   `length` and `crc32` describe `stream`; they tell a cut-off link from an edited one.
 *   Limits: 64 KiB of link text, 1 MiB inflated.
 *
 * v3, as written by this file for a workspace (a base file and environments' overlays):
 *   stream  = raw DEFLATE (fflate level 9, preset dictionary SHARE_DICTIONARY_V2) of UTF-8
 *             header + "\n" + layout + "\n" + base text + each overlay's text, one after another
 *   header  = as in v2 (chart version, then where the join token comes from).
 *   layout  = a JSON array: the base text's length, then for each overlay its name and its text's length,
 *             `[120,"prod",40,"dev",12]`; lengths in UTF-16 code units of the decoded text. The lengths
 *             must add up to exactly what follows, and names are environment names (checkEnvironmentName),
 *             or the link is refused as damaged. Every layer is the file as written; secret keys are left
 *             out of each unless the sender chose to include them.
 *   A workspace of one file is written as v2, byte for byte what a v2 studio wrote, so studios from before
 *   workspaces keep opening every single-file link.
 *
 * v2 (written by this file for a single file):
 *   stream  = raw DEFLATE (fflate level 9, preset dictionary SHARE_DICTIONARY_V2) of UTF-8
 *             chartVersion [+ " " + joinToken] + "\n" + the values file as written: comments, key order
 *             and values equal to the chart default kept, secret keys left out unless the sender chose
 *             to include them. joinToken (install | file | secret) says where the join token comes from;
 *             absent, or a word this studio does not know, it is given at install.
 *   A recipient on another studio or chart version gets the same file the sender had, not a diff
 *   against defaults that may have changed in between.
 *   chartVersion is a release, or `yours:<name>@<version>` for a chart the sender brought (from its
 *   Chart.yaml): the chart itself never travels in a link.
 *
 * v1 (written until v2; still opened):
 *   stream  = raw DEFLATE (level 9, no dictionary) of UTF-8 JSON
 *             { "chartVersion": "1.28.0", "values": { ...values that differ from the chart defaults }, "joinToken"?: … }
 *   Opened by printing the values as a file (see decodeShare); v1 decoders ignore unknown JSON fields.
 *
 * What a later version may change: anything after the prefix (compressor, dictionary, header, content).
 * It must bump the number in the prefix. What it may not change: the "v<integer>." prefix and the
 * `#share=` hash key, because they are how an old studio recognises a link it cannot read and says
 * "made by a newer studio". A studio that writes vN keeps a decoder for every v1..vN-1 and upgrades what
 * it decodes to the current ShareState; an old link opens the values it was made with, forever.
 * Values themselves are carried verbatim: when a chart version renames keys, that is a values migration,
 * not a link-format change.
 */

interface EncodeShareOptions {
  /** false by default in the UI: a link travels through chat and tickets. */
  includeSecrets: boolean;
  /** Called with every JSON Pointer in the values; true leaves that subtree out. */
  isSecret: (pointer: string) => boolean;
}

type EncodedShare =
  | {
      ok: true;
      payload: string;
      /** Pointers left out because they hold secrets; empty when includeSecrets is true. */
      omitted: string[];
    }
  /** Text that does not parse: its secrets cannot be found, so it is not put in a link. */
  | { ok: false };

export function encodeShare(state: ShareState, options: EncodeShareOptions): EncodedShare {
  const shared = sharedText(state.text, options);
  if (!shared.ok) return shared;
  const chart = chartRefText(state.chartRef);
  const header = state.joinToken === undefined ? chart : `${chart} ${state.joinToken}`;
  const overlays = state.overlays ?? [];
  if (overlays.length === 0) {
    const stream = deflateSync(strToU8(`${header}\n${shared.text}`), { level: 9, dictionary: strToU8(SHARE_DICTIONARY_V2) });
    return { ok: true, payload: framed(SINGLE_FILE_FORMAT_VERSION, stream), omitted: shared.omitted };
  }
  const layout: (string | number)[] = [shared.text.length];
  let texts = shared.text;
  const omitted = [...shared.omitted];
  for (const overlay of overlays) {
    const sharedOverlay = sharedText(overlay.text, options);
    if (!sharedOverlay.ok) return sharedOverlay;
    layout.push(overlay.name, sharedOverlay.text.length);
    texts += sharedOverlay.text;
    // An overlay's secrets are named with their environment: `/join_token` may be left out of several files.
    omitted.push(...sharedOverlay.omitted.map((pointer) => `${overlay.name}:${pointer}`));
  }
  const stream = deflateSync(strToU8(`${header}\n${JSON.stringify(layout)}\n${texts}`), { level: 9, dictionary: strToU8(SHARE_DICTIONARY_V2) });
  return { ok: true, payload: framed(SHARE_FORMAT_VERSION, stream), omitted };
}

function sharedText(text: string, options: EncodeShareOptions) {
  return options.includeSecrets ? { ok: true as const, text, omitted: [] } : omitSecretsFromText(text, options.isSecret);
}

/**
 * Any JSON text framed as a v1 link payload, as studios wrote them before v2. The decoder's tests use it to
 * reach v1's checks and to prove that old links keep opening.
 */
export function payloadOfJson(json: string): string {
  return framed(1, deflateSync(strToU8(json), { level: 9 }));
}

function framed(version: number, stream: Uint8Array): string {
  const bytes = new Uint8Array(HEADER_BYTES + stream.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, stream.length);
  view.setUint32(4, crc32(stream));
  bytes.set(stream, HEADER_BYTES);
  return `v${version}.${toBase64Url(bytes)}`;
}
