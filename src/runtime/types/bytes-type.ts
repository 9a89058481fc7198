// `bytes` and `bytearray` (Objects/bytesobject.c, Objects/bytearrayobject.c,
// Objects/bytes_methods.c): constructors, the sequence protocol, comparisons, hashing (bytes
// only), the shared byte-string methods, and bytearray's mutation methods. Methods called on
// subclass instances return exact bytes / bytearray, as in CPython.

import { immortal, decref, type PyObject, type PyValue } from "../object.js";
import { Layout, PyType, TPFLAG_IMMUTABLE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newListOwned, newTupleOwned, newTuple } from "../values.js";
import { indexError, overflowError, raise, typeError, valueError } from "../errors.js";
import { defClassMethod, defMethod, defNew, defStaticMethod } from "../define.js";
import { PyBytes, PyByteArray } from "./bytes.js";
import { PySlice } from "./slice.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PyNativeIterator, STOP } from "./iterator.js";
import { PyException } from "./exception.js";
import { bytesRepr } from "../../shared/repr.js";
import { nativeIter, getIter, iterNext } from "../ops/iter.js";
import { lookupSpecial } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { percentFormatBytes } from "../ops/printf.js";
import { sequenceSlots } from "../ops/number.js";
import { decodeBytes, encodeStr } from "../codecs.js";
import {
  asIndex,
  asSsize,
  clinicKeywords,
  clinicPositional,
  clinicTypeName,
  intValue,
  noArgs,
  oneArg,
  sliceIndex,
  sliceIndices,
  strValue,
  tupleArgs,
  wrapperArgs,
  MAX_INDEX,
} from "./str-util.js";
import * as B from "./bytes-ops.js";
import { initMemoryView } from "./bytes-memoryview.js";
import { reduceIter, stateIndex } from "./iter-types.js";

/** The bytes of a buffer object (bytes, bytearray, memoryview-likes), or null. Borrowed view. */
export function bufferBytes(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  if (typeof v === "object" && v !== null) {
    const hook = bufferHooks.get(v.type) ?? (v.type.solidBase !== null ? bufferHooks.get(v.type.solidBase) : undefined);
    if (hook !== undefined) return hook(v);
  }
  return null;
}

/** Other buffer-providing types (memoryview, array.array) register how to read their bytes. */
export const bufferHooks = new Map<PyType, (v: PyValue) => Uint8Array>();

/** A new exact bytes object. */
export function newBytes(b: Uint8Array): PyBytes {
  return new PyBytes(T.bytesType, b);
}

/** A new exact bytearray holding a copy-free `b` (the bytearray takes it over). */
export function newByteArray(b: Uint8Array, type: PyType = T.bytearrayType): PyByteArray {
  if (type !== T.bytearrayType) type.rc++;
  return new PyByteArray(type, b, b.length);
}

function content(self: PyValue, isBA: boolean, name: string): Uint8Array {
  if (isBA) {
    if (self instanceof PyByteArray) return self.bytes.subarray(0, self.length);
  } else if (self instanceof PyBytes) return self.bytes;
  return typeError(`descriptor '${name}' requires a '${isBA ? "bytearray" : "bytes"}' object but received a '${typeOf(self).name}'`);
}

function ba(self: PyValue, name: string): PyByteArray {
  if (self instanceof PyByteArray) return self;
  return typeError(`descriptor '${name}' requires a 'bytearray' object but received a '${typeOf(self).name}'`);
}

/** Result of a method of bytes (exact bytes) or bytearray (exact bytearray). */
function result(isBA: boolean, b: Uint8Array): PyValue {
  return isBA ? newByteArray(b) : newBytes(b);
}

/** "a bytes-like object is required, not 'str'" */
function needBuffer(v: PyValue): Uint8Array {
  const b = bufferBytes(v);
  if (b === null) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

/** A byte value from an int-like (for in/count/find/append ...). */
export function byteValue(v: PyValue, msg = "byte must be in range(0, 256)"): number {
  const i = typeof v === "number" ? v : asIndex(v);
  if (typeof i !== "number" || i < 0 || i > 255) valueError(msg);
  return i;
}

/** The sub-sequence argument of find/count/index/in: an int or a buffer. */
function subArg(v: PyValue): Uint8Array {
  const b = bufferBytes(v);
  if (b !== null) return b;
  if (intValue(v) !== undefined || typeOf(v).lookup("__index__") !== undefined) {
    return Uint8Array.of(byteValue(v));
  }
  return typeError(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
}

/** Collects the bytes of an iterable of ints (PyBytes_FromObject / bytearray's iterable path). */
function bytesFromIterable(v: PyValue, what: string, rangeMsg: string): Uint8Array {
  if (v instanceof PyList || v instanceof PyTuple) {
    const items = v.items;
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i], rangeMsg);
    return out;
  }
  const t = typeOf(v);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    typeError(`cannot convert '${t.name}' object to ${what}`);
  }
  const it = getIter(v);
  const out: number[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) break;
      try {
        out.push(byteValue(x, rangeMsg));
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

/** s repeated n times. */
function repeatBytes(s: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || s.length === 0) return new Uint8Array(0);
  if (s.length > MAX_INDEX / n) raise(T.memoryErrorType);
  if (s.length * n > 0x7fffffff) raise(T.memoryErrorType);
  const out = new Uint8Array(s.length * n);
  for (let k = 0; k < n; k++) out.set(s, k * s.length);
  return out;
}

