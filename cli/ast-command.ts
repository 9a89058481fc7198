// `pyframe -m ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]`: what
// `python3 -m ast` prints (Lib/ast.py main()): the dump of ast.parse(source, type_comments=True)
// with indent 3, or, on a SyntaxError, the traceback of the uncaught exception, and exit status 1.
import type { CommandIO } from "./command-io.js";
import { dump } from "../src/parser/dump.js";
import { PySyntaxError } from "../src/parser/errors.js";
import { parse, type ParseMode } from "../src/parser/index.js";

/** Where the traceback says the `ast` module lives (pyframe's own, not CPython's). */
export const AST_MODULE_PATH = "<pyframe>/lib/python3.11/ast.py";

const USAGE = `usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
`;

const HELP = `${USAGE}
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`;

const MODES = ["exec", "single", "eval", "func_type"];

function usageError(io: CommandIO, msg: string): number {
  io.stderr(USAGE + `python -m ast: error: ${msg}\n`);
  return 2;
}

/** The lines CPython's print_exception writes for a SyntaxError (Python/pythonrun.c, print_error_text). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let text = e.text;
    let offset = e.offset;
    let endOffset = e.end_offset ?? -1;
    const lineSize = text.length;
    if (e.end_lineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    // IndentationError (and TabError) reports get a single caret.
    const carets = e.kind === "SyntaxError" && endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    let i = 0;
    while (text[i] === " " || text[i] === "\t" || text[i] === "\f") {
      i++;
      offset--;
    }
    text = text.slice(i);
    let len = text.length;
    if (len > 0 && text[len - 1] === "\n") len--;
    if (offset > len) offset = len;
    for (;;) {
      const nl = text.indexOf("\n");
      if (nl < 0 || nl >= offset) break;
      text = text.slice(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    out += "    " + text;
    if (text[len] !== "\n") out += "\n";
    if (offset >= 0) out += "    " + " ".repeat(offset) + "^".repeat(carets) + "\n";
  }
  return out + `${e.kind}: ${e.msg}\n`;
}

export function astCommand(argv: string[], io: CommandIO): number {
  let mode = "exec";
  let typeComments = true;
  let attributes = false;
  let indent = 3;
  let infile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string): string | null => {
      if (a.includes("=")) return a.slice(a.indexOf("=") + 1);
      if (a.length > 2 && !a.startsWith("--")) return a.slice(2);
      if (i + 1 >= argv.length) {
        usageError(io, `argument ${name}: expected one argument`);
        return null;
      }
      return argv[++i];
    };
    if (a === "-h" || a === "--help") {
      io.stdout(HELP);
      return 0;
    } else if (a === "-a" || a === "--include-attributes") attributes = true;
    else if (a === "--no-type-comments") typeComments = false;
    else if (a.startsWith("-m") || a.startsWith("--mode")) {
      const v = value("-m/--mode");
      if (v === null) return 2;
      if (!MODES.includes(v)) return usageError(io, `argument -m/--mode: invalid choice: '${v}' (choose from 'exec', 'single', 'eval', 'func_type')`);
      mode = v;
    } else if (a.startsWith("-i") || a.startsWith("--indent")) {
      const v = value("-i/--indent");
      if (v === null) return 2;
      if (!/^\s*[-+]?\d+\s*$/.test(v)) return usageError(io, `argument -i/--indent: invalid int value: '${v}'`);
      indent = parseInt(v, 10);
    } else if (a === "-" || !a.startsWith("-")) {
      if (infile !== null) return usageError(io, `unrecognized arguments: ${a}`);
      infile = a;
    } else return usageError(io, `unrecognized arguments: ${a}`);
  }
  let source: Uint8Array;
  const name = infile === null || infile === "-" ? "<stdin>" : infile;
  try {
    source = name === "<stdin>" ? io.readStdin() : io.readFile(infile!);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === "ENOENT" ? "[Errno 2] No such file or directory" : code === "EISDIR" ? "[Errno 21] Is a directory" : String((e as Error).message);
    return usageError(io, `argument infile: can't open '${infile}': ${why}: '${infile}'`);
  }
  try {
    const tree = parse(source, name, mode as ParseMode, { typeComments });
    io.stdout(dump(tree, { includeAttributes: attributes, indent: Math.max(0, indent) }) + "\n");
    return 0;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    io.stderr(
      "Traceback (most recent call last):\n" +
        '  File "<frozen runpy>", line 198, in _run_module_as_main\n' +
        '  File "<frozen runpy>", line 88, in _run_code\n' +
        `  File "${AST_MODULE_PATH}", line 1752, in <module>\n` +
        "    main()\n" +
        `  File "${AST_MODULE_PATH}", line 1748, in main\n` +
        "    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)\n" +
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n" +
        `  File "${AST_MODULE_PATH}", line 50, in parse\n` +
        "    return compile(source, filename, mode, flags,\n" +
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n" +
        formatSyntaxError(e),
    );
    return 1;
  }
}
