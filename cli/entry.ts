// The `pyframe` process entry when started without the startup snapshot.
import { runCli } from "./main.js";
import { EXIT_SIGINT } from "../src/interp/interpreter.js";

const status = runCli(process.argv.slice(2));
// an unhandled KeyboardInterrupt: end by the signal itself, as CPython does (exit_sigint)
if (status === EXIT_SIGINT) process.kill(process.pid, "SIGINT");
else process.exitCode = status;
