import type { Command } from "../args.ts";
import { factsCommand } from "./facts.ts";

/** Every CLI command, in the order --help lists them. */
export const commands: Command[] = [factsCommand];
