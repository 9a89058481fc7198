// The Host on Node.js: synchronous standard streams and files, clocks, blocking sleep.

import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import * as tty from "node:tty";
import { randomFillSync } from "node:crypto";
import { HostError, type Host, type HostFiles, type HostStat } from "../src/runtime/host.js";

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
  ESRCH: [3, "No such process"],
  EINTR: [4, "Interrupted system call"],
  EIO: [5, "Input/output error"],
  ENXIO: [6, "No such device or address"],
  E2BIG: [7, "Argument list too long"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EBUSY: [16, "Device or resource busy"],
  ENODEV: [19, "No such device"],
  ENFILE: [23, "Too many open files in system"],
  EMFILE: [24, "Too many open files"],
  ENOTTY: [25, "Inappropriate ioctl for device"],
  ETXTBSY: [26, "Text file busy"],
  EFBIG: [27, "File too large"],
  ENOSPC: [28, "No space left on device"],
  ESPIPE: [29, "Illegal seek"],
  EROFS: [30, "Read-only file system"],
  EMLINK: [31, "Too many links"],
  EPIPE: [32, "Broken pipe"],
  ENOSYS: [38, "Function not implemented"],
  ENOTSUP: [95, "Operation not supported"],
  ETIMEDOUT: [110, "Connection timed out"],
};

