#!/usr/bin/env node
// The CLI is TypeScript shared with the app; tsx compiles it on the fly so
// `npx quizwire` works straight after `npm install`, with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
