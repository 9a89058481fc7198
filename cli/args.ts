// Splits a python3-style command line: interpreter options first, then one of `-c CODE`,
// `-m MODULE`, `FILE` or `-`, and everything after that belongs to the program (sys.argv[1:]).
// `-c` and `-m` terminate the option list, as in CPython (Modules/main.c).

export interface SplitArgs {
  /** interpreter options, in order, for commander to validate */
  options: string[];
  /** what to run */
  target: { kind: "command"; code: string } | { kind: "module"; name: string } | { kind: "file"; path: string } | { kind: "stdin" } | { kind: "none" };
  /** the program's own arguments (sys.argv[1:]) */
  rest: string[];
}

// Options that take a value, as separate word or glued (`-W error` / `-Werror`).
const WITH_VALUE = new Set(["W", "X"]);

export function splitArgs(argv: readonly string[]): SplitArgs {
  const options: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === "--") {
      i++;
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) break;
    if (arg.startsWith("--")) {
      options.push(arg);
      i++;
      continue;
    }
    // A cluster of single-letter flags such as `-iu`; `c` and `m` take the rest of the word or the next word.
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j];
      if (letter === "c" || letter === "m") {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : argv[i + 1];
        const consumed = j + 1 < arg.length ? 1 : 2;
        if (value === undefined) return { options: [...options, "-" + letter], target: { kind: "none" }, rest: [] };
        const rest = argv.slice(i + consumed);
        return letter === "c"
          ? { options, target: { kind: "command", code: value }, rest }
          : { options, target: { kind: "module", name: value }, rest };
      }
      if (WITH_VALUE.has(letter)) {
        if (j + 1 < arg.length) options.push("-" + letter, arg.slice(j + 1));
        else options.push("-" + letter, argv[++i] ?? "");
        break;
      }
      options.push("-" + letter);
    }
    i++;
  }
  if (i >= argv.length) return { options, target: { kind: "none" }, rest: [] };
  const first = argv[i];
  if (first === "-") return { options, target: { kind: "stdin" }, rest: argv.slice(i + 1) };
  return { options, target: { kind: "file", path: first }, rest: argv.slice(i + 1) };
}
