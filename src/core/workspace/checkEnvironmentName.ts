/**
 * Environment names become file names (`values-prod-eu.yaml`) and the names of objects that deploy them
 * (an Argo CD Application, a Flux HelmRelease), so they follow the rule those objects' names follow: a DNS
 * label (lowercase letters, digits and `-`, starting and ending with a letter or digit, at most 63).
 */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LENGTH = 63;

/** Undefined when the name is usable; else why not, in words for the place the user typed it. */
export function checkEnvironmentName(name: string, existing: readonly string[]): string | undefined {
  if (name === '') return 'Name the environment (for example prod or staging-eu).';
  if (name.length > MAX_LENGTH) return `An environment name is at most ${MAX_LENGTH} characters (this one has ${name.length}).`;
  if (!DNS_LABEL.test(name)) {
    return 'Use lowercase letters, digits and "-", starting and ending with a letter or digit (it names files and the objects that deploy it).';
  }
  if (name === 'base') return '"base" is the file every environment shares; name the environment after its cluster or region.';
  if (existing.includes(name)) return `There is already an environment named ${name}.`;
  return undefined;
}

/** A usable name made from any text (a file name's suffix such as `Prod_EU`), or undefined when nothing is left of it. */
export function toEnvironmentName(text: string): string | undefined {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return name === '' ? undefined : name;
}
