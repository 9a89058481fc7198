// The `pyframe` command: python3's command line over the pyframe interpreter.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { splitArgs } from "./args.js";
import { parse, PySyntaxError } from "../src/parser/index.js";

function main(argv: string[]): number {
  const args = splitArgs(argv);
  if (args.options.includes("-V") || args.options.includes("--version")) {
    process.stdout.write("Python 3.11.7 (pyframe 0.1.0)\n");
    return 0;
  }
  if (args.target.kind === "file") {
    let source: Uint8Array;
    try {
      source = readFileSync(args.target.path);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const errno = err.code === "ENOENT" ? "[Errno 2] No such file or directory" : String(err.message);
      process.stderr.write(`pyframe: can't open file '${resolve(args.target.path)}': ${errno}\n`);
      return 2;
    }
    try {
      parse(source, args.target.path, "exec");
    } catch (e) {
      if (e instanceof PySyntaxError) {
        process.stderr.write(`${e.kind}: ${e.msg}\n`);
        return 1;
      }
      throw e;
    }
    return 0;
  }
  process.stderr.write("pyframe: nothing to run\n");
  return 2;
}

process.exitCode = main(process.argv.slice(2));
