// The posix module: the operating-system layer under os.py and io.py (Modules/posixmodule.c's
// interface), implemented over the Host's file operations (src/runtime/host.ts). Errors reported
// by the host become OSError subclasses with errno/strerror/filename set, as CPython's
// PyErr_SetFromErrnoWithFilenameObjects does.

import { decref, newref, type PyObject, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newListOwned, newTupleOwned, newDict, newFloat } from "../values.js";
import { typeError, valueError, overflowError } from "../errors.js";
import { builtinFunction, parseArgs, defNew, defMethod, defGetSet } from "../define.js";
import { repr as reprOf } from "../ops/repr.js";
import { iterToArray } from "../ops/iter.js";
import { PyModule } from "../types/module.js";
import { PyBytes, PyByteArray } from "../types/bytes.js";
import { PyTuple } from "../types/tuple.js";
import { PyStrSubclass } from "../types/boxed.js";
import { newBytes, bufferBytes } from "../types/bytes-type.js";
import { PyException } from "../types/exception.js";
import { call } from "../ops/call.js";
import { lookupSpecial } from "../ops/attr.js";
import { isTrue } from "../ops/compare.js";
import { indexValue } from "./builtins.js";
import { structSeqType } from "./sys.js";
import { HostError, type Host, type HostFiles, type HostStat } from "../host.js";
import { decodeBytes, encodeStr } from "../codecs.js";
import { flushAllStreams } from "./stdio.js";

