import { expect, test } from 'vitest';
import { childPointer, dottedPath, parsePointer } from './jsonPointer';

test('a pointer reads as the dotted path of values.yaml, with escaped keys shown as the user wrote them', () => {
  expect(dottedPath('/agent/config/host')).toBe('agent.config.host');
  expect(dottedPath('/agent/podAnnotations/prometheus.io~1scrape')).toBe('agent.podAnnotations.prometheus.io/scrape');
  expect(dottedPath('/a~0b/0')).toBe('a~b.0');
  expect(dottedPath('')).toBe('');
});

test('a key with a slash or tilde survives a round trip through a child pointer', () => {
  const pointer = childPointer('/agent/podAnnotations', 'prometheus.io/~port');
  expect(pointer).toBe('/agent/podAnnotations/prometheus.io~1~0port');
  expect(parsePointer(pointer)).toEqual(['agent', 'podAnnotations', 'prometheus.io/~port']);
});
