/** A starting point: a commented values file the user edits further. */
export interface Preset {
  id: string;
  title: string;
  /** One sentence: who it is for and what it sets. */
  description: string;
  /** The chart version the text is written for; every other version gets it migrated (presetText). */
  writtenFor: string;
  /**
   * The values file, in the words of `writtenFor`. It never holds a join token: the install command passes
   * it with `--set join_token="${JOIN_TOKEN}"`, and the header comment of each preset says so.
   */
  text: string;
}
