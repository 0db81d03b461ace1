import { parse } from 'yaml';
import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { parsePointer } from '../pointer/jsonPointer';
import type { ChartArchiveFile } from '../chart-archive/readChartArchiveFiles';
import { readChartArchiveFiles } from '../chart-archive/readChartArchiveFiles';
import { checkChartSchema } from '../chart-archive/checkChartSchema';
import { readChartMetadata } from '../chart-archive/readChartMetadata';
import { parseValues } from '../yaml/parseValues';
import { isValuesMap } from '../values/isValuesMap';
import { templateValueReads } from './templateValueReads';
import { valuesComments } from './valuesComments';
import { orderKeywords } from './orderKeywords';
import { dependencyRule } from './dependencyConstraints';

export interface IngestOptions {
  /**
   * Describe values in the chart's own words: the comment above each key in values.yaml, and the titles and
   * descriptions of the chart's values.schema.json, each marked `x-description-from-chart`. Default true.
   * Off for the schemas the studio ships, which carry only text written for the studio.
   */
  chartTexts?: boolean;
}

interface IngestedChart {
  name: string;
  version: string;
  /** Draft-07: every value of values.yaml typed, with its default; the values the templates read; the chart's own constraints. */
  schema: JsonSchema;
  /** The chart's values.yaml, as Helm reads it. */
  defaults: Values;
}

type IngestResult = { ok: true; chart: IngestedChart } | { ok: false; error: string };

const draft07 = 'http://json-schema.org/draft-07/schema#';

/** A chart archive (`helm pull` output) as the studio's base schema; see ingestChartFiles. */
export function ingestChartArchive(bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const read = readChartArchiveFiles(bytes);
  if (!read.ok) return { ok: false, error: read.error };
  return ingestChartFiles(read.files, options);
}

/**
 * A chart's files (paths relative to its folder, as readChartArchiveFiles gives them) as a draft-07 schema
 * the studio's form and checks can use. Deterministic: the same files give the same schema, key for key and
 * in the same order (values.yaml's order, then the keys only templates or the chart's schema name, sorted).
 */
