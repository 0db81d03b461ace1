import { describe, expect, test } from 'vitest';
import { formAddressHash, readFormAddress, type FormAddress } from './formAddress';

describe('the form address in the hash', () => {
  test('a field and a section are written so that reading them gives them back', () => {
    const places: FormAddress[] = [
      { kind: 'field', pointer: '/gateway/tls/existingSecret' },
      { kind: 'field', pointer: '/agent/podAnnotations/prometheus.io~1scrape' },
      { kind: 'field', pointer: '/agent/podAnnotations/team name 100%' },
      { kind: 'section', id: 'pod-security' },
    ];
    for (const place of places) expect(readFormAddress(formAddressHash(place))).toEqual(place);
    expect(formAddressHash({ kind: 'field', pointer: '/gateway/tls/existingSecret' })).toBe('#/gateway/tls/existingSecret');
  });

  test('a share link, an empty hash or a section name with markup is no place in the form', () => {
    expect(readFormAddress('#share=v2.abc')).toBeUndefined();
    expect(readFormAddress('')).toBeUndefined();
    expect(readFormAddress('#section=<img>')).toBeUndefined();
  });
});