function countArg(v: PyValue | undefined): number {
  if (v === undefined) return -1;
  if (typeof v === "number") return v;
  return asSsize(v);
}

function fillArg(v: PyValue | undefined, name: string): number {
  if (v === undefined) return 32;
  const b = bufferBytes(v);
  if (b === null || b.length !== 1 || !(v instanceof PyBytes || v instanceof PyByteArray)) {
    typeError(`${name}() argument 2 must be a byte string of length 1, not ${clinicTypeName(v)}`);
  }
  return b[0];
}

/** The byte-string iterators (bytes_iterator, bytearray_iterator). */
export class PyBytesIterator extends PyNativeIterator {
  pos = 0;
  constructor(
    type: PyType,
    public seq: PyBytes | PyByteArray | null,
  ) {
    super(type);
  }
  next(): PyValue {
    const s = this.seq;
    if (s === null) return STOP;
    const len = s instanceof PyByteArray ? s.length : s.bytes.length;
    if (this.pos < len) return s.bytes[this.pos++];
    this.seq = null;
    decref(s);
    return STOP;
  }
  override clearRefs(): void {
    const s = this.seq;
    this.seq = null;
    if (s !== null) decref(s);
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (this.seq !== null) visit(this.seq);
  }
}

export const bytearrayIteratorType: PyType = (() => {
  const t = new PyType(T.typeType, "bytearray_iterator", [T.objectType], Layout.Other, TPFLAG_IMMUTABLE);
  t.mro = [t, T.objectType];
  t.solidBase = t;
  return immortal(t);
})();

function initIterators(): void {
  for (const t of [T.iteratorTypes.bytes, bytearrayIteratorType]) {
    const it = (self: PyValue): PyBytesIterator => {
      if (!(self instanceof PyBytesIterator)) typeError(`descriptor requires a '${t.name}' object but received a '${typeOf(self).name}'`);
      return self;
    };
    defMethod(t, "__iter__", (self, args, kwnames) => {
      wrapperArgs("__iter__", args, kwnames, 0);
      it(self).rc++;
      return self;
    });
    defMethod(t, "__next__", (self, args, kwnames) => {
      wrapperArgs("__next__", args, kwnames, 0);
      const v = it(self).next();
      if (v === STOP) raise(T.stopIterationType);
      return v;
    });
    defMethod(t, "__length_hint__", (self, args, kwnames) => {
      noArgs(`${t.name}.__length_hint__`, args, kwnames);
      const i = it(self);
      const s = i.seq;
      if (s === null) return 0;
      const len = s instanceof PyByteArray ? s.length : s.bytes.length;
      return Math.max(0, len - i.pos);
    });
    defMethod(t, "__reduce__", (self, args, kwnames) => {
      noArgs(`${t.name}.__reduce__`, args, kwnames);
      const i = it(self);
      if (i.seq === null) return reduceIter(null, null, newTupleOwned([]));
      return reduceIter(i.seq, i.pos, None);
    });
    defMethod(t, "__setstate__", (self, args, kwnames) => {
      const state = oneArg(`${t.name}.__setstate__`, args, kwnames);
      const i = it(self);
      let index = stateIndex(state);
      const s = i.seq;
      if (s !== null) {
        const len = s instanceof PyByteArray ? s.length : s.bytes.length;
        if (index < 0) index = 0;
        else if (index > len) index = len;
        i.pos = index;
      }
      return None;
    });
  }
  nativeIter.set(T.bytesType, (o) => {
    (o as PyBytes).rc++;
    return new PyBytesIterator(T.iteratorTypes.bytes, o as PyBytes);
  });
  nativeIter.set(T.bytearrayType, (o) => {
    (o as PyByteArray).rc++;
    return new PyBytesIterator(bytearrayIteratorType, o as PyByteArray);
  });
}

// ---- bytearray storage ----------------------------------------------------------------------------

function checkResizable(a: PyByteArray): void {
  if (a.exports > 0) raise(T.bufferErrorType, "Existing exports of data: object cannot be re-sized");
}

/** Replaces a[start:stop] with `src` (contiguous), growing or shrinking the array. */
export function bytearraySplice(a: PyByteArray, start: number, stop: number, src: Uint8Array): void {
  const old = a.length;
  const removed = stop - start;
  const delta = src.length - removed;
  if (delta !== 0) checkResizable(a);
  const newLen = old + delta;
  if (newLen > a.bytes.length) {
    const cap = Math.max(newLen, Math.floor(a.bytes.length * 1.5) + 16);
    const nb = new Uint8Array(cap);
    nb.set(a.bytes.subarray(0, start));
    nb.set(src, start);
    nb.set(a.bytes.subarray(stop, old), start + src.length);
    a.bytes = nb;
  } else {
    a.bytes.copyWithin(start + src.length, stop, old);
    a.bytes.set(src, start);
  }
  a.length = newLen;
}

function setContents(a: PyByteArray, b: Uint8Array): void {
  bytearraySplice(a, 0, a.length, b);
}

// ---- constructors ---------------------------------------------------------------------------------------

