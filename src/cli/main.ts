import { exitCodes, type CliStreams } from './CliStreams';
import { commandsCommand, commandsUsage } from './commandsCommand';
import { openCommand, openUsage } from './openCommand';
import { shareCommand, shareUsage } from './shareCommand';
import { templateCommand, templateUsage } from './templateCommand';
import { validateCommand, validateUsage } from './validateCommand';

export { exitCodes, type CliStreams };

const usage = `Usage:
${validateUsage}

${templateUsage}

${commandsUsage}

${shareUsage}

${openUsage}
`;

export async function main(argv: readonly string[], io: CliStreams): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(usage);
    return command === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (command === 'validate') return validateCommand(rest, io);
  if (command === 'template') return templateCommand(rest, io);
  if (command === 'commands') return commandsCommand(rest, io);
  if (command === 'share') return shareCommand(rest, io);
  if (command === 'open') return openCommand(rest, io);
  io.stderr.write(`catalyst-values: unknown command "${command}"\n\n${usage}`);
  return exitCodes.usage;
}
