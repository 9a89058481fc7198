// _stringio: io.StringIO in TypeScript (io.py re-exports it). Text written at the end is kept
// as a list of chunks joined on demand, so the common pattern of many small writes followed by
// getvalue() is linear. Positions count code points, as Python's do; text with astral
// characters takes a slower path that converts between code points and UTF-16 units.

import { PyObject, decref, newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newListOwned, newTupleOwned } from "../values.js";
import { raise, typeError, valueError } from "../errors.js";
import { defGetSet, defMethod, defNew, parseArgs } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyStrSubclass } from "../types/boxed.js";
import { PyDict } from "../types/dict.js";
import { PyTuple } from "../types/tuple.js";
import { PyNativeIterator, STOP } from "../types/iterator.js";
import { call, callMethod } from "../ops/call.js";
import { getAttr } from "../ops/attr.js";
import { isTrue } from "../ops/compare.js";
import { PyException } from "../types/exception.js";
import { asSsize, isIndex } from "../ops/index.js";
import { getIter, iterNext } from "../ops/iter.js";
import { newNativeType, withInstanceDict, defFn } from "./modutil.js";
import { PyBytes, PyByteArray } from "../types/bytes.js";
import { newBytes, newByteArray, bufferBytes, bytearraySplice } from "../types/bytes-type.js";
import { newMemoryView } from "../types/bytes-memoryview.js";

const CLOSED = "I/O operation on closed file";
const CLOSED_P = "I/O operation on closed file.";

/** io.UnsupportedOperation, given by io.py. */
let unsupported: PyValue | null = null;

function raiseUnsupported(msg: string): never {
  if (unsupported === null) raise(T.osErrorType, msg);
  throw call(unsupported, [msg], null);
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 index of code point `cp` in s (s.length when past the end). */
function cuIndex(s: string, cp: number): number {
  let i = 0;
  let n = 0;
  while (i < s.length && n < cp) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    i++;
    n++;
  }
  return i;
}

function seenBits(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) {
        bits |= 4;
        i++;
      } else bits |= 2;
    } else if (c === 10) bits |= 1;
  }
  return bits;
}

const NEWLINES_REPR: (PyValue | null)[] = [];
function seenValue(bits: number): PyValue {
  const table: (string | string[] | null)[] = [null, "\n", "\r", ["\r", "\n"], "\r\n", ["\n", "\r\n"], ["\r", "\r\n"], ["\r", "\n", "\r\n"]];
  const v = table[bits];
  if (v === null) return None;
  if (typeof v === "string") return v;
  void NEWLINES_REPR;
  return newTupleOwned(v.slice());
}

export class PyStringIO extends PyObject {
  buf = "";
  chunks: string[] = [];
  /** length in code points */
  size = 0;
  /** position in code points */
  pos = 0;
  closed = false;
  initialized = false;
  newline: string | null = "\n";
  seen = 0;
  astral = false;

  constructor(type: PyType) {
    super(type);
  }

  value(): string {
    if (this.chunks.length > 0) {
      this.buf += this.chunks.join("");
      this.chunks.length = 0;
    }
    return this.buf;
  }

  check(): void {
    if (!this.initialized) valueError("I/O operation on uninitialized object");
    if (this.closed) valueError(CLOSED);
  }

  checkP(): void {
    if (!this.initialized) valueError("I/O operation on uninitialized object");
    if (this.closed) valueError(CLOSED_P);
  }

  translate(s: string): string {
    const nl = this.newline;
    if (nl === null) {
      if (s.includes("\r")) {
        this.seen |= seenBits(s);
        return s.replace(/\r\n?/g, "\n");
      }
      if (s.includes("\n")) this.seen |= 1;
      return s;
    }
    if (nl === "") {
      this.seen |= seenBits(s);
      return s;
    }
    if (nl !== "\n" && s.includes("\n")) return s.replace(/\n/g, nl);
    return s;
  }

