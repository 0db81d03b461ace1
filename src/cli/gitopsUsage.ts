import { joinTokenSources } from '../core/install/joinTokenSource';
import { defaultChartVersion } from '../core/schema/chartCatalog';

/** Apart from the command, which loads the CRD schemas: `--help` and the other commands never pay for them. */
export const gitopsUsage = `  catalyst-values gitops --target argocd|argocd-appset|flux|helmfile [--chart VERSION|PATH]
                         [--repo-url URL --path DIR] -f BASE [-f FILE]... [--env NAME=FILE]... [-o DIR]
      Prints what installs Catalyst through a GitOps engine: Argo CD Applications (one per environment),
      an Argo CD ApplicationSet, a Flux HelmRelease per environment, or a helmfile with an environment per
      overlay. Every environment's values are checked first, and every object against its CRD schema.
      Secrets are never written: each is read from a Secret or an encrypted file the output says to create.
      --target TARGET        argocd, argocd-appset, flux or helmfile
  -f, --values FILE          a values file every environment layers, in order (the base first)
      --env NAME=FILE        an environment: the -f files, then FILE over them; repeat for each. NAME alone
                             is an environment of the -f files only. Without --env: one named "default"
      --chart VERSION        chart version the manifests install (default ${defaultChartVersion}; 1.90 and v1.90.0 work too)
      --chart PATH           a chart archive or folder: its version is installed, its schema judges the values
      --repo-url URL         Argo CD: the Git repository holding the values files (valueFiles, not valuesObject)
      --path DIR             the folder of that repository (helmfile: beside the helmfile) holding them
      --revision REV         the repository's revision (default HEAD)
      --values-from WHERE    Flux: inline (the HelmRelease's values, the default) or configmap
      --join-token SOURCE    ${joinTokenSources.join(', ')}: where the join token comes from (default install: from a
                             Secret the engine reads, as for the other secrets)
      --release NAME         the Helm release (default catalyst)
  -n, --namespace NS         the namespace to install into (default cra-agent)
  -o, --output DIR           write every file (manifests, values files without secrets, secrets templates) under DIR
  -h, --help                 this help
      Exit 0 when printed, 1 when an environment's values have an error (or an object fails its schema),
      2 on a usage error or a file that cannot be read.`;
