import { readFileSync } from 'node:fs';
import { parse } from '/work/wt/picture/node_modules/yaml/dist/index.js';
import { splitHelmOutput } from '/work/wt/picture/src/test-support/helmTemplateOutput';
import { buildDeploymentPicture } from '/work/wt/picture/src/core/deployment-picture/buildDeploymentPicture';
import { layoutDeploymentPicture } from '/work/wt/picture/src/core/deployment-picture/layoutDeploymentPicture';
import { renderPictureSvg } from '/work/wt/picture/src/core/deployment-picture/renderPictureSvg';
const manifests = splitHelmOutput(readFileSync('/tmp/allon.out', 'utf8'));
for (let i = 0; i < 5; i++) {
  let t = performance.now(); for (const m of manifests) parse(m.yaml); const p0 = performance.now() - t;
  t = performance.now(); const pic = buildDeploymentPicture({ manifests, registry: undefined, namespace: 'cra-agent' }); const b = performance.now() - t;
  t = performance.now(); const l = layoutDeploymentPicture(pic); const la = performance.now() - t;
  t = performance.now(); renderPictureSvg(l, 't'); const s = performance.now() - t;
  console.log('parse', p0.toFixed(0), 'build', b.toFixed(0), 'layout', la.toFixed(0), 'svg', s.toFixed(0));
}
