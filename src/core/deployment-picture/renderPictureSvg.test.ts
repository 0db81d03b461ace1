import { describe, expect, test } from 'vitest';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { drawDeploymentPicture } from './drawDeploymentPicture';

const configMap = (name: string): HelmManifest => ({ source: 'x/templates/cm.yaml', kind: 'ConfigMap', name, namespace: '', hooks: [], yaml: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${JSON.stringify(name)}\ndata:\n  a: b\n` });

describe('the picture as SVG', () => {
  test('escapes what the chart wrote, so a name cannot add markup to the page or the file', () => {
    const { svg } = drawDeploymentPicture({ manifests: [configMap('a<script>alert(1)</script>"&\'')], registry: undefined, namespace: 'ns' }, 'Title <b>');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('a&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&apos;');
    expect(new DOMParserLike(svg).wellFormed).toBe(true);
  });

  test('draws each object as a box that names it, and each connection as an arrow', () => {
    const deployment: HelmManifest = {
      source: 'x/templates/d.yaml',
      kind: 'Deployment',
      name: 'web',
      namespace: '',
      hooks: [],
      yaml: 'kind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          volumeMounts: []\n      volumes:\n        - name: c\n          configMap: { name: settings }\n',
    };
    const { svg, layout } = drawDeploymentPicture({ manifests: [deployment, configMap('settings')], registry: undefined, namespace: 'ns' }, 'Picture');
    expect(svg).toContain('aria-label="Deployment web"');
    expect(svg).toContain('aria-label="ConfigMap settings"');
    expect(svg).toContain('3 replicas');
    expect(svg).toMatch(/nginx:1\.27 from <\/tspan><tspan fill="#9a3412" font-weight="700">docker\.io<\/tspan>/);
    expect(svg.match(/<path d="M[^"]+"[^>]*data-relation="mounts"/g)).toHaveLength(1);
    expect(layout.edges).toHaveLength(1);
  });
});

/** Tags balance: every element opened is closed in order (the file opens in any SVG viewer). */
class DOMParserLike {
  readonly wellFormed: boolean;
  constructor(markup: string) {
    const stack: string[] = [];
    let ok = true;
    for (const match of markup.matchAll(/<(\/?)([\w:-]+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = match;
      if (selfClosing) continue;
      if (closing) ok &&= stack.pop() === name;
      else stack.push(name!);
    }
    this.wellFormed = ok && stack.length === 0;
  }
}
