// The `labonnealternance` executable. Never imported by the library entry: it stays out of bundles.
import { runCli } from "./run-cli.js";

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
