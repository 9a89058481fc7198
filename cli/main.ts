// The `pyframe` command: python3's command line over the pyframe interpreter.
//   pyframe [options] [-c cmd | -m mod | file | -] [arg] ...
// Interpreter options are validated by commander; the program and its arguments are split off
// first (cli/args.ts), because `-c` and `-m` end the option list as in CPython.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { splitArgs, type SplitArgs } from "./args.js";
import { astCommand } from "./ast-command.js";
import { tokenizeCommand } from "./tokenize-command.js";
import type { CommandIO } from "./command-io.js";
import { NodeHost } from "./node-host.js";
import { Interpreter } from "../src/interp/interpreter.js";
import { runRepl } from "./repl.js";
import { flushAllStreams } from "../src/runtime/modules/stdio.js";
import { finishRefCheck, startRefCheck } from "../src/runtime/refcheck.js";

const VERSION = "0.1.0";
const PY_VERSION = "3.11.7";

const USAGE = "usage: pyframe [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP = `${USAGE}
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-X opt : set implementation-specific option (sys._xoptions)
-E     : ignore PYTHON* environment variables (PYTHONWARNINGS, PYTHONUNBUFFERED)
-I     : isolate (implies -E)
-B, -O, -P, -s, -S : accepted for compatibility, no effect
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

interface Flags {
  inspect: boolean;
  unbuffered: boolean;
  quiet: boolean;
  version: number;
  help: boolean;
  /** -W options in order */
  warnoptions: string[];
  /** -X options in order */
  xoptions: string[];
  ignoreEnvironment: boolean;
}

/** Validates the interpreter options with commander. Returns the flags, or an exit code. */
function parseOptions(options: string[]): Flags | number {
  // the common `pyframe FILE`: no options to validate (building commander's parser costs ~3 ms of start-up)
  if (options.length === 0) return flagsFrom({}, 0);
  const program = new Command("pyframe");
  let version = 0;
  program
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .helpOption(false)
    .option("-i", "inspect interactively")
    .option("-u", "unbuffered streams")
    .option("-q", "quiet")
    .option("-h, --help", "help")
    .option("-?", "help")
    .option("-V, --version", "version", () => ++version)
    .option("-B").option("-E").option("-I").option("-O").option("-P").option("-s").option("-S").option("-b").option("-d").option("-v").option("-x")
    .option("-W <arg>", "warning control", collect, [])
    .option("-X <opt>", "implementation-specific option", collect, [])
    .option("--check-hash-based-pycs <mode>");
  try {
    program.parse(options, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      const bad = /'(-[^']*)'/.exec(e.message)?.[1] ?? options[0];
      process.stderr.write(`Unknown option: ${bad}\n${USAGE}\nTry \`pyframe -h' for more information.\n`);
      return 2;
    }
    throw e;
  }
  return flagsFrom(program.opts(), version);
}

