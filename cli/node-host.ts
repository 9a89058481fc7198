// The Host on Node.js: synchronous standard streams and files, clocks, blocking sleep.

import * as fs from "node:fs";
import * as path from "node:path";
import { randomFillSync } from "node:crypto";
import { HostError, type Host, type HostStat } from "../src/runtime/host.js";

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EPERM: [1, "Operation not permitted"],
  EEXIST: [17, "File exists"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
  ENOTEMPTY: [39, "Directory not empty"],
  EBADF: [9, "Bad file descriptor"],
  EINVAL: [22, "Invalid argument"],
  ENAMETOOLONG: [36, "File name too long"],
  ELOOP: [40, "Too many levels of symbolic links"],
  EXDEV: [18, "Invalid cross-device link"],
};

function hostError(e: unknown, filename: string | null): HostError {
  const err = e as NodeJS.ErrnoException;
  const known = err.code !== undefined ? ERRNO[err.code] : undefined;
  if (known !== undefined) return new HostError(known[0], err.code!, known[1], filename);
  return new HostError(5, "EIO", err.message ?? "Input/output error", filename);
}

function writeAllSync(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        sleepSync(1);
        continue;
      }
      if (code === "EPIPE") return;
      throw e;
    }
  }
}

let sleepCell: Int32Array | null = null;
function sleepSync(ms: number): void {
  // created on first use: SharedArrayBuffer does not exist while the startup snapshot is built
  if (sleepCell === null) sleepCell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}

/** pyframe's Python standard library sources, next to the bundle (dist/../src/runtime/pylib). */
function defaultStdlib(): string {
  const here = typeof __dirname === "string" ? __dirname : process.cwd();
  for (const candidate of [path.join(here, "../src/runtime/pylib"), path.join(here, "src/runtime/pylib")]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join(here, "../src/runtime/pylib");
}

export class NodeHost implements Host {
  private stdinBuf = Buffer.alloc(0);
  private stdinEOF = false;
  private readonly stdlib: string;

  constructor(stdlibDir?: string) {
    this.stdlib = stdlibDir ?? defaultStdlib();
  }

  writeStdout(text: string): void {
    writeAllSync(1, text);
  }
  writeStderr(text: string): void {
    writeAllSync(2, text);
  }
  flush(): void {}

  private fillStdin(): boolean {
    if (this.stdinEOF) return false;
    const chunk = Buffer.alloc(65536);
    let n: number;
    for (;;) {
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          sleepSync(5);
          continue;
        }
        if (code === "EOF") {
          n = 0;
          break;
        }
        throw e;
      }
    }
    if (n === 0) {
      this.stdinEOF = true;
      return false;
    }
    this.stdinBuf = Buffer.concat([this.stdinBuf, chunk.subarray(0, n)]);
    return true;
  }

  readStdinLine(): string {
    for (;;) {
      const nl = this.stdinBuf.indexOf(10);
      if (nl >= 0) {
        const line = this.stdinBuf.subarray(0, nl + 1).toString("utf8");
        this.stdinBuf = this.stdinBuf.subarray(nl + 1);
        return line;
      }
      if (!this.fillStdin()) {
        const rest = this.stdinBuf.toString("utf8");
        this.stdinBuf = Buffer.alloc(0);
        return rest;
      }
    }
  }

  readStdinAll(): string {
    while (this.fillStdin()) {
      // keep reading until EOF
    }
    const all = this.stdinBuf.toString("utf8");
    this.stdinBuf = Buffer.alloc(0);
    return all;
  }

  stdinIsTTY(): boolean {
    return process.stdin.isTTY === true;
  }
  stdoutIsTTY(): boolean {
    return process.stdout.isTTY === true;
  }

  readFile(p: string): Uint8Array {
    try {
      return fs.readFileSync(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  writeFile(p: string, data: Uint8Array, append: boolean): void {
    try {
      if (append) fs.appendFileSync(p, data);
      else fs.writeFileSync(p, data);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  stat(p: string): HostStat | null {
    try {
      const st = fs.statSync(p, { throwIfNoEntry: false });
      if (st === undefined) return null;
      return { isFile: st.isFile(), isDir: st.isDirectory(), size: st.size, mtime: st.mtimeMs / 1000 };
    } catch {
      return null;
    }
  }
  listDir(p: string): string[] {
    try {
      return fs.readdirSync(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  remove(p: string): void {
    try {
      fs.unlinkSync(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  mkdir(p: string): void {
    try {
      fs.mkdirSync(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  rmdir(p: string): void {
    try {
      fs.rmdirSync(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  rename(from: string, to: string): void {
    try {
      fs.renameSync(from, to);
    } catch (e) {
      throw hostError(e, from);
    }
  }
  cwd(): string {
    return process.cwd();
  }
  chdir(p: string): void {
    try {
      process.chdir(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  resolvePath(p: string): string {
    return path.resolve(p);
  }
  now(): number {
    return (performance.timeOrigin + performance.now()) / 1000;
  }
  monotonic(): number {
    return performance.now() / 1000;
  }
  cpuTime(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  sleep(seconds: number): void {
    sleepSync(seconds * 1000);
  }
  env(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  }
  stdlibDir(): string {
    return this.stdlib;
  }
  platform(): string {
    return process.platform === "win32" ? "win32" : process.platform === "darwin" ? "darwin" : "linux";
  }
  pid(): number {
    return process.pid;
  }
  randomBytes(n: number): Uint8Array {
    const b = new Uint8Array(n);
    randomFillSync(b);
    return b;
  }
}
