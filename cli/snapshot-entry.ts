// Builds pyframe's V8 startup snapshot (node --build-snapshot): everything that does not depend
// on the command line or the environment is done here once — the runtime's types, the
// chevrotain parser's grammar analysis — so a run starts from the initialised heap.
import { startupSnapshot } from "node:v8";
import { runCli } from "./main.js";
import { EXIT_SIGINT } from "../src/interp/interpreter.js";
import { initRuntime } from "../src/runtime/init.js";
import { getParser, parse } from "../src/parser/index.js";

initRuntime();
getParser();
parse("x = [i for i in range(3)]\n", "<warmup>", "exec");

startupSnapshot.setDeserializeMainFunction(() => {
  const status = runCli(process.argv.slice(2));
  // an unhandled KeyboardInterrupt: end by the signal itself, as CPython does (exit_sigint)
  if (status === EXIT_SIGINT) process.kill(process.pid, "SIGINT");
  else process.exitCode = status;
});
