/** What the user chooses outside the values file; every field has the README's default. */
export interface CommandOptions {
  /** Default `catalyst`. */
  release?: string;
  /** Default `cra-agent`. */
  namespace?: string;
  /**
   * The values files, in the order `-f` takes them: a workspace's base, then the environment's overlay.
   * Default `catalyst-values.yaml` alone: the file the studio downloads.
   */
  valuesFiles?: readonly string[];
  /** Default `<region-name>`: a placeholder the user replaces. */
  regionName?: string;
  /** Default `https://<ingress-domain>`. */
  ingressUrl?: string;
}

type ResolvedCommandOptions = Required<CommandOptions>;

export function resolveCommandOptions(options: CommandOptions = {}): ResolvedCommandOptions {
  return {
    release: options.release || 'catalyst',
    namespace: options.namespace || 'cra-agent',
    valuesFiles: options.valuesFiles?.length ? options.valuesFiles : ['catalyst-values.yaml'],
    regionName: options.regionName || '<region-name>',
    ingressUrl: options.ingressUrl || 'https://<ingress-domain>',
  };
}
