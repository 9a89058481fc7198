// `pyframe -m tokenize [-e] FILE` against what `python3 -m tokenize` printed for the parser's corpus
// programs and a few error cases (goldens in tokenize/, scripts/gen-tokenize-goldens.py).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenizeCommand } from "../tokenize-command.js";

const OUT = join(__dirname, "tokenize");
const SOURCES = [join(__dirname, "..", "..", "src", "parser", "tests", "corpus", "valid"), OUT];

describe("pyframe -m tokenize", () => {
  for (const folder of SOURCES) {
    for (const name of readdirSync(folder).filter((f) => f.endsWith(".py")).sort()) {
      const stem = join(OUT, name.slice(0, -3));
      if (!existsSync(stem + ".tokens")) continue;
      for (const [flags, ext] of [[[], ".tokens"], [["-e"], ".exact"]] as [string[], string][]) {
        it(`${flags.join(" ")} ${name}`, () => {
          let out = "";
          let err = "";
          const code = tokenizeCommand([...flags, name], {
            readFile: (p) => readFileSync(join(folder, p)),
            readStdin: () => new Uint8Array(),
            stdout: (t) => (out += t),
            stderr: (t) => (err += t),
          });
          expect(out).toBe(readFileSync(stem + ext, "utf-8"));
          expect(`${code}\n${err}`).toBe(readFileSync(stem + ".stderr", "utf-8"));
        });
      }
    }
  }
});
