/** Apart from the command, so `catalyst-values --help` and the other commands never load what this one needs. */
export const openUsage = `  catalyst-values open URL
      Prints the values file a studio share link holds (with the chart version as its first
      comment line): catalyst-values open "$URL" > catalyst-values.yaml
      Exit 1 with the reason when the link is cut off, edited, too large or from a newer studio.`;
