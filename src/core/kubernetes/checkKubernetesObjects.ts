import { parse } from 'yaml';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { manifestKey } from '../manifests/manifestGroups';
import { parsePointer } from '../pointer/jsonPointer';
import { isValuesMap } from '../values/isValuesMap';
import type { KubernetesSchemas, SchemaError } from './KubernetesSchemas';
import type { KubernetesVersion } from './kubernetesVersions';
import { checkObjectNames } from './objectNameRules';
import { isBuiltInGroup, notServedBecause } from './servedApis';

/** Which of the API server's checks refused the object. */
export type RefusalRule = 'not-served' | 'type' | 'quantity' | 'required' | 'enum' | 'unknown-field' | 'name';

/** Something the Kubernetes API server would refuse in one rendered object. */
export interface ObjectRefusal {
  /** The object's identity across renders (kind, namespace, name), as the Manifests view keys it. */
  object: string;
  kind: string;
  name: string;
  /** JSON Pointer into the object (`/spec/template/spec/containers/0/securityContext/bogus`); `''` for the object. */
  path: string;
  /** The offending value as rendered, when there is one (for finding the value of the chart that made it). */
  value?: unknown;
  rule: RefusalRule;
  /** What the API server says, with the field as it spells it (`spec.template.spec.containers[0].name`). */
  message: string;
}

export interface KubernetesCheckOptions {
  version: KubernetesVersion;
  schemas: KubernetesSchemas;
}

/**
 * Each rendered object as the API server of `version` would take it: the API version must be served; the
 * object must match the kind's schema (types, quantities, required fields, allowed values); it may have no
 * field the schema does not know (what `kubectl apply` asks for since Kubernetes 1.27: strict field
 * validation); and names and labels must have the shape and length the server demands. Custom resources
 * are checked the same way where the studio has their schema (the Prometheus Operator's); others are left to
 * the schemas their definitions install in the cluster.
 */
export function checkKubernetesObjects(manifests: readonly HelmManifest[], { version, schemas }: KubernetesCheckOptions): ObjectRefusal[] {
  return manifests.flatMap((manifest) => checkOne(manifest, version, schemas));
}