function bytesNew(cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  const [x, enc, errs] = clinicKeywords("bytes", args, kwnames, ["source", "encoding", "errors"], 0);
  let data: Uint8Array;
  if (x === undefined) {
    if (enc !== undefined) typeError("encoding without a string argument");
    if (errs !== undefined) typeError("errors without a string argument");
    data = B.EMPTY;
  } else if (enc !== undefined) {
    const s = strValue(x);
    if (s === undefined) typeError("encoding without a string argument");
    const encoding = strArg(enc, "bytes", "encoding");
    data = encodeStr(s, encoding, errs === undefined ? "strict" : strArg(errs, "bytes", "errors"));
  } else if (errs !== undefined) {
    typeError(strValue(x) !== undefined ? "string argument without an encoding" : "errors without a string argument");
  } else {
    const f = typeof x === "object" && !(x instanceof PyBytes) ? lookupSpecial(x, "__bytes__") : undefined;
    if (f !== undefined) {
      let r: PyValue;
      try {
        r = call(f, [], null);
      } finally {
        decref(f);
      }
      if (!(r instanceof PyBytes)) {
        const name = typeOf(r).name;
        decref(r);
        typeError(`__bytes__ returned non-bytes (type ${name})`);
      }
      if (cls === T.bytesType) return r;
      data = r.bytes;
      decref(r);
    } else if (strValue(x) !== undefined) {
      typeError("string argument without an encoding");
    } else if (intValue(x) !== undefined || typeOf(x).lookup("__index__") !== undefined) {
      const n = asSsize(x, undefined, "cannot fit 'int' into an index-sized integer");
      if (n < 0) valueError("negative count");
      if (n > 0x7fffffff) raise(T.memoryErrorType);
      data = new Uint8Array(n);
    } else {
      const b = bufferBytes(x);
      if (b !== null) {
        if (x instanceof PyBytes && x.type === T.bytesType && cls === T.bytesType) {
          x.rc++;
          return x;
        }
        data = b.slice();
      } else data = bytesFromIterable(x, "bytes", "bytes must be in range(0, 256)");
    }
  }
  if (cls === T.bytesType) return newBytes(data);
  cls.rc++;
  return new PyBytes(cls, data);
}

