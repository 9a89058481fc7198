// The interactive prompt, as python3's: `>>> ` and `... ` prompts on stderr, each complete
// input compiled in "single" mode (expression values echoed through sys.displayhook),
// tracebacks printed without leaving, EOF or SystemExit ends the session.

import type { Host } from "../src/runtime/host.js";
import type { Interpreter } from "../src/interp/interpreter.js";
import { flushAllStreams } from "../src/runtime/modules/stdio.js";
import { parse, PySyntaxError } from "../src/parser/index.js";

const PY_VERSION = "3.11.7";

/** Whether `source` needs more lines: an open block or an unfinished statement. */
export function needsMore(source: string): boolean {
  const lines = source.split("\n");
  const last = lines[lines.length - 1] ?? "";
  try {
    parse(source + "\n", "<stdin>", "single");
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return false;
    if (/was never closed|unexpected EOF|expected an indented block|unterminated triple-quoted/.test(e.msg)) return true;
    return false;
  }
  // A compound statement stays open until an empty line.
  const first = lines[0] ?? "";
  if (lines.length > 1 || /:\s*(#.*)?$/.test(first)) return last.trim() !== "";
  return false;
}

export function runRepl(interp: Interpreter, host: Host, quiet: boolean): number {
  if (!quiet) host.writeStderr(`Python ${PY_VERSION} (pyframe) on ${host.platform()}\nType "help", "copyright", "credits" or "license" for more information.\n`);
  for (;;) {
    flushAllStreams();
    host.writeStderr(">>> ");
    let line = host.readStdinLine();
    if (line === "") {
      host.writeStderr("\n");
      return 0;
    }
    let source = line.replace(/\r?\n$/, "");
    while (needsMore(source)) {
      flushAllStreams();
      host.writeStderr("... ");
      line = host.readStdinLine();
      if (line === "") break;
      source += "\n" + line.replace(/\r?\n$/, "");
    }
    if (source.trim() === "") continue;
    const r = interp.runInteractive(source + "\n");
    if (r.exitCode !== null) return r.exitCode;
  }
}
