/** Apart from the command, so `catalyst-values --help` and the other commands never load what this one needs. */
export const schemaUsage = `  catalyst-values schema [--chart VERSION|PATH] [--overlay-report] [--editor]
      Prints the studio's JSON schema (draft-07) for a shipped chart version, or for any release of the
      chart as an archive (helm pull output) or a chart folder: every value of its values.yaml with its
      default, the values its templates read, its own schema's constraints, and the studio's curated
      sections, secrets, conditions and checks; values the studio does not know are described by the
      chart's own comments.
      --chart VERSION|PATH   a shipped version (1.90, v1.90.0, 1.90.0; default the newest) or a chart
      --overlay-report       (with PATH) writes to stderr how the curated overlay fits this chart: entries
                             that match no value (stale), rules left out, values it does not cover (new)
      --editor               the variant for editing a values file (nothing required that the chart's
                             defaults provide; rules only the merged values decide left out)
  -h, --help                 this help`;
