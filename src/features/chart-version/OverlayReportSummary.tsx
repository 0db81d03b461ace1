import type { OverlayReport } from '@/core/chart-ingest/applyOverlay';

interface OverlayReportSummaryProps {
  label: string;
  report: OverlayReport;
}

/**
 * How the studio's curated knowledge fits a brought release: what it could not apply, and which of the
 * chart's values it knows nothing about (those get a field from their type and the chart's own comment).
 */
export function OverlayReportSummary({ label, report }: OverlayReportSummaryProps) {
  const parts: { title: string; items: readonly string[] }[] = [
    { title: 'Values new to the studio (described by the chart\'s own comments)', items: report.new },
    { title: 'Curated entries for values this release does not have', items: report.stale },
    { title: 'Curated checks and conditions left out (they name a value this release does not have)', items: report.unjudged },
  ];
  return (
    <details className="overlay-report">
      <summary>
        What the studio knows of {label}: {report.new.length} new values, {report.stale.length} curated entries unused, {report.unjudged.length} checks left out
      </summary>
      {parts.map((part) => (
        <section key={part.title} aria-label={part.title}>
          <h4>
            {part.title}: {part.items.length}
          </h4>
          {part.items.length > 0 && (
            <ul>
              {part.items.map((item) => (
                <li key={item}>
                  <code>{item}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </details>
  );
}
