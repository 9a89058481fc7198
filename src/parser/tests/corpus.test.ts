// The parser's own corpus: small programs with goldens produced by CPython 3.11
// (scripts/gen-parser-goldens.py). valid/*.ast is `python3 -m ast -a`; invalid/*.err is the
// SyntaxError's class, message and position.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { astCommand } from "../../../cli/ast-command.js";
import { PySyntaxError, dump, parse } from "../index.js";

const ROOT = join(__dirname, "corpus");

function files(kind: string): string[] {
  return readdirSync(join(ROOT, kind)).filter((f) => f.endsWith(".py")).sort();
}

describe("valid programs: pyframe -m ast -a matches python3 -m ast -a", () => {
  for (const name of files("valid")) {
    it(name, () => {
      const path = join(ROOT, "valid", name);
      let out = "";
      let err = "";
      const code = astCommand(["-a", path], {
        readFile: (p) => readFileSync(p),
        readStdin: () => new Uint8Array(),
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
      });
      expect(err).toBe("");
      expect(code).toBe(0);
      expect(out).toBe(readFileSync(path.replace(/\.py$/, ".ast"), "utf-8"));
    });
  }
});

describe("invalid programs: the SyntaxError CPython raises", () => {
  for (const name of files("invalid")) {
    it(name, () => {
      const path = join(ROOT, "invalid", name);
      const expected = JSON.parse(readFileSync(path.replace(/\.py$/, ".err"), "utf-8"));
      let got: unknown = "parsed without error";
      try {
        parse(readFileSync(path), name, "exec", { typeComments: true });
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
      }
      expect(got).toEqual(expected);
    });
  }
});

describe("invalid programs: pyframe -m ast prints CPython's SyntaxError report", () => {
  for (const name of files("invalid")) {
    it(name, () => {
      const dir = join(ROOT, "invalid");
      let out = "";
      let err = "";
      const code = astCommand([name], {
        readFile: (p) => readFileSync(join(dir, p)),
        readStdin: () => new Uint8Array(),
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
      });
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err.startsWith("Traceback (most recent call last):\n")).toBe(true);
      expect(err.slice(err.lastIndexOf(`  File "${name}"`))).toBe(readFileSync(join(dir, name.replace(/\.py$/, ".stderr")), "utf-8"));
    });
  }
});

describe("parse modes exec/eval/single/func_type (modes.cases.json)", () => {
  const cases = JSON.parse(readFileSync(join(ROOT, "modes.cases.json"), "utf-8")) as [string, string][];
  const expected = JSON.parse(readFileSync(join(ROOT, "modes.expected.json"), "utf-8")) as unknown[];
  cases.forEach(([mode, source], i) => {
    it(`${mode} ${JSON.stringify(source)}`, () => {
      let got: unknown;
      try {
        got = dump(parse(source, "<unknown>", mode as "exec", { typeComments: true }), { includeAttributes: true });
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
      }
      expect(got).toEqual(expected[i]);
    });
  });
});