/** errno numbers (Linux) and their strerror texts. */
export const ERRNO_TABLE: [string, number, string][] = [
  ["EPERM", 1, "Operation not permitted"],
  ["ENOENT", 2, "No such file or directory"],
  ["ESRCH", 3, "No such process"],
  ["EINTR", 4, "Interrupted system call"],
  ["EIO", 5, "Input/output error"],
  ["ENXIO", 6, "No such device or address"],
  ["E2BIG", 7, "Argument list too long"],
  ["ENOEXEC", 8, "Exec format error"],
  ["EBADF", 9, "Bad file descriptor"],
  ["ECHILD", 10, "No child processes"],
  ["EAGAIN", 11, "Resource temporarily unavailable"],
  ["ENOMEM", 12, "Cannot allocate memory"],
  ["EACCES", 13, "Permission denied"],
  ["EFAULT", 14, "Bad address"],
  ["ENOTBLK", 15, "Block device required"],
  ["EBUSY", 16, "Device or resource busy"],
  ["EEXIST", 17, "File exists"],
  ["EXDEV", 18, "Invalid cross-device link"],
  ["ENODEV", 19, "No such device"],
  ["ENOTDIR", 20, "Not a directory"],
  ["EISDIR", 21, "Is a directory"],
  ["EINVAL", 22, "Invalid argument"],
  ["ENFILE", 23, "Too many open files in system"],
  ["EMFILE", 24, "Too many open files"],
  ["ENOTTY", 25, "Inappropriate ioctl for device"],
  ["ETXTBSY", 26, "Text file busy"],
  ["EFBIG", 27, "File too large"],
  ["ENOSPC", 28, "No space left on device"],
  ["ESPIPE", 29, "Illegal seek"],
  ["EROFS", 30, "Read-only file system"],
  ["EMLINK", 31, "Too many links"],
  ["EPIPE", 32, "Broken pipe"],
  ["EDOM", 33, "Numerical argument out of domain"],
  ["ERANGE", 34, "Numerical result out of range"],
  ["EDEADLK", 35, "Resource deadlock avoided"],
  ["ENAMETOOLONG", 36, "File name too long"],
  ["ENOLCK", 37, "No locks available"],
  ["ENOSYS", 38, "Function not implemented"],
  ["ENOTEMPTY", 39, "Directory not empty"],
  ["ELOOP", 40, "Too many levels of symbolic links"],
  ["ENOMSG", 42, "No message of desired type"],
  ["EIDRM", 43, "Identifier removed"],
  ["ENOSTR", 60, "Device not a stream"],
  ["ENODATA", 61, "No data available"],
  ["ETIME", 62, "Timer expired"],
  ["ENOSR", 63, "Out of streams resources"],
  ["ENOLINK", 67, "Link has been severed"],
  ["EPROTO", 71, "Protocol error"],
  ["EBADMSG", 74, "Bad message"],
  ["EOVERFLOW", 75, "Value too large for defined data type"],
  ["EILSEQ", 84, "Invalid or incomplete multibyte or wide character"],
  ["EUSERS", 87, "Too many users"],
  ["ENOTSOCK", 88, "Socket operation on non-socket"],
  ["EDESTADDRREQ", 89, "Destination address required"],
  ["EMSGSIZE", 90, "Message too long"],
  ["EPROTOTYPE", 91, "Protocol wrong type for socket"],
  ["ENOPROTOOPT", 92, "Protocol not available"],
  ["EPROTONOSUPPORT", 93, "Protocol not supported"],
  ["ESOCKTNOSUPPORT", 94, "Socket type not supported"],
  ["EOPNOTSUPP", 95, "Operation not supported"],
  ["EPFNOSUPPORT", 96, "Protocol family not supported"],
  ["EAFNOSUPPORT", 97, "Address family not supported by protocol"],
  ["EADDRINUSE", 98, "Address already in use"],
  ["EADDRNOTAVAIL", 99, "Cannot assign requested address"],
  ["ENETDOWN", 100, "Network is down"],
  ["ENETUNREACH", 101, "Network is unreachable"],
  ["ENETRESET", 102, "Network dropped connection on reset"],
  ["ECONNABORTED", 103, "Software caused connection abort"],
  ["ECONNRESET", 104, "Connection reset by peer"],
  ["ENOBUFS", 105, "No buffer space available"],
  ["EISCONN", 106, "Transport endpoint is already connected"],
  ["ENOTCONN", 107, "Transport endpoint is not connected"],
  ["ESHUTDOWN", 108, "Cannot send after transport endpoint shutdown"],
  ["ETOOMANYREFS", 109, "Too many references: cannot splice"],
  ["ETIMEDOUT", 110, "Connection timed out"],
  ["ECONNREFUSED", 111, "Connection refused"],
  ["EHOSTDOWN", 112, "Host is down"],
  ["EHOSTUNREACH", 113, "No route to host"],
  ["EALREADY", 114, "Operation already in progress"],
  ["EINPROGRESS", 115, "Operation now in progress"],
  ["ESTALE", 116, "Stale file handle"],
  ["EDQUOT", 122, "Disk quota exceeded"],
  ["ECANCELED", 125, "Operation canceled"],
  ["EOWNERDEAD", 130, "Owner died"],
  ["ENOTRECOVERABLE", 131, "State not recoverable"],
];

const STRERROR = new Map<number, string>(ERRNO_TABLE.map(([, n, s]) => [n, s]));

export function strerror(n: number): string {
  return STRERROR.get(n) ?? `Unknown error ${n}`;
}

/** A new OSError (subclass chosen by errno, as OSError.__new__ does) from a host error. */
export function osErrorFromHost(e: HostError, filename: PyValue | null = null, filename2: PyValue | null = null): PyException {
  const args: PyValue[] = [e.errno, STRERROR.get(e.errno) ?? e.strerror];
  if (filename !== null) args.push(filename);
  else if (e.filename !== null) args.push(e.filename);
  if (filename2 !== null) args.push(0, filename2);
  return call(T.osErrorType, args, null) as PyException;
}

/** Runs a host operation, turning HostError into the Python OSError. */
export function hostCall<R>(fn: () => R, filename: PyValue | null = null, filename2: PyValue | null = null): R {
  try {
    return fn();
  } catch (e) {
    if (e instanceof HostError) throw osErrorFromHost(e, filename, filename2);
    throw e;
  }
}

