import { describe, test, expect } from 'vitest';
import { closestMatch } from './closestMatch';

describe('closestMatch', () => {
  test('suggests the key one letter away from a typo', () => {
    expect(closestMatch('enbled', ['enabled', 'existingSecret', 'cert'])).toBe('enabled');
  });

  test('counts two swapped letters as one typo', () => {
    expect(closestMatch('existingSecert', ['enabled', 'existingSecret', 'secretName'])).toBe('existingSecret');
  });

  test('ignores case', () => {
    expect(closestMatch('IfNotPresent', ['Always', 'ifnotpresent'])).toBe('ifnotpresent');
    expect(closestMatch('REDIS', ['kubernetes', 'aws', 'redis'])).toBe('redis');
  });

  test("maps the README's aws_secretmanager to the provider aws", () => {
    expect(closestMatch('aws_secretmanager', ['kubernetes', 'aws', 'redis'])).toBe('aws');
  });

  test('finds a key hidden inside a longer dotted or dashed word, and the reverse', () => {
    expect(closestMatch('gateway.tls', ['tls', 'envoy'])).toBe('tls');
    expect(closestMatch('envoy', ['gateway-envoy', 'controlplane'])).toBe('gateway-envoy');
  });

  test('prefers the nearest candidate when several are close', () => {
    expect(closestMatch('registy', ['repository', 'registry'])).toBe('registry');
  });

  test('suggests nothing for an unrelated word', () => {
    expect(closestMatch('fooBar', ['kubernetes', 'aws'])).toBeUndefined();
    expect(closestMatch('name', ['type', 'port'])).toBeUndefined();
    expect(closestMatch('anything', [])).toBeUndefined();
  });

  test('does not treat a letter inside a word as a piece of it', () => {
    expect(closestMatch('awesome', ['aws'])).toBeUndefined();
    expect(closestMatch('x_y', ['x'])).toBeUndefined();
  });
});
