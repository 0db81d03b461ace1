import { defaultChartVersion, shippedChartVersions } from '../core/schema/chartCatalog';
import { KUBERNETES_VERSIONS } from '../core/kubernetes/kubernetesVersions';
import { valueFlagUsage } from './valueFlagOptions';

/** Apart from the command, so `catalyst-values --help` and the other commands never load what this one needs. */
export const validateUsage = `  catalyst-values validate [--chart VERSION] [-f FILE]... [--set K=V]... [--strict]
                           [-o text|json|sarif|junit|github] [FILE|DIR|-]...
      Checks values as \`helm install\` reads them (YAML 1.1, merged over the chart defaults, with the
      chart's template rules). Each FILE is checked on its own, a DIR stands for every *.yaml/*.yml in
      it, - reads standard input; -f files are merged in order into one check (and layered under each
      FILE when both are given); the --set flags apply to every check.
${valueFlagUsage}
      --chart VERSION        chart version: ${shippedChartVersions.join(', ')} (default ${defaultChartVersion}); 1.90 and v1.90.0 work too
      --chart PATH           a chart archive (.tgz) or folder: Helm's own engine renders it with the values
                             and its verdict is the answer (errors with source "helm"); each object it
                             renders is checked as the Kubernetes API server would (errors with source
                             "kubernetes": types, quantities, names, unknown fields, API versions served)
      --kube-version V       with --chart PATH: the cluster's Kubernetes version, ${KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]} to ${KUBERNETES_VERSIONS[0]}
                             (default: the newest the chart's kubeVersion admits)
      --strict               warnings fail the check too, as with helm lint --strict
  -o, --output FORMAT        text (FILE:LINE:COL severity pointer message), json (one object per check),
                             sarif (SARIF 2.1.0, for code scanning), junit (JUnit XML, for CI test reports),
                             github (workflow commands: annotations on the pull request)
      --format FORMAT        the same as --output
      --color WHEN           auto (a terminal, unless NO_COLOR is set), always or never
  -h, --help                 this help
      Exit 0 when no check has an error (warnings allowed), 1 when one has, 2 on a usage error or when a
      file cannot be read and no other file has an error.`;
