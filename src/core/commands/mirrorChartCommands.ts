import type { Values } from '../diagnostics/Diagnostic';
import type { Command } from './CommandGroup';
import { PUBLIC_CHART_REFERENCE, chartPushTarget, usesPrivateChartRegistry } from './chartReference';
import { stringAt } from './readValue';
import { shellQuote } from './shellQuote';

/** Copy the chart into a private OCI registry; empty when the values use the public one. */
export function mirrorChartCommands(values: Values, chartVersion: string): Command[] {
  if (!usesPrivateChartRegistry(values)) return [];
  const target = chartPushTarget(values);
  const commands: Command[] = [];
  const host = target.replace(/^oci:\/\//, '').split('/')[0] ?? '';
  if (stringAt(values, '/global/charts/username') || stringAt(values, '/global/charts/existingSecret')) {
    commands.push({
      label: 'Log in to the private chart registry (Helm asks for the password)',
      text: `helm registry login ${shellQuote(host)} --username ${shellQuote(stringAt(values, '/global/charts/username') || '<username>')}`,
    });
  }
  commands.push(
    { label: 'Pull the chart from the public registry', text: `helm pull ${PUBLIC_CHART_REFERENCE} --version ${shellQuote(chartVersion)}` },
    {
      label: 'Push it to your registry (helm push adds the /catalyst itself)',
      text: `helm push ${shellQuote(`catalyst-${chartVersion}.tgz`)} ${shellQuote(target)}`,
    },
  );
  return commands;
}
