import { cliVersion } from './cliVersion';
import { exitCodes, type CliStreams } from './CliStreams';
import { commandsUsage } from './commandsUsage';
import { gitopsUsage } from './gitopsUsage';
import { migrateUsage } from './migrateUsage';
import { openUsage } from './openUsage';
import { schemaUsage } from './schemaUsage';
import { shareUsage } from './shareUsage';
import { templateUsage } from './templateUsage';
import { validateUsage } from './validateUsage';


interface Command {
  run(args: readonly string[], io: CliStreams): Promise<number>;
  usage: string;
}

/**
 * Each command: how it runs and the usage `catalyst-values COMMAND --help` prints. A command's module loads
 * when it runs, so a run pays only for its own command (validate never loads Helm's engine, the archive
 * reader or the Kubernetes models unless it is given a chart archive).
 */
const commands: Record<string, Command> = {
  validate: { run: async (args, io) => (await import('./validateCommand')).validateCommand(args, io), usage: validateUsage },
  template: { run: async (args, io) => (await import('./templateCommand')).templateCommand(args, io), usage: templateUsage },
  commands: { run: async (args, io) => (await import('./commandsCommand')).commandsCommand(args, io), usage: commandsUsage },
  gitops: { run: async (args, io) => (await import('./gitopsCommand')).gitopsCommand(args, io), usage: gitopsUsage },
  migrate: { run: async (args, io) => (await import('./migrateCommand')).migrateCommand(args, io), usage: migrateUsage },
  share: { run: async (args, io) => (await import('./shareCommand')).shareCommand(args, io), usage: shareUsage },
  open: { run: async (args, io) => (await import('./openCommand')).openCommand(args, io), usage: openUsage },
  schema: { run: async (args, io) => (await import('./schemaCommand')).schemaCommand(args, io), usage: schemaUsage },
};

const usage = `Usage: catalyst-values COMMAND [options]   (catalyst-values COMMAND --help for one command)

${Object.values(commands)
  .map((command) => command.usage)
  .join('\n\n')}

  catalyst-values --version   prints the version
`;

export async function main(argv: readonly string[], io: CliStreams): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${cliVersion}\n`);
    return exitCodes.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr.write(`catalyst-values: unknown command "${name}"\n\n${usage}`);
    return exitCodes.usage;
  }
  if (asksForHelp(rest)) {
    io.stdout.write(`Usage:\n${command.usage}\n`);
    return exitCodes.ok;
  }
  return command.run(rest, io);
}

/** `-h` or `--help` among the options (not after `--`, where it would be a file's name). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
