// The embedding API runs Python with a host the embedder supplies and reports python3's status.
import { describe, expect, it } from "vitest";
import { Interpreter, NodeHost, flushAllStreams } from "./api.js";

class Captured extends NodeHost {
  out = "";
  err = "";
  override writeStdout(text: string): void {
    this.out += text;
  }
  override writeStderr(text: string): void {
    this.err += text;
  }
}

function run(source: string): { status: number; out: string; err: string } {
  const host = new Captured();
  const interp = new Interpreter(host, { argv: ["embedded.py"], path: [], executable: "pyframe" });
  const status = interp.runMain(source, "embedded.py");
  flushAllStreams();
  return { status, out: host.out, err: host.err };
}

describe("embedding API", () => {
  it("runs a program and captures its output", () => {
    const r = run("import sys\nprint('hi', sys.argv, __name__)\n");
    expect(r).toEqual({ status: 0, out: "hi ['embedded.py'] __main__\n", err: "" });
  });

  it("reports uncaught exceptions and SystemExit like python3", () => {
    const r = run("def f():\n    raise ValueError('bad')\nf()\n");
    expect(r.status).toBe(1);
    expect(r.err).toContain('File "embedded.py", line 3, in <module>');
    expect(r.err.trimEnd().split("\n").pop()).toBe("ValueError: bad");
    expect(run("import sys\nsys.exit(3)\n").status).toBe(3);
  });

  it("starts each interpreter from a fresh state", () => {
    expect(run("x = 41\n").status).toBe(0);
    const r = run("try:\n    x\nexcept NameError as e:\n    print(e)\n");
    expect(r.out).toBe("name 'x' is not defined\n");
  });
});