export function osError(errno: number, filename: PyValue | null = null): never {
  const args: PyValue[] = [errno, strerror(errno)];
  if (filename !== null) args.push(filename);
  throw call(T.osErrorType, args, null);
}

/** os.fspath: str and bytes pass; otherwise __fspath__ must give one. Returns a new reference. */
export function fspath(p: PyValue): PyValue {
  if (typeof p === "string" || p instanceof PyBytes) return newref(p);
  if (p instanceof PyStrSubclass) return newref(p);
  const m = lookupSpecial(p, "__fspath__");
  if (m === undefined) typeError(`expected str, bytes or os.PathLike object, not ${typeOf(p).name}`);
  let r: PyValue;
  try {
    r = call(m, [], null);
  } finally {
    decref(m);
  }
  if (typeof r === "string" || r instanceof PyBytes || r instanceof PyStrSubclass) return r;
  const tn = typeOf(p).name;
  const rn = typeOf(r).name;
  decref(r);
  return typeError(`expected ${tn}.__fspath__() to return str or bytes, not ${rn}`);
}

/** A path argument as a JS string (path_converter); bytes are decoded with surrogateescape. */
export function pathArg(fname: string, argname: string, p: PyValue, allowFd = false): string | number {
  if (allowFd && (typeof p === "number" || typeof p === "boolean" || typeof p === "bigint")) return Number(indexValue(p));
  if (typeof p === "string") {
    if (p.includes("\0")) valueError(`${fname}: embedded null character in ${argname}`);
    return p;
  }
  if (p instanceof PyStrSubclass) return p.value;
  if (p instanceof PyBytes) return decodeBytes(p.bytes, "utf-8", "surrogateescape");
  const m = lookupSpecial(p, "__fspath__");
  if (m === undefined) {
    typeError(`${fname}: ${argname} should be string, bytes${allowFd ? ", os.PathLike or integer" : " or os.PathLike"}, not ${typeOf(p).name}`);
  }
  decref(m);
  const r = fspath(p);
  try {
    return pathArg(fname, argname, r, false);
  } finally {
    decref(r);
  }
}

function files(host: Host): HostFiles {
  if (host.files === undefined) osError(38);
  return host.files;
}

function fdArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") overflowError("fd is greater than maximum");
  if (typeOf(v).lookup("__index__") === undefined) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(indexValue(v));
}

function intArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "bigint" && typeOf(v).lookup("__index__") === undefined) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(indexValue(v));
}

/** A struct sequence whose fields past the visible ones live outside the tuple (os.stat_result). */
export class PyStructSeq extends PyTuple {
  constructor(type: PyType, items: PyValue[], readonly hidden: PyValue[]) {
    super(type, items);
  }

  override clearRefs(): void {
    const h = this.hidden;
    for (let i = h.length - 1; i >= 0; i--) decref(h[i]);
    h.length = 0;
    super.clearRefs();
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const v of this.hidden) if (typeof v === "object") visit(v);
  }
}

/**
 * A struct sequence type: `visible` are (repr name, attribute name or null) for the tuple items,
 * `hidden` the names of the attributes kept outside the tuple.
 */
