import { cliVersion } from './cliVersion';
import { exitCodes, type CliStreams } from './CliStreams';
import { commandsCommand, commandsUsage } from './commandsCommand';
import { gitopsUsage } from './gitopsUsage';
import { migrateCommand, migrateUsage } from './migrateCommand';
import { openCommand, openUsage } from './openCommand';
import { schemaCommand, schemaUsage } from './schemaCommand';
import { shareCommand, shareUsage } from './shareCommand';
import { templateCommand, templateUsage } from './templateCommand';
import { validateCommand, validateUsage } from './validateCommand';


interface Command {
  run(args: readonly string[], io: CliStreams): Promise<number>;
  usage: string;
}

/** Each command: how it runs and the usage `catalyst-values COMMAND --help` prints. */
const commands: Record<string, Command> = {
  validate: { run: validateCommand, usage: validateUsage },
  template: { run: templateCommand, usage: templateUsage },
  commands: { run: commandsCommand, usage: commandsUsage },
  gitops: { run: async (args, io) => (await import('./gitopsCommand')).gitopsCommand(args, io), usage: gitopsUsage },
  migrate: { run: migrateCommand, usage: migrateUsage },
  share: { run: shareCommand, usage: shareUsage },
  open: { run: openCommand, usage: openUsage },
  schema: { run: schemaCommand, usage: schemaUsage },
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
