import { shippedChartVersions } from '../core/schema/chartCatalog';

/** Apart from the command, so `catalyst-values --help` and the other commands never load what this one needs. */
export const migrateUsage = `  catalyst-values migrate --from VERSION|PATH --to VERSION|PATH FILE
      Carries FILE (- for stdin) to another chart version: prints the migrated file on stdout, its
      comments kept, and on stderr what moved, what no longer does anything, which defaults changed
      and what the target chart now requires. Values the target chart does not read are kept.
      --from, --to VERSION   a shipped chart version: ${shippedChartVersions.join(', ')} (1.90, v1.90.0 and 1.90.0 all work)
      --from, --to PATH      a chart archive (.tgz) or folder of any release
  -h, --help                 this help`;
