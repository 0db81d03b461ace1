import { valueFlagUsage } from './valueFlagOptions';

/** Apart from the command, so `catalyst-values --help` and the other commands never load what this one needs. */
export const templateUsage = `  catalyst-values template --chart PATH [-f FILE]... [--set K=V]... [--release NAME] [-n NAMESPACE]
                           [--kube-version V] [--api-versions V]... [--include-crds]
      Prints exactly what \`helm template NAME PATH\` prints, rendered by Helm's own engine (Helm 4.1.4,
      built in; no helm binary needed). PATH is a chart archive (\`helm pull\` output) or a chart folder.
${valueFlagUsage}
      --release NAME         the release name (default release-name, as Helm's)
  -n, --namespace NS         the release namespace (default default)
      Exit 0 when Helm renders the chart, 1 when it refuses (Helm's error on stderr), 2 on a usage error.`;
