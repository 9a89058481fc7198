// sys.stdin/stdout/stderr: text streams over the Host (a small io.TextIOWrapper). Writes to
// stdout are buffered (as CPython buffers a pipe) unless unbuffered mode is on; stderr is
// written through at once.

import { PyObject, newref, type PyValue } from "../object.js";
import { PyType, Layout, TPFLAG_IMMUTABLE } from "../type.js";
import * as T from "../typeobjects.js";
import { immortal } from "../object.js";
import { typeOf } from "../typeof.js";
import { None, newListOwned } from "../values.js";
import { newException, typeError, valueError } from "../errors.js";
import { checkArgCount, defGetSet, defMethod } from "../define.js";
import { PyStrSubclass } from "../types/boxed.js";
import { bufferBytes, newBytes } from "../types/bytes-type.js";
import { callMethod } from "../ops/call.js";
import type { Host } from "../host.js";
import { str as strOp } from "../ops/repr.js";
import { getIter, iterNext } from "../ops/iter.js";
import { STOP } from "../types/iterator.js";
import { decref } from "../object.js";

export const textIOType = immortal(new PyType(T.typeType, "TextIOWrapper", [T.objectType], Layout.Other, TPFLAG_IMMUTABLE));
textIOType.mro = [textIOType, T.objectType];
textIOType.module = "_io";
textIOType.qualname = "TextIOWrapper";

export class PyStdStream extends PyObject {
  closed = false;
  pending = "";
  /** -u: every write goes straight to the host */
  unbuffered = false;
  /** the .buffer object, made on first use */
  buffer: PyObject | null = null;
  /** stdin: text the host has delivered but read(n)/readline(limit) have not returned yet */
  unread = "";

  constructor(
    readonly host: Host,
    readonly fd: 0 | 1 | 2,
    readonly name: string,
    public lineBuffered: boolean,
  ) {
    super(textIOType);
  }

  /** Up to size characters (code points) of stdin, all of the rest for a negative size. The
   * host delivers whole lines; what a call does not return is kept for the next one. */
  readChars(size: number): string {
    if (size < 0) {
      const all = this.unread + this.host.readStdinAll();
      this.unread = "";
      return all;
    }
    while (codePoints(this.unread) < size) {
      const line = this.host.readStdinLine();
      if (line === "") break;
      this.unread += line;
    }
    return this.takeChars(this.unread.length, size);
  }

  /** One line of stdin with its newline ("" at the end), at most limit characters of it when
   * limit >= 0. */
  readLine(limit: number): string {
    if (!this.unread.includes("\n")) this.unread += this.host.readStdinLine();
    const nl = this.unread.indexOf("\n");
    return this.takeChars(nl < 0 ? this.unread.length : nl + 1, limit);
  }

  /** Remove and return the first end UTF-16 units of the unread text, cut to limit code points
   * (when limit >= 0). */
  private takeChars(end: number, limit: number): string {
    let cut = end;
    if (limit >= 0) {
      let i = 0;
      for (let n = 0; n < limit && i < end; n++) i += this.unread.codePointAt(i)! > 0xffff ? 2 : 1;
      cut = Math.min(i, end);
    }
    const out = this.unread.slice(0, cut);
    this.unread = this.unread.slice(cut);
    return out;
  }

  write(s: string): void {
    if (this.closed) valueError("I/O operation on closed file.");
    if (this.fd === 2) {
      this.host.writeStderr(s);
      return;
    }
    this.pending += s;
    if (this.unbuffered || this.pending.length > 8192 || (this.lineBuffered && s.includes("\n"))) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending;
    this.pending = "";
    if (this.fd === 1) this.host.writeStdout(text);
    else if (this.fd === 2) this.host.writeStderr(text);
    this.host.flush();
  }
}

/** sys.std*.buffer: the binary layer under a std stream (writes go through the host as UTF-8 text). */
export const stdBufferType = immortal(new PyType(T.typeType, "BufferedWriter", [T.objectType], Layout.Other, TPFLAG_IMMUTABLE));
stdBufferType.mro = [stdBufferType, T.objectType];
stdBufferType.module = "_io";
stdBufferType.qualname = "BufferedWriter";

class PyStdBuffer extends PyObject {
  constructor(readonly text: PyStdStream) {
    super(stdBufferType);
  }
}

function stdBuffer(self: PyValue): PyStdBuffer {
  if (!(self instanceof PyStdBuffer)) typeError(`descriptor requires a '_io.BufferedWriter' object but received a '${typeOf(self).name}'`);
  return self;
}

function stream(self: PyValue): PyStdStream {
  if (!(self instanceof PyStdStream)) typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(self).name}'`);
  return self;
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) if (s.codePointAt(i)! > 0xffff) i++;
  return n;
}

/** Every std stream, to flush them all at exit and before reading stdin. */
export const allStreams: PyStdStream[] = [];

export function flushAllStreams(): void {
  for (const s of allStreams) {
    try {
      s.flush();
    } catch {
      // a closed or broken stream must not stop the others from flushing
    }
  }
}

/** Forget the streams of a previous Interpreter in this process. */
export function resetStreams(): void {
  allStreams.length = 0;
}

let initialised = false;

