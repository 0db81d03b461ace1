import type { Diagnostic } from '../core/diagnostics/Diagnostic';

/** `FILE:LINE:COL severity pointer message`, the shape editors and CI annotations parse. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const message = d.message.replace(/\s*\n\s*/g, ' ');
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.pointer === '' ? '-' : d.pointer} ${message}`;
}
