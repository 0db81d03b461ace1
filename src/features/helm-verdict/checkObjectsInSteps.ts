import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';
import type { ObjectRefusal } from '@/core/kubernetes/checkKubernetesObjects';
import { loadKubernetesSchemas } from '@/core/kubernetes/loadKubernetesSchemas';
import type { KubernetesVersion } from '@/core/kubernetes/kubernetesVersions';
import { afterDelay } from '@/state/later';

/** Main-thread time one step may take before the page gets to paint and handle a keystroke. */
const STEP_MS = 8;

/**
 * The Kubernetes check of rendered objects, in steps of a few milliseconds with the page free between them,
 * so that a render landing while the user types never holds a keystroke up. The check and its schemas load
 * on first use: the page's first load carries none of them.
 */
export function checkObjectsInSteps(version: KubernetesVersion): (manifests: readonly HelmManifest[]) => Promise<ObjectRefusal[]> {
  return async (manifests) => {
    const [{ checkKubernetesObjects }, schemas] = await Promise.all([import('@/core/kubernetes/checkKubernetesObjects'), loadKubernetesSchemas()]);
    const refusals: ObjectRefusal[] = [];
    let stepStarted = performance.now();
    for (const manifest of manifests) {
      if (performance.now() - stepStarted > STEP_MS) {
        await new Promise<void>((resume) => afterDelay(resume, 0));
        stepStarted = performance.now();
      }
      refusals.push(...checkKubernetesObjects([manifest], { version, schemas }));
    }
    return refusals;
  };
}
