import { describe, expect, test } from 'vitest';
import { payloadFromUrl, shareUrl } from './shareUrl';

describe('share URLs', () => {
  test('the payload goes in the hash and replaces any deep link', () => {
    expect(shareUrl('https://studio.example.com/app/', 'v1.abc')).toBe('https://studio.example.com/app/#share=v1.abc');
    expect(shareUrl('https://studio.example.com/app/#/gateway/tls/existingSecret', 'v1.abc')).toBe(
      'https://studio.example.com/app/#share=v1.abc',
    );
  });

  test('the payload is read back from a full URL or a bare hash', () => {
    expect(payloadFromUrl('https://studio.example.com/app/#share=v1.abc_-9')).toBe('v1.abc_-9');
    expect(payloadFromUrl('#share=v1.abc')).toBe('v1.abc');
    expect(payloadFromUrl('https://studio.example.com/#share=')).toBe('');
  });

  test('a deep link or a URL without a hash is not a share link', () => {
    expect(payloadFromUrl('https://studio.example.com/app/#/gateway/tls/existingSecret')).toBeNull();
    expect(payloadFromUrl('https://studio.example.com/app/')).toBeNull();
    expect(payloadFromUrl('https://studio.example.com/app/?share=v1.abc')).toBeNull();
  });
});
