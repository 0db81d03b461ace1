/** The format this studio writes; see the compatibility rules in encodeShare.ts. */
export const SHARE_FORMAT_VERSION = 3;

/** The format of a link that carries one file: older studios open it, so it is still written for single files. */
export const SINGLE_FILE_FORMAT_VERSION = 2;

/** Links longer than this are refused before any decoding work (64 KiB). */
export const MAX_PAYLOAD_LENGTH = 64 * 1024;

/** A decompression bomb stops here: no values file a person writes comes near 1 MiB of JSON. */
export const MAX_INFLATED_BYTES = 1024 * 1024;

/** Bytes before the deflate stream: uint32 big-endian length of the stream, then its CRC-32. */
export const HEADER_BYTES = 8;

/** `v<integer>.` — readable by eye, and the only part every future format must keep. */
export const VERSION_PREFIX = /^v(\d{1,6})\./;
