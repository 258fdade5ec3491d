// For the CLI tests that await runCli: runs `claimdiff ARGS…` with its streams captured, no colour, no environment.
import { runCli } from './claimdiff.ts';

export async function runCaptured(argv: string[], stderrIsTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY,
  });
  return { code, stdout, stderr };
}
