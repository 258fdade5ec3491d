#!/usr/bin/env node
// The `claimdiff` command. The TypeScript CLI (cli/claimdiff.ts) is bundled into dist/claimdiff.mjs by
// `npm install`/`npm ci` (the `prepare` script runs scripts/build-cli.mjs), so starting loads one file and no compiler.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/claimdiff.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'claimdiff: the CLI is not built (dist/claimdiff.mjs is missing): run npm install in the claimdiff folder\n',
  );
  process.exit(2);
}
// A reader that closes the pipe early (`claimdiff … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
});
