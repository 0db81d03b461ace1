/** A starting point: a commented values file the user edits further. */
export interface Preset {
  id: string;
  title: string;
  /** One sentence: who it is for and what it sets. */
  description: string;
  /**
   * The values file, written for each shipped chart version: keys and allowed values change between
   * versions (1.90.0 refuses the `aws` secrets provider that 1.28.0 requires). It never holds a join token:
   * the install command passes it with `--set join_token="${JOIN_TOKEN}"`, and the header comment of each
   * preset says so.
   */
  textByChartVersion: Readonly<Record<string, string>>;
}
