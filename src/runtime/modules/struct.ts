// The _struct module (Modules/_struct.c): conversion between Python values and C structs held in
// bytes. A format is parsed once into a list of codes (Struct objects keep it; the module-level
// functions cache Structs by format). Byte order, sizes and alignment follow the struct docs:
// '@' native (this machine: little-endian, LP64, items aligned to their size), '=' '<' '>' '!'
// standard sizes without alignment. Error messages are CPython's on a little-endian LP64 build,
// where '<' and '=' share the native routines for the codes whose sizes agree.

import { PyObject, decref, newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newFloat } from "../values.js";
import { typeError, overflowError, newException, isPyException } from "../errors.js";
import { defMethod, defNew, defGetSet } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyBytes, PyByteArray } from "../types/bytes.js";
import { newBytes, bufferBytes } from "../types/bytes-type.js";
import { PyMemoryView } from "../types/bytes-memoryview.js";
import { PyNativeIterator, STOP } from "../types/iterator.js";
import { defIterProtocol } from "../types/iter-types.js";
import { numberIndex, isIndex } from "../ops/index.js";
import { asDouble } from "../ops/numconv.js";
import { isTrue } from "../ops/compare.js";
import { call } from "../ops/call.js";
import { newDict } from "../values.js";
import { defFn, newNativeType, kwCount, clinicArgs } from "./modutil.js";

/** One code of a parsed format: `count` items (or, for 's'/'p', one item of `count` bytes). */
interface Code {
  c: string;
  offset: number;
  size: number;
  count: number;
}

interface Layout {
  order: "@" | "<" | ">";
  /** '=' or '<' or '>' (or '@'), for the messages that differ */
  orderChar: string;
  codes: Code[];
  size: number;
  /** number of Python values packed/unpacked */
  nitems: number;
}

const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8,
  n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8,
  e: 2, f: 4, d: 8, s: 1, p: 1,
};

let errorType: PyType;

function structError(msg: string): never {
  throw newException(errorType, [msg]);
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** prepare_s: parse a format string (whitespace between items is allowed). */
function parseFormat(fmt: string): Layout {
  let i = 0;
  let orderChar = "@";
  if (fmt.length > 0 && "@=<>!".includes(fmt[0])) {
    orderChar = fmt[0];
    i = 1;
  }
  const order: "@" | "<" | ">" = orderChar === "@" ? "@" : orderChar === ">" || orderChar === "!" ? ">" : "<";
  const table = order === "@" ? NATIVE_SIZE : STD_SIZE;
  const codes: Code[] = [];
  let size = 0;
  let nitems = 0;
  const LIMIT = 2 ** 62;
  while (i < fmt.length) {
    let ch = fmt[i];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\v" || ch === "\f") {
      i++;
      continue;
    }
    let count = 1;
    if (isDigit(ch)) {
      let n = 0;
      while (i < fmt.length && isDigit(fmt[i])) {
        n = n * 10 + (fmt.charCodeAt(i) - 48);
        if (n > LIMIT) structError("total struct size too long");
        i++;
      }
      if (i >= fmt.length) structError("repeat count given without format specifier");
      ch = fmt[i];
      count = n;
    }
    i++;
    const itemSize = table[ch];
    if (itemSize === undefined) structError("bad char in struct format");
    if (order === "@") {
      const align = ch === "s" || ch === "p" || ch === "x" ? 1 : itemSize;
      if (align > 1) size = Math.ceil(size / align) * align;
    }
    if (ch === "s" || ch === "p") {
      codes.push({ c: ch, offset: size, size: count, count: 1 });
      size += count;
      nitems += 1;
    } else if (ch === "x") {
      size += count;
    } else {
      if (count > 0) codes.push({ c: ch, offset: size, size: itemSize, count });
      size += count * itemSize;
      nitems += count;
    }
    if (size > LIMIT) structError("total struct size too long");
  }
  return { order, orderChar, codes, size, nitems };
}

// ---- integers --------------------------------------------------------------------------------

function getInt(v: PyValue): bigint {
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (!isIndex(v)) structError("required argument is not an integer");
  const n = numberIndex(v);
  return typeof n === "bigint" ? n : BigInt(n);
}

