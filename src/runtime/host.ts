// The Host: everything pyframe needs from the world outside the interpreter (ARCHITECTURE.md,
// decision 4). The CLI supplies a Node implementation; embedders supply their own.

export interface HostStat {
  isFile: boolean;
  isDir: boolean;
  size: number;
  mtime: number;
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
}