export function ingestChartFiles(files: readonly ChartArchiveFile[], options: IngestOptions = {}): IngestResult {
  const chartTexts = options.chartTexts ?? true;
  const decoder = new TextDecoder();
  const byPath = new Map(files.map((file) => [file.path, file]));
  const text = (path: string) => {
    const file = byPath.get(path);
    return file ? decoder.decode(file.bytes) : undefined;
  };
  const chartYaml = text('Chart.yaml');
  if (chartYaml === undefined) return { ok: false, error: 'The chart holds no Chart.yaml: Helm needs one, and the studio takes the chart\'s name and version from it.' };
  const metadata = readChartMetadata(chartYaml);
  if (metadata.name === undefined) return { ok: false, error: 'The chart\'s Chart.yaml gives no name: Helm needs one, and the studio names the chart after it.' };

  const valuesText = text('values.yaml') ?? '';
  const parsed = parseValues(valuesText, { maxLength: Infinity });
  if (!parsed.ok) {
    const first = parsed.issues[0];
    return { ok: false, error: `The chart's values.yaml could not be read${first ? ` (line ${first.line}: ${first.message})` : ''}.` };
  }
  const defaults = parsed.values;

  let chartSchema: JsonSchema | undefined;
  const schemaText = text('values.schema.json');
  if (schemaText !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(schemaText);
    } catch (error) {
      return { ok: false, error: `The chart's values.schema.json is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
    }
    const safe = checkChartSchema(json);
    if (!safe.ok) return safe;
    if (!isValuesMap(json)) return { ok: false, error: "The chart's values.schema.json is not a JSON Schema: it must be a JSON object." };
    chartSchema = json as JsonSchema;
  }

  const root: JsonSchema = { $schema: draft07, type: 'object', properties: {} };
  describeValues(root, defaults, 0);

  const reads = files
    .filter((file) => /^templates\/.*\.(ya?ml|tpl|txt)$/.test(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((file) => templateValueReads(decoder.decode(file.bytes)));
  for (const read of uniqueReads(reads)) addTemplateRead(root, read);

  if (chartSchema) mergeChartSchema(root, chartSchema, chartTexts, 0);
  if (chartSchema?.definitions) root.definitions = structuredClone(chartSchema.definitions);

  addDependencies(root, chartYaml, text, chartTexts);

  if (chartTexts) {
    for (const [pointer, comment] of valuesComments(valuesText)) describeFromChart(nodeAt(root, pointer), comment);
  }
  return { ok: true, chart: { name: metadata.name, version: metadata.version ?? 'unversioned', schema: orderKeywords(root), defaults } };
}

/** A value of values.yaml as a schema node: its type, and its default where it is a leaf (a scalar, a list, an empty map). */
function describeValues(node: JsonSchema, value: unknown, depth: number): void {
  if (isValuesMap(value) && Object.keys(value).length > 0 && depth < 64) {
    node.type = 'object';
    node.properties ??= {};
    for (const [key, child] of Object.entries(value)) {
      const childNode: JsonSchema = {};
      describeValues(childNode, child, depth + 1);
      node.properties[key] = childNode;
    }
    return;
  }
  Object.assign(node, typeOf(value));
  if (Array.isArray(value) && value.length > 0) node.items = itemSchema(value);
  node.default = structuredClone(value);
}

function typeOf(value: unknown): JsonSchema {
  if (value === null || value === undefined) return {};
  if (Array.isArray(value)) return { type: 'array' };
  if (typeof value === 'object') return { type: 'object' };
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number' };
  if (typeof value === 'boolean') return { type: 'boolean' };
  return { type: 'string' };
}

/** What the items of a default list show about items: their type, and for maps the keys any of them has. */
function itemSchema(items: readonly unknown[]): JsonSchema {
  const types = [...new Set(items.map((item) => typeOf(item).type).filter((type): type is string => typeof type === 'string'))];
  if (types.length !== 1) return {};
  if (types[0] !== 'object') return { type: types[0] };
  const properties: Record<string, JsonSchema> = {};
  for (const item of items) {
    for (const [key, value] of Object.entries(item as Values)) {
      if (properties[key]) continue;
      properties[key] = isValuesMap(value) && Object.keys(value).length > 0 ? { type: 'object' } : typeOf(value);
    }
  }
  return { type: 'object', properties };
}

function uniqueReads(reads: readonly string[][]): string[][] {
  const seen = new Set<string>();
  const unique: string[][] = [];
  for (const read of reads) {
    const key = JSON.stringify(read);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(read);
  }
  return unique.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

/**
 * A path a template reads, added where values.yaml leaves it out: without a default (it adds nothing to the
 * chart's defaults), typed as a map where the template reads below it. Paths into a scalar or a list that
 * values.yaml gives are the template's business (`.Values.x.y` on a string fails in Helm anyway).
 */
function addTemplateRead(root: JsonSchema, path: readonly string[]): void {
  let node = root;
  for (const [index, key] of path.entries()) {
    if (node.type !== 'object' || (Object.hasOwn(node, 'default') && !isValuesMap(node.default))) return;
    node.properties ??= {};
    let child = Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
    if (!child) {
      child = {};
      node.properties[key] = child;
    }
    if (index < path.length - 1 && child.type === undefined && !Object.hasOwn(child, 'default')) child.type = 'object';
    node = child;
  }
}

/** Keywords of the chart's own schema that say what a value may be; its words about the value are chart text. */
const chartTextKeywords = new Set(['title', 'description']);

function mergeChartSchema(node: JsonSchema, chart: JsonSchema, chartTexts: boolean, depth: number): void {
  if (depth > 64) return;
  for (const [keyword, value] of Object.entries(chart)) {
    if (keyword === 'properties' || keyword === 'default' || keyword === '$schema' || keyword === 'definitions' || keyword === '$id') continue;
    if (chartTextKeywords.has(keyword)) {
      if (chartTexts && typeof value === 'string' && node[keyword] === undefined) {
        node[keyword] = value;
        if (keyword === 'description') node['x-description-from-chart'] = true;
      }
      continue;
    }
    node[keyword] = structuredClone(value);
  }
  for (const [key, child] of Object.entries(chart.properties ?? {})) {
    if (!child || typeof child !== 'object') continue;
    node.properties ??= {};
    const target = Object.hasOwn(node.properties, key) ? node.properties[key]! : (node.properties[key] = {});
    mergeChartSchema(target, child, chartTexts, depth + 1);
  }
}

/**
 * Each dependency chart (`dependencies` in Chart.yaml) is one value of the parent, named by its alias: a
 * section of its own, judged by the dependency's own schema as Helm judges it, and described in the
 * dependency's words where the parent's values.yaml says nothing.
 */
function addDependencies(root: JsonSchema, chartYaml: string, text: (path: string) => string | undefined, chartTexts: boolean): void {
  let declared: unknown;
  try {
    declared = parse(chartYaml, { maxAliasCount: 10 });
  } catch {
    return;
  }
  const dependencies = isValuesMap(declared) && Array.isArray(declared['dependencies']) ? declared['dependencies'] : [];
  for (const dependency of dependencies) {
    if (!isValuesMap(dependency) || typeof dependency['name'] !== 'string') continue;
    const name = dependency['name'];
    const key = typeof dependency['alias'] === 'string' && dependency['alias'] !== '' ? dependency['alias'] : name;
    root.properties ??= {};
    const node = Object.hasOwn(root.properties, key) ? root.properties[key]! : (root.properties[key] = { type: 'object' });
    node['x-section'] = key;
    const rule = dependencyRule(text(`charts/${name}/values.schema.json`), key, dependency['condition']);
    if (rule) node.allOf = [...(node.allOf ?? []), rule];
    if (!chartTexts) continue;
    const subchartYaml = text(`charts/${name}/Chart.yaml`);
    const description = subchartYaml === undefined ? undefined : readDescription(subchartYaml);
    if (description !== undefined && node.description === undefined) describeFromChart(node, description);
    const subchartValues = text(`charts/${name}/values.yaml`);
    if (subchartValues === undefined) continue;
    for (const [pointer, comment] of valuesComments(subchartValues)) {
      const target = nodeAt(node, pointer);
      if (target && target.description === undefined) describeFromChart(target, comment);
    }
  }
}

function readDescription(chartYaml: string): string | undefined {
  try {
    const parsed: unknown = parse(chartYaml, { maxAliasCount: 10 });
    return isValuesMap(parsed) && typeof parsed['description'] === 'string' ? parsed['description'] : undefined;
  } catch {
    return undefined;
  }
}

function describeFromChart(node: JsonSchema | undefined, text: string): void {
  if (!node || node.description !== undefined) return;
  node.description = text;
  node['x-description-from-chart'] = true;
}

function nodeAt(root: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const key of parsePointer(pointer)) {
    node = node?.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
  }
  return node;
}