/** The flags from commander's option values (absent options: undefined); `version`: how many -V. */
function flagsFrom(o: Record<string, unknown>, version: number): Flags {
  return {
    inspect: o.i === true,
    unbuffered: o.u === true || o.E !== true && o.I !== true && process.env.PYTHONUNBUFFERED !== undefined && process.env.PYTHONUNBUFFERED !== "",
    quiet: o.q === true,
    version,
    help: o.help === true || o["?"] === true,
    warnoptions: (o.W as string[] | undefined) ?? [],
    xoptions: (o.X as string[] | undefined) ?? [],
    ignoreEnvironment: o.E === true || o.I === true,
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** sys.warnoptions as CPython builds it: PYTHONWARNINGS's comma-separated entries (kept as written, empty ones dropped), then each -W. */
function warnOptions(flags: Flags): string[] {
  const env = flags.ignoreEnvironment ? undefined : process.env.PYTHONWARNINGS;
  const fromEnv = env === undefined || env === "" ? [] : env.split(",").filter((s) => s !== "");
  return [...fromEnv, ...flags.warnoptions];
}

const nodeIO: CommandIO = {
  readFile: (p) => readFileSync(p),
  readStdin: () => readFileSync(0),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

function cannotOpen(p: string, err: NodeJS.ErrnoException): number {
  const messages: Record<string, string> = {
    ENOENT: "[Errno 2] No such file or directory",
    EACCES: "[Errno 13] Permission denied",
    EISDIR: "[Errno 21] Is a directory",
  };
  const msg = messages[err.code ?? ""] ?? `[Errno 5] ${err.message}`;
  process.stderr.write(`pyframe: can't open file '${path.resolve(p)}': ${msg}\n`);
  return 2;
}

function main(argv: string[]): number {
  const args: SplitArgs = splitArgs(argv);
  const flags = parseOptions(args.options);
  if (typeof flags === "number") return flags;
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (flags.version > 0) {
    process.stdout.write(flags.version > 1 ? `Python ${PY_VERSION} (pyframe ${VERSION})\n` : `Python ${PY_VERSION}\n`);
    return 0;
  }
  const target = args.target;
  if (target.kind === "module" && target.name === "ast") return astCommand(args.rest, nodeIO);
  if (target.kind === "module" && target.name === "tokenize") return tokenizeCommand(args.rest, nodeIO);

  const refCheck = process.env.PYFRAME_REFCHECK === "1";
  if (refCheck) startRefCheck();
  const host = new NodeHost();
  let source: Uint8Array | string | null = null;
  let filename = "<stdin>";
  let sysArgv: string[];
  let path0: string;
  switch (target.kind) {
    case "file":
      try {
        source = readFileSync(target.path);
      } catch (e) {
        return cannotOpen(target.path, e as NodeJS.ErrnoException);
      }
      // like CPython 3.9+: the script's code (and __file__) name it by absolute path; argv[0] stays as given
      filename = path.resolve(target.path);
      sysArgv = [target.path, ...args.rest];
      path0 = path.dirname(path.resolve(target.path));
      break;
    case "command":
      source = target.code + "\n";
      filename = "<string>";
      sysArgv = ["-c", ...args.rest];
      path0 = "";
      break;
    case "module":
      sysArgv = [target.name, ...args.rest];
      path0 = process.cwd();
      break;
    case "stdin":
      sysArgv = ["-", ...args.rest];
      path0 = "";
      break;
    default:
      sysArgv = [""];
      path0 = "";
  }
  // no program: a REPL on a terminal, or with -i whatever stdin is; otherwise stdin is the program
  const interactiveOnly = target.kind === "none" && (process.stdin.isTTY === true || flags.inspect);
  const interp = new Interpreter(host, {
    argv: sysArgv,
    path: [path0],
    executable: process.argv[1] ?? "pyframe",
    unbuffered: flags.unbuffered,
    warnoptions: warnOptions(flags),
    xoptions: flags.xoptions.map((x): [string, string | true] => {
      const eq = x.indexOf("=");
      return eq < 0 ? [x, true] : [x.slice(0, eq), x.slice(eq + 1)];
    }),
    flags: { inspect: flags.inspect ? 1 : 0, interactive: flags.inspect || interactiveOnly ? 1 : 0, quiet: flags.quiet ? 1 : 0 },
  });
  let status = 0;
  if (target.kind === "module") {
    status = interp.runModule(target.name);
  } else if (!interactiveOnly) {
    if (source === null) source = host.readStdinAll();
    status = interp.runMain(source, filename);
  }
  if (interactiveOnly || flags.inspect) status = runRepl(interp, host, flags.quiet || !interactiveOnly);
  flushAllStreams();
  if (refCheck) status = reportRefCheck(status);
  return status;
}

/** PYFRAME_REFCHECK=1: after the program, report reference-count errors (exit status 70 if any). */
function reportRefCheck(status: number): number {
  const problems = finishRefCheck();
  if (problems.length === 0) return status;
  process.stderr.write(`pyframe: ${problems.length} reference-count error(s):\n`);
  for (const p of problems.slice(0, 20)) process.stderr.write(`  ${p.kind}: ${p.detail}\n`);
  return 70;
}

/** Runs the command line; never throws (internal errors become exit status 70). */
export function runCli(argv: string[]): number {
  try {
    return main(argv);
  } catch (e) {
    // pyframe must never die with a JS stack trace; this is a bug report, not a crash dump
    flushAllStreams();
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`pyframe: internal error: ${msg}\n`);
    if (process.env.PYFRAME_DEBUG === "1" && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return 70;
  }
}
