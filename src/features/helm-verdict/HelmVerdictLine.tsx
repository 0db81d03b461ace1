import { useSession } from '@/state/sessionStore';
import type { HelmJudgeStatus } from './createHelmJudge';

interface HelmVerdictLineProps {
  /** Undefined when the chart has no archive for Helm to render. */
  status: HelmJudgeStatus | undefined;
  /** Why the chart's archive could not be had, when it could not. */
  archiveError?: string | undefined;
}

/** Who judges the values right now: Helm itself with the chart's archive, or the studio's own checks alone. */
export function HelmVerdictLine({ status, archiveError }: HelmVerdictLineProps) {
  // Text that does not parse is not sent to Helm: its last verdict stands until the text parses again.
  const textParses = useSession((session) => session.textParses);
  return (
    <p className={`helm-verdict helm-verdict--${status?.state ?? 'none'}`} role="status" aria-label="Helm's verdict">
      {archiveError
        ? `The chart archive could not be read for Helm: ${archiveError}`
        : status && !textParses
          ? 'Helm judges the values again once the YAML parses; until then its last verdict stays.'
          : text(status)}
    </p>
  );
}

function text(status: HelmJudgeStatus | undefined): string {
  if (!status) return "Judged by the studio's checks. Bring the chart's archive (Your chart…) and Helm itself renders it with these values.";
  switch (status.state) {
    case 'rendering':
      return 'Helm is rendering the chart with these values…';
    case 'judged':
      return status.errors === 0 ? 'Helm renders the chart with these values.' : `Helm refuses these values: ${status.errors === 1 ? 'one problem' : `${status.errors} problems`} marked "Helm".`;
    case 'unfinished':
      return `${status.reason}. Its verdict on the earlier values is shown, marked as such.`;
  }
}
