#!/usr/bin/env node
// The `redaksi` command. Runs the TypeScript sources directly (Node >= 22.18 strips types).
import { readFileSync } from 'node:fs';
import { runCli } from '../src-main/cli.ts';

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
  env: process.env,
});
process.exitCode = code;