/** The message CPython gives for an out-of-range integer of code `c` in `layout`. */
function rangeError(layout: Layout, c: string, size: number, x: bigint): never {
  const signed = c === c.toLowerCase() && c !== "?";
  if (c === "b") structError("byte format requires -128 <= number <= 127");
  if (c === "B") structError("ubyte format requires 0 <= number <= 255");
  const big = layout.order === ">";
  if (!big && (c === "h" || c === "H")) {
    structError(c === "h" ? "short format requires -32768 <= number <= 32767" : "ushort format requires 0 <= number <= 65535");
  }
  if (c === "P") structError("int too large to convert");
  if (size === 8) structError(big ? "int too large to convert" : "argument out of range");
  // 2- and 4-byte codes: the bounds, except for a negative value given to an unsigned code
  if (!signed && x < 0n) structError("argument out of range");
  const bits = BigInt(size * 8);
  if (signed) structError(`'${c}' format requires ${-(1n << (bits - 1n))} <= number <= ${(1n << (bits - 1n)) - 1n}`);
  structError(`'${c}' format requires 0 <= number <= ${(1n << bits) - 1n}`);
}

function packInt(layout: Layout, code: Code, v: PyValue, out: DataView, pos: number): void {
  const c = code.c;
  const size = code.size;
  const x = getInt(v);
  const bits = BigInt(size * 8);
  const signed = c !== "P" && c === c.toLowerCase();
  let lo: bigint;
  let hi: bigint;
  if (c === "P") {
    lo = -(1n << 63n);
    hi = (1n << 64n) - 1n;
  } else if (signed) {
    lo = -(1n << (bits - 1n));
    hi = (1n << (bits - 1n)) - 1n;
  } else {
    lo = 0n;
    hi = (1n << bits) - 1n;
  }
  if (x < lo || x > hi) rangeError(layout, c, size, x);
  const u = BigInt.asUintN(size * 8, x);
  const little = layout.order !== ">";
  for (let k = 0; k < size; k++) {
    const byte = Number((u >> BigInt(8 * k)) & 0xffn);
    out.setUint8(little ? pos + k : pos + size - 1 - k, byte);
  }
}

function unpackInt(layout: Layout, c: string, size: number, buf: Uint8Array, pos: number): PyValue {
  const little = layout.order !== ">";
  if (size <= 4) {
    let u = 0;
    for (let k = size - 1; k >= 0; k--) u = u * 256 + buf[little ? pos + k : pos + size - 1 - k];
    if (c === c.toLowerCase() && u >= 2 ** (size * 8 - 1)) u -= 2 ** (size * 8);
    return u;
  }
  let u = 0n;
  for (let k = size - 1; k >= 0; k--) u = (u << 8n) | BigInt(buf[little ? pos + k : pos + size - 1 - k]);
  const r = c === c.toLowerCase() && c !== "p" ? BigInt.asIntN(64, u) : u;
  return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}

// ---- floats ----------------------------------------------------------------------------------

function getDouble(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") structError("required argument is not a float");
  try {
    return asDouble(v);
  } catch (e) {
    if (isPyException(e) && e.type === T.typeErrorType) {
      decref(e);
      structError("required argument is not a float");
    }
    throw e;
  }
}

