import { deflateSync, strToU8 } from 'fflate';
import type { Values } from '../diagnostics/Diagnostic';
import type { ShareState } from './ShareState';
import { toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { omitSecrets } from './omitSecrets';
import { HEADER_BYTES, SHARE_FORMAT_VERSION } from './shareFormat';

/*
 * Share-link compatibility rules
 *
 * Format v1, as written by this file:
 *   text    = "v1." + base64url(bytes)           (RFC 4648 §5 alphabet, no padding)
 *   bytes   = length (uint32 BE) + crc32 (uint32 BE) + stream
 *   stream  = raw DEFLATE (fflate level 9) of UTF-8 JSON
 *   JSON    = { "chartVersion": "1.28.0", "values": { ...changes-only values } }
 *   `length` and `crc32` describe `stream`; they tell a cut-off link from an edited one.
 *   Limits: 64 KiB of link text, 1 MiB of inflated JSON.
 *
 * What a later version may change: anything after the prefix (compressor, header, JSON
 * field names, how secrets are marked). It must bump the number in the prefix.
 * What it may not change: the "v<integer>." prefix and the `#share=` hash key, because they
 * are how an old studio recognises a link it cannot read and says "made by a newer studio".
 *
 * How old links keep opening: a studio that writes vN keeps a decoder for every v1..vN-1
 * and upgrades the decoded state to the current ShareState. Within v1, new optional JSON
 * fields may be added only if ignoring them leaves the same values; v1 decoders ignore
 * unknown top-level fields. Values themselves are carried verbatim: when a chart version
 * renames keys, that is a values migration, not a link-format change.
 */

export interface EncodeShareOptions {
  /** false by default in the UI: a link travels through chat and tickets. */
  includeSecrets: boolean;
  /** Called with every JSON Pointer in the values; true leaves that subtree out. */
  isSecret: (pointer: string) => boolean;
}

export interface EncodedShare {
  payload: string;
  /** Pointers left out because they hold secrets; empty when includeSecrets is true. */
  omitted: string[];
}

export function encodeShare(state: ShareState, options: EncodeShareOptions): EncodedShare {
  const { value, omitted } = options.includeSecrets
    ? { value: state.values, omitted: [] }
    : omitSecrets(state.values, options.isSecret);
  const values = (value ?? {}) as Values;
  return { payload: payloadOfJson(JSON.stringify({ chartVersion: state.chartVersion, values })), omitted };
}

/**
 * Any JSON text framed as a v1 link payload (header, deflate, base64url). encodeShare's own framing; the
 * decoder's tests use it to reach the checks that come after the checksum.
 */
export function payloadOfJson(json: string): string {
  const stream = deflateSync(strToU8(json), { level: 9 });
  const bytes = new Uint8Array(HEADER_BYTES + stream.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, stream.length);
  view.setUint32(4, crc32(stream));
  bytes.set(stream, HEADER_BYTES);
  return `v${SHARE_FORMAT_VERSION}.${toBase64Url(bytes)}`;
}