  write(s: string): void {
    s = this.translate(s);
    if (s.length === 0) return;
    const astral = SURROGATE_PAIR.test(s);
    if (astral) this.astral = true;
    const n = astral ? cpLength(s) : s.length;
    if (this.pos === this.size) {
      this.chunks.push(s);
      this.size += n;
      this.pos += n;
      return;
    }
    let buf = this.value();
    if (this.pos > this.size) {
      buf += "\0".repeat(this.pos - this.size);
    }
    if (this.astral) {
      const a = cuIndex(buf, this.pos);
      const b = cuIndex(buf, this.pos + n);
      buf = buf.slice(0, a) + s + buf.slice(b);
      this.buf = buf;
      this.size = cpLength(buf);
    } else {
      buf = buf.slice(0, this.pos) + s + buf.slice(this.pos + n);
      this.buf = buf;
      this.size = buf.length;
    }
    this.pos += n;
  }

  /** text between code points a and b of the value */
  slice(a: number, b: number): string {
    const buf = this.value();
    if (!this.astral) return buf.slice(a, b);
    return buf.slice(cuIndex(buf, a), cuIndex(buf, b));
  }

  read(size: number): string {
    if (this.pos >= this.size) return "";
    const end = size < 0 ? this.size : Math.min(this.size, this.pos + size);
    const out = this.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  readline(limit: number): string {
    if (this.pos >= this.size) return "";
    const buf = this.value();
    const start = this.astral ? cuIndex(buf, this.pos) : this.pos;
    const nl = this.newline;
    let endCu: number;
    if (nl === null || nl === "\n") {
      const i = buf.indexOf("\n", start);
      endCu = i < 0 ? buf.length : i + 1;
    } else if (nl === "") {
      let i = start;
      endCu = buf.length;
      for (; i < buf.length; i++) {
        const c = buf.charCodeAt(i);
        if (c === 10) {
          endCu = i + 1;
          break;
        }
        if (c === 13) {
          endCu = buf.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
          break;
        }
      }
    } else {
      const i = buf.indexOf(nl, start);
      endCu = i < 0 ? buf.length : i + nl.length;
    }
    let line = buf.slice(start, endCu);
    let n = this.astral ? cpLength(line) : line.length;
    if (limit >= 0 && n > limit) {
      line = this.astral ? line.slice(0, cuIndex(line, limit)) : line.slice(0, limit);
      n = limit;
    }
    this.pos += n;
    return line;
  }

  override clearRefs(): void {
    super.clearRefs();
  }
}

let stringIOType: PyType;

function sio(self: PyValue): PyStringIO {
  if (!(self instanceof PyStringIO)) typeError(`descriptor requires a '_io.StringIO' object but received a '${typeOf(self).name}'`);
  return self;
}

function strArg(v: PyValue): string | null {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSubclass) return v.value;
  return null;
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v === "number") return v;
  if (!isIndex(v)) typeError(`argument should be integer or None, not '${typeOf(v).name}'`);
  return asSsize(v, T.overflowErrorType);
}

function intArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (!isIndex(v)) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return asSsize(v, T.overflowErrorType);
}

function init(self: PyStringIO, initial: PyValue | undefined, newline: PyValue | undefined): void {
  let nl: string | null = "\n";
  if (newline !== undefined) {
    if (newline === None) nl = null;
    else {
      const s = strArg(newline);
      if (s === null) typeError(`newline must be str or None, not ${typeOf(newline).name}`);
      nl = s;
    }
  }
  if (nl !== null && nl !== "" && nl !== "\n" && nl !== "\r" && nl !== "\r\n") {
    valueError(`illegal newline value: ${reprStr(nl)}`);
  }
  let text = "";
  if (initial !== undefined && initial !== None) {
    const s = strArg(initial);
    if (s === null) typeError(`initial_value must be str or None, not ${typeOf(initial).name}`);
    text = s;
  }
  self.newline = nl;
  self.buf = "";
  self.chunks = [];
  self.size = 0;
  self.pos = 0;
  self.seen = 0;
  self.astral = false;
  self.closed = false;
  self.initialized = true;
  if (text !== "") {
    self.write(text);
    self.pos = 0;
  }
}

function reprStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, "\\\\").replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t") + q;
}

function next(self: PyStringIO): PyValue {
  let line: PyValue;
  if (self.type === stringIOType) {
    self.check();
    line = self.readline(-1);
  } else {
    line = callMethod(self, "readline", []);
    if (typeof line !== "string" && !(line instanceof PyStrSubclass)) {
      const t = typeOf(line).name;
      decref(line);
      typeError(`readline() should have returned a str object, not '${t}'`);
    }
  }
  if (line === "" || (line instanceof PyStrSubclass && line.value === "")) {
    decref(line);
    return STOP;
  }
  return line;
}

