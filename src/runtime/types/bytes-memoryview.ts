// memoryview (Objects/memoryobject.c) for one-dimensional views: over bytes, bytearray and other
// memoryviews, sliced with any step, cast between the native single-character formats. A view
// of a bytearray counts as an export, so the bytearray cannot be resized until it is released.
// Multi-dimensional shapes (cast with a shape) are not supported.

import { immortal, PyObject, decref, type PyValue } from "../object.js";
import { Layout, PyType, TPFLAG_IMMUTABLE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newFloat, newListOwned, newTuple, newTupleOwned } from "../values.js";
import { indexError, notImplementedError, typeError, valueError, raise } from "../errors.js";
import { defGetSet, defMethod, defNew } from "../define.js";
import { PyBytes, PyByteArray } from "./bytes.js";
import { PySlice } from "./slice.js";
import { PyFloat } from "./float.js";
import { PyNativeIterator, STOP } from "./iterator.js";
import { idOf } from "../ops/hash.js";
import { isTrue, eq } from "../ops/compare.js";
import { nativeIter } from "../ops/iter.js";
import { asIndex, clinicKeywords, intValue, noArgs, sliceIndices, strValue, wrapperArgs } from "./str-util.js";
import { bufferBytes, bufferHooks, newBytes } from "./bytes-type.js";
import { hashBytes, hexBytes } from "./bytes-ops.js";

/** Item sizes of the native single-character formats (struct module, x86-64). */
const FORMAT_SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, P: 8,
};

export class PyMemoryView extends PyObject {
  /** the exporting object (owned): bytes, bytearray, or the base of another view */
  obj: PyObject;
  /** byte offset of the first item */
  offset: number;
  /** number of items */
  length: number;
  /** byte distance between items */
  stride: number;
  itemsize: number;
  format: string;
  readonly: boolean;
  released: boolean;

  constructor(obj: PyObject, offset: number, length: number, stride: number, itemsize: number, format: string, readonly: boolean) {
    super(T.memoryviewType);
    this.obj = obj;
    this.offset = offset;
    this.length = length;
    this.stride = stride;
    this.itemsize = itemsize;
    this.format = format;
    this.readonly = readonly;
    this.released = false;
    if (obj instanceof PyByteArray) obj.exports++;
  }

  /** The exporter's current memory (a bytearray's buffer may have been replaced). */
  base(): Uint8Array {
    const o = this.obj;
    if (o instanceof PyByteArray) return o.bytes;
    return bufferBytes(o)!;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.obj instanceof PyByteArray) this.obj.exports--;
  }

  override clearRefs(): void {
    this.release();
    decref(this.obj);
  }

  override traverse(visit: (o: PyObject) => void): void {
    visit(this.obj);
  }

  /** The viewed bytes, contiguous (a copy when the view has a step). */
  bytes(): Uint8Array {
    const b = this.base();
    const n = this.length * this.itemsize;
    if (this.stride === this.itemsize) return b.subarray(this.offset, this.offset + n);
    const out = new Uint8Array(n);
    for (let k = 0; k < this.length; k++) out.set(b.subarray(this.offset + k * this.stride, this.offset + k * this.stride + this.itemsize), k * this.itemsize);
    return out;
  }
}

function mv(self: PyValue): PyMemoryView {
  if (!(self instanceof PyMemoryView)) typeError(`descriptor requires a 'memoryview' object but received a '${typeOf(self).name}'`);
  if (self.released) valueError("operation forbidden on released memoryview object");
  return self;
}

/** A new view of any buffer object. */
export function newMemoryView(o: PyValue): PyMemoryView {
  if (o instanceof PyMemoryView) {
    if (o.released) valueError("operation forbidden on released memoryview object");
    o.obj.rc++;
    return new PyMemoryView(o.obj, o.offset, o.length, o.stride, o.itemsize, o.format, o.readonly);
  }
  const b = bufferBytes(o);
  if (b === null || typeof o !== "object") typeError(`memoryview: a bytes-like object is required, not '${typeOf(o).name}'`);
  o.rc++;
  return new PyMemoryView(o, 0, b.length, 1, 1, "B", !(o instanceof PyByteArray));
}

