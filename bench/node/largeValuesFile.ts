import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JsonSchema } from '../../src/core/schema/JsonSchema';
import type { Values } from '../../src/core/diagnostics/Diagnostic';
import { chartDefaults } from '../../src/core/schema/chartDefaults';
import { printValues } from '../../src/core/yaml/printValues';

/*
 * The large-file case's values file, printed on stdout: a comment line (the editor case types at its end),
 * then the chart's defaults as the studio prints them, with the management pods' annotations grown until the
 * file has the asked number of lines. Annotations are free-form strings the schema accepts, so the file is
 * as valid as the defaults and its size, not its problems, is what is measured.
 * Usage: largeValuesFile.ts CHART_VERSION LINES
 */
const [version = '1.28.0', lines = '5000'] = process.argv.slice(2);
const schemaPath = fileURLToPath(new URL(`../../schemas/catalyst/${version}/values.schema.json`, import.meta.url));
const defaults = chartDefaults(JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema) as Values & { management?: Values };
const head = '# notes: \n';
const baseLines = (head + printValues(defaults)).split('\n').length;
const podAnnotations: Record<string, string> = {};
for (let i = 0; i < Number(lines) - baseLines; i += 1) podAnnotations[`team.example.com/label-${String(i).padStart(4, '0')}`] = `value-${i}`;
process.stdout.write(head + printValues({ ...defaults, management: { ...defaults.management, podAnnotations } }));
