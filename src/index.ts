// The embedding API: `import { Interpreter } from "pyframe"` runs Python source with a Host the
// embedder supplies (the package entry also exports NodeHost, the one the CLI uses).
//
//   const host = new NodeHost();
//   const interp = new Interpreter(host, { argv: ["prog.py"], path: ["."], executable: "pyframe" });
//   const status = interp.runMain(source, "prog.py");   // python3's exit status
//
// One Interpreter runs at a time in a process (the runtime's state is global, as CPython's is
// per process without subinterpreters); a new Interpreter starts from a fresh state.
export { parse, dump, PySyntaxError } from "./parser/index.js";
export { Interpreter, EXIT_SIGINT, type InterpreterOptions } from "./interp/interpreter.js";
export { HostError, type Host, type HostFiles, type HostStat } from "./runtime/host.js";
export { flushAllStreams } from "./runtime/modules/stdio.js";