/**
 * iobase_finalize, which subclasses of StringIO/BytesIO inherit from _IOBase: an instance dying
 * unclosed is closed (the subclass's close() runs); errors are dropped, as in a release build.
 * (The exact types never reach it: pyframe finalizes only instances of classes, as CPython's own
 * stringio/bytesio deallocators do not finalize.)
 */
function iobaseFinalize(self: PyValue): PyValue {
  let closed: boolean;
  try {
    const c = getAttr(self, "closed");
    closed = isTrue(c);
    if (typeof c === "object") decref(c);
  } catch (e) {
    if (e instanceof PyException) {
      decref(e);
      return None;
    }
    throw e;
  }
  if (!closed) {
    try {
      const r = callMethod(self, "close", []);
      if (typeof r === "object") decref(r);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      decref(e);
    }
  }
  return None;
}

/** writelines(): the stream's write() with each item of `lines` (IOBase.writelines). */
function writeEach(stream: PyValue, lines: PyValue): void {
  const it = getIter(lines);
  try {
    for (;;) {
      const line = iterNext(it);
      if (line === STOP) break;
      try {
        decref(callMethod(stream, "write", [line]));
      } finally {
        decref(line);
      }
    }
  } finally {
    decref(it);
  }
}

function initTypes(): void {
  if (stringIOType !== undefined) return;
  const S = (stringIOType = newNativeType("StringIO", "_io", true, T.objectType, "Text I/O implementation using an in-memory buffer."));
  defMethod(S, "__del__", iobaseFinalize);
  withInstanceDict(S);
  defNew(S, (cls) => {
    cls.rc++;
    return new PyStringIO(cls);
  });
  defMethod(S, "__init__", (self, args, kw) => {
    const a = parseArgs("StringIO", args, kw, ["initial_value=", "newline="]);
    init(sio(self), a[0], a[1]);
    return None;
  });
  defMethod(S, "write", (self, args) => {
    const s = sio(self);
    s.check();
    if (args.length !== 1) typeError(`StringIO.write() takes exactly one argument (${args.length} given)`);
    const text = strArg(args[0]);
    if (text === null) typeError(`string argument expected, got '${typeOf(args[0]).name}'`);
    const n = SURROGATE_PAIR.test(text) ? cpLength(text) : text.length;
    s.write(text);
    return n;
  });
  defMethod(S, "writelines", (self, args) => {
    const s = sio(self);
    s.checkP();
    writeEach(s, args[0]);
    return None;
  });
  defMethod(S, "read", (self, args) => {
    const s = sio(self);
    s.check();
    return s.read(sizeArg(args[0]));
  });
  defMethod(S, "readline", (self, args) => {
    const s = sio(self);
    s.check();
    return s.readline(sizeArg(args[0]));
  });
  defMethod(S, "readlines", (self, args) => {
    const s = sio(self);
    s.checkP();
    const hint = args[0] === undefined || args[0] === None ? 0 : intArg(args[0]);
    const out: PyValue[] = [];
    let total = 0;
    for (;;) {
      const line = next(s);
      if (line === STOP) break;
      out.push(line);
      total += typeof line === "string" ? line.length : 0;
      if (hint > 0 && total > hint) break;
    }
    return newListOwned(out);
  });
  defMethod(S, "getvalue", (self) => {
    const s = sio(self);
    s.check();
    return s.value();
  });
  defMethod(S, "tell", (self) => {
    const s = sio(self);
    s.check();
    return s.pos;
  });
  defMethod(S, "seek", (self, args) => {
    const s = sio(self);
    s.check();
    if (args.length < 1 || args.length > 2) typeError(`seek expected at least 1 argument, got ${args.length}`);
    const pos = intArg(args[0]);
    const whence = args.length > 1 ? intArg(args[1]) : 0;
    if (whence === 0) {
      if (pos < 0) valueError(`Negative seek position ${pos}`);
      s.pos = pos;
    } else if (whence === 1) {
      if (pos !== 0) raise(T.osErrorType, "Can't do nonzero cur-relative seeks");
    } else if (whence === 2) {
      if (pos !== 0) raise(T.osErrorType, "Can't do nonzero end-relative seeks");
      s.pos = s.size;
    } else {
      valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    return s.pos;
  });
  defMethod(S, "truncate", (self, args) => {
    const s = sio(self);
    s.check();
    let size = s.pos;
    if (args.length > 0 && args[0] !== None) {
      size = intArg(args[0]);
      if (size < 0) valueError(`Negative size value ${size}`);
    }
    if (size < s.size) {
      const text = s.slice(0, size);
      s.buf = text;
      s.chunks = [];
      s.size = size;
    }
    return size;
  });
  defMethod(S, "close", (self) => {
    const s = sio(self);
    s.closed = true;
    s.buf = "";
    s.chunks = [];
    s.size = 0;
    return None;
  });
  for (const name of ["readable", "writable", "seekable"]) {
    defMethod(S, name, (self) => {
      sio(self).check();
      return true;
    });
  }
  defMethod(S, "isatty", (self) => {
    sio(self).checkP();
    return false;
  });
  defMethod(S, "flush", () => None);
  defMethod(S, "fileno", () => raiseUnsupported("fileno"));
  defMethod(S, "detach", () => raiseUnsupported("detach"));
  defMethod(S, "__iter__", (self) => {
    sio(self).checkP();
    return newref(self);
  });
  defMethod(S, "__next__", (self) => {
    const r = next(sio(self));
    if (r === STOP) throw call(T.stopIterationType, [], null);
    return r;
  });
  defMethod(S, "__enter__", (self) => {
    sio(self).checkP();
    return newref(self);
  });
  defMethod(S, "__exit__", (self) => {
    decref(callMethod(self, "close", []));
    return None;
  });
  defMethod(S, "__getstate__", (self) => {
    const s = sio(self);
    s.check();
    const d = s.dict === null ? None : newref(s.dict);
    return newTupleOwned([s.value(), s.newline === null ? None : s.newline, s.pos, d]);
  });
  defMethod(S, "__setstate__", (self, args) => {
    const s = sio(self);
    const st = args[0];
    if (!(st instanceof PyTuple) || st.items.length < 4) typeError(`__setstate__ argument should be 4-tuple, got ${typeOf(st).name}`);
    init(s, st.items[0], st.items[1]);
    s.pos = intArg(st.items[2]);
    const d = st.items[3];
    if (d instanceof PyDict) {
      if (s.dict === null) s.dict = new PyDict(T.dictType);
      for (const k of d.keyList()) s.dict.set(k, d.get(k)!);
    }
    return None;
  });
  defGetSet(S, "closed", (self) => sio(self).closed);
  defGetSet(S, "line_buffering", (self) => {
    sio(self).check();
    return false;
  });
  defGetSet(S, "newlines", (self) => {
    const s = sio(self);
    s.check();
    if (s.newline === null || s.newline === "") return seenValue(s.seen);
    return None;
  });
  defGetSet(S, "encoding", () => None);
  defGetSet(S, "errors", () => None);
  void PyNativeIterator;
}

// ---- BytesIO ---------------------------------------------------------------------------------

export class PyBytesIO extends PyObject {
  /** the contents: an internal bytearray, so that getbuffer() views share it */
  data: PyByteArray;
  pos = 0;
  closed = false;

  constructor(type: PyType) {
    super(type);
    this.data = newByteArray(new Uint8Array(0));
  }

  check(): void {
    if (this.closed) valueError(CLOSED_P);
  }

  get size(): number {
    return this.data.length;
  }

  slice(a: number, b: number): PyValue {
    return newBytes(this.data.bytes.slice(a, b));
  }

  read(n: number): PyValue {
    const size = this.size;
    const start = Math.min(this.pos, size);
    const end = n < 0 ? size : Math.min(size, start + n);
    this.pos = Math.max(this.pos, end);
    return this.slice(start, end);
  }

  readline(limit: number): PyValue {
    const size = this.size;
    const start = Math.min(this.pos, size);
    const b = this.data.bytes;
    let end = size;
    for (let i = start; i < size; i++) {
      if (b[i] === 10) {
        end = i + 1;
        break;
      }
    }
    if (limit >= 0) end = Math.min(end, start + limit);
    this.pos = Math.max(this.pos, end);
    return this.slice(start, end);
  }

  write(src: Uint8Array): number {
    const n = src.length;
    if (n === 0) return 0;
    const size = this.size;
    const pos = this.pos;
    if (pos > size) bytearraySplice(this.data, size, size, new Uint8Array(pos - size));
    const stop = Math.min(pos + n, this.size);
    bytearraySplice(this.data, pos, stop, src);
    this.pos = pos + n;
    return n;
  }

  override clearRefs(): void {
    super.clearRefs();
    decref(this.data);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    visit(this.data);
  }
}

let bytesIOType: PyType;

function bio(self: PyValue): PyBytesIO {
  if (!(self instanceof PyBytesIO)) typeError(`descriptor requires a '_io.BytesIO' object but received a '${typeOf(self).name}'`);
  return self;
}

function bytesArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  const b = typeof v === "object" ? bufferBytes(v) : null;
  if (b === null) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function bytesNext(self: PyBytesIO): PyValue {
  let line: PyValue;
  if (self.type === bytesIOType) {
    self.check();
    line = self.readline(-1);
  } else {
    line = callMethod(self, "readline", []);
  }
  if (line instanceof PyBytes && line.bytes.length === 0) {
    decref(line);
    return STOP;
  }
  return line;
}

function initBytesIO(): void {
  if (bytesIOType !== undefined) return;
  const B = (bytesIOType = newNativeType("BytesIO", "_io", true, T.objectType, "Buffered I/O implementation using an in-memory bytes buffer."));
  defMethod(B, "__del__", iobaseFinalize);
  withInstanceDict(B);
  defNew(B, (cls) => {
    cls.rc++;
    return new PyBytesIO(cls);
  });
  defMethod(B, "__init__", (self, args, kw) => {
    const a = parseArgs("BytesIO", args, kw, ["initial_bytes="]);
    const b = bio(self);
    if (b.data.exports > 0) raise(T.bufferErrorType, "Existing exports of data: object cannot be re-sized");
    const init = a[0] === undefined || a[0] === None ? new Uint8Array(0) : bytesArg(a[0]);
    bytearraySplice(b.data, 0, b.data.length, init.slice());
    b.pos = 0;
    b.closed = false;
    return None;
  });
  defMethod(B, "getvalue", (self) => {
    const b = bio(self);
    b.check();
    return b.slice(0, b.size);
  });
  defMethod(B, "getbuffer", (self) => {
    const b = bio(self);
    b.check();
    return newMemoryView(b.data);
  });
  defMethod(B, "read", (self, args) => {
    const b = bio(self);
    b.check();
    return b.read(sizeArg(args[0]));
  });
  defMethod(B, "read1", (self, args) => {
    const b = bio(self);
    b.check();
    return b.read(sizeArg(args[0]));
  });
  defMethod(B, "readline", (self, args) => {
    const b = bio(self);
    b.check();
    return b.readline(sizeArg(args[0]));
  });
  defMethod(B, "readlines", (self, args) => {
    const b = bio(self);
    b.check();
    const hint = args[0] === undefined || args[0] === None ? 0 : intArg(args[0]);
    const out: PyValue[] = [];
    let total = 0;
    for (;;) {
      const line = bytesNext(b);
      if (line === STOP) break;
      out.push(line);
      total += line instanceof PyBytes ? line.bytes.length : 0;
      // bytesio.c stops once the total reaches the hint (StringIO's IOBase loop needs more)
      if (hint > 0 && total >= hint) break;
    }
    return newListOwned(out);
  });
  const readinto = (self: PyValue, args: PyValue[]) => {
    const b = bio(self);
    b.check();
    const target = args[0];
    const view = newMemoryView(target);
    try {
      if (view.readonly) typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(target).name}`);
      const dst = view.base();
      const n = Math.max(0, Math.min(view.length, b.size - b.pos));
      dst.set(b.data.bytes.subarray(b.pos, b.pos + n), view.offset);
      b.pos += n;
      return n;
    } finally {
      decref(view);
    }
  };
  defMethod(B, "readinto", readinto);
  defMethod(B, "readinto1", readinto);
  defMethod(B, "write", (self, args) => {
    const b = bio(self);
    b.check();
    if (args.length !== 1) typeError(`BytesIO.write() takes exactly one argument (${args.length} given)`);
    return b.write(bytesArg(args[0]).slice());
  });
  defMethod(B, "writelines", (self, args) => {
    const b = bio(self);
    b.check();
    writeEach(b, args[0]);
    return None;
  });
  defMethod(B, "seek", (self, args) => {
    const b = bio(self);
    b.check();
    if (args.length < 1 || args.length > 2) typeError(`seek expected at least 1 argument, got ${args.length}`);
    let pos = intArg(args[0]);
    const whence = args.length > 1 ? intArg(args[1]) : 0;
    if (whence === 0) {
      if (pos < 0) valueError(`negative seek value ${pos}`);
    } else if (whence === 1) {
      pos = Math.max(0, b.pos + pos);
    } else if (whence === 2) {
      pos = Math.max(0, b.size + pos);
    } else {
      valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    b.pos = pos;
    return pos;
  });
  defMethod(B, "tell", (self) => {
    const b = bio(self);
    b.check();
    return b.pos;
  });
  defMethod(B, "truncate", (self, args) => {
    const b = bio(self);
    b.check();
    let size = b.pos;
    if (args.length > 0 && args[0] !== None) {
      size = intArg(args[0]);
      if (size < 0) valueError(`negative size value ${size}`);
    }
    if (size < b.size) bytearraySplice(b.data, size, b.size, new Uint8Array(0));
    return size;
  });
  defMethod(B, "close", (self) => {
    const b = bio(self);
    if (b.data.exports > 0) raise(T.bufferErrorType, "Existing exports of data: object cannot be re-sized");
    b.closed = true;
    bytearraySplice(b.data, 0, b.data.length, new Uint8Array(0));
    return None;
  });
  for (const name of ["readable", "writable", "seekable"]) {
    defMethod(B, name, (self) => {
      bio(self).check();
      return true;
    });
  }
  defMethod(B, "isatty", (self) => {
    bio(self).check();
    return false;
  });
  defMethod(B, "flush", (self) => {
    bio(self).check();
    return None;
  });
  defMethod(B, "fileno", () => raiseUnsupported("fileno"));
  defMethod(B, "detach", () => raiseUnsupported("detach"));
  defMethod(B, "__iter__", (self) => {
    bio(self).check();
    return newref(self);
  });
  defMethod(B, "__next__", (self) => {
    const r = bytesNext(bio(self));
    if (r === STOP) throw call(T.stopIterationType, [], null);
    return r;
  });
  defMethod(B, "__enter__", (self) => {
    bio(self).check();
    return newref(self);
  });
  defMethod(B, "__exit__", (self) => {
    decref(callMethod(self, "close", []));
    return None;
  });
  defMethod(B, "__getstate__", (self) => {
    const b = bio(self);
    if (b.closed) valueError("__getstate__ on closed file");
    const d = b.dict === null ? None : newref(b.dict);
    return newTupleOwned([b.slice(0, b.size), b.pos, d]);
  });
  defMethod(B, "__setstate__", (self, args) => {
    const b = bio(self);
    const st = args[0];
    if (!(st instanceof PyTuple) || st.items.length < 3) typeError(`__setstate__ argument should be 3-tuple, got ${typeOf(st).name}`);
    bytearraySplice(b.data, 0, b.data.length, bytesArg(st.items[0]).slice());
    b.pos = intArg(st.items[1]);
    const d = st.items[2];
    if (d instanceof PyDict) {
      if (b.dict === null) b.dict = new PyDict(T.dictType);
      for (const k of d.keyList()) b.dict.set(k, d.get(k)!);
    }
    return None;
  });
  defGetSet(B, "closed", (self) => bio(self).closed);
}

export function createStringIOModule(): PyModule {
  initTypes();
  unsupported = null;
  const m = new PyModule("_stringio", "io.StringIO implemented in TypeScript.");
  m.dict.set("StringIO", stringIOType);
  initBytesIO();
  m.dict.set("BytesIO", bytesIOType);
  defFn(m, "_set_unsupported", (args) => {
    if (unsupported !== null) decref(unsupported);
    unsupported = newref(args[0]);
    return None;
  });
  return m;
}
