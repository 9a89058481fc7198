// Every tests/conformance/**/*.py case must print what CPython 3.11 printed (stdout), exit with
// its status, and end stderr with its last line. Expected files come from scripts/gen-expected.py.

import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lastLine, runCase, type CaseResult, type Expected } from "./harness.js";
import { finishRefCheck, startRefCheck } from "../../src/runtime/refcheck.js";

// PYFRAME_REFCHECK=1 (npm test sets it) also checks every case's reference counts.
const REFCHECK = process.env.PYFRAME_REFCHECK === "1";

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

/** As scripts/gen-expected.py writes expected output: this folder's absolute path as "<conformance>". */
function portable(r: CaseResult): CaseResult {
  const roots = [...new Set([ROOT, realpathSync(ROOT)])];
  const fix = (s: string) => roots.reduce((t, root) => t.split(root).join("<conformance>"), s);
  return { ...r, stdout: fix(r.stdout), stderr: fix(r.stderr) };
}

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
      if (REFCHECK) startRefCheck();
      const got = portable(runCase(file));
      if (REFCHECK) expect(finishRefCheck().map((p) => `${p.kind}: ${p.detail}`)).toEqual([]);
      expect(got.stdout).toBe(expected.stdout);
      expect(lastLine(got.stderr)).toBe(expected.stderr_last_line);
      expect(got.exitCode).toBe(expected.exit_code);
    });
  }
});
