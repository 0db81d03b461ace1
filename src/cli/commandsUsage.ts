/** Apart from the command, so `catalyst-values --help` and the other commands never load what this one needs. */
export const commandsUsage = `  catalyst-values commands [--chart VERSION] [--release NAME] [-n NAMESPACE]
                           [--region NAME] [--ingress URL] [--tracing jaeger|otlp] FILE
      Prints the commands to install FILE (named as given, in helm install -f FILE): join token,
      helm install/upgrade/uninstall, objects to create first, mirroring for private registries,
      outbound connections to allow.
      --chart VERSION        chart version (1.90, v1.90.0 and 1.90.0 all work)
      --release NAME         the Helm release (default catalyst)
  -n, --namespace NS         the namespace to install into (default cra-agent)
  -h, --help                 this help
      Exit 1 (commands not printed) when Helm would reject FILE; the join token may be left out.`;
