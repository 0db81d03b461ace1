/** The header every preset starts with, so a reader of the file knows where the token comes from. */
export const JOIN_TOKEN_NOTE = `# join_token is not in this file on purpose: it is a credential, and the install
# command passes it with --set join_token="\${JOIN_TOKEN}" (see the Commands panel).`;