function strArg(v: PyValue, fname: string, arg: string): string {
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument '${arg}' must be str, not ${clinicTypeName(v)}`);
  return s;
}

function bytearrayInit(self: PyValue, args: PyValue[], kwnames: string[] | null): PyValue {
  const a = ba(self, "__init__");
  const [x, enc, errs] = clinicKeywords("bytearray", args, kwnames, ["source", "encoding", "errors"], 0);
  let data: Uint8Array;
  if (x === undefined) {
    if (enc !== undefined) typeError("encoding without a string argument");
    if (errs !== undefined) typeError("errors without a string argument");
    data = B.EMPTY;
  } else if (strValue(x) !== undefined) {
    if (enc === undefined) typeError("string argument without an encoding");
    data = encodeStr(strValue(x)!, strArg(enc, "bytearray", "encoding"), errs === undefined ? "strict" : strArg(errs, "bytearray", "errors"));
  } else if (enc !== undefined) {
    typeError("encoding without a string argument");
  } else if (errs !== undefined) {
    typeError("errors without a string argument");
  } else if (intValue(x) !== undefined || typeOf(x).lookup("__index__") !== undefined) {
    const n = asSsize(x, undefined, "cannot fit 'int' into an index-sized integer");
    if (n < 0) valueError("negative count");
    if (n > 0x7fffffff) raise(T.memoryErrorType);
    data = new Uint8Array(n);
  } else {
    const b = bufferBytes(x);
    data = b !== null ? b.slice() : bytesFromIterable(x, "bytearray", "byte must be in range(0, 256)");
  }
  setContents(a, data);
  return None;
}

// ---- the shared methods -------------------------------------------------------------------------------------

function defineShared(type: PyType, isBA: boolean): void {
  const tn = isBA ? "bytearray" : "bytes";
  const c = (self: PyValue, name: string): Uint8Array => content(self, isBA, name);

  defMethod(type, "__repr__", (self, args, kwnames) => {
    wrapperArgs("__repr__", args, kwnames, 0);
    const b = c(self, "__repr__");
    if (!isBA) return bytesRepr(b);
    return `${typeOf(self).name}(${bytearrayBody(b)})`;
  });
  defMethod(type, "__str__", (self, args, kwnames) => {
    wrapperArgs("__str__", args, kwnames, 0);
    const b = c(self, "__str__");
    return isBA ? `${typeOf(self).name}(${bytearrayBody(b)})` : bytesRepr(b);
  });
  defMethod(type, "__len__", (self, args, kwnames) => {
    wrapperArgs("__len__", args, kwnames, 0);
    return c(self, "__len__").length;
  });
  defMethod(type, "__iter__", (self, args, kwnames) => {
    wrapperArgs("__iter__", args, kwnames, 0);
    c(self, "__iter__");
    (self as PyBytes).rc++;
    return new PyBytesIterator(isBA ? bytearrayIteratorType : T.iteratorTypes.bytes, self as PyBytes);
  });
  defMethod(type, "__contains__", (self, args, kwnames) => {
    wrapperArgs("__contains__", args, kwnames, 1);
    const s = c(self, "__contains__");
    const x = args[0];
    const b = bufferBytes(x);
    if (b !== null) return B.indexOfBytes(s, b, 0, s.length) >= 0;
    if (intValue(x) === undefined && typeOf(x).lookup("__index__") === undefined) {
      typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
    }
    return s.indexOf(byteValue(x)) >= 0;
  });
  defMethod(type, "__getitem__", (self, args, kwnames) => {
    wrapperArgs("__getitem__", args, kwnames, 1);
    const s = c(self, "__getitem__");
    const k = args[0];
    if (k instanceof PySlice) return result(isBA, sliceBytes(s, k));
    let i: number;
    if (typeof k === "number") i = k;
    else {
      const v = asIndex(k, (n) => `${isBA ? "bytearray" : "byte"} indices must be integers or slices, not ${n}`);
      if (typeof v !== "number") indexError("cannot fit 'int' into an index-sized integer");
      i = v;
    }
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) indexError(isBA ? "bytearray index out of range" : "index out of range");
    return s[i];
  });
  // __add__, __mul__ and __rmul__ stand for sq_concat / sq_repeat (ops/number.ts sequenceSlots).
  sequenceSlots.add(
    defMethod(type, "__add__", (self, args, kwnames) => {
      wrapperArgs("__add__", args, kwnames, 1);
      const s = c(self, "__add__");
      const o = bufferBytes(args[0]);
      if (o === null) typeError(`can't concat ${typeOf(args[0]).name} to ${typeOf(self).name}`);
      return result(isBA, B.concatBytes([s, o]));
    }),
  );
  const mul = (name: string) =>
    sequenceSlots.add(
      defMethod(type, name, (self, args, kwnames) => {
        wrapperArgs(name, args, kwnames, 1);
        const s = c(self, name);
        return result(isBA, repeatBytes(s, asSsize(args[0], undefined, "cannot fit 'int' into an index-sized integer")));
      }),
    );
  mul("__mul__");
  mul("__rmul__");
  defMethod(type, "__mod__", (self, args, kwnames) => {
    wrapperArgs("__mod__", args, kwnames, 1);
    return result(isBA, percentFormatBytes(c(self, "__mod__"), args[0]));
  });
  defMethod(type, "__rmod__", (self, args, kwnames) => {
    wrapperArgs("__rmod__", args, kwnames, 1);
    c(self, "__rmod__");
    return NotImplemented;
  });
  const cmp = (name: string, test: (c: number) => boolean): void => {
    defMethod(type, name, (self, args, kwnames) => {
      wrapperArgs(name, args, kwnames, 1);
      const a = c(self, name);
      const o = args[0];
      if (!(o instanceof PyBytes || o instanceof PyByteArray)) {
        if (!isBA) return NotImplemented;
        const b = bufferBytes(o);
        if (b === null) return NotImplemented;
        return test(B.compareBytes(a, b));
      }
      return test(B.compareBytes(a, bufferBytes(o)!));
    });
  };
  cmp("__lt__", (x) => x < 0);
  cmp("__le__", (x) => x <= 0);
  cmp("__eq__", (x) => x === 0);
  cmp("__ne__", (x) => x !== 0);
  cmp("__gt__", (x) => x > 0);
  cmp("__ge__", (x) => x >= 0);

  // ---- non-mutating methods ----
  const noarg = (name: string, f: (s: Uint8Array) => PyValue): void => {
    defMethod(type, name, (self, args, kwnames) => {
      noArgs(`${tn}.${name}`, args, kwnames);
      return f(c(self, name));
    });
  };
  noarg("lower", (s) => result(isBA, B.mapBytes(s, B.lowerByte)));
  noarg("upper", (s) => result(isBA, B.mapBytes(s, B.upperByte)));
  noarg("swapcase", (s) => result(isBA, B.mapBytes(s, B.swapByte)));
  noarg("title", (s) => result(isBA, B.titleBytes(s)));
  noarg("capitalize", (s) => result(isBA, B.capitalizeBytes(s)));
  noarg("isascii", (s) => s.every((x) => x < 128));
  noarg("isalpha", (s) => B.allBytes(s, B.isAlphaByte));
  noarg("isalnum", (s) => B.allBytes(s, (x) => B.isAlphaByte(x) || B.isDigitByte(x)));
  noarg("isdigit", (s) => B.allBytes(s, B.isDigitByte));
  noarg("isspace", (s) => B.allBytes(s, B.isSpaceByte));
  noarg("islower", B.isLowerBytes);
  noarg("isupper", B.isUpperBytes);
  noarg("istitle", B.isTitleBytes);

  const finder = (name: string, reverse: boolean, raises: boolean): void => {
    defMethod(type, name, (self, args, kwnames) => {
      tupleArgs(name, args, kwnames, 1, 3);
      const s = c(self, name);
      const sub = subArg(args[0]);
      const r = B.findBytes(s, sub, sliceIndex(args[1], 0), sliceIndex(args[2], MAX_INDEX), reverse);
      if (r < 0 && raises) valueError("subsection not found");
      return r;
    });
  };
  finder("find", false, false);
  finder("rfind", true, false);
  finder("index", false, true);
  finder("rindex", true, true);
  defMethod(type, "count", (self, args, kwnames) => {
    tupleArgs("count", args, kwnames, 1, 3);
    const s = c(self, "count");
    return B.countBytes(s, subArg(args[0]), sliceIndex(args[1], 0), sliceIndex(args[2], MAX_INDEX));
  });
  const tail = (name: string, atEnd: boolean): void => {
    defMethod(type, name, (self, args, kwnames) => {
      tupleArgs(name, args, kwnames, 1, 3);
      const s = c(self, name);
      const start = sliceIndex(args[1], 0);
      const end = sliceIndex(args[2], MAX_INDEX);
      const x = args[0];
      if (x instanceof PyTuple) {
        for (const item of x.items) {
          const b = bufferBytes(item);
          if (b === null) typeError(`a bytes-like object is required, not '${typeOf(item).name}'`);
          if (B.tailMatchBytes(s, b, start, end, atEnd)) return true;
        }
        return false;
      }
      const b = bufferBytes(x);
      if (b === null) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(x).name}`);
      return B.tailMatchBytes(s, b, start, end, atEnd);
    });
  };
  tail("startswith", false);
  tail("endswith", true);

  defMethod(type, "replace", (self, args, kwnames) => {
    clinicPositional("replace", `${tn}.replace`, args, kwnames, 2, 3);
    const s = c(self, "replace");
    return result(isBA, B.replaceBytes(s, needBuffer(args[0]), needBuffer(args[1]), countArg(args[2])));
  });
  defMethod(type, "join", (self, args, kwnames) => {
    const it = oneArg(`${tn}.join`, args, kwnames);
    const sep = c(self, "join").slice();
    return result(isBA, joinBytes(sep, it));
  });
  const stripper = (name: string, left: boolean, right: boolean): void => {
    defMethod(type, name, (self, args, kwnames) => {
      clinicPositional(name, `${tn}.${name}`, args, kwnames, 0, 1);
      const s = c(self, name);
      const x = args[0];
      const chars = x === undefined || x === None ? null : needBuffer(x);
      return result(isBA, B.stripBytes(s, chars, left, right));
    });
  };
  stripper("strip", true, true);
  stripper("lstrip", true, false);
  stripper("rstrip", false, true);
  const justify = (name: string, how: "l" | "r" | "c"): void => {
    defMethod(type, name, (self, args, kwnames) => {
      clinicPositional(name, `${tn}.${name}`, args, kwnames, 1, 2);
      const s = c(self, name);
      const width = typeof args[0] === "number" ? args[0] : asSsize(args[0]);
      const fill = fillArg(args[1], name);
      if (width <= s.length) return result(isBA, s.slice());
      const marg = width - s.length;
      if (marg > 0x7fffffff) raise(T.memoryErrorType);
      if (how === "l") return result(isBA, B.padBytes(s, 0, marg, fill));
      if (how === "r") return result(isBA, B.padBytes(s, marg, 0, fill));
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return result(isBA, B.padBytes(s, left, marg - left, fill));
    });
  };
  justify("ljust", "l");
  justify("rjust", "r");
  justify("center", "c");
  defMethod(type, "zfill", (self, args, kwnames) => {
    const w = oneArg(`${tn}.zfill`, args, kwnames);
    const width = typeof w === "number" ? w : asSsize(w);
    if (width > 0x7fffffff) raise(T.memoryErrorType);
    return result(isBA, B.zfillBytes(c(self, "zfill"), width));
  });
  defMethod(type, "expandtabs", (self, args, kwnames) => {
    const [ts] = clinicKeywords("expandtabs", args, kwnames, ["tabsize"], 0);
    const s = c(self, "expandtabs");
    const tabsize = ts === undefined ? 8 : asSsize(ts, undefined, "Python int too large to convert to C int");
    if (tabsize > 0x7fffffff || tabsize < -0x80000000) overflowError("Python int too large to convert to C int");
    return result(isBA, B.expandTabsBytes(s, tabsize));
  });
  const splitter = (name: string, reverse: boolean): void => {
    defMethod(type, name, (self, args, kwnames) => {
      const [sepArg, maxArg] = clinicKeywords(name, args, kwnames, ["sep", "maxsplit"], 0);
      const s = c(self, name);
      const maxsplit = countArg(maxArg);
      let parts: Uint8Array[];
      if (sepArg === undefined || sepArg === None) parts = reverse ? B.rsplitWhitespaceBytes(s, maxsplit) : B.splitWhitespaceBytes(s, maxsplit);
      else {
        const sep = needBuffer(sepArg);
        if (sep.length === 0) valueError("empty separator");
        parts = reverse ? B.rsplitBytes(s, sep, maxsplit) : B.splitBytes(s, sep, maxsplit);
      }
      return newListOwned(parts.map((p) => result(isBA, p)));
    });
  };
  splitter("split", false);
  splitter("rsplit", true);
  defMethod(type, "splitlines", (self, args, kwnames) => {
    const [ke] = clinicKeywords("splitlines", args, kwnames, ["keepends"], 0);
    const s = c(self, "splitlines");
    let keepends = false;
    if (ke !== undefined) {
      if (typeOf(ke).isSubtypeOf(T.floatType)) typeError("'float' object cannot be interpreted as an integer");
      const i = intValue(ke) ?? asIndex(ke);
      keepends = i !== 0 && i !== 0n;
    }
    return newListOwned(B.splitLinesBytes(s, keepends).map((p) => result(isBA, p)));
  });
  const partitioner = (name: string, reverse: boolean): void => {
    defMethod(type, name, (self, args, kwnames) => {
      const a = oneArg(`${tn}.${name}`, args, kwnames);
      const s = c(self, name);
      const sep = needBuffer(a);
      if (sep.length === 0) valueError("empty separator");
      const i = reverse ? B.lastIndexOfBytes(s, sep, 0, s.length) : B.indexOfBytes(s, sep, 0, s.length);
      if (i < 0) {
        const whole = result(isBA, s.slice());
        return newTupleOwned(reverse ? [result(isBA, B.EMPTY), result(isBA, B.EMPTY), whole] : [whole, result(isBA, B.EMPTY), result(isBA, B.EMPTY)]);
      }
      return newTupleOwned([result(isBA, s.slice(0, i)), result(isBA, sep.slice()), result(isBA, s.slice(i + sep.length))]);
    });
  };
  partitioner("partition", false);
  partitioner("rpartition", true);
  defMethod(type, "removeprefix", (self, args, kwnames) => {
    const p = needBuffer(oneArg(`${tn}.removeprefix`, args, kwnames));
    const s = c(self, "removeprefix");
    const has = p.length > 0 && B.tailMatchBytes(s, p, 0, s.length, false);
    return result(isBA, has ? s.slice(p.length) : s.slice());
  });
  defMethod(type, "removesuffix", (self, args, kwnames) => {
    const p = needBuffer(oneArg(`${tn}.removesuffix`, args, kwnames));
    const s = c(self, "removesuffix");
    const has = p.length > 0 && B.tailMatchBytes(s, p, 0, s.length, true);
    return result(isBA, has ? s.slice(0, s.length - p.length) : s.slice());
  });
  defMethod(type, "translate", (self, args, kwnames) => {
    const [table, del] = clinicKeywords("translate", args, kwnames, ["table", "delete"], 1, 1);
    const s = c(self, "translate");
    let map: Uint8Array | null = null;
    if (table !== None) {
      map = needBuffer(table!);
      if (map.length !== 256) valueError("translation table must be 256 characters long");
    }
    const deleted = del === undefined ? null : needBuffer(del);
    const out: number[] = [];
    for (const x of s) {
      if (deleted !== null && deleted.indexOf(x) >= 0) continue;
      out.push(map === null ? x : map[x]);
    }
    return result(isBA, Uint8Array.from(out));
  });
  defStaticMethod(type, "maketrans", (_self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`${tn}.maketrans() takes no keyword arguments`);
    if (args.length !== 2) typeError(`maketrans expected 2 arguments, got ${args.length}`);
    const frm = needBuffer(args[0]);
    const to = needBuffer(args[1]);
    if (frm.length !== to.length) valueError("maketrans arguments must have same length");
    const out = new Uint8Array(256);
    for (let i = 0; i < 256; i++) out[i] = i;
    for (let i = 0; i < frm.length; i++) out[frm[i]] = to[i];
    return newBytes(out);
  });
  defMethod(type, "decode", (self, args, kwnames) => {
    const [enc, errs] = clinicKeywords("decode", args, kwnames, ["encoding", "errors"], 0);
    const s = c(self, "decode");
    const encoding = enc === undefined ? "utf-8" : strArg(enc, "decode", "encoding");
    const errors = errs === undefined ? "strict" : strArg(errs, "decode", "errors");
    return decodeBytes(s, encoding, errors);
  });
  defMethod(type, "hex", (self, args, kwnames) => {
    const [sepArg, perArg] = clinicKeywords("hex", args, kwnames, ["sep", "bytes_per_sep"], 0);
    const s = c(self, "hex");
    let sep = "";
    if (sepArg !== undefined) {
      const str = strValue(sepArg);
      let text: string;
      if (str !== undefined) text = str;
      else {
        const b = bufferBytes(sepArg);
        if (b === null) typeError(`object of type '${typeOf(sepArg).name}' has no len()`);
        text = String.fromCharCode(...b);
      }
      if (text.length !== 1) valueError("sep must be length 1.");
      if (text.charCodeAt(0) > 127) valueError("sep must be ASCII.");
      sep = text;
    }
    const per = perArg === undefined ? 1 : asSsize(perArg, undefined, "Python int too large to convert to C int");
    return B.hexBytes(s, sep, per);
  });
  defClassMethod(type, "fromhex", (cls, args, kwnames) => {
    const x = oneArg(`${tn}.fromhex`, args, kwnames);
    const s = strValue(x);
    if (s === undefined) typeError(`fromhex() argument must be str, not ${clinicTypeName(x)}`);
    const r = B.fromHex(s);
    if (typeof r === "number") valueError(`non-hexadecimal number found in fromhex() arg at position ${r}`);
    const obj = result(isBA, r);
    if (cls === type) return obj;
    try {
      return call(cls, [obj], null);
    } finally {
      decref(obj);
    }
  });
}

function bytearrayBody(b: Uint8Array): string {
  // bytearray_repr escapes the single quote even when the double quote delimits the text
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    else if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const x of b) {
    if (x === 0x27 || x === 0x5c) out += "\\" + String.fromCharCode(x);
    else if (x === 9) out += "\\t";
    else if (x === 10) out += "\\n";
    else if (x === 13) out += "\\r";
    else if (x < 0x20 || x >= 0x7f) out += "\\x" + x.toString(16).padStart(2, "0");
    else out += String.fromCharCode(x);
  }
  return out + quote;
}

function sliceBytes(s: Uint8Array, sl: PySlice): Uint8Array {
  const [start, , step, n] = sliceIndices(sl, s.length);
  if (n <= 0) return new Uint8Array(0);
  if (step === 1) return s.slice(start, start + n);
  const out = new Uint8Array(n);
  for (let k = 0, i = start; k < n; k++, i += step) out[k] = s[i];
  return out;
}

/** sep.join(iterable) for byte strings. */
function joinBytes(sep: Uint8Array, iterable: PyValue): Uint8Array {
  let items: PyValue[];
  let owned = false;
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = iterable.items.slice();
  else {
    let it: PyValue;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (e instanceof PyException && e.type.isSubtypeOf(T.typeErrorType)) {
        decref(e);
        typeError("can only join an iterable");
      }
      throw e;
    }
    items = [];
    owned = true;
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === STOP) break;
        items.push(v);
      }
    } catch (e) {
      for (const v of items) decref(v);
      throw e;
    } finally {
      decref(it);
    }
  }
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < items.length; i++) {
      const b = bufferBytes(items[i]);
      if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(items[i]).name} found`);
      if (i > 0 && sep.length > 0) parts.push(sep);
      parts.push(b.slice());
    }
    return B.concatBytes(parts);
  } finally {
    if (owned) for (const v of items) decref(v);
  }
}

