// sys.stdin.read(n) / readline(limit) keep what they do not return for the next read, as
// CPython's TextIOWrapper does (the host hands over whole lines). Expected output recorded
// from `python3 prog.py < input` (CPython 3.11.7).
import { describe, expect, it } from "vitest";
import { Interpreter, NodeHost, flushAllStreams } from "./api.js";

class Piped extends NodeHost {
  out = "";
  err = "";
  private lines: string[];
  constructor(input: string) {
    super();
    this.lines = input.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  }
  override writeStdout(text: string): void {
    this.out += text;
  }
  override writeStderr(text: string): void {
    this.err += text;
  }
  override readStdinLine(): string {
    return this.lines.shift() ?? "";
  }
  override readStdinAll(): string {
    const all = this.lines.join("");
    this.lines = [];
    return all;
  }
}

function run(source: string, input: string): string {
  const host = new Piped(input);
  const interp = new Interpreter(host, { argv: ["prog.py"], path: ["."], executable: "pyframe" });
  const status = interp.runMain(source, "prog.py");
  flushAllStreams();
  expect(host.err).toBe("");
  expect(status).toBe(0);
  return host.out;
}

describe("sys.stdin partial reads", () => {
  it("read(n), readline(limit), input(), iteration and readlines share one position", () => {
    const source = [
      "import sys",
      "print(repr(sys.stdin.read(1)), repr(sys.stdin.read(2)), repr(sys.stdin.readline()), repr(sys.stdin.read(1)))",
      "print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline(0)), repr(sys.stdin.readline()))",
      "print(repr(sys.stdin.read(3)), repr(input()), repr(next(sys.stdin)))",
      "print(repr(sys.stdin.read(0)), repr(sys.stdin.read(2)), repr(sys.stdin.readlines()), repr(sys.stdin.read(5)), repr(sys.stdin.readline()))",
      "",
    ].join("\n");
    const input = "abcdef\nxyz\n\u{1F600}\u00e9t\nline4\nline5\nl6\nl7\nlast";
    expect(run(source, input)).toBe(
      "'a' 'bc' 'def\\n' 'x'\n" +
        "'yz' '' '\\n'\n" +
        "'\u{1F600}\u00e9t' '' 'line4\\n'\n" +
        "'' 'li' ['ne5\\n', 'l6\\n', 'l7\\n', 'last'] '' ''\n",
    );
  });

  it("read() after read(n) returns the rest, and shlex can tokenize stdin", () => {
    const source = [
      "import sys, shlex",
      "print(repr(sys.stdin.read(4)))",
      "print(shlex.split(sys.stdin.readline()))",
      "print(list(shlex.shlex(posix=True)))",
      "print(repr(sys.stdin.read()))",
      "",
    ].join("\n");
    expect(run(source, "abcd 'e f' g\nx 'y z'\nnext \"q r\" # c\n")).toBe(
      "'abcd'\n['e f', 'g']\n['x', 'y z', 'next', 'q r']\n''\n",
    );
  });
});
