// Command-line options that change the program's environment, run through the real CLI (bundled
// into a temporary directory) and compared with what python3 3.11.7 printed for the same command.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let dir = "";
let cli = "";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "pyframe-cli-"));
  cli = path.join(dir, "pyframe.cjs");
  await build({ entryPoints: [path.resolve(__dirname, "entry.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", outfile: cli, logLevel: "error" });
  // the bundle finds the Python standard library beside it
  mkdirSync(path.join(dir, "src", "runtime"), { recursive: true });
  symlinkSync(path.resolve(__dirname, "../src/runtime/pylib"), path.join(dir, "src", "runtime", "pylib"));
}, 60_000);

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

function pyframe(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--stack-size=6000", cli, ...args], { encoding: "utf8", env: { ...process.env, PYTHONWARNINGS: "", ...env } });
  const errLines = r.stderr.split("\n").filter((l) => l.trim() !== "");
  return { status: r.status, stdout: r.stdout, lastErr: errLines[errLines.length - 1] ?? "" };
}

const SHOW = "import sys, warnings; print(sys.warnoptions, sys._xoptions); warnings.warn('u'); warnings.warn('d', DeprecationWarning)";

describe("-W, -X, PYTHONWARNINGS, -E", () => {
  it("-W options become filters in order (the last one wins), -X fills sys._xoptions", () => {
    const r = pyframe(["-W", "error::DeprecationWarning", "-Wignore::UserWarning", "-X", "a=b", "-Xdev2", "-c", SHOW]);
    expect(r.stdout).toBe("['error::DeprecationWarning', 'ignore::UserWarning'] {'a': 'b', 'dev2': True}\n");
    expect(r.lastErr).toBe("DeprecationWarning: d");
    expect(r.status).toBe(1);
  });

  it("PYTHONWARNINGS entries come before -W options; -E ignores them", () => {
    const r = pyframe(["-W", "always", "-c", SHOW], { PYTHONWARNINGS: "error, ignore::DeprecationWarning" });
    expect(r.stdout).toBe("['error', ' ignore::DeprecationWarning', 'always'] {}\n");
    expect(r.lastErr).toBe("<string>:1: DeprecationWarning: d");
    expect(r.status).toBe(0);
    const e = pyframe(["-E", "-c", SHOW], { PYTHONWARNINGS: "error" });
    expect(e.stdout).toBe("[] {}\n");
    expect(e.lastErr).toBe("<string>:1: DeprecationWarning: d");
    expect(e.status).toBe(0);
  });

  it("an invalid -W option is reported and ignored", () => {
    const r = pyframe(["-Wbogus", "-c", "import warnings; warnings.warn('x')"]);
    expect(r.lastErr).toBe("<string>:1: UserWarning: x");
    expect(r.status).toBe(0);
  });
});
