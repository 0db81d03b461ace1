import { formatPointer } from '../pointer/jsonPointer';
import { isValuesMap } from '../values/isValuesMap';

interface NameProblem {
  /** JSON Pointer into the object. */
  path: string;
  value: string;
  message: string;
}

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const qualifiedName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

type NameRule = (name: string) => string | undefined;

const label: NameRule = (name) =>
  name.length > 63 ? `must be no more than 63 characters (it has ${name.length})` : dns1123Label.test(name) ? undefined : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const subdomain: NameRule = (name) =>
  name.length > 253 ? `must be no more than 253 characters (it has ${name.length})` : dns1123Subdomain.test(name) ? undefined : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const dns1035: NameRule = (name) =>
  name.length > 63 ? `must be no more than 63 characters (it has ${name.length})` : dns1035Label.test(name) ? undefined : "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const pathSegment: NameRule = (name) => (name === '.' || name === '..' || /[/%]/.test(name) ? 'may not be "." or "..", nor contain "/" or "%"' : undefined);
const shorterThan = (limit: number, why: string, base: NameRule): NameRule => (name) => base(name) ?? (name.length > limit ? `must be no more than ${limit} characters (it has ${name.length}): ${why}` : undefined);

/** How the API server judges `metadata.name` per kind; other kinds' names are DNS subdomains. */
const nameRules: Record<string, NameRule | null> = {
  Service: dns1035,
  Namespace: label,
  // The Job's name becomes the value of its pods' job-name label, which holds 63 characters.
  Job: shorterThan(63, "a Job's name becomes a label value of its pods", subdomain),
  // The CronJob controller adds 11 characters for each Job it creates.
  CronJob: shorterThan(52, 'the Jobs it creates add 11 characters to it', subdomain),
  Role: pathSegment,
  RoleBinding: pathSegment,
  ClusterRole: pathSegment,
  ClusterRoleBinding: pathSegment,
  // An APIService is named `<version>.<group>`, which the server checks against its spec.
  APIService: null,
};

/**
 * The object's name, its labels (and its pod template's and selector's), and its containers' names, as the
 * API server checks them: shapes and lengths that no schema states.
 */
export function checkObjectNames(kind: string, object: Record<string, unknown>): NameProblem[] {
  const problems: NameProblem[] = [];
  const metadata = object['metadata'];
  const name = isValuesMap(metadata) ? metadata['name'] : undefined;
  const rule = Object.hasOwn(nameRules, kind) ? nameRules[kind] : subdomain;
  if (typeof name === 'string' && rule) {
    const why = rule(name);
    if (why) problems.push({ path: '/metadata/name', value: name, message: `Invalid value: ${JSON.stringify(name)}: ${why}` });
  }
  walk(object, [], (path, key, value) => {
    if ((key === 'labels' || key === 'matchLabels') && isValuesMap(value)) {
      for (const [labelKey, labelText] of Object.entries(value)) {
        if (typeof labelText !== 'string') continue;
        const at = formatPointer([...path, key, labelKey]);
        const keyProblem = labelKeyProblem(labelKey);
        if (keyProblem) problems.push({ path: at, value: labelKey, message: `Invalid value: ${JSON.stringify(labelKey)}: ${keyProblem}` });
        if (labelText.length > 63) problems.push({ path: at, value: labelText, message: `Invalid value: ${JSON.stringify(labelText)}: must be no more than 63 characters (it has ${labelText.length})` });
        else if (!labelValue.test(labelText)) problems.push({ path: at, value: labelText, message: `Invalid value: ${JSON.stringify(labelText)}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character` });
      }
    }
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      value.forEach((container: unknown, index) => {
        const containerName = isValuesMap(container) ? container['name'] : undefined;
        if (typeof containerName !== 'string') return;
        const why = label(containerName);
        if (why) problems.push({ path: formatPointer([...path, key, index, 'name']), value: containerName, message: `Invalid value: ${JSON.stringify(containerName)}: ${why}` });
      });
    }
  });
  return problems;
}

function labelKeyProblem(key: string): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash === -1 ? '' : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (slash !== -1 && (prefix.length > 253 || !dns1123Subdomain.test(prefix))) return 'prefix part must be a lowercase RFC 1123 subdomain of at most 253 characters';
  if (name.length > 63) return `name part must be no more than 63 characters (it has ${name.length})`;
  if (!qualifiedName.test(name)) return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  return undefined;
}

function walk(value: unknown, path: (string | number)[], visit: (path: (string | number)[], key: string, value: unknown) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => walk(item, [...path, index], visit));
    return;
  }
  if (!isValuesMap(value)) return;
  for (const [key, child] of Object.entries(value)) {
    visit(path, key, child);
    // A ConfigMap's or Secret's data is text, not fields.
    if (path.length === 0 && (key === 'data' || key === 'stringData' || key === 'binaryData')) continue;
    walk(child, [...path, key], visit);
  }
}
