import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseValues } from '@/core/yaml/parseValues';
import { coalesceValues } from '@/core/values/coalesceValues';
import { helmBinary } from '@/test-support/helmBinary';
import type { Values } from '@/core/diagnostics/Diagnostic';
import { imageList, uniqueImages } from './imageList';

/** Every `image:` the chart's templates render with these values, as a real Helm renders them. */
function renderedImages(version: string, userText: string): string[] {
  const archive = `../shared/chart/${version}/catalyst-${version}.tgz`;
  const manifest = execFileSync(helmBinary(), ['template', 'x', archive, '-f', '-'], { input: userText, encoding: 'utf8', timeout: 60_000 });
  return [...new Set([...manifest.matchAll(/^\s*image:\s*"?([^"\s]+)"?\s*$/gm)].map((m) => m[1] ?? ''))];
}

function parsed(text: string): Values {
  const result = parseValues(text);
  if (!result.ok) throw new Error(`does not parse: ${text}`);
  return result.values;
}

function listedImages(version: string, userText: string): string[] {
  const defaults = parsed(readFileSync(`../shared/chart/${version}/values.yaml`, 'utf8'));
  return uniqueImages(imageList(coalesceValues(defaults, parsed(userText))));
}

const cases = [
  { name: 'the defaults', text: 'join_token: x\n' },
  { name: 'a private registry and the optional parts on', text: 'join_token: x\nglobal:\n  image:\n    registry: registry.example.com\nmcp:\n  enabled: true\npiko:\n  enabled: true\n' },
  { name: 'no uninstall cleanup', text: 'join_token: x\ncleanup:\n  enabled: false\n' },
];

test.each(['1.28.0', '1.90.0'].flatMap((version) => cases.map((c) => ({ version, ...c }))))(
  'the mirror list of chart $version with $name names every image its templates deploy',
  ({ version, text }) => {
    const deployed = renderedImages(version, text);
    expect(deployed.length).toBeGreaterThan(0);
    expect(deployed.filter((image) => !listedImages(version, text).includes(image))).toEqual([]);
  },
);
