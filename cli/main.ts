import { commands } from "./commands/index.ts";
import { formatUsage, UsageError } from "./args.ts";

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(overview());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`quizwire: unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(formatUsage(command));
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`quizwire ${name}: ${error.message}\n\n${formatUsage(command)}`);
      return 2;
    }
    throw error;
  }
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `quizwire: turn news articles into lessons, quizzes and worksheets.\n\nUsage: quizwire <command> [options]\n\nCommands:\n${rows}\n\nRun "quizwire <command> --help" for a command's options.\n`;
}
