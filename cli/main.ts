/**
 * The `company-contacts` command line (issue 2, section 4): a dispatcher over one map of subcommands.
 * Each subcommand module exports `usage` and `run(args)`, returning the exit code:
 * 0 done (a file accepted even with rejected lines), 1 refused or failed, 2 usage error.
 */
import * as check from './check';
// remote-export.ts is `export --server …` and hands any other `export` to ./export.ts.
import * as exportCommand from './remote-export';
import * as importCommand from './import';
import * as org from './org';
import * as store from './store';
import * as token from './token';
import { usageError } from './usage';

interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Add a subcommand with one line here. */
const commands: Record<string, Command> = {
  check,
  export: exportCommand,
  import: importCommand,
  org,
  store,
  token,
};

function help(): string {
  const lines = Object.values(commands).map((command) => `  ${command.usage}`);
  return `Usage: company-contacts <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

/** Node's parseArgs reports unknown or malformed options as TypeErrors with these codes. */
function isUsageError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? process.stderr : process.stdout).write(help());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    return usageError(error.message, command.usage);
  }
}

process.exitCode = await main(process.argv.slice(2));
