// Runs a conformance case in-process: a fresh Interpreter per case, with standard streams
// captured in memory and files read from disk (cases may import modules beside them).

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { NodeHost } from "../../cli/node-host.js";
import { Interpreter } from "../../src/interp/interpreter.js";
import { flushAllStreams } from "../../src/runtime/modules/stdio.js";
import { fileURLToPath } from "node:url";

const STDLIB = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../src/runtime/pylib");

export interface CaseResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Expected {
  stdout: string;
  exit_code: number;
  stderr_last_line: string;
}

class CaptureHost extends NodeHost {
  constructor() {
    super(STDLIB);
  }
  out = "";
  err = "";
  override writeStdout(text: string): void {
    this.out += text;
  }
  override writeStderr(text: string): void {
    this.err += text;
  }
  override readStdinLine(): string {
    return "";
  }
  override readStdinAll(): string {
    return "";
  }
  override stdinIsTTY(): boolean {
    return false;
  }
  override stdoutIsTTY(): boolean {
    return false;
  }
}

export function runCase(file: string): CaseResult {
  const host = new CaptureHost();
  const dir = path.dirname(path.resolve(file));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const interp = new Interpreter(host, { argv: [path.basename(file)], path: [dir], executable: "pyframe" });
    const exitCode = interp.runMain(readFileSync(file), path.resolve(file));
    flushAllStreams();
    return { stdout: host.out, stderr: host.err, exitCode };
  } catch (e) {
    flushAllStreams();
    return { stdout: host.out, stderr: host.err + `\npyframe crashed: ${e instanceof Error ? e.stack : String(e)}`, exitCode: -1 };
  } finally {
    process.chdir(cwd);
  }
}

export function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.length > 0 ? lines[lines.length - 1] : "";
}
