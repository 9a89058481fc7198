// The REPL against a session recorded from `python3 -i < input` (stdout and stderr after the banner).
import { describe, expect, it } from "vitest";
import { Interpreter, NodeHost, flushAllStreams } from "./api.js";
import { runRepl } from "./repl.js";

class Scripted extends NodeHost {
  out = "";
  err = "";
  constructor(private lines: string[]) {
    super();
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
}

describe("REPL", () => {
  it("echoes values, continues blocks, survives exceptions (as python3 -i)", () => {
    const input = ["x = 5\n", "x\n", "for i in range(2):\n", "    print(i)\n", "\n", "1/0\n", "y\n", '"a"\n', "None\n"];
    const host = new Scripted(input);
    const interp = new Interpreter(host, { argv: [""], path: [""], executable: "pyframe", flags: { interactive: 1 } });
    const status = runRepl(interp, host, true);
    flushAllStreams();
    expect(status).toBe(0);
    // recorded from CPython 3.11.7
    expect(host.out).toBe("5\n0\n1\n'a'\n");
    expect(host.err).toBe(
      ">>> >>> >>> ... ... >>> Traceback (most recent call last):\n" +
        '  File "<stdin>", line 1, in <module>\n' +
        "ZeroDivisionError: division by zero\n" +
        ">>> Traceback (most recent call last):\n" +
        '  File "<stdin>", line 1, in <module>\n' +
        "NameError: name 'y' is not defined\n" +
        ">>> >>> >>> \n",
    );
  });

  it("ends with SystemExit's status", () => {
    const host = new Scripted(["import sys\n", "sys.exit(4)\n", "print('not reached')\n"]);
    const interp = new Interpreter(host, { argv: [""], path: [""], executable: "pyframe" });
    expect(runRepl(interp, host, true)).toBe(4);
    expect(host.out).toBe("");
  });
});
