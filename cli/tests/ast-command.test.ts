// `pyframe -m ast` options, stdin and help against what `python3 -m ast` printed for the same
// input (goldens in ast-command/: NAME.args, NAME.stdin, NAME.stdout).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { astCommand } from "../ast-command.js";

const DIR = join(__dirname, "ast-command");

function run(args: string[], stdin: string): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = astCommand(args, {
    readFile: (p) => readFileSync(p),
    readStdin: () => new TextEncoder().encode(stdin),
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

describe("pyframe -m ast", () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith(".args"))) {
    const name = f.slice(0, -5);
    it(name, () => {
      const args = readFileSync(join(DIR, f), "utf-8").trim().split(/\s+/).filter(Boolean);
      const r = run(args, readFileSync(join(DIR, name + ".stdin"), "utf-8"));
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toBe(readFileSync(join(DIR, name + ".stdout"), "utf-8"));
    });
  }

  it("rejects an unknown mode like argparse", () => {
    const r = run(["-m", "bogus"], "");
    expect(r.code).toBe(2);
    expect(r.err).toContain("python -m ast: error: argument -m/--mode: invalid choice: 'bogus'");
  });

  it("reports a SyntaxError from stdin with the <stdin> file name", () => {
    const r = run([], "x = (\n");
    expect(r.code).toBe(1);
    expect(r.err.endsWith(`  File "<stdin>", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n`)).toBe(true);
  });
});