/** PyFloat_Pack2: IEEE 754 binary16, rounding half to even. */
function packHalf(x: number): number {
  let sign = 0;
  if (x < 0 || (x === 0 && 1 / x < 0)) sign = 1;
  if (Number.isNaN(x)) return 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return (sign << 15) | 0x7c00;
  if (a === 0) return sign << 15;
  // a = m * 2**e with 1 <= m < 2
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  let bits: number;
  if (e < -14) {
    // subnormal: units of 2**-24
    const q = roundHalfEven(a * 2 ** 24);
    bits = q; // q may reach 0x400, which is the smallest normal number: the encoding carries over
  } else {
    const m = a / 2 ** e - 1; // in [0, 1)
    let f = roundHalfEven(m * 1024);
    if (f === 1024) {
      f = 0;
      e++;
    }
    if (e > 15) overflowError("float too large to pack with e format");
    bits = ((e + 15) << 10) | f;
  }
  return (sign << 15) | bits;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** PyFloat_Unpack2 */
function unpackHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  if (e === 0x1f) return f === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * f * 2 ** -24;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

// ---- pack / unpack ---------------------------------------------------------------------------

function packItem(layout: Layout, code: Code, v: PyValue, out: DataView, bytes: Uint8Array, pos: number): void {
  const little = layout.order !== ">";
  switch (code.c) {
    case "c": {
      const b = v instanceof PyBytes || v instanceof PyByteArray ? bufferBytes(v)! : null;
      if (b === null || b.length !== 1) structError("char format requires a bytes object of length 1");
      bytes[pos] = b[0];
      return;
    }
    case "?":
      bytes[pos] = isTrue(v) ? 1 : 0;
      return;
    case "s":
    case "p": {
      const b = v instanceof PyBytes || v instanceof PyByteArray ? bufferBytes(v)! : null;
      if (b === null) structError(`argument for '${code.c}' must be a bytes object`);
      const n = code.size;
      if (code.c === "s") {
        bytes.set(b.subarray(0, Math.min(n, b.length)), pos);
      } else if (n > 0) {
        const m = Math.min(n - 1, b.length);
        bytes.set(b.subarray(0, m), pos + 1);
        bytes[pos] = Math.min(m, 255);
      }
      return;
    }
    case "e": {
      const x = getDouble(v);
      const h = packHalf(x);
      out.setUint16(pos, h, little);
      return;
    }
    case "f": {
      const x = getDouble(v);
      const y = Math.fround(x);
      if (layout.order !== "@" && !Number.isFinite(y) && Number.isFinite(x)) overflowError("float too large to pack with f format");
      out.setFloat32(pos, y, little);
      return;
    }
    case "d":
      out.setFloat64(pos, getDouble(v), little);
      return;
    default:
      packInt(layout, code, v, out, pos);
  }
}

function unpackItem(layout: Layout, c: string, size: number, buf: Uint8Array, view: DataView, pos: number): PyValue {
  const little = layout.order !== ">";
  switch (c) {
    case "c":
      return newBytes(buf.slice(pos, pos + 1));
    case "?":
      return buf[pos] !== 0;
    case "s":
      return newBytes(buf.slice(pos, pos + size));
    case "p": {
      if (size === 0) return newBytes(new Uint8Array(0));
      const n = Math.min(buf[pos], size - 1);
      return newBytes(buf.slice(pos + 1, pos + 1 + n));
    }
    case "e":
      return newFloat(unpackHalf(view.getUint16(pos, little)));
    case "f":
      return newFloat(view.getFloat32(pos, little));
    case "d":
      return newFloat(view.getFloat64(pos, little));
    default:
      return unpackInt(layout, c, size, buf, pos);
  }
}

function packTo(layout: Layout, values: PyValue[], bytes: Uint8Array, base: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let k = 0;
  for (const code of layout.codes) {
    if (code.c === "s" || code.c === "p") {
      packItem(layout, code, values[k++], view, bytes, base + code.offset);
      continue;
    }
    for (let j = 0; j < code.count; j++) packItem(layout, code, values[k++], view, bytes, base + code.offset + j * code.size);
  }
}

function unpackFrom(layout: Layout, buf: Uint8Array, base: number): PyValue {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const items: PyValue[] = [];
  try {
    for (const code of layout.codes) {
      if (code.c === "s" || code.c === "p") {
        items.push(unpackItem(layout, code.c, code.size, buf, view, base + code.offset));
        continue;
      }
      for (let j = 0; j < code.count; j++) items.push(unpackItem(layout, code.c, code.size, buf, view, base + code.offset + j * code.size));
    }
  } catch (e) {
    for (const v of items) decref(v);
    throw e;
  }
  return newTupleOwned(items);
}

// ---- the Struct type -------------------------------------------------------------------------

class PyStruct extends PyObject {
  layout: Layout = { order: "@", orderChar: "@", codes: [], size: 0, nitems: 0 };
  format: PyValue = "";
}

let structType: PyType;
let unpackIterType: PyType;

class UnpackIter extends PyNativeIterator {
  index = 0;
  constructor(type: PyType, public s: PyStruct | null, public buf: Uint8Array, public owner: PyValue) {
    super(type);
  }
  next(): PyValue {
    const s = this.s;
    if (s === null) return STOP;
    if (this.index + s.layout.size > this.buf.length) {
      this.release();
      return STOP;
    }
    const r = unpackFrom(s.layout, this.buf, this.index);
    this.index += s.layout.size;
    return r;
  }
  release(): void {
    const s = this.s;
    const o = this.owner;
    this.s = null;
    this.owner = None;
    if (s !== null) decref(s);
    decref(o);
  }
  override clearRefs(): void {
    this.release();
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (this.s !== null) visit(this.s);
    if (typeof this.owner === "object") visit(this.owner);
  }
}

function st(self: PyValue): PyStruct {
  if (!(self instanceof PyStruct)) typeError(`descriptor requires a '_struct.Struct' object but received a '${typeOf(self).name}'`);
  return self;
}

function readBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyMemoryView) return bufferBytes(v)!;
  const b = bufferBytes(v);
  if (b === null) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function writableBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  if (v instanceof PyMemoryView && !v.readonly && v.stride === 1) {
    const base = v.base();
    return base.subarray(v.offset, v.offset + v.length * v.itemsize);
  }
  if (bufferBytes(v) !== null) typeError(`argument must be read-write bytes-like object, not ${typeOf(v).name}`);
  return typeError(`argument must be read-write bytes-like object, not ${typeOf(v).name}`);
}