export function makeStructSeqType(module: string, name: string, visible: [string, string | null][], hidden: string[]): PyType {
  const t = structSeqType(module, name, []);
  visible.forEach(([, attr], i) => {
    if (attr !== null) defGetSet(t, attr, (self) => newref((self as PyTuple).items[i]));
  });
  hidden.forEach((attr, j) => {
    defGetSet(t, attr, (self) => (self instanceof PyStructSeq && j < self.hidden.length ? newref(self.hidden[j]) : None));
  });
  const prefix = module === "builtins" ? name : `${module}.${name}`;
  defMethod(t, "__repr__", (self) => {
    const items = (self as PyTuple).items;
    return `${prefix}(${visible.map(([f], i) => `${f}=${reprOf(items[i])}`).join(", ")})`;
  });
  const nVisible = visible.length;
  const nFields = nVisible + hidden.length;
  t.ns.set("n_sequence_fields", nVisible);
  t.ns.set("n_fields", nFields);
  t.ns.set("n_unnamed_fields", visible.filter(([, a]) => a === null).length);
  defNew(t, (cls, args, kwnames) => {
    const a = parseArgs(name, args, kwnames, ["sequence", "dict="]);
    const items = iterToArray(a[0]!);
    if (items.length < nVisible || items.length > nFields) {
      for (const x of items) decref(x);
      if (nVisible === nFields) typeError(`${prefix}() takes a ${nVisible}-sequence (${items.length}-sequence given)`);
      if (items.length < nVisible) typeError(`${prefix}() takes an at least ${nVisible}-sequence (${items.length}-sequence given)`);
      typeError(`${prefix}() takes an at most ${nFields}-sequence (${items.length}-sequence given)`);
    }
    const extra = items.splice(nVisible);
    while (extra.length < hidden.length) extra.push(None);
    cls.rc++;
    return new PyStructSeq(cls, items, extra);
  });
  t.modified();
  return t;
}

export function newStructSeq(t: PyType, visible: PyValue[], hidden: PyValue[] = []): PyStructSeq {
  t.rc++;
  return new PyStructSeq(t, visible, hidden);
}

let statResultType: PyType | null = null;
let terminalSizeType: PyType | null = null;
let unameResultType: PyType | null = null;
let timesResultType: PyType | null = null;

function getStatResultType(): PyType {
  if (statResultType === null) {
    statResultType = makeStructSeqType(
      "os",
      "stat_result",
      [
        ["st_mode", "st_mode"], ["st_ino", "st_ino"], ["st_dev", "st_dev"], ["st_nlink", "st_nlink"], ["st_uid", "st_uid"],
        ["st_gid", "st_gid"], ["st_size", "st_size"], ["st_atime", null], ["st_mtime", null], ["st_ctime", null],
      ],
      ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
    );
  }
  return statResultType;
}

function simpleStructType(module: string, name: string, fields: string[]): PyType {
  return makeStructSeqType(module, name, fields.map((f) => [f, f] as [string, string]), []);
}

function statResult(st: HostStat): PyValue {
  const t = getStatResultType();
  const sec = (x: number | undefined) => Math.floor(x ?? 0);
  const ns = (v: bigint | undefined, f: number | undefined) => {
    const b = v ?? BigInt(Math.round((f ?? 0) * 1e9));
    return b <= 9007199254740991n ? Number(b) : b;
  };
  const mode = st.mode ?? (st.isDir ? 0o40755 : st.isFile ? 0o100644 : 0);
  const atime = st.atime ?? st.mtime;
  const ctime = st.ctime ?? st.mtime;
  return newStructSeq(
    t,
    [mode, st.ino ?? 0, st.dev ?? 0, st.nlink ?? 1, st.uid ?? 0, st.gid ?? 0, st.size, sec(atime), sec(st.mtime), sec(ctime)],
    [
      newFloat(atime), newFloat(st.mtime), newFloat(ctime),
      ns(st.atimeNs, atime), ns(st.mtimeNs, st.mtime), ns(st.ctimeNs, ctime),
      st.blksize ?? 4096, st.blocks ?? Math.ceil(st.size / 512), st.rdev ?? 0,
    ],
  );
}

function bytesOf(v: PyValue, what: string): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  const b = bufferBytes(v);
  if (b === null) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  void what;
  return b;
}

/** Returns a result of the same kind as the argument: bytes in, bytes out. */
function likeArg(arg: PyValue, s: string): PyValue {
  if (arg instanceof PyBytes) return newBytes(encodeStr(s, "utf-8", "surrogateescape"));
  return s;
}

