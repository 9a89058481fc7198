// The Host: everything pyframe needs from the world outside the interpreter (ARCHITECTURE.md,
// decision 4). The CLI supplies a Node implementation; embedders supply their own.

export interface HostStat {
  isFile: boolean;
  isDir: boolean;
  size: number;
  mtime: number;
  /** the rest of struct stat, where the host knows it (os.stat_result) */
  mode?: number;
  ino?: number;
  dev?: number;
  nlink?: number;
  uid?: number;
  gid?: number;
  rdev?: number;
  blksize?: number;
  blocks?: number;
  /** seconds since the epoch */
  atime?: number;
  ctime?: number;
  /** nanoseconds since the epoch (st_*time_ns) */
  atimeNs?: bigint;
  mtimeNs?: bigint;
  ctimeNs?: bigint;
}

/** Optional operations on file descriptors and paths (the os and io modules); flags and modes use Linux values. */
export interface HostFiles {
  /** os.open: O_* flags (Linux values), permission bits; returns a descriptor */
  open(path: string, flags: number, mode: number): number;
  /** up to n bytes (n < 0: to the end); empty at EOF */
  read(fd: number, n: number): Uint8Array;
  /** returns the number of bytes written */
  write(fd: number, data: Uint8Array): number;
  /** lseek: whence 0/1/2; returns the new position */
  seek(fd: number, offset: number, whence: number): number;
  close(fd: number): void;
  truncate(fd: number, length: number): void;
  fsync(fd: number): void;
  isatty(fd: number): boolean;
  /** os.stat / os.lstat / os.fstat: throws HostError */
  statPath(path: string, followSymlinks: boolean): HostStat;
  fstat(fd: number): HostStat;
  realPath(path: string): string;
  readLink(path: string): string;
  symlink(target: string, path: string): void;
  link(target: string, path: string): void;
  chmod(path: string, mode: number): void;
  utime(path: string, atime: number, mtime: number): void;
  access(path: string, mode: number): boolean;
  /** (columns, lines) of the terminal on fd, or null */
  terminalSize(fd: number): [number, number] | null;
  cpuCount(): number;
  setEnv(name: string, value: string | null): void;
  umask(mask: number): number;
  uname(): [string, string, string, string, string];
  ids(): { uid: number; gid: number; euid: number; egid: number; ppid: number };
}

/** An OS-level error the host reports (errno name and number), turned into OSError subclasses. */
export class HostError extends Error {
  constructor(
    readonly errno: number,
    readonly code: string,
    readonly strerror: string,
    readonly filename: string | null,
  ) {
    super(`[Errno ${errno}] ${strerror}`);
  }
}

export interface Host {
  /** write text to standard output / error (already encoded by the caller as str) */
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  flush(): void;
  /** one line from standard input including its newline, "" at EOF */
  readStdinLine(): string;
  /** the rest of standard input */
  readStdinAll(): string;
  stdinIsTTY(): boolean;
  stdoutIsTTY(): boolean;
  /** file access: throws HostError */
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array, append: boolean): void;
  stat(path: string): HostStat | null;
  listDir(path: string): string[];
  remove(path: string): void;
  mkdir(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  cwd(): string;
  chdir(path: string): void;
  /** absolute, normalised path */
  resolvePath(path: string): string;
  /** seconds since the epoch (time.time) */
  now(): number;
  /** seconds, monotonic (time.monotonic / perf_counter) */
  monotonic(): number;
  /** process CPU time in seconds */
  cpuTime(): number;
  /** block for `seconds` (time.sleep) */
  sleep(seconds: number): void;
  env(): Record<string, string>;
  /** the directory holding pyframe's Python standard library sources */
  stdlibDir(): string;
  /** platform string for sys.platform */
  platform(): string;
  pid(): number;
  /** random bytes for os.urandom / seeding */
  randomBytes(n: number): Uint8Array;
  /** descriptor-level file operations (os, io); hosts without them raise OSError(ENOSYS) */
  files?: HostFiles;
}
