import type { CheckReport } from './CheckReport';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which the runner turns
 * into annotations on the pull request's lines. Data and properties are escaped as the runner expects.
 */
export function formatGithub(report: CheckReport): string {
  return report.diagnostics
    .map((d) => {
      const properties = [
        ...(d.origin.startsWith('--') ? [] : [`file=${escapeProperty(d.origin)}`, `line=${d.line}`, `col=${d.column}`]),
        `title=${escapeProperty(`catalyst-values ${d.pointer === '' ? d.source : d.pointer}`)}`,
      ];
      const flag = d.origin.startsWith('--') ? `${d.origin}: ` : '';
      return `::${d.severity} ${properties.join(',')}::${escapeData(flag + d.message)}\n`;
    })
    .join('');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
