import { pointerFromHash } from './pointerFromHash';

/**
 * A place in the form, as the address's hash names it: a value's field (`#/gateway/tls/existingSecret`) or a
 * section (`#section=gateway`). The hash follows the user, so a link copied from the address bar opens the
 * same place; a share link's `#share=…` is neither.
 */
export type FormAddress = { kind: 'field'; pointer: string } | { kind: 'section'; id: string };

const SECTION_KEY = 'section=';

export function readFormAddress(hash: string): FormAddress | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.startsWith(SECTION_KEY)) {
    const id = raw.slice(SECTION_KEY.length);
    return /^[\w-]+$/.test(id) ? { kind: 'section', id } : undefined;
  }
  const pointer = pointerFromHash(raw);
  return pointer === undefined ? undefined : { kind: 'field', pointer };
}

/** The hash for a place: each pointer segment percent-encoded, so keys with spaces or `%` survive the address bar. */
export function formAddressHash(address: FormAddress): string {
  if (address.kind === 'section') return `#${SECTION_KEY}${address.id}`;
  return '#' + address.pointer.split('/').map(encodeURIComponent).join('/');
}
