import type { Values } from '../diagnostics/Diagnostic';
import type { CommandGroup } from './CommandGroup';
import type { CommandOptions } from './CommandOptions';
import { resolveCommandOptions } from './CommandOptions';
import { chartReference } from './chartReference';
import { valueAt } from './readValue';
import { shellQuote } from './shellQuote';

import { joinTokenSetFlag, type JoinTokenSource } from '../install/joinTokenSource';

function multiline(lines: string[]): string {
  return lines.join(' \\\n  ');
}

/** How each source of the token reaches the chart, said once where the token is created. */
const joinTokenNotes: Record<JoinTokenSource, string> = {
  install: 'The install and upgrade commands pass it from JOIN_TOKEN: it is never printed or written in the values file.',
  file: 'Your values file holds the token in join_token: paste it there, and keep the file as secret as the token.',
  secret: 'The chart reads it from the Secret named in agent.existingJoinTokenSecret: create it with the command under "Create before installing".',
};

export function joinTokenCommands(options: CommandOptions = {}, source: JoinTokenSource = 'install'): CommandGroup {
  const o = resolveCommandOptions(options);
  return {
    id: 'join-token',
    title: 'Create the region and its join token',
    note: `${joinTokenNotes[source]} The join token can be regenerated until the installation completes, but not after.`,
    commands: [
      { label: 'Log in to Diagrid Cloud', text: 'diagrid login' },
      {
        label: 'Create the region and keep its join token in JOIN_TOKEN',
        text: `export JOIN_TOKEN=$(diagrid region create ${shellQuote(o.regionName)} --ingress ${shellQuote(o.ingressUrl)} | jq -r .joinToken)`,
      },
    ],
  };
}

/**
 * With the token given at install, it reaches Helm only through the shell variable: never printed, never in
 * the file, so neither the command panel nor a shared link can leak it.
 */
function helmArgs(verb: string, values: Values, chartVersion: string, options: CommandOptions, source: JoinTokenSource): string {
  const o = resolveCommandOptions(options);
  return multiline([
    `helm ${verb} ${shellQuote(o.release)} ${shellQuote(chartReference(values))}`,
    `--version ${shellQuote(chartVersion)}`,
    `-n ${shellQuote(o.namespace)}`,
    '--create-namespace',
    ...o.valuesFiles.map((file) => `-f ${shellQuote(file)}`),
    ...(source === 'install' ? [joinTokenSetFlag] : []),
  ]);
}

export function installCommand(values: Values, chartVersion: string, options: CommandOptions = {}, source: JoinTokenSource = 'install'): CommandGroup {
  return {
    id: 'install',
    title: 'Install',
    commands: [{ label: 'Install Catalyst', text: helmArgs('install', values, chartVersion, options, source) }],
  };
}

export function upgradeCommand(values: Values, chartVersion: string, options: CommandOptions = {}, source: JoinTokenSource = 'install'): CommandGroup {
  return {
    id: 'upgrade',
    title: 'Upgrade (or install)',
    ...(source === 'install' ? { note: 'The chart requires join_token on every upgrade too: keep JOIN_TOKEN set to the token this installation was created with.' } : {}),
    commands: [{ label: 'Upgrade Catalyst, installing it if absent', text: helmArgs('upgrade --install', values, chartVersion, options, source) }],
  };
}

export function uninstallCommand(values: Values, options: CommandOptions = {}): CommandGroup {
  const o = resolveCommandOptions(options);
  const cleanupEnabled = valueAt(values, '/cleanup/enabled') !== false;
  const state = cleanupEnabled
    ? 'Your values keep the cleanup hook (cleanup.enabled is true): uninstalling spends the region. Set cleanup.enabled: false to keep it reusable.'
    : 'Your values set cleanup.enabled: false: the cleanup hook does not run, so the region stays reusable for a re-installation.';
  return {
    id: 'uninstall',
    title: 'Uninstall',
    note: `A region serves a single installation: once Catalyst is uninstalled with the cleanup hook, the region is no longer valid. ${state}`,
    commands: [{ label: 'Uninstall Catalyst', text: `helm uninstall ${shellQuote(o.release)} -n ${shellQuote(o.namespace)}` }],
  };
}
