import { expect, test } from 'vitest';
import { coalesceValues } from '../values/coalesceValues';
import { parseValues } from '../yaml/parseValues';
import { mergeLayers } from './readWorkspace';
import { minimalOverlayText } from './minimalOverlayText';

const defaults = { gateway: { replicas: 1, tls: { enabled: false } }, logLevel: 'info' };

function valuesOf(text: string) {
  const parsed = parseValues(text);
  if (!parsed.ok) throw new Error(`does not parse: ${text}`);
  return parsed.values;
}

test('takes out what the overlay repeats from its base and the chart, keeping its comments and its own values', () => {
  const base = 'gateway:\n  replicas: 2\n';
  const overlay = '# production\ngateway:\n  replicas: 2 # same as base\n  tls:\n    enabled: true # prod terminates TLS\nlogLevel: info\n';
  const parent = coalesceValues(defaults, valuesOf(base));
  const result = minimalOverlayText(overlay, parent);
  expect(result).toEqual({ ok: true, text: '# production\ngateway:\n  tls:\n    enabled: true # prod terminates TLS\n', dropped: ['/gateway/replicas', '/logLevel'] });
  if (!result.ok) return;
  // Helm renders the same environment from either file.
  expect(coalesceValues(defaults, mergeLayers(valuesOf(base), valuesOf(result.text)))).toEqual(coalesceValues(defaults, mergeLayers(valuesOf(base), valuesOf(overlay))));
});

test('keeps a null that removes a value of the base', () => {
  const parent = coalesceValues(defaults, valuesOf('gateway:\n  replicas: 2\n'));
  expect(minimalOverlayText('gateway:\n  replicas: null\n', parent)).toEqual({ ok: true, text: 'gateway:\n  replicas: null\n', dropped: [] });
});

test('an overlay that only repeats its parent becomes empty', () => {
  const result = minimalOverlayText('logLevel: info\n', coalesceValues(defaults, {}));
  expect(result.ok && valuesOf(result.text)).toEqual({});
});

test('an overlay that does not parse cannot be trimmed', () => {
  expect(minimalOverlayText('a: [\n', defaults)).toEqual({ ok: false });
});
