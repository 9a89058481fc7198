// Every tests/conformance/**/*.py case must print what CPython 3.11 printed (stdout), exit with
// its status, and end stderr with its last line. Expected files come from scripts/gen-expected.py.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lastLine, runCase, type Expected } from "./harness.js";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

function findCases(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith("_") || name.startsWith(".")) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findCases(p));
    else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

const cases = findCases(ROOT);

describe("conformance", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const file of cases) {
    const rel = path.relative(ROOT, file);
    const expectedFile = file.slice(0, -3) + ".expected.json";
    it(rel, () => {
      expect(existsSync(expectedFile), `missing ${path.basename(expectedFile)}: run scripts/gen-expected.py`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedFile, "utf8")) as Expected;
      const got = runCase(file);
      expect(got.stdout).toBe(expected.stdout);
      expect(lastLine(got.stderr)).toBe(expected.stderr_last_line);
      expect(got.exitCode).toBe(expected.exit_code);
    });
  }
});
