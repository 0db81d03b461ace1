/** The studio's local development address: where a link points when no public address is given. */
export const defaultBaseUrl = 'http://127.0.0.1:5173/';

/** Apart from the command, so `catalyst-values --help` and the other commands never load what this one needs. */
export const shareUsage = `  catalyst-values share [--chart VERSION] [--base-url URL] [--include-secrets] FILE
      Prints a studio link that opens FILE as written (comments included). The values travel in
      the link's #hash, which browsers never send to a server. Secrets (join token, passwords,
      keys, inline certificates) are left out and listed on stderr unless --include-secrets.
      --base-url URL         the studio's address (default: $CATALYST_STUDIO_URL, else the local
                             development address ${defaultBaseUrl}, which stderr then mentions)
  -h, --help                 this help`;
