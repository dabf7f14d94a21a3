/** A CLI command: one small file each in `cli/commands/`. */
export interface Command {
  name: string;
  summary: string;
  /** Usage line after "quizwire <name>". */
  usage: string;
  /** Option name → one-line description, for --help. */
  options: Record<string, string>;
  run(argv: string[]): Promise<number>;
}

/** A mistake in how the command was called: printed with the command's help, exit 2. */
export class UsageError extends Error {}

/** Parsed command line: positional arguments, `--name value` options and `--flag` switches. */
export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/**
 * Parses argv against the command's known options. Options listed in
 * `valued` take the next word (or `--name=value`); the rest are flags.
 * Unknown options are a usage error so typos never pass silently.
 */
export function parseArgs(argv: string[], valued: string[], flags: string[]): ParsedArgs {
  const result: ParsedArgs = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith("--")) {
      result.positionals.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2);
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--"))) {
        throw new UsageError(`--${name} needs a value.`);
      }
      result.values.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      result.flags.add(name);
    } else {
      throw new UsageError(`unknown option --${name}.`);
    }
  }
  return result;
}

/** The --help text of a command. */
export function formatUsage(command: Command): string {
  const width = Math.max(0, ...Object.keys(command.options).map((o) => o.length));
  const options = Object.entries(command.options)
    .map(([name, text]) => `  ${name.padEnd(width)}  ${text}`)
    .join("\n");
  return `${command.summary}\n\nUsage: quizwire ${command.name} ${command.usage}\n${options ? `\nOptions:\n${options}\n` : ""}`;
}
