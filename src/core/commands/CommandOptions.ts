/** What the user chooses outside the values file; every field has the README's default. */
export interface CommandOptions {
  /** Default `catalyst`. */
  release?: string;
  /** Default `cra-agent`. */
  namespace?: string;
  /** Default `catalyst-values.yaml`: the file the studio downloads. */
  fileName?: string;
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
    fileName: options.fileName || 'catalyst-values.yaml',
    regionName: options.regionName || '<region-name>',
    ingressUrl: options.ingressUrl || 'https://<ingress-domain>',
  };
}
