import type { Values } from '../diagnostics/Diagnostic';
import type { Command, CommandGroup } from './CommandGroup';
import type { CommandOptions } from './CommandOptions';
import { resolveCommandOptions } from './CommandOptions';
import { usesPrivateChartRegistry } from './chartReference';
import { egressChecklist } from './egressChecklist';
import { imageList } from './imageList';
import { egressFromManifests, imageListFromManifests } from './fromManifests';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { installCommand, joinTokenCommands, uninstallCommand, upgradeCommand } from './installCommands';
import { mirrorChartCommands } from './mirrorChartCommands';
import type { MirrorVersions } from './mirrorImagesCommand';
import { mirrorImagesCommand } from './mirrorImagesCommand';
import { stringAt } from './readValue';
import { requiredObjects } from './requiredObjects';
import { defaultJoinTokenSource, joinTokenSourceOf, type JoinTokenSource } from '../install/joinTokenSource';
import type { TracingInput } from './tracingConfiguration';
import { tracingConfiguration } from './tracingConfiguration';

interface BuildCommandsInput {
  chartVersion: string;
  /** The user's own values (changes only). */
  userValues: Values;
  /** The values coalesced over the chart defaults: what Helm will use. */
  values: Values;
  options?: CommandOptions;
  /** Dapr versions for the mirror script; the values do not hold them. */
  mirror?: MirrorVersions;
  /** When given, a tracing group is added after the egress checklist. */
  tracing?: TracingInput;
  /** Where the user said the join token comes from; the values overrule it (see joinTokenSourceOf). Default: at install. */
  joinToken?: JoinTokenSource;
  /**
   * The objects Helm rendered from these values, when the chart's archive is at hand: the images and the
   * egress checklist then come from them (subcharts, hooks and init containers included), not from the values.
   */
  rendered?: readonly HelmManifest[];
}

/** The command panel and the CLI `commands` subcommand print exactly this, in this order. */
export function buildCommands(input: BuildCommandsInput): CommandGroup[] {
  const { values, userValues, chartVersion } = input;
  const options = resolveCommandOptions(input.options);
  const joinToken = joinTokenSourceOf(userValues, input.joinToken ?? defaultJoinTokenSource);
  const groups: CommandGroup[] = [
    joinTokenCommands(options, joinToken),
    installCommand(values, chartVersion, options, joinToken),
    upgradeCommand(values, chartVersion, options, joinToken),
    uninstallCommand(values, options),
  ];

  const privateImages = stringAt(values, '/global/image/registry');
  const privateCharts = usesPrivateChartRegistry(values);
  if (privateImages || privateCharts) {
    const commands: Command[] = [];
    const notes: string[] = [];
    if (privateImages) {
      const mirror = mirrorImagesCommand(values, privateImages, input.mirror);
      commands.push({ label: 'Mirror the images to your registry', text: mirror.text });
      notes.push(...mirror.notes);
      const images = input.rendered ? imageListFromManifests(input.rendered, values) : imageList(values);
      const byHand = images.filter((i) => !i.rewrittenByGlobalRegistry && i.note);
      notes.push(...byHand.map((i) => `${i.component}: ${i.note}`));
    }
    commands.push(...mirrorChartCommands(values, chartVersion));
    groups.push({ id: 'private-registries', title: 'Private registries', ...(notes.length ? { note: notes.join('\n') } : {}), commands });
  }

  const objects = requiredObjects({ userValues, values, namespace: options.namespace, release: options.release });
  if (objects.length > 0) {
    groups.push({
      id: 'required-objects',
      title: 'Create before installing',
      note: 'The values refer to these objects but the chart does not create them. Replace the placeholders with your files and credentials.',
      commands: objects.map((o) => ({ label: `${o.kind} ${o.name} (${o.namespace})${o.note ? ': ' + o.note : ''}`, text: o.command })),
    });
  }

  groups.push({
    id: 'egress',
    title: 'Outbound connections to allow',
    note: 'mTLS is used: make sure no proxy or firewall inspects this traffic.',
    commands: (input.rendered ? egressFromManifests(input.rendered, values) : egressChecklist(values)).map((e) => ({
      label: `${e.purpose} (${e.required ? 'required' : 'optional'})${e.note ? ' ' + e.note : ''}`,
      text: e.port === null ? e.host : `${e.host}:${e.port}`,
    })),
  });

  if (input.tracing) {
    const tracing = tracingConfiguration(input.tracing);
    groups.push(
      tracing.ok
        ? { id: 'tracing', title: 'Tracing', commands: tracing.commands }
        : { id: 'tracing', title: 'Tracing', note: tracing.errors.map((e) => e.message).join('\n'), commands: [] },
    );
  }
  return groups;
}