function unpack(v: PyMemoryView, b: Uint8Array, at: number): PyValue {
  const dv = new DataView(b.buffer, b.byteOffset + at, v.itemsize);
  switch (v.format) {
    case "B": return dv.getUint8(0);
    case "b": return dv.getInt8(0);
    case "c": return newBytes(Uint8Array.of(dv.getUint8(0)));
    case "?": return dv.getUint8(0) !== 0;
    case "h": return dv.getInt16(0, true);
    case "H": return dv.getUint16(0, true);
    case "i": return dv.getInt32(0, true);
    case "I": return dv.getUint32(0, true);
    case "f": return newFloat(dv.getFloat32(0, true));
    case "d": return newFloat(dv.getFloat64(0, true));
    default: {
      const big = v.format === "q" || v.format === "l" || v.format === "n" ? dv.getBigInt64(0, true) : dv.getBigUint64(0, true);
      return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
    }
  }
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  B: [0n, 255n], b: [-128n, 127n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

function pack(v: PyMemoryView, b: Uint8Array, at: number, x: PyValue): void {
  const f = v.format;
  const dv = new DataView(b.buffer, b.byteOffset + at, v.itemsize);
  if (f === "c") {
    const bb = x instanceof PyBytes ? x.bytes : null;
    if (bb === null || bb.length !== 1) valueError(`memoryview: invalid value for format 'c'`);
    dv.setUint8(0, bb[0]);
    return;
  }
  if (f === "?") {
    dv.setUint8(0, isTrue(x) ? 1 : 0);
    return;
  }
  if (f === "f" || f === "d") {
    let d: number;
    if (x instanceof PyFloat) d = x.value;
    else {
      const i = intValue(x);
      if (i === undefined) typeError(`memoryview: invalid type for format '${f}'`);
      d = Number(i);
    }
    if (f === "f") dv.setFloat32(0, d, true);
    else dv.setFloat64(0, d, true);
    return;
  }
  const i = intValue(x) ?? (typeOf(x).lookup("__index__") !== undefined && !(x instanceof PyFloat) ? asIndex(x) : undefined);
  if (i === undefined) typeError(`memoryview: invalid type for format '${f}'`);
  const [lo, hi] = INT_RANGES[f];
  const big = BigInt(i);
  if (big < lo || big > hi) valueError(`memoryview: invalid value for format '${f}'`);
  switch (v.itemsize) {
    case 1: dv.setUint8(0, Number(BigInt.asUintN(8, big))); break;
    case 2: dv.setUint16(0, Number(BigInt.asUintN(16, big)), true); break;
    case 4: dv.setUint32(0, Number(BigInt.asUintN(32, big)), true); break;
    default: dv.setBigUint64(0, BigInt.asUintN(64, big), true);
  }
}

function itemIndex(v: PyMemoryView, key: PyValue): number {
  let i: number;
  if (typeof key === "number") i = key;
  else {
    if (intValue(key) === undefined && (typeOf(key).lookup("__index__") === undefined || key instanceof PyFloat)) typeError("memoryview: invalid slice key");
    const k = asIndex(key);
    if (typeof k !== "number") indexError("cannot fit 'int' into an index-sized integer");
    i = k;
  }
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) indexError("index out of bounds on dimension 1");
  return i;
}

function toList(v: PyMemoryView): PyValue[] {
  const b = v.base();
  const out: PyValue[] = [];
  for (let k = 0; k < v.length; k++) out.push(unpack(v, b, v.offset + k * v.stride));
  return out;
}

class PyMemoryIterator extends PyNativeIterator {
  pos = 0;
  constructor(public view: PyMemoryView | null) {
    super(memoryIteratorType);
  }
  next(): PyValue {
    const v = this.view;
    if (v === null) return STOP;
    if (v.released) valueError("operation forbidden on released memoryview object");
    if (this.pos < v.length) return unpack(v, v.base(), v.offset + this.pos++ * v.stride);
    this.view = null;
    decref(v);
    return STOP;
  }
  override clearRefs(): void {
    const v = this.view;
    this.view = null;
    if (v !== null) decref(v);
  }
}

const memoryIteratorType: PyType = (() => {
  const t = new PyType(T.typeType, "memory_iterator", [T.objectType], Layout.Other, TPFLAG_IMMUTABLE);
  t.mro = [t, T.objectType];
  t.solidBase = t;
  return immortal(t);
})();

/** memory_richcompare for ==: equal shapes and equal items (bytes-like operands compare bytes). */
function viewEquals(v: PyMemoryView, o: PyValue): PyValue {
  if (v === o) return true;
  if (v.released || (o instanceof PyMemoryView && o.released)) return false;
  if (o instanceof PyMemoryView) {
    if (o.length !== v.length) return false;
    const a = toList(v);
    const b = toList(o);
    try {
      for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
      return true;
    } finally {
      for (const x of a) decref(x);
      for (const x of b) decref(x);
    }
  }
  const ob = bufferBytes(o);
  if (ob === null) return NotImplemented;
  if (v.format === "B" || v.format === "b" || v.format === "c") {
    const mine = v.bytes();
    if (mine.length !== ob.length) return false;
    for (let i = 0; i < ob.length; i++) if (mine[i] !== ob[i]) return false;
    return v.format !== "b" || mine.every((x) => x < 128);
  }
  return false;
}

export function initMemoryView(): void {
  const M = T.memoryviewType;
  bufferHooks.set(M, (o) => {
    const v = o as PyMemoryView;
    if (v.released) valueError("operation forbidden on released memoryview object");
    return v.bytes();
  });
  defNew(M, (_cls, args, kwnames) => {
    const [o] = clinicKeywords("memoryview", args, kwnames, ["object"], 1);
    return newMemoryView(o!);
  });
  defMethod(memoryIteratorType, "__iter__", (self) => {
    (self as PyObject).rc++;
    return self;
  });
  defMethod(memoryIteratorType, "__next__", (self) => {
    const r = (self as PyMemoryIterator).next();
    if (r === STOP) raise(T.stopIterationType);
    return r;
  });
  nativeIter.set(M, (o) => {
    mv(o).rc++;
    return new PyMemoryIterator(o as PyMemoryView);
  });
  defMethod(M, "__iter__", (self, args, kwnames) => {
    wrapperArgs("__iter__", args, kwnames, 0);
    mv(self).rc++;
    return new PyMemoryIterator(self as PyMemoryView);
  });
  defMethod(M, "__repr__", (self) => {
    const v = self as PyMemoryView;
    return `<${v.released ? "released " : ""}memory at 0x${idOf(v).toString(16).padStart(12, "0")}>`;
  });
  defMethod(M, "__len__", (self, args, kwnames) => {
    wrapperArgs("__len__", args, kwnames, 0);
    return mv(self).length;
  });
  defMethod(M, "__getitem__", (self, args, kwnames) => {
    wrapperArgs("__getitem__", args, kwnames, 1);
    const v = mv(self);
    const key = args[0];
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, v.length);
      v.obj.rc++;
      return new PyMemoryView(v.obj, v.offset + start * v.stride, n, v.stride * step, v.itemsize, v.format, v.readonly);
    }
    return unpack(v, v.base(), v.offset + itemIndex(v, key) * v.stride);
  });
  defMethod(M, "__setitem__", (self, args, kwnames) => {
    wrapperArgs("__setitem__", args, kwnames, 2);
    const v = mv(self);
    if (v.readonly) typeError("cannot modify read-only memory");
    const [key, value] = args;
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, v.length);
      const src = bufferBytes(value);
      if (src === null) typeError(`a bytes-like object is required, not '${typeOf(value).name}'`);
      if (src.length !== n * v.itemsize) valueError("memoryview assignment: lvalue and rvalue have different structures");
      const copy = src.slice();
      const b = v.base();
      for (let k = 0; k < n; k++) b.set(copy.subarray(k * v.itemsize, (k + 1) * v.itemsize), v.offset + (start + k * step) * v.stride);
      return None;
    }
    pack(v, v.base(), v.offset + itemIndex(v, key) * v.stride, value);
    return None;
  });
  defMethod(M, "__delitem__", () => typeError("cannot delete memory"));
  defMethod(M, "__eq__", (self, args) => viewEquals(self as PyMemoryView, args[0]));
  defMethod(M, "__ne__", (self, args) => {
    const r = viewEquals(self as PyMemoryView, args[0]);
    return r === NotImplemented ? r : !r;
  });
  defMethod(M, "__hash__", (self, args, kwnames) => {
    wrapperArgs("__hash__", args, kwnames, 0);
    const v = mv(self);
    if (!v.readonly) valueError("cannot hash writable memoryview object");
    if (v.format !== "B" && v.format !== "b" && v.format !== "c") valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return hashBytes(v.bytes());
  });
  defMethod(M, "__enter__", (self) => {
    mv(self).rc++;
    return self;
  });
  defMethod(M, "__exit__", (self) => {
    (self as PyMemoryView).release();
    return None;
  });
  defMethod(M, "release", (self, args, kwnames) => {
    noArgs("memoryview.release", args, kwnames);
    (self as PyMemoryView).release();
    return None;
  });
  defMethod(M, "tobytes", (self, args, kwnames) => {
    const [order] = clinicKeywords("tobytes", args, kwnames, ["order"], 0);
    const v = mv(self);
    if (order !== undefined && order !== None) {
      const o = strValue(order);
      if (o !== "C" && o !== "F" && o !== "A") valueError("order must be 'C', 'F' or 'A'");
    }
    return newBytes(v.bytes().slice());
  });
  defMethod(M, "tolist", (self, args, kwnames) => {
    noArgs("memoryview.tolist", args, kwnames);
    return newListOwned(toList(mv(self)));
  });
  defMethod(M, "toreadonly", (self, args, kwnames) => {
    noArgs("memoryview.toreadonly", args, kwnames);
    const v = mv(self);
    v.obj.rc++;
    return new PyMemoryView(v.obj, v.offset, v.length, v.stride, v.itemsize, v.format, true);
  });
  defMethod(M, "hex", (self, args, kwnames) => {
    const [sepArg, perArg] = clinicKeywords("hex", args, kwnames, ["sep", "bytes_per_sep"], 0);
    const v = mv(self);
    let sep = "";
    if (sepArg !== undefined) {
      const s = strValue(sepArg) ?? (bufferBytes(sepArg) !== null ? String.fromCharCode(...bufferBytes(sepArg)!) : undefined);
      if (s === undefined) typeError(`object of type '${typeOf(sepArg).name}' has no len()`);
      if (s.length !== 1) valueError("sep must be length 1.");
      if (s.charCodeAt(0) > 127) valueError("sep must be ASCII.");
      sep = s;
    }
    const per = perArg === undefined ? 1 : Number(asIndex(perArg));
    return hexBytes(v.bytes(), sep, per);
  });
  defMethod(M, "cast", (self, args, kwnames) => {
    const [fmtArg, shape] = clinicKeywords("cast", args, kwnames, ["format", "shape"], 1);
    const v = mv(self);
    const fmt = strValue(fmtArg!);
    if (fmt === undefined) typeError(`cast() argument 'format' must be str, not ${typeOf(fmtArg!).name}`);
    const f = fmt.startsWith("@") ? fmt.slice(1) : fmt;
    const size = FORMAT_SIZES[f];
    if (size === undefined) valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (shape !== undefined && shape !== None) notImplementedError("memoryview: casting to a shape is not supported");
    if (v.stride !== v.itemsize) typeError("memoryview: casts are restricted to C-contiguous views");
    const nbytes = v.length * v.itemsize;
    if (v.itemsize !== 1 && size !== 1) typeError("memoryview: cannot cast between two non-byte formats");
    if (nbytes % size !== 0) typeError("memoryview: length is not a multiple of itemsize");
    v.obj.rc++;
    return new PyMemoryView(v.obj, v.offset, nbytes / size, size, size, f, v.readonly);
  });
  defGetSet(M, "obj", (self) => {
    const v = mv(self);
    v.obj.rc++;
    return v.obj;
  });
  defGetSet(M, "nbytes", (self) => mv(self).length * mv(self).itemsize);
  defGetSet(M, "readonly", (self) => mv(self).readonly);
  defGetSet(M, "itemsize", (self) => mv(self).itemsize);
  defGetSet(M, "format", (self) => mv(self).format);
  defGetSet(M, "ndim", (self) => (mv(self), 1));
  defGetSet(M, "shape", (self) => newTuple([mv(self).length]));
  defGetSet(M, "strides", (self) => newTuple([mv(self).stride]));
  defGetSet(M, "suboffsets", (self) => (mv(self), newTupleOwned([])));
  const contiguous = (self: PyValue): boolean => {
    const v = mv(self);
    return v.stride === v.itemsize || v.length <= 1;
  };
  defGetSet(M, "c_contiguous", contiguous);
  defGetSet(M, "f_contiguous", contiguous);
  defGetSet(M, "contiguous", contiguous);
}
