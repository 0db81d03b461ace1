import type { DiagnosticSource } from '../../core/diagnostics/Diagnostic';
import type { CheckReport } from './CheckReport';

const ruleDescriptions: Record<DiagnosticSource, string> = {
  yaml: 'The file is not YAML Helm can read',
  schema: "A value the chart's schema refuses",
  rule: "A value the chart's templates refuse",
  'unknown-key': 'A key the chart does not read',
  trap: 'A value Helm accepts that will not do what is expected',
  helm: "A problem Helm's own engine reports when it renders the chart",
  kubernetes: 'A rendered object the Kubernetes API server would refuse',
};

/**
 * SARIF 2.1.0, the format GitHub code scanning (and other tools) read: one run, one rule per kind of problem,
 * one result per problem. Problems in a `--set` flag have no file, so they carry no location.
 */
export function formatSarif(reports: readonly CheckReport[], toolVersion: string): string {
  const rules = (Object.keys(ruleDescriptions) as DiagnosticSource[]).map((id) => ({ id, shortDescription: { text: ruleDescriptions[id] } }));
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      ruleId: d.source,
      ruleIndex: rules.findIndex((rule) => rule.id === d.source),
      level: d.severity,
      message: { text: d.origin.startsWith('--') ? `${d.origin}: ${d.message}` : d.message },
      ...(d.origin.startsWith('--') || d.origin === '-'
        ? {}
        : { locations: [{ physicalLocation: { artifactLocation: { uri: toUri(d.origin) }, region: { startLine: d.line, startColumn: d.column } } }] }),
      properties: { pointer: d.pointer, ...(d.suggestion === undefined ? {} : { suggestion: d.suggestion }) },
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'catalyst-values', version: toolVersion, rules } }, results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative URI reference, as code scanning resolves against the checkout: forward slashes, escaped. */
function toUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}
