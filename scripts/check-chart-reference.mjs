#!/usr/bin/env node
// Cross-checks the shipped chart schemas (schemas/catalyst/<version>/values.schema.json) against a reference
// copy of the chart's own values.yaml, for every version present in both places:
//   1. the coverage tool beside the reference copy (../shared/tools/schema-coverage.mjs): every leaf of
//      values.yaml has a schema node with the chart default;
//   2. the defaults the studio derives from the schema (the `default` keywords) deep-equal values.yaml.
// The reference copy is ../shared/chart (relative to the project root) or $CATALYST_CHART_REFERENCE.
// Without a reference copy there is nothing to compare: the script says so and exits 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const referenceDir = resolve(projectRoot, process.env.CATALYST_CHART_REFERENCE || join('..', 'shared', 'chart'));
const schemasDir = join(projectRoot, 'schemas', 'catalyst');

if (!existsSync(referenceDir)) {
  console.log(`check:chart: no reference copy of the chart at ${referenceDir}; nothing to compare.`);
  process.exit(0);
}

const coverageTool = [join(referenceDir, '..', 'tools', 'schema-coverage.mjs'), join(projectRoot, '..', 'shared', 'tools', 'schema-coverage.mjs')]
  .find((p) => existsSync(p));

const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The chart defaults as the studio derives them: a node with `default` gives it; an object node without
 *  one recurses into `properties` and is kept only when something below it has a default. */
function deriveDefaults(root) {
  const resolveRef = (node, seen = new Set()) => {
    if (!isMap(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/') || seen.has(node.$ref)) return node;
    seen.add(node.$ref);
    let target = root;
    for (const seg of node.$ref.slice(2).split('/')) target = target?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    const { $ref, ...rest } = node;
    return resolveRef({ ...target, ...rest }, seen);
  };
  const walk = (raw) => {
    const node = resolveRef(raw);
    if (!isMap(node)) return undefined;
    if (Object.hasOwn(node, 'default')) return structuredClone(node.default);
    if (!isMap(node.properties)) return undefined;
    const out = {};
    for (const [key, child] of Object.entries(node.properties)) {
      const value = walk(child);
      if (value !== undefined) out[key] = value;
    }
    return Object.keys(out).length ? out : undefined;
  };
  return walk(root) ?? {};
}

/** Paths where a and b differ (maps compared key by key, everything else by value). */
function differences(a, b, path = [], out = []) {
  if (out.length >= 20) return out;
  if (isMap(a) && isMap(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!Object.hasOwn(a, key)) out.push(`${[...path, key].join('.')}: missing from the schema defaults (chart: ${JSON.stringify(b[key])})`);
      else if (!Object.hasOwn(b, key)) out.push(`${[...path, key].join('.')}: schema default ${JSON.stringify(a[key])} is not in values.yaml`);
      else differences(a[key], b[key], [...path, key], out);
    }
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path.join('.')}: schema default has ${a.length} items, values.yaml ${b.length}`);
    else a.forEach((item, i) => differences(item, b[i], [...path, String(i)], out));
  } else if (!Object.is(a, b) && !(a === 0 && b === 0)) {
    out.push(`${path.join('.') || '(root)'}: schema default ${JSON.stringify(a)}, values.yaml ${JSON.stringify(b)}`);
  }
  return out;
}

const versions = existsSync(schemasDir)
  ? readdirSync(schemasDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  : [];
const checked = versions.filter((v) => existsSync(join(referenceDir, v, 'values.yaml')));
if (!checked.length) {
  console.log(`check:chart: no schema version in ${schemasDir} has a reference values.yaml in ${referenceDir}; nothing to compare.`);
  process.exit(0);
}

let failed = 0;
for (const version of checked) {
  const schemaFile = join(schemasDir, version, 'values.schema.json');
  const valuesFile = join(referenceDir, version, 'values.yaml');
  console.log(`\n== chart ${version}`);
  if (!existsSync(schemaFile)) {
    console.log(`FAIL ${version}: ${schemaFile} is missing`);
    failed++;
    continue;
  }
  let ok = true;

  if (coverageTool) {
    const run = spawnSync(process.execPath, [coverageTool, schemaFile, valuesFile, '--list'], { cwd: projectRoot, stdio: 'inherit' });
    if (run.status !== 0) {
      ok = false;
      console.log(`FAIL ${version}: the coverage tool reports leaves without a node or with a wrong default (exit ${run.status ?? run.signal})`);
    }
  } else {
    console.log(`note: no schema-coverage.mjs beside ${referenceDir}; skipping the coverage step`);
  }

  let schema;
  try {
    schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  } catch (err) {
    console.log(`FAIL ${version}: ${schemaFile} is not valid JSON (${err.message})`);
    failed++;
    continue;
  }
  const chartDefaults = parse(readFileSync(valuesFile, 'utf8'), { version: '1.1' }) ?? {};
  const diffs = differences(deriveDefaults(schema), chartDefaults);
  if (diffs.length) {
    ok = false;
    console.log(`FAIL ${version}: defaults derived from the schema differ from values.yaml:\n  ${diffs.join('\n  ')}`);
  } else {
    console.log(`ok   ${version}: defaults derived from the schema equal values.yaml`);
  }
  if (!ok) failed++;
}

console.log(failed ? `\ncheck:chart: ${failed} of ${checked.length} version(s) do not match the chart` : `\ncheck:chart: ${checked.length} version(s) match the chart`);
process.exit(failed ? 1 : 0);
