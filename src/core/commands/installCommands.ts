import type { Values } from '../diagnostics/Diagnostic';
import type { CommandGroup } from './CommandGroup';
import type { CommandOptions } from './CommandOptions';
import { resolveCommandOptions } from './CommandOptions';
import { chartReference } from './chartReference';
import { valueAt } from './readValue';
import { shellQuote } from './shellQuote';

/**
 * The token reaches Helm only through the shell variable: never printed, never in the file,
 * so neither the command panel nor a shared link can leak it.
 */
const JOIN_TOKEN_FLAG = '--set join_token="${JOIN_TOKEN}"';

function multiline(lines: string[]): string {
  return lines.join(' \\\n  ');
}

export function joinTokenCommands(options: CommandOptions = {}): CommandGroup {
  const o = resolveCommandOptions(options);
  return {
    id: 'join-token',
    title: 'Create the region and its join token',
    note: 'The join token can be regenerated until the installation completes, but not after.',
    commands: [
      { label: 'Log in to Diagrid Cloud', text: 'diagrid login' },
      {
        label: 'Create the region and keep its join token in JOIN_TOKEN',
        text: `export JOIN_TOKEN=$(diagrid region create ${shellQuote(o.regionName)} --ingress ${shellQuote(o.ingressUrl)} | jq -r .joinToken)`,
      },
    ],
  };
}

function helmArgs(verb: string, values: Values, chartVersion: string, options: CommandOptions): string {
  const o = resolveCommandOptions(options);
  return multiline([
    `helm ${verb} ${shellQuote(o.release)} ${shellQuote(chartReference(values))}`,
    `--version ${shellQuote(chartVersion)}`,
    `-n ${shellQuote(o.namespace)}`,
    '--create-namespace',
    `-f ${shellQuote(o.fileName)}`,
    JOIN_TOKEN_FLAG,
  ]);
}

export function installCommand(values: Values, chartVersion: string, options: CommandOptions = {}): CommandGroup {
  return {
    id: 'install',
    title: 'Install',
    commands: [{ label: 'Install Catalyst', text: helmArgs('install', values, chartVersion, options) }],
  };
}

export function upgradeCommand(values: Values, chartVersion: string, options: CommandOptions = {}): CommandGroup {
  return {
    id: 'upgrade',
    title: 'Upgrade (or install)',
    note: 'The chart requires join_token on every upgrade too: keep JOIN_TOKEN set to the token this installation was created with.',
    commands: [{ label: 'Upgrade Catalyst, installing it if absent', text: helmArgs('upgrade --install', values, chartVersion, options) }],
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
