import type { CheckReport } from './CheckReport';

/**
 * JUnit XML, which CI systems show as a test report: one test case per check, failed when it is not valid,
 * with each problem on its own line (`LINE:COL severity pointer message`).
 */
export function formatJunit(reports: readonly CheckReport[]): string {
  const failures = reports.filter((report) => !report.valid).length;
  const cases = reports.map((report) => {
    const lines = report.diagnostics.map((d) => `${d.origin}:${d.line}:${d.column} ${d.severity} ${d.pointer === '' ? '-' : d.pointer} ${d.message.replace(/\s*\n\s*/g, ' ')}`);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const body = report.valid
      ? lines.length > 0 ? `\n      <system-out>${escapeXml(lines.join('\n'))}</system-out>\n    ` : ''
      : `\n      <failure message="${escapeXml(`${errors} error(s), ${report.diagnostics.length - errors} warning(s)`)}" type="invalid-values">${escapeXml(lines.join('\n'))}</failure>\n    `;
    return `    <testcase classname="catalyst-values.validate" name="${escapeXml(report.file)}">${body}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="catalyst-values" tests="${reports.length}" failures="${failures}">`,
    `  <testsuite name="catalyst-values validate" tests="${reports.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** XML text and attribute escaping; characters XML 1.0 cannot hold at all become U+FFFD. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
