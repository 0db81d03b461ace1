/** A starting point: a commented values file the user edits further. */
export interface Preset {
  id: string;
  title: string;
  /** One sentence: who it is for and what it sets. */
  description: string;
  /**
   * The values file. It never holds a join token: the install command passes it with
   * `--set join_token="${JOIN_TOKEN}"`, and the header comment of each preset says so.
   */
  text: string;
}