export function createPosixModule(host: Host): PyModule {
  const m = new PyModule("posix", "This module provides access to operating system functionality that is\nstandardized by the C Standard and POSIX (a thinly disguised Unix interface).\nRefer to the library manual and corresponding Unix manual entries for more information on calls.");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue) => d.set(name, builtinFunction(name, fn, "posix"));

  const statType = getStatResultType();
  d.set("stat_result", statType);
  terminalSizeType ??= simpleStructType("os", "terminal_size", ["columns", "lines"]);
  d.set("terminal_size", terminalSizeType);
  unameResultType ??= simpleStructType("posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"]);
  d.set("uname_result", unameResultType);
  timesResultType ??= simpleStructType("posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"]);
  d.set("times_result", timesResultType);

  d.set("error", T.osErrorType);

  const doStat = (fname: string, args: PyValue[], kw: string[] | null, followDefault: boolean) => {
    const a = parseArgs(fname, args, kw, ["path", "*", "dir_fd=", "follow_symlinks="]);
    const p = pathArg(fname, "path", a[0]!, true);
    const follow = a[2] === undefined ? followDefault : isTrue(a[2]);
    const f = files(host);
    if (typeof p === "number") return statResult(hostCall(() => f.fstat(p)));
    return statResult(hostCall(() => f.statPath(p, follow), a[0]!));
  };
  def("stat", (args, kw) => doStat("stat", args, kw, true));
  def("lstat", (args, kw) => doStat("lstat", args, kw, false));
  def("fstat", (args, kw) => {
    const a = parseArgs("fstat", args, kw, ["fd"]);
    const fd = fdArg(a[0]!);
    return statResult(hostCall(() => files(host).fstat(fd)));
  });

  def("open", (args, kw) => {
    const a = parseArgs("open", args, kw, ["path", "flags", "mode=", "*", "dir_fd="]);
    const p = pathArg("open", "path", a[0]!) as string;
    const flags = intArg(a[1]!);
    const mode = a[2] === undefined ? 0o777 : intArg(a[2]);
    return hostCall(() => files(host).open(p, flags, mode), a[0]!);
  });
  def("close", (args, kw) => {
    const a = parseArgs("close", args, kw, ["fd"]);
    const fd = fdArg(a[0]!);
    hostCall(() => files(host).close(fd));
    return None;
  });
  def("closerange", (args) => {
    const lo = fdArg(args[0]);
    const hi = fdArg(args[1]);
    for (let fd = lo; fd < hi; fd++) {
      try {
        files(host).close(fd);
      } catch {
        // closerange ignores errors
      }
    }
    return None;
  });
  def("read", (args, kw) => {
    const a = parseArgs("read", args, kw, ["fd", "length", "/"]);
    const fd = fdArg(a[0]!);
    const n = intArg(a[1]!);
    if (n < 0) valueError("negative length");
    if (fd === 0 || fd === 1 || fd === 2) flushAllStreams();
    return newBytes(hostCall(() => files(host).read(fd, n)));
  });
  def("_readall", (args) => {
    const fd = fdArg(args[0]);
    return newBytes(hostCall(() => files(host).read(fd, -1)));
  });
  def("write", (args, kw) => {
    const a = parseArgs("write", args, kw, ["fd", "data", "/"]);
    const fd = fdArg(a[0]!);
    const data = bytesOf(a[1]!, "data");
    if (fd === 1 || fd === 2) {
      // through the host's stream functions, after what sys.stdout has buffered
      flushAllStreams();
      const text = decodeBytes(data, "utf-8", "replace");
      if (fd === 1) host.writeStdout(text);
      else host.writeStderr(text);
      host.flush();
      return data.length;
    }
    return hostCall(() => files(host).write(fd, data));
  });
  def("lseek", (args, kw) => {
    const a = parseArgs("lseek", args, kw, ["fd", "position", "whence", "/"]);
    const fd = fdArg(a[0]!);
    const pos = intArg(a[1]!);
    const how = intArg(a[2]!);
    return hostCall(() => files(host).seek(fd, pos, how));
  });
  def("ftruncate", (args, kw) => {
    const a = parseArgs("ftruncate", args, kw, ["fd", "length", "/"]);
    const fd = fdArg(a[0]!);
    const len = intArg(a[1]!);
    hostCall(() => files(host).truncate(fd, len));
    return None;
  });
  def("truncate", (args, kw) => {
    const a = parseArgs("truncate", args, kw, ["path", "length"]);
    const p = pathArg("truncate", "path", a[0]!, true);
    const len = intArg(a[1]!);
    const f = files(host);
    if (typeof p === "number") {
      hostCall(() => f.truncate(p, len));
      return None;
    }
    const fd = hostCall(() => f.open(p, 1, 0o666), a[0]!);
    try {
      hostCall(() => f.truncate(fd, len), a[0]!);
    } finally {
      f.close(fd);
    }
    return None;
  });
  def("fsync", (args) => {
    const fd = fdArg(args[0]);
    hostCall(() => files(host).fsync(fd));
    return None;
  });
  def("isatty", (args) => {
    const fd = fdArg(args[0]);
    try {
      return files(host).isatty(fd);
    } catch {
      return false;
    }
  });
  def("listdir", (args, kw) => {
    const a = parseArgs("listdir", args, kw, ["path="]);
    const arg = a[0] === undefined || a[0] === None ? "." : a[0];
    const p = pathArg("listdir", "path", arg, true);
    const names = hostCall(() => host.listDir(typeof p === "number" ? `/proc/self/fd/${p}` : p), arg);
    return newListOwned(names.map((n) => likeArg(arg, n)));
  });
  def("mkdir", (args, kw) => {
    const a = parseArgs("mkdir", args, kw, ["path", "mode=", "*", "dir_fd="]);
    const p = pathArg("mkdir", "path", a[0]!) as string;
    hostCall(() => host.mkdir(p), a[0]!);
    if (a[1] !== undefined && host.files !== undefined) {
      const mode = intArg(a[1]);
      if (mode !== 0o777) {
        const mask = host.files.umask(0);
        host.files.umask(mask);
        hostCall(() => host.files!.chmod(p, mode & ~mask & 0o7777), a[0]!);
      }
    }
    return None;
  });
  def("rmdir", (args, kw) => {
    const a = parseArgs("rmdir", args, kw, ["path", "*", "dir_fd="]);
    const p = pathArg("rmdir", "path", a[0]!) as string;
    hostCall(() => host.rmdir(p), a[0]!);
    return None;
  });
  for (const name of ["unlink", "remove"]) {
    def(name, (args, kw) => {
      const a = parseArgs(name, args, kw, ["path", "*", "dir_fd="]);
      const p = pathArg(name, "path", a[0]!) as string;
      hostCall(() => host.remove(p), a[0]!);
      return None;
    });
  }
  for (const name of ["rename", "replace"]) {
    def(name, (args, kw) => {
      const a = parseArgs(name, args, kw, ["src", "dst", "*", "src_dir_fd=", "dst_dir_fd="]);
      const s = pathArg(name, "src", a[0]!) as string;
      const t = pathArg(name, "dst", a[1]!) as string;
      hostCall(() => host.rename(s, t), a[0]!, a[1]!);
      return None;
    });
  }
  def("getcwd", () => hostCall(() => host.cwd()));
  def("getcwdb", () => newBytes(encodeStr(hostCall(() => host.cwd()), "utf-8", "surrogateescape")));
  def("chdir", (args, kw) => {
    const a = parseArgs("chdir", args, kw, ["path"]);
    const p = pathArg("chdir", "path", a[0]!) as string;
    hostCall(() => host.chdir(p), a[0]!);
    return None;
  });
  def("readlink", (args, kw) => {
    const a = parseArgs("readlink", args, kw, ["path", "*", "dir_fd="]);
    const p = pathArg("readlink", "path", a[0]!) as string;
    return likeArg(a[0]!, hostCall(() => files(host).readLink(p), a[0]!));
  });
  def("_realpath", (args) => {
    const p = pathArg("realpath", "path", args[0]) as string;
    return hostCall(() => files(host).realPath(p), args[0]);
  });
  def("symlink", (args, kw) => {
    const a = parseArgs("symlink", args, kw, ["src", "dst", "target_is_directory=", "*", "dir_fd="]);
    const s = pathArg("symlink", "src", a[0]!) as string;
    const t = pathArg("symlink", "dst", a[1]!) as string;
    hostCall(() => files(host).symlink(s, t), a[0]!, a[1]!);
    return None;
  });
  def("link", (args, kw) => {
    const a = parseArgs("link", args, kw, ["src", "dst", "*", "src_dir_fd=", "dst_dir_fd=", "follow_symlinks="]);
    const s = pathArg("link", "src", a[0]!) as string;
    const t = pathArg("link", "dst", a[1]!) as string;
    hostCall(() => files(host).link(s, t), a[0]!, a[1]!);
    return None;
  });
  def("chmod", (args, kw) => {
    const a = parseArgs("chmod", args, kw, ["path", "mode", "*", "dir_fd=", "follow_symlinks="]);
    const p = pathArg("chmod", "path", a[0]!) as string;
    const mode = intArg(a[1]!);
    hostCall(() => files(host).chmod(p, mode), a[0]!);
    return None;
  });
  def("utime", (args, kw) => {
    const a = parseArgs("utime", args, kw, ["path", "times=", "*", "ns=", "dir_fd=", "follow_symlinks="]);
    const p = pathArg("utime", "path", a[0]!) as string;
    let at = host.now();
    let mt = at;
    const times = a[1];
    if (times !== undefined && times !== None) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) typeError("utime: 'times' must be either a tuple of two ints or None");
      at = numArg(times.items[0]);
      mt = numArg(times.items[1]);
    } else if (a[2] !== undefined) {
      const ns = a[2];
      if (!(ns instanceof PyTuple) || ns.items.length !== 2) typeError("utime: 'ns' must be a tuple of two ints");
      at = Number(indexValue(ns.items[0])) / 1e9;
      mt = Number(indexValue(ns.items[1])) / 1e9;
    }
    hostCall(() => files(host).utime(p, at, mt), a[0]!);
    return None;
  });
  def("access", (args, kw) => {
    const a = parseArgs("access", args, kw, ["path", "mode", "*", "dir_fd=", "effective_ids=", "follow_symlinks="]);
    const p = pathArg("access", "path", a[0]!) as string;
    const mode = intArg(a[1]!);
    if (host.files === undefined) return host.stat(p) !== null;
    return host.files.access(p, mode);
  });
  def("getpid", () => host.pid());
  def("getppid", () => (host.files !== undefined ? host.files.ids().ppid : 1));
  for (const [name, key] of [["getuid", "uid"], ["getgid", "gid"], ["geteuid", "euid"], ["getegid", "egid"]] as const) {
    def(name, () => (host.files !== undefined ? host.files.ids()[key] : 0));
  }
  def("umask", (args) => {
    const mask = intArg(args[0]);
    return host.files !== undefined ? host.files.umask(mask) : 0o022;
  });
  def("uname", () => {
    const u = host.files !== undefined ? host.files.uname() : ["Linux", "localhost", "", "", "x86_64"];
    return newStructSeq(unameResultType!, u);
  });
  def("times", () => {
    const cpu = host.cpuTime();
    return newStructSeq(timesResultType!, [newFloat(cpu), newFloat(0), newFloat(0), newFloat(0), newFloat(host.monotonic())]);
  });
  def("urandom", (args, kw) => {
    const a = parseArgs("urandom", args, kw, ["size", "/"]);
    const n = intArg(a[0]!);
    if (n < 0) valueError("negative argument not allowed");
    return newBytes(host.randomBytes(n));
  });
  def("strerror", (args, kw) => {
    const a = parseArgs("strerror", args, kw, ["code", "/"]);
    return strerror(intArg(a[0]!));
  });
  def("cpu_count", () => (host.files !== undefined ? host.files.cpuCount() : None));
  def("get_terminal_size", (args) => {
    const fd = args.length > 0 ? fdArg(args[0]) : 1;
    const size = host.files?.terminalSize(fd) ?? null;
    if (size === null) osError(25);
    return newStructSeq(terminalSizeType!, size);
  });
  def("putenv", (args, kw) => {
    const a = parseArgs("putenv", args, kw, ["name", "value", "/"]);
    const k = pathArg("putenv", "name", a[0]!) as string;
    const v = pathArg("putenv", "value", a[1]!) as string;
    if (k === "" || k.includes("=")) valueError("illegal environment variable name");
    host.files?.setEnv(k, v);
    return None;
  });
  def("unsetenv", (args, kw) => {
    const a = parseArgs("unsetenv", args, kw, ["name", "/"]);
    const k = pathArg("unsetenv", "name", a[0]!) as string;
    if (k === "" || k.includes("=")) valueError("illegal environment variable name");
    host.files?.setEnv(k, null);
    return None;
  });
  def("fspath", (args, kw) => {
    const a = parseArgs("fspath", args, kw, ["path"]);
    return fspath(a[0]!);
  });
  def("device_encoding", () => None);
  def("get_inheritable", () => false);
  def("set_inheritable", () => None);
  def("get_blocking", () => true);
  def("set_blocking", () => None);
  def("_exit", (args) => {
    flushAllStreams();
    const code = args.length > 0 ? intArg(args[0]) : 0;
    const e = call(T.systemExitType, [code], null) as PyException;
    throw e;
  });

  const env = newDict();
  for (const [k, v] of Object.entries(host.env())) env.set(k, v);
  d.set("environ", env);
  decref(env);

  const consts: [string, number][] = [
    ["F_OK", 0], ["R_OK", 4], ["W_OK", 2], ["X_OK", 1],
    ["O_RDONLY", 0], ["O_WRONLY", 1], ["O_RDWR", 2], ["O_CREAT", 0o100], ["O_EXCL", 0o200],
    ["O_NOCTTY", 0o400], ["O_TRUNC", 0o1000], ["O_APPEND", 0o2000], ["O_NONBLOCK", 0o4000],
    ["O_NDELAY", 0o4000], ["O_DSYNC", 0o10000], ["O_SYNC", 0o4010000], ["O_DIRECTORY", 0o200000],
    ["O_NOFOLLOW", 0o400000], ["O_CLOEXEC", 0o2000000], ["O_ACCMODE", 3], ["O_NOATIME", 0o1000000],
    ["SEEK_SET", 0], ["SEEK_CUR", 1], ["SEEK_END", 2],
    ["EX_OK", 0], ["EX_USAGE", 64], ["EX_DATAERR", 65], ["EX_NOINPUT", 66], ["EX_SOFTWARE", 70],
    ["EX_OSERR", 71], ["EX_IOERR", 74], ["EX_TEMPFAIL", 75], ["EX_NOPERM", 77], ["EX_CONFIG", 78],
    ["WNOHANG", 1],
  ];
  for (const [k, v] of consts) d.set(k, v);
  const supports = newTupleOwned([]);
  d.set("_have_functions", supports);
  decref(supports);
  return m;
}

function numArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const f = (v as { value?: unknown }).value;
  if (typeof f === "number") return f;
  return typeError(`an integer is required (got type ${typeOf(v).name})`);
}

/** The errno module: constants and errorcode. */
export function createErrnoModule(): PyModule {
  const m = new PyModule("errno", "This module makes available standard errno system symbols.");
  const d = m.dict;
  const codes = newDict();
  for (const [name, n] of ERRNO_TABLE) {
    d.set(name, n);
    if (codes.get(n) === undefined) codes.set(n, name);
  }
  const aliases: [string, string][] = [["EWOULDBLOCK", "EAGAIN"], ["EDEADLOCK", "EDEADLK"], ["ENOTSUP", "EOPNOTSUPP"]];
  for (const [alias, target] of aliases) d.set(alias, d.getStr(target)!);
  d.set("errorcode", codes);
  decref(codes);
  return m;
}
