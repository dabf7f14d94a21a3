import type { Command } from "../args.ts";
import { checkCommand } from "./check.ts";
import { factsCommand } from "./facts.ts";
import { importCommand } from "./import.ts";
import { newCommand } from "./new.ts";
import { quizCommand } from "./quiz.ts";
import { worksheetCommand } from "./worksheet.ts";

/** Every CLI command, in the order --help lists them. */
export const commands: Command[] = [checkCommand, newCommand, importCommand, factsCommand, quizCommand, worksheetCommand];
