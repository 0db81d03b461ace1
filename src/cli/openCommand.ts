import { isShippedChartVersion } from '../core/schema/chartCatalog';
import { decodeShare } from '../core/share/decodeShare';
import { payloadFromUrl } from '../core/share/shareUrl';
import { chartRefText } from '../core/chart/ChartRef';
import { exitCodes, type CliStreams } from './CliStreams';
import { openUsage } from './openUsage';


export async function openCommand(args: readonly string[], io: CliStreams): Promise<number> {
  if (args.length !== 1 || (args[0] ?? '').startsWith('-')) {
    io.stderr.write(`catalyst-values open: ${args.length === 0 ? 'no link given' : 'give exactly one link (quote it: it contains #)'}\n\nUsage:\n${openUsage}\n`);
    return exitCodes.usage;
  }
  const url = args[0] as string;
  const payload = payloadFromUrl(url.trim());
  if (payload === null) {
    io.stderr.write('catalyst-values open: this is not a studio share link (it has no "#share=" part).\n');
    return exitCodes.invalid;
  }
  const decoded = decodeShare(payload);
  if (!decoded.ok) {
    io.stderr.write(`catalyst-values open: ${decoded.error}\n`);
    return exitCodes.invalid;
  }
  const { chartRef, text } = decoded.state;
  const chartVersion = chartRefText(chartRef);
  io.stdout.write(`# Catalyst chart ${chartVersion}\n`);
  io.stdout.write(text.trim() === '' ? '{}\n' : text.endsWith('\n') ? text : `${text}\n`);
  if (!isShippedChartVersion(chartVersion)) {
    io.stderr.write(`Note: chart ${chartVersion} is not one this studio knows; the values are printed as they are.\n`);
  }
  return exitCodes.ok;
}
