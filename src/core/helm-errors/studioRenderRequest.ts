import type { Values } from '../diagnostics/Diagnostic';
import type { HelmRenderRequest } from '../helm-engine/HelmRenderRequest';
import { resolveCommandOptions } from '../commands/CommandOptions';

/**
 * What the studio asks Helm to render: the user's file as `-f`, with the release, namespace and join token
 * the install command passes (the token travels as `--set`, never in the file; any token does for judging),
 * for the cluster's Kubernetes version (`1.33`) when one is chosen: templates that ask for it render as there.
 * The studio reads the verdict and the manifests, never the text `helm template` prints, so it is left out.
 */
export function studioRenderRequest(chart: Uint8Array, text: string, chartDefaults: Values, kubeVersion = ''): HelmRenderRequest {
  const { release, namespace } = resolveCommandOptions();
  const takesJoinToken = Object.hasOwn(chartDefaults, 'join_token');
  return {
    chart,
    values: [text],
    set: takesJoinToken ? [{ flag: 'set', text: 'join_token=JOIN_TOKEN' }] : [],
    release,
    namespace,
    kubeVersion: kubeVersion === '' ? '' : `${kubeVersion}.0`,
    omitOutput: true,
  };
}
