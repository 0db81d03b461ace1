import standaloneCode from 'ajv/dist/standalone';
import type { JsonSchema } from '../src/core/schema/JsonSchema';
import { createAjv, generatedCodeImports } from '../src/core/validate/createAjv';
import { collectSubschemas, subschemaKey, withChartDefinitions } from '../src/core/validate/SchemaCompiler';

export interface ModulePaths {
  /** Module specifiers the generated code imports its functions from. */
  formats: string;
  templateErrors: string;
  /**
   * The chart schema's own JSON module. ajv's code reads `errorMessage` texts from a copy of the schema it
   * writes out (half a megabyte for a chart); given this, the module imports the schema instead, so a page or
   * run that loads the chart's schema anyway does not parse it twice.
   */
  schema?: string;
}

/** ajv's standalone code for a chart's root schema and its small schemas, before it is wrapped as a module or script. */
interface ValidatorCode {
  /** The functions, with `export const <id> = <function>;` for the root and each small schema. */
  code: string;
  /** The table from each small schema's key to its function (`"{…}": s0,` lines). */
  table: string;
  /** Each ajv run-time helper the code calls, and the name it calls it by. */
  runtimeImports: Map<string, string>;
  /** The name the code reads the chart schema by, when it takes the schema from outside. */
  schemaName: string | undefined;
}

function generateValidatorCode(root: JsonSchema, importSchema: boolean): ValidatorCode {
  const ajv = createAjv({ generateCode: true });
  const subschemas = collectSubschemas(root);
  const ids: Record<string, string> = { root: 'root' };
  ajv.addSchema(root as object, 'root');
  subschemas.forEach((schema, index) => {
    ajv.addSchema(withChartDefinitions(root, schema) as object, `s${index}`);
    ids[`s${index}`] = `s${index}`;
  });
  let code = standaloneCode(ajv, ids);

  // ajv's ESM output still `require(…).default`s its small runtime helpers (CommonJS); make each an import.
  const runtimeImports = new Map<string, string>();
  code = code.replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default/g, (_match, specifier: string) => {
    let name = runtimeImports.get(specifier);
    if (!name) {
      name = `__ajvRuntime${runtimeImports.size}`;
      runtimeImports.set(specifier, name);
    }
    return name;
  });
  if (/\brequire\(/.test(code)) throw new Error('generated validator code still calls require()');
  const schemaImport = importSchema ? importRootSchema(code, root) : undefined;
  if (schemaImport) code = schemaImport.code;

  const table = subschemas.map((schema, index) => `  ${JSON.stringify(subschemaKey(schema))}: s${index},`).join('\n');
  return { code: code.replace(/^"use strict";/, ''), table, runtimeImports, schemaName: schemaImport?.name };
}

/**
 * One chart's validators as an ES module: `root` and `subschemas` (keyed as SchemaCompiler expects), made
 * by the same ajv configuration as at run time. The browser imports this instead of compiling, so the
 * page needs no eval.
 */
export function generateValidatorModule(root: JsonSchema, paths: ModulePaths): string {
  const { code, table, runtimeImports, schemaName } = generateValidatorCode(root, paths.schema !== undefined);
  return [
    `import { chartFormatDefinitions } from ${JSON.stringify(paths.formats)};`,
    `import { templateErrors as ${generatedCodeImports.templateErrors} } from ${JSON.stringify(paths.templateErrors)};`,
    ...(schemaName && paths.schema ? [`import ${schemaName} from ${JSON.stringify(paths.schema)};`] : []),
    ...[...runtimeImports].map(([specifier, name]) => `import * as ${name}Module from ${JSON.stringify(specifier)};`),
    // A CommonJS module's `exports.default` reaches ESM differently: Node and Vite's dev server give the
    // whole `exports` as the default import, the production bundle gives `exports.default` itself.
    'const __commonJsDefault = (namespace) => { const exported = namespace.default ?? namespace; return exported && exported.__esModule ? exported.default : exported; };',
    ...[...runtimeImports.values()].map((name) => `const ${name} = __commonJsDefault(${name}Module);`),
    `const ${generatedCodeImports.formats} = chartFormatDefinitions();`,
    code,
    `export const subschemas = {\n${table}\n};`,
    '',
  ].join('\n');
}

/** What a validator script is called with, in this order (see generateValidatorScript). */
export interface ValidatorScriptArguments {
  chartFormatDefinitions: () => unknown;
  templateErrors: unknown;
  /** The chart schema (ajv's code reads `errorMessage` texts from it). */
  schema: JsonSchema;
  /** Each ajv run-time helper the script names (`ajv/dist/runtime/ucs2length`), as its default export. */
  ajvRuntime: Record<string, unknown>;
}

/**
 * The same validators as a classic script for Node's `vm.Script`: one function expression that takes
 * `(chartFormatDefinitions, templateErrors, schema, ajvRuntime)` and returns `{ root, subschemas, … }`.
 * A script, unlike a module, can be compiled from V8's code cache (`cachedData`), which spares the command
 * line compiling a megabyte-sized validator on every run. `runtimeHelpers` are the helpers it names.
 */
export function generateValidatorScript(root: JsonSchema): { script: string; runtimeHelpers: string[] } {
  const { code, table, runtimeImports, schemaName } = generateValidatorCode(root, true);
  const exported: string[] = [];
  const body = code.replace(/\bexport const (\w+) = /g, (_match, name: string) => {
    exported.push(name);
    return `const ${name} = `;
  });
  if (!exported.includes('root') || /\bexport\b\s*(const|let|var|function|default|\{)/.test(body)) throw new Error('generated validator code exports in a way the script form does not expect');
  const script = [
    `(function (chartFormatDefinitions, ${generatedCodeImports.templateErrors}, ${schemaName ?? '__chartSchema'}, __ajvRuntime) {`,
    '"use strict";',
    ...[...runtimeImports].map(([specifier, name]) => `const ${name} = __ajvRuntime[${JSON.stringify(specifier)}];`),
    `const ${generatedCodeImports.formats} = chartFormatDefinitions();`,
    body,
    `return { ${exported.join(', ')}, subschemas: {\n${table}\n} };`,
    '})',
    '',
  ].join('\n');
  return { script, runtimeHelpers: [...runtimeImports.keys()] };
}

/** ajv's copy of the root schema (`const schemaN = {…};`, the schema's exact JSON text) replaced by the imported one. */
function importRootSchema(code: string, root: JsonSchema): { code: string; name: string } | undefined {
  const literal = ` = ${JSON.stringify(root)};`;
  const at = code.indexOf(literal);
  const declaration = at === -1 ? undefined : /const (schema\d+)$/.exec(code.slice(Math.max(0, at - 40), at));
  if (!declaration || code.indexOf(literal, at + 1) !== -1) return undefined;
  const name = '__chartSchema';
  return { code: code.slice(0, at) + ` = ${name};` + code.slice(at + literal.length), name };
}
