import type { Diagnostic } from '../diagnostics/Diagnostic';
import type { Chart } from '../chart/createChart';
import { checkDocument } from '../validate/checkValuesText';
import { defaultJoinTokenSource } from '../install/joinTokenSource';
import { getAt } from '../values/getAt';
import { parseValues } from '../yaml/parseValues';
import type { ImportReport } from './ImportReport';
import { suggestionFixes, trailingCommaFix } from './findImportFixes';

/**
 * Text in, report out: what an imported file holds and what would go wrong with it, grouped the way
 * the user acts on it, with fixes for the mistakes that have one. Nothing is removed from the text.
 */
export function buildImportReport(text: string, chart: Chart): ImportReport {
  const parsed = parseValues(text);
  if (!parsed.ok) {
    const commas = trailingCommaFix(text);
    return {
      parses: false,
      yamlErrors: parsed.issues,
      schemaErrors: [],
      unknownKeys: [],
      warnings: [],
      joinTokenMissing: false,
      fixes: commas ? [commas] : [],
    };
  }
  const joinTokenMissing = getAt(parsed.values, '/join_token') === undefined;
  // An opened file starts with the token given at install (`--set join_token`): its absence from the file is
  // not a mistake in the file.
  const { diagnostics } = checkDocument(parsed.document, parsed.values, parsed.issues, chart, { joinToken: defaultJoinTokenSource });

  const report: ImportReport = { parses: true, yamlErrors: [], schemaErrors: [], unknownKeys: [], warnings: [], joinTokenMissing, fixes: [] };
  for (const d of diagnostics) bucketFor(report, d).push(d);

  const commas = trailingCommaFix(text);
  if (commas) report.fixes.push(commas);
  report.fixes.push(...suggestionFixes(text, diagnostics, parsed.values));
  return report;
}

function bucketFor(report: ImportReport, d: Diagnostic): Diagnostic[] {
  if (d.source === 'unknown-key') return report.unknownKeys;
  if (d.severity === 'warning') return report.warnings;
  return d.source === 'yaml' ? report.yamlErrors : report.schemaErrors;
}