function initStruct(s: PyStruct, fmt: PyValue): void {
  let text: string;
  if (typeof fmt === "string") text = fmt;
  else if (fmt instanceof PyBytes) text = String.fromCharCode(...fmt.bytes);
  else typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(fmt).name}`);
  s.layout = parseFormat(text);
  s.format = text;
}

function structPack(s: PyStruct, values: PyValue[], fname: string): PyValue {
  const L = s.layout;
  if (values.length !== L.nitems) structError(`${fname} expected ${L.nitems} items for packing (got ${values.length})`);
  const out = new Uint8Array(L.size);
  packTo(L, values, out, 0);
  return newBytes(out);
}

function structUnpack(s: PyStruct, buffer: PyValue): PyValue {
  const b = readBuffer(buffer);
  if (b.length !== s.layout.size) structError(`unpack requires a buffer of ${s.layout.size} bytes`);
  return unpackFrom(s.layout, b, 0);
}

function offsetArg(v: PyValue | undefined): number {
  if (v === undefined) return 0;
  const n = numberIndex(v);
  if (typeof n === "bigint") overflowError("Python int too large to convert to C ssize_t");
  return n;
}

function structUnpackFrom(s: PyStruct, buffer: PyValue, offsetV: PyValue | undefined): PyValue {
  const b = readBuffer(buffer);
  let offset = offsetArg(offsetV);
  const size = s.layout.size;
  if (offset < 0) {
    if (offset + b.length < 0) structError(`offset ${offset} out of range for ${b.length}-byte buffer`);
    offset += b.length;
  }
  if (b.length - offset < size) {
    structError(`unpack_from requires a buffer of at least ${size + offset} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${b.length})`);
  }
  return unpackFrom(s.layout, b, offset);
}

function structPackInto(s: PyStruct, args: PyValue[]): PyValue {
  const L = s.layout;
  if (args.length !== L.nitems + 2) {
    if (args.length === 0) typeError("pack_into expected buffer argument");
    if (args.length === 1) typeError("pack_into expected offset argument");
    structError(`pack_into expected ${L.nitems} items for packing (got ${args.length - 2})`);
  }
  const b = writableBuffer(args[0]);
  let offset = offsetArg(args[1]);
  if (offset < 0) {
    if (offset + L.size > 0) structError(`no space to pack ${L.size} bytes at offset ${offset}`);
    if (offset + b.length < 0) structError(`offset ${offset} out of range for ${b.length}-byte buffer`);
    offset += b.length;
  }
  if (b.length - offset < L.size) {
    structError(`pack_into requires a buffer of at least ${L.size + offset} bytes for packing ${L.size} bytes at offset ${offset} (actual buffer size is ${b.length})`);
  }
  // pack into a scratch buffer first, so a failing item leaves the target untouched
  const tmp = new Uint8Array(L.size);
  packTo(L, args.slice(2), tmp, 0);
  b.set(tmp, offset);
  return None;
}

function structIterUnpack(s: PyStruct, buffer: PyValue): PyValue {
  const size = s.layout.size;
  if (size === 0) structError("cannot iteratively unpack with a struct of length 0");
  const b = readBuffer(buffer);
  if (b.length % size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  s.rc++;
  return new UnpackIter(unpackIterType, s, b, newref(buffer));
}

function initTypes(): void {
  structType = newNativeType("Struct", "_struct", true, T.objectType, "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings.");
  defNew(structType, (cls, args, kwnames) => {
    const [fmt] = clinicArgs("Struct", args, kwnames, ["format"]);
    cls.rc++;
    const s = new PyStruct(cls);
    try {
      initStruct(s, fmt!);
    } catch (e) {
      decref(s);
      throw e;
    }
    return s;
  });
  defMethod(structType, "__init__", () => None);
  defGetSet(structType, "format", (self) => newref(st(self).format), null, "struct format string");
  defGetSet(structType, "size", (self) => st(self).layout.size, null, "struct size in bytes");
  defMethod(structType, "pack", (self, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("pack() takes no keyword arguments");
    return structPack(st(self), args, "pack");
  }, "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.");
  defMethod(structType, "pack_into", (self, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("pack_into() takes no keyword arguments");
    return structPackInto(st(self), args);
  }, "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.");
  defMethod(structType, "unpack", (self, args, kwnames) => {
    const [buffer] = clinicArgs("unpack", args, kwnames, ["buffer", "/"]);
    return structUnpack(st(self), buffer!);
  }, "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.");
  defMethod(structType, "unpack_from", (self, args, kwnames) => {
    const [buffer, offset] = clinicArgs("unpack_from", args, kwnames, ["buffer", "offset="]);
    return structUnpackFrom(st(self), buffer!, offset);
  }, "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.");
  defMethod(structType, "iter_unpack", (self, args, kwnames) => {
    const [buffer] = clinicArgs("iter_unpack", args, kwnames, ["buffer", "/"]);
    return structIterUnpack(st(self), buffer!);
  }, "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.");
  defMethod(structType, "__sizeof__", (self) => 48 + 32 * st(self).layout.codes.length);

  unpackIterType = newNativeType("unpack_iterator", "_struct", false);
  defIterProtocol(unpackIterType);
  defMethod(unpackIterType, "__length_hint__", (self) => {
    const it = self as UnpackIter;
    if (it.s === null) return 0;
    return Math.floor((it.buf.length - it.index) / it.s.layout.size);
  });
}

export function createStructNativeModule(): PyModule {
  if (structType === undefined) initTypes();
  const m = new PyModule("_struct", "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.");
  const d = m.dict;
  // struct.error: PyErr_NewException("struct.error", NULL, NULL)
  const ns = newDict();
  ns.set("__module__", "struct");
  const bases = newTupleOwned([newref(T.exceptionType)]);
  try {
    errorType = call(T.typeType, ["error", bases, ns], null) as PyType;
  } finally {
    decref(bases);
    decref(ns);
  }
  d.set("error", errorType); // the module's functions keep their own reference
  d.set("Struct", structType);

  // the module-level functions keep the Structs of str formats (a new reference each)
  const cache = new Map<PyValue, PyStruct>();
  const getStruct = (fmt: PyValue): PyStruct => {
    if (typeof fmt === "string") {
      const hit = cache.get(fmt);
      if (hit !== undefined) {
        hit.rc++;
        return hit;
      }
    }
    structType.rc++;
    const s = new PyStruct(structType);
    try {
      initStruct(s, fmt);
    } catch (e) {
      decref(s);
      throw e;
    }
    if (typeof fmt === "string") {
      if (cache.size >= 100) {
        for (const v of cache.values()) decref(v);
        cache.clear();
      }
      s.rc++;
      cache.set(fmt, s);
    }
    return s;
  };
  const withStruct = <R>(fmt: PyValue, f: (s: PyStruct) => R): R => {
    const s = getStruct(fmt);
    try {
      return f(s);
    } finally {
      decref(s);
    }
  };

  defFn(m, "_clearcache", () => {
    for (const v of cache.values()) decref(v);
    cache.clear();
    return None;
  }, "Clear the internal cache.");
  defFn(m, "calcsize", (args, kwnames) => {
    const [fmt] = clinicArgs("calcsize", args, kwnames, ["format", "/"]);
    return withStruct(fmt!, (s) => s.layout.size);
  }, "Return size in bytes of the struct described by the format string.");
  defFn(m, "pack", (args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("pack() takes no keyword arguments");
    if (args.length === 0) typeError("pack expected at least 1 argument, got 0");
    return withStruct(args[0], (s) => structPack(s, args.slice(1), "pack"));
  }, "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.");
  defFn(m, "pack_into", (args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("pack_into() takes no keyword arguments");
    if (args.length === 0) typeError("pack_into expected at least 1 argument, got 0");
    return withStruct(args[0], (s) => structPackInto(s, args.slice(1)));
  }, "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.");
  defFn(m, "unpack", (args, kwnames) => {
    const [fmt, buffer] = clinicArgs("unpack", args, kwnames, ["format", "buffer", "/"]);
    return withStruct(fmt!, (s) => structUnpack(s, buffer!));
  }, "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.");
  defFn(m, "unpack_from", (args, kwnames) => {
    const [fmt, buffer, offset] = clinicArgs("unpack_from", args, kwnames, ["format", "/", "buffer", "offset="]);
    return withStruct(fmt!, (s) => structUnpackFrom(s, buffer!, offset));
  }, "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.");
  defFn(m, "iter_unpack", (args, kwnames) => {
    const [fmt, buffer] = clinicArgs("iter_unpack", args, kwnames, ["format", "buffer", "/"]);
    return withStruct(fmt!, (s) => structIterUnpack(s, buffer!));
  }, "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.");
  return m;
}