// ---- bytes-only and bytearray-only methods -------------------------------------------------------------------------

function initBytesOnly(): void {
  const BT = T.bytesType;
  defNew(BT, bytesNew);
  defMethod(BT, "__hash__", (self, args, kwnames) => {
    wrapperArgs("__hash__", args, kwnames, 0);
    return B.hashBytes(content(self, false, "__hash__"));
  });
  defMethod(BT, "__getnewargs__", (self, args, kwnames) => {
    noArgs("bytes.__getnewargs__", args, kwnames);
    return newTupleOwned([newBytes(content(self, false, "__getnewargs__").slice())]);
  });
  defMethod(BT, "__bytes__", (self, args, kwnames) => {
    noArgs("bytes.__bytes__", args, kwnames);
    const s = content(self, false, "__bytes__");
    if ((self as PyBytes).type === T.bytesType) {
      (self as PyBytes).rc++;
      return self;
    }
    return newBytes(s.slice());
  });
  defMethod(BT, "__sizeof__", (self, args, kwnames) => {
    noArgs("bytes.__sizeof__", args, kwnames);
    return 33 + content(self, false, "__sizeof__").length;
  });
}

function initByteArrayOnly(): void {
  const BA = T.bytearrayType;
  defNew(BA, (cls) => newByteArray(new Uint8Array(0), cls));
  defMethod(BA, "__init__", bytearrayInit);
  BA.ns.set("__hash__", None);
  BA.modified();
  defMethod(BA, "__sizeof__", (self, args, kwnames) => {
    noArgs("bytearray.__sizeof__", args, kwnames);
    const a = ba(self, "__sizeof__");
    return 56 + (a.length === 0 ? 0 : a.length + 1);
  });
  defMethod(BA, "__alloc__", (self, args, kwnames) => {
    noArgs("bytearray.__alloc__", args, kwnames);
    const a = ba(self, "__alloc__");
    return a.length === 0 ? 0 : a.length + 1;
  });
  defMethod(BA, "__setitem__", (self, args, kwnames) => {
    wrapperArgs("__setitem__", args, kwnames, 2);
    const a = ba(self, "__setitem__");
    setItem(a, args[0], args[1]);
    return None;
  });
  defMethod(BA, "__delitem__", (self, args, kwnames) => {
    wrapperArgs("__delitem__", args, kwnames, 1);
    const a = ba(self, "__delitem__");
    setItem(a, args[0], undefined);
    return None;
  });
  sequenceSlots.add(defMethod(BA, "__iadd__", (self, args, kwnames) => {
    wrapperArgs("__iadd__", args, kwnames, 1);
    const a = ba(self, "__iadd__");
    const b = bufferBytes(args[0]);
    if (b === null) typeError(`can't concat ${typeOf(args[0]).name} to ${a.type.name}`);
    bytearraySplice(a, a.length, a.length, b.slice());
    a.rc++;
    return a;
  }));
  sequenceSlots.add(defMethod(BA, "__imul__", (self, args, kwnames) => {
    wrapperArgs("__imul__", args, kwnames, 1);
    const a = ba(self, "__imul__");
    const n = asSsize(args[0], undefined, "cannot fit 'int' into an index-sized integer");
    setContents(a, repeatBytes(a.bytes.subarray(0, a.length), n));
    a.rc++;
    return a;
  }));
  defMethod(BA, "append", (self, args, kwnames) => {
    const x = oneArg("bytearray.append", args, kwnames);
    const a = ba(self, "append");
    const v = byteValue(x);
    bytearraySplice(a, a.length, a.length, Uint8Array.of(v));
    return None;
  });
  defMethod(BA, "extend", (self, args, kwnames) => {
    const x = oneArg("bytearray.extend", args, kwnames);
    const a = ba(self, "extend");
    let b = bufferBytes(x);
    if (b !== null) b = b.slice();
    else {
      const t = typeOf(x);
      if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) typeError(`can't extend bytearray with ${t.name}`);
      b = bytesFromIterable(x, "bytearray", "byte must be in range(0, 256)");
    }
    bytearraySplice(a, a.length, a.length, b);
    return None;
  });
  defMethod(BA, "insert", (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("bytearray.insert() takes no keyword arguments");
    if (args.length !== 2) typeError(`insert expected 2 arguments, got ${args.length}`);
    const a = ba(self, "insert");
    let i = asSsize(args[0]);
    const v = byteValue(args[1]);
    const n = a.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    bytearraySplice(a, i, i, Uint8Array.of(v));
    return None;
  });
  defMethod(BA, "pop", (self, args, kwnames) => {
    clinicPositional("pop", "bytearray.pop", args, kwnames, 0, 1);
    const a = ba(self, "pop");
    let i = args[0] === undefined ? -1 : asSsize(args[0]);
    if (a.length === 0) indexError("pop from empty bytearray");
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) indexError("pop index out of range");
    const v = a.bytes[i];
    bytearraySplice(a, i, i + 1, B.EMPTY);
    return v;
  });
  defMethod(BA, "remove", (self, args, kwnames) => {
    const x = oneArg("bytearray.remove", args, kwnames);
    const a = ba(self, "remove");
    const v = byteValue(x);
    const i = a.bytes.subarray(0, a.length).indexOf(v);
    if (i < 0) valueError("value not found in bytearray");
    bytearraySplice(a, i, i + 1, B.EMPTY);
    return None;
  });
  defMethod(BA, "reverse", (self, args, kwnames) => {
    noArgs("bytearray.reverse", args, kwnames);
    const a = ba(self, "reverse");
    a.bytes.subarray(0, a.length).reverse();
    return None;
  });
  defMethod(BA, "clear", (self, args, kwnames) => {
    noArgs("bytearray.clear", args, kwnames);
    const a = ba(self, "clear");
    bytearraySplice(a, 0, a.length, B.EMPTY);
    return None;
  });
  defMethod(BA, "copy", (self, args, kwnames) => {
    noArgs("bytearray.copy", args, kwnames);
    const a = ba(self, "copy");
    return newByteArray(a.bytes.slice(0, a.length));
  });
  defMethod(BA, "__reduce__", (self, args, kwnames) => {
    noArgs("bytearray.__reduce__", args, kwnames);
    const a = ba(self, "__reduce__");
    const text = String.fromCharCode(...a.bytes.subarray(0, a.length));
    a.type.rc++;
    const dict = a.dict === null ? None : a.dict;
    if (typeof dict === "object") dict.rc++;
    return newTupleOwned([a.type, newTuple([text, "latin-1"]), dict]);
  });
}

