import { isShippedChartVersion, shippedChartVersions } from '../schema/chartCatalog';
import { decodeShare } from './decodeShare';
import { printValues } from '../yaml/printValues';

export type OpenedShare = { ok: true; text: string; chartVersion: string } | { ok: false; error: string };

/** A share payload as the studio opens it: values printed as a file, or why it cannot be opened. */
export function openSharePayload(payload: string): OpenedShare {
  const decoded = decodeShare(payload);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const { chartVersion, values } = decoded.state;
  if (!isShippedChartVersion(chartVersion)) {
    return {
      ok: false,
      error: `This share link is for chart ${chartVersion}, which this studio does not know (it knows ${shippedChartVersions.join(', ')}).`,
    };
  }
  const header = `# Opened from a share link (chart ${chartVersion}). Secrets are not in share links unless the sender chose to include them.\n`;
  try {
    return { ok: true, chartVersion, text: header + (Object.keys(values).length === 0 ? '' : printValues(values)) };
  } catch {
    // A link is input from anywhere: whatever it holds, the answer is a message, never a broken page.
    return { ok: false, error: 'This share link holds values the studio cannot write out as a values file.' };
  }
}