function hostError(e: unknown, filename: string | null): HostError {
  const err = e as NodeJS.ErrnoException;
  const known = err.code !== undefined ? ERRNO[err.code] : undefined;
  if (known !== undefined) return new HostError(known[0], err.code!, known[1], filename);
  if (typeof err.errno === "number" && err.code !== undefined) return new HostError(Math.abs(err.errno), err.code, err.message, filename);
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

function toHostStat(st: fs.BigIntStats): HostStat {
  const ns = (v: bigint) => v;
  return {
    isFile: st.isFile(),
    isDir: st.isDirectory(),
    size: Number(st.size),
    mtime: Number(st.mtimeNs) / 1e9,
    mode: Number(st.mode),
    ino: Number(st.ino),
    dev: Number(st.dev),
    nlink: Number(st.nlink),
    uid: Number(st.uid),
    gid: Number(st.gid),
    rdev: Number(st.rdev),
    blksize: Number(st.blksize),
    blocks: Number(st.blocks),
    atime: Number(st.atimeNs) / 1e9,
    ctime: Number(st.ctimeNs) / 1e9,
    atimeNs: ns(st.atimeNs),
    mtimeNs: ns(st.mtimeNs),
    ctimeNs: ns(st.ctimeNs),
  };
}

/** Linux O_* bits -> this platform's fs.constants. */
function openFlags(flags: number): number {
  const c = fs.constants;
  let out = flags & 3; // O_RDONLY 0 / O_WRONLY 1 / O_RDWR 2 are the same everywhere
  const map: [number, number | undefined][] = [
    [0o100, c.O_CREAT], [0o200, c.O_EXCL], [0o400, c.O_NOCTTY], [0o1000, c.O_TRUNC], [0o2000, c.O_APPEND],
    [0o4000, c.O_NONBLOCK], [0o10000, c.O_DSYNC], [0o200000, c.O_DIRECTORY], [0o400000, c.O_NOFOLLOW],
    [0o4010000, c.O_SYNC], [0o1000000, c.O_NOATIME],
  ];
  for (const [linux, local] of map) if ((flags & linux) === linux && local !== undefined) out |= local;
  return out;
}

interface FdState {
  pos: number;
  append: boolean;
  seekable: boolean;
}

/** Descriptor operations; Node has no lseek, so positions of regular files are kept here. */
class NodeFiles implements HostFiles {
  private readonly fds = new Map<number, FdState>();
  constructor(private readonly host: NodeHost) {}

  private state(fd: number): FdState {
    let st = this.fds.get(fd);
    if (st === undefined) {
      let seekable = false;
      try {
        seekable = fd > 2 && fs.fstatSync(fd).isFile();
      } catch (e) {
        throw hostError(e, null);
      }
      st = { pos: 0, append: false, seekable };
      this.fds.set(fd, st);
    }
    return st;
  }

  open(p: string, flags: number, mode: number): number {
    try {
      const fd = fs.openSync(p, openFlags(flags), mode);
      let seekable = false;
      try {
        seekable = fs.fstatSync(fd).isFile();
      } catch {
        seekable = false;
      }
      this.fds.set(fd, { pos: 0, append: (flags & 0o2000) !== 0, seekable });
      return fd;
    } catch (e) {
      throw hostError(e, p);
    }
  }
  read(fd: number, n: number): Uint8Array {
    if (fd === 0) return this.host.readStdinBytes(n);
    const st = this.state(fd);
    try {
      if (n < 0) {
        const chunks: Buffer[] = [];
        for (;;) {
          const b = Buffer.alloc(65536);
          const got = fs.readSync(fd, b, 0, b.length, st.seekable ? st.pos : null);
          if (got === 0) break;
          if (st.seekable) st.pos += got;
          chunks.push(b.subarray(0, got));
        }
        return Buffer.concat(chunks);
      }
      const b = Buffer.alloc(n);
      const got = fs.readSync(fd, b, 0, n, st.seekable ? st.pos : null);
      if (st.seekable) st.pos += got;
      return b.subarray(0, got);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EOF") return new Uint8Array(0);
      throw hostError(e, null);
    }
  }
  write(fd: number, data: Uint8Array): number {
    if (fd === 1 || fd === 2) {
      writeAllBytesSync(fd, data);
      return data.length;
    }
    const st = this.state(fd);
    try {
      if (st.seekable && !st.append) {
        const n = fs.writeSync(fd, data, 0, data.length, st.pos);
        st.pos += n;
        return n;
      }
      const n = fs.writeSync(fd, data, 0, data.length, null);
      if (st.seekable) st.pos = Number(fs.fstatSync(fd).size);
      return n;
    } catch (e) {
      throw hostError(e, null);
    }
  }
  seek(fd: number, offset: number, whence: number): number {
    const st = this.state(fd);
    if (!st.seekable) throw new HostError(29, "ESPIPE", "Illegal seek", null);
    let base = 0;
    if (whence === 1) base = st.pos;
    else if (whence === 2) {
      try {
        base = Number(fs.fstatSync(fd).size);
      } catch (e) {
        throw hostError(e, null);
      }
    } else if (whence !== 0) throw new HostError(22, "EINVAL", "Invalid argument", null);
    const pos = base + offset;
    if (pos < 0) throw new HostError(22, "EINVAL", "Invalid argument", null);
    st.pos = pos;
    return pos;
  }
  close(fd: number): void {
    this.fds.delete(fd);
    try {
      fs.closeSync(fd);
    } catch (e) {
      throw hostError(e, null);
    }
  }
  truncate(fd: number, length: number): void {
    try {
      fs.ftruncateSync(fd, length);
    } catch (e) {
      throw hostError(e, null);
    }
  }
  fsync(fd: number): void {
    try {
      fs.fsyncSync(fd);
    } catch (e) {
      throw hostError(e, null);
    }
  }
  isatty(fd: number): boolean {
    if (fd === 0) return this.host.stdinIsTTY();
    if (fd === 1) return this.host.stdoutIsTTY();
    try {
      return tty.isatty(fd);
    } catch {
      return false;
    }
  }
  statPath(p: string, followSymlinks: boolean): HostStat {
    try {
      return toHostStat(followSymlinks ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true }));
    } catch (e) {
      throw hostError(e, p);
    }
  }
  fstat(fd: number): HostStat {
    try {
      return toHostStat(fs.fstatSync(fd, { bigint: true }));
    } catch (e) {
      throw hostError(e, null);
    }
  }
  realPath(p: string): string {
    try {
      return fs.realpathSync(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  readLink(p: string): string {
    try {
      return fs.readlinkSync(p);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  symlink(target: string, p: string): void {
    try {
      fs.symlinkSync(target, p);
    } catch (e) {
      throw hostError(e, target);
    }
  }
  link(target: string, p: string): void {
    try {
      fs.linkSync(target, p);
    } catch (e) {
      throw hostError(e, target);
    }
  }
  chmod(p: string, mode: number): void {
    try {
      fs.chmodSync(p, mode);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  utime(p: string, atime: number, mtime: number): void {
    try {
      fs.utimesSync(p, atime, mtime);
    } catch (e) {
      throw hostError(e, p);
    }
  }
  access(p: string, mode: number): boolean {
    try {
      fs.accessSync(p, mode);
      return true;
    } catch {
      return false;
    }
  }
  terminalSize(fd: number): [number, number] | null {
    const s = fd === 0 ? process.stdin : fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
    const t = s as unknown as { isTTY?: boolean; columns?: number; rows?: number } | null;
    if (t === null || t.isTTY !== true || typeof t.columns !== "number" || typeof t.rows !== "number") return null;
    return [t.columns, t.rows];
  }
  cpuCount(): number {
    return os.cpus().length;
  }
  setEnv(name: string, value: string | null): void {
    if (value === null) delete process.env[name];
    else process.env[name] = value;
  }
  umask(mask: number): number {
    return process.umask(mask);
  }
  uname(): [string, string, string, string, string] {
    return [os.type(), os.hostname(), os.release(), os.version(), os.machine()];
  }
  ids(): { uid: number; gid: number; euid: number; egid: number; ppid: number } {
    const p = process as unknown as { getuid?: () => number; getgid?: () => number; geteuid?: () => number; getegid?: () => number };
    return { uid: p.getuid?.() ?? 0, gid: p.getgid?.() ?? 0, euid: p.geteuid?.() ?? 0, egid: p.getegid?.() ?? 0, ppid: process.ppid };
  }
}

function writeAllBytesSync(fd: number, buf: Uint8Array): void {
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

export class NodeHost implements Host {
  readonly files: HostFiles = new NodeFiles(this);
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

  /** up to n raw bytes of standard input (os.read(0, n)); n < 0 reads to EOF */
  readStdinBytes(n: number): Uint8Array {
    if (n < 0) {
      while (this.fillStdin()) {
        // to EOF
      }
    } else if (this.stdinBuf.length === 0) {
      this.fillStdin();
    }
    const take = n < 0 ? this.stdinBuf.length : Math.min(n, this.stdinBuf.length);
    const out = this.stdinBuf.subarray(0, take);
    this.stdinBuf = this.stdinBuf.subarray(take);
    return new Uint8Array(out);
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