function checkOne(manifest: HelmManifest, version: KubernetesVersion, schemas: KubernetesSchemas): ObjectRefusal[] {
  let object: unknown;
  try {
    // kubectl reads manifests as YAML 1.1 (an unquoted `yes` is a boolean there).
    object = parse(manifest.yaml, { version: '1.1', maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (!isValuesMap(object)) return [];
  const apiVersion = typeof object['apiVersion'] === 'string' ? object['apiVersion'] : '';
  const refusal = (path: string, rule: RefusalRule, message: string, value?: unknown): ObjectRefusal => ({
    object: manifestKey(manifest),
    kind: manifest.kind,
    name: manifest.name,
    path,
    rule,
    message: path === '' || rule === 'unknown-field' ? message : `${fieldPath(path)}: ${message}`,
    ...(value !== undefined ? { value } : {}),
  });

  const notServed = notServedBecause(apiVersion, manifest.kind, version);
  if (notServed) return [refusal('', 'not-served', notServed)];
  // A custom resource the studio has no schema of is left to the cluster's (the Manifests view says so).
  if (!isBuiltInGroup(apiVersion) && !schemas.validatorFor(apiVersion, manifest.kind)) return [];

  const refusals: ObjectRefusal[] = [];
  const validate = schemas.validatorFor(apiVersion, manifest.kind);
  if (validate) {
    const watched = watchReads(object);
    validate(watched.proxy);
    refusals.push(...describeSchemaErrors(validate.errors ?? [], object).map((e) => refusal(e.path, e.rule, e.message, e.value)));
    for (const path of watched.unknownFields()) refusals.push(refusal(path, 'unknown-field', `unknown field "${fieldPath(path)}"`, valueAt(object, path)));
  }
  for (const problem of checkObjectNames(manifest.kind, object)) refusals.push(refusal(problem.path, 'name', problem.message, problem.value));
  return refusals;
}

/**
 * The object behind a proxy that notes which keys the validator reads. A compiled validator reads every
 * property its schema defines (`data.x !== undefined`) and enumerates the keys of a map; so the keys of an
 * object it read from but never enumerated, and never read, are fields the schema does not have. An object it
 * neither read from nor enumerated has a schema of its own that says nothing (free-form), and is left alone.
 */
function watchReads(root: unknown): { proxy: unknown; unknownFields(): string[] } {
  const read = new Map<string, Set<string>>();
  const enumerated = new Set<string>();
  const objects = new Map<string, Record<string, unknown>>();
  const proxies = new WeakMap<object, unknown>();
  const wrap = (value: unknown, path: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const known = proxies.get(value);
    if (known) return known;
    if (!Array.isArray(value)) objects.set(path, value as Record<string, unknown>);
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        const child: unknown = Reflect.get(target, key, receiver);
        if (typeof key !== 'string') return child;
        if (!Array.isArray(target)) read.set(path, (read.get(path) ?? new Set()).add(key));
        return Object.hasOwn(target, key) ? wrap(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`) : child;
      },
      ownKeys(target) {
        enumerated.add(path);
        return Reflect.ownKeys(target);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  return {
    proxy: wrap(root, ''),
    unknownFields: () =>
      [...objects].flatMap(([path, object]) => {
        const keys = read.get(path);
        if (!keys || enumerated.has(path)) return [];
        return Object.keys(object)
          .filter((key) => !keys.has(key))
          .map((key) => `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }),
  };
}

interface DescribedError {
  path: string;
  rule: RefusalRule;
  message: string;
  value?: unknown;
}

/** The validator's errors as the API server words them, one per field (an int-or-string's two failed branches are one error). */
function describeSchemaErrors(errors: readonly SchemaError[], object: unknown): DescribedError[] {
  const byPath = new Map<string, SchemaError[]>();
  for (const error of errors) {
    const path = error.keyword === 'required' ? `${error.instancePath}/${String(error.params['missingProperty'] ?? '')}` : error.instancePath;
    byPath.set(path, [...(byPath.get(path) ?? []), error]);
  }
  return [...byPath].map(([path, found]) => {
    const value = valueAt(object, path);
    if (found.some((e) => e.keyword === 'required')) return { path, rule: 'required', message: 'Required value' };
    if (found.some((e) => e.keyword === 'format' && e.params['format'] === 'quantity')) {
      return { path, rule: 'quantity', value, message: `Invalid value: ${show(value)}: not a quantity Kubernetes can parse (such as 128Mi, 1Gi, 500m or 0.5)` };
    }
    const enumError = found.find((e) => e.keyword === 'enum');
    if (enumError && found.every((e) => e.keyword !== 'type')) {
      const allowed = (enumError.params['allowedValues'] as unknown[] | undefined) ?? [];
      return { path, rule: 'enum', value, message: `Unsupported value: ${show(value)}: supported values: ${allowed.map(show).join(', ')}` };
    }
    const types = [...new Set(found.filter((e) => e.keyword === 'type').map((e) => String(e.params['type'])))];
    const formats = found.filter((e) => e.keyword === 'format').map((e) => String(e.params['format']));
    if (types.length > 0 || formats.length > 0) {
      const wanted = types.length > 0 ? types.map(typeName).join(' or ') : `a number within ${formats.join(', ')}`;
      return { path, rule: 'type', value, message: `must be ${wanted}, not ${describeValue(value)}` };
    }
    return { path, rule: 'type', value, message: `Invalid value: ${show(value)}` };
  });
}

const typeNames: Record<string, string> = { boolean: 'a boolean', integer: 'an integer', number: 'a number', string: 'a string', object: 'an object', array: 'a list' };

function typeName(type: string): string {
  return typeNames[type] ?? type;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the string ${show(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `/spec/template/spec/containers/0/name` → `spec.template.spec.containers[0].name`, as the API server names fields. */
export function fieldPath(pointer: string): string {
  return parsePointer(pointer).reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`), '');
}

function valueAt(object: unknown, pointer: string): unknown {
  let current = object;
  for (const segment of parsePointer(pointer)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