export function initStdioType(): void {
  if (initialised) return;
  initialised = true;
  const S = textIOType;
  defMethod(S, "write", (self, args, kwnames) => {
    checkArgCount("TextIOWrapper.write", args, kwnames, 1, 1);
    let s = args[0];
    if (s instanceof PyStrSubclass) s = s.value;
    if (typeof s !== "string") typeError(`write() argument must be str, not ${typeOf(s).name}`);
    stream(self).write(s);
    return [...s].length;
  });
  defMethod(S, "writelines", (self, args) => {
    const it = getIter(args[0]);
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === STOP) break;
        if (typeof v !== "string") typeError(`write() argument must be str, not ${typeOf(v).name}`);
        stream(self).write(v);
      }
    } finally {
      decref(it);
    }
    return None;
  });
  defMethod(S, "flush", (self) => {
    stream(self).flush();
    return None;
  });
  defMethod(S, "readline", (self, args) => {
    const st = stream(self);
    flushAllStreams();
    const limit = args[0];
    return st.readLine(typeof limit === "number" ? limit : -1);
  });
  defMethod(S, "read", (self, args) => {
    const st = stream(self);
    flushAllStreams();
    const size = args[0];
    return st.readChars(typeof size === "number" ? size : -1);
  });
  defMethod(S, "readlines", (self) => {
    const st = stream(self);
    flushAllStreams();
    const text = st.readChars(-1);
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    return newListOwned(lines);
  });
  defMethod(S, "__iter__", (self) => newref(self));
  defMethod(S, "__next__", (self) => {
    const st = stream(self);
    flushAllStreams();
    const line = st.readLine(-1);
    if (line === "") throw newException(T.stopIterationType, []);
    return line;
  });
  defMethod(S, "isatty", (self) => {
    const st = stream(self);
    return st.fd === 0 ? st.host.stdinIsTTY() : st.fd === 1 ? st.host.stdoutIsTTY() : false;
  });
  defMethod(S, "fileno", (self) => stream(self).fd);
  defMethod(S, "readable", (self) => stream(self).fd === 0);
  defMethod(S, "writable", (self) => stream(self).fd !== 0);
  defMethod(S, "seekable", () => false);
  defMethod(S, "close", (self) => {
    const st = stream(self);
    st.flush();
    st.closed = true;
    return None;
  });
  defMethod(S, "__repr__", (self) => `<_io.TextIOWrapper name='${stream(self).name}' mode='${stream(self).fd === 0 ? "r" : "w"}' encoding='utf-8'>`);
  defMethod(S, "__enter__", (self) => newref(self));
  defMethod(S, "__exit__", (self) => {
    stream(self).flush();
    return None;
  });
  defGetSet(S, "encoding", () => "utf-8");
  defGetSet(S, "errors", (self) => (stream(self).fd === 2 ? "backslashreplace" : "strict"));
  defGetSet(S, "name", (self) => stream(self).name);
  defGetSet(S, "mode", (self) => (stream(self).fd === 0 ? "r" : "w"));
  defGetSet(S, "closed", (self) => stream(self).closed);
  defGetSet(S, "line_buffering", (self) => stream(self).lineBuffered);
  defGetSet(S, "newlines", () => None);
  defGetSet(S, "buffer", (self) => {
    const st = stream(self);
    let b = st.buffer;
    if (b === null) b = st.buffer = immortal(new PyStdBuffer(st));
    return b;
  });
  const B = stdBufferType;
  defMethod(B, "write", (self, args, kwnames) => {
    checkArgCount("BufferedWriter.write", args, kwnames, 1, 1);
    const st = stdBuffer(self).text;
    const data = bufferBytes(args[0]);
    if (data === null) typeError(`a bytes-like object is required, not '${typeOf(args[0]).name}'`);
    if (st.fd === 0) throw newException(T.osErrorType, ["not writable"]);
    st.flush();
    st.write(new TextDecoder().decode(data));
    st.flush();
    return data.length;
  });
  defMethod(B, "flush", (self) => {
    stdBuffer(self).text.flush();
    return None;
  });
  defMethod(B, "read", (self) => {
    const st = stdBuffer(self).text;
    flushAllStreams();
    return newBytes(new TextEncoder().encode(st.fd === 0 ? st.readChars(-1) : ""));
  });
  defMethod(B, "fileno", (self) => stdBuffer(self).text.fd);
  defMethod(B, "isatty", (self) => callMethod(stdBuffer(self).text, "isatty", []));
  defMethod(B, "writable", (self) => stdBuffer(self).text.fd !== 0);
  defMethod(B, "readable", (self) => stdBuffer(self).text.fd === 0);
  void strOp;
}

export function createStdStreams(host: Host, unbuffered: boolean): [PyStdStream, PyStdStream, PyStdStream] {
  initStdioType();
  const stdin = new PyStdStream(host, 0, "<stdin>", false);
  const stdout = new PyStdStream(host, 1, "<stdout>", host.stdoutIsTTY());
  stdout.unbuffered = unbuffered;
  const stderr = new PyStdStream(host, 2, "<stderr>", true);
  allStreams.push(stdout, stderr);
  return [stdin, stdout, stderr];
}