/** bytearray[key] = value (value undefined: del bytearray[key]). */
function setItem(a: PyByteArray, key: PyValue, value: PyValue | undefined): void {
  if (!(key instanceof PySlice)) {
    let i: number;
    if (typeof key === "number") i = key;
    else {
      const v = asIndex(key, (n) => `bytearray indices must be integers or slices, not ${n}`);
      if (typeof v !== "number") indexError("cannot fit 'int' into an index-sized integer");
      i = v;
    }
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) indexError("bytearray index out of range");
    if (value === undefined) bytearraySplice(a, i, i + 1, B.EMPTY);
    else a.bytes[i] = byteValue(value);
    return;
  }
  const [start, stop, step, n] = sliceIndices(key, a.length);
  let src: Uint8Array;
  if (value === undefined) src = B.EMPTY;
  else {
    const b = bufferBytes(value);
    if (b !== null) src = b.slice();
    else if (intValue(value) !== undefined || strValue(value) !== undefined || typeOf(value).lookup("__index__") !== undefined) {
      typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else src = bytesFromIterable(value, "bytearray", "byte must be in range(0, 256)");
  }
  if (step === 1) {
    bytearraySplice(a, start, Math.max(start, stop), src);
    return;
  }
  // bytearray_ass_subscript: an empty value deletes an extended slice too
  if (src.length === 0) {
    if (n <= 0) return;
    checkResizable(a);
    const kill = new Set<number>();
    for (let k = 0, i = start; k < n; k++, i += step) kill.add(i);
    const kept: number[] = [];
    for (let i = 0; i < a.length; i++) if (!kill.has(i)) kept.push(a.bytes[i]);
    a.bytes.set(kept);
    a.length = kept.length;
    return;
  }
  if (src.length !== n) valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
  for (let k = 0, i = start; k < n; k++, i += step) a.bytes[i] = src[k];
}

export function initBytesTypes(): void {
  T.bytesType.ns.set(
    "__doc__",
    "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
  );
  T.bytearrayType.ns.set(
    "__doc__",
    "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
  );
  initIterators();
  defineShared(T.bytesType, false);
  defineShared(T.bytearrayType, true);
  initBytesOnly();
  initByteArrayOnly();
  initMemoryView();
}
