#!/usr/bin/env node
/** The `gatehouse` command. */
import { main } from "./cli/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
