// The parser never hangs and never crashes: random and mutated sources give an AST or a
// PySyntaxError, each within a time bound (issue 2, requirement 5).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PySyntaxError, parse } from "../index.js";

const SEEDS = readdirSync(join(__dirname, "corpus", "valid"))
  .filter((f) => f.endsWith(".py"))
  .map((f) => readFileSync(join(__dirname, "corpus", "valid", f), "latin1"));

// Characters and tokens that exercise every tokenizer path.
const PIECES = [
  "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "*", "**", "/", "//", "@", "+", "-",
  "~", "<", ">", "!=", "%", "&", "|", "^", "<<", ">>", "\\", "\\\n", "\n", "\r\n", "\r", "\t", "  ", "    ", "\f", "#",
  "# type: int", "# type: ignore", "'", '"', "'''", '"""', "f'", 'f"', "b'", "rb'", "u'", "{", "}", "!r", "=}", "\\N{",
  "0", "1", "0x", "0o", "0b", "1_", "1e", "1j", ".5", "00", "x", "_", "é", "日", "€", "\u200b", "\0", "\ufeff",
  "if", "elif", "else", "for", "in", "not", "is", "and", "or", "while", "def", "class", "return", "yield", "await",
  "async", "lambda", "with", "as", "try", "except", "except*", "finally", "raise", "from", "import", "global",
  "nonlocal", "del", "pass", "break", "continue", "assert", "match", "case", "None", "True", "False", "print",
];

const TIME_LIMIT_MS = 500;

function check(src: string): void {
  const t0 = performance.now();
  try {
    parse(src, "<fuzz>", "exec", { typeComments: true });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) {
      throw new Error(`not a PySyntaxError for ${JSON.stringify(src)}: ${(e as Error).stack}`);
    }
    if ((e as { cause?: unknown }).cause !== undefined) {
      throw new Error(`internal error on ${JSON.stringify(src)}: ${((e as { cause: Error }).cause).stack}`);
    }
    expect(typeof e.msg).toBe("string");
    expect(e.msg).not.toMatch(/Expecting|Redundant input|NoViableAlt|MismatchedToken|chevrotain|undefined/);
  }
  const ms = performance.now() - t0;
  if (ms > TIME_LIMIT_MS) throw new Error(`took ${ms.toFixed(0)} ms on ${JSON.stringify(src)}`);
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }) }),
);

type Mutation = { kind: "delete"; at: number; len: number } | { kind: "insert"; at: number; text: string } | { kind: "swap"; at: number; other: number } | { kind: "duplicate"; at: number; len: number };

function mutate(src: string, muts: Mutation[]): string {
  for (const m of muts) {
    const n = src.length + 1;
    const at = m.at % n;
    switch (m.kind) {
      case "delete":
        src = src.slice(0, at) + src.slice(at + m.len);
        break;
      case "insert":
        src = src.slice(0, at) + m.text + src.slice(at);
        break;
      case "swap": {
        const b = m.other % n;
        if (at < src.length && b < src.length) {
          const chars = [...src];
          [chars[at % chars.length], chars[b % chars.length]] = [chars[b % chars.length], chars[at % chars.length]];
          src = chars.join("");
        }
        break;
      }
      case "duplicate":
        src = src.slice(0, at) + src.slice(at, at + m.len) + src.slice(at);
        break;
    }
  }
  return src;
}

describe("the parser on hostile input", () => {
  it("random token soup", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, " ", " ", "\n"), { maxLength: 60 }), (parts) => check(parts.join(""))),
      { numRuns: 1500, seed: 20261125 },
    );
  });

  it("mutated real programs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, muts) => check(mutate(seed, muts))),
      { numRuns: 1500, seed: 42 },
    );
  });

  it("arbitrary unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (s) => check(s)), { numRuns: 500, seed: 7 });
  });

  it("deep nesting", () => {
    for (const n of [50, 199, 200, 1000, 5000]) {
      check("x = " + "(".repeat(n) + "1" + ")".repeat(n));
      check("x = " + "-".repeat(n) + "1");
      check("x = " + "[".repeat(n));
      check("x = " + "not ".repeat(n) + "a");
      check("if x:\n".repeat(Math.min(n, 120)) + " ".repeat(Math.min(n, 120)) + "pass\n");
    }
  });
});
