// int and bool (Objects/longobject.c, Objects/boolobject.c). Exact ints are JS numbers (safe
// integers) or bigints (beyond), bools are JS booleans, instances of user subclasses of int are
// PyIntSubclass. Every method accepts all three as `self`; bools behave as 0 and 1 except where
// bool overrides (repr, & | ^ between bools).

import { decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newFloat, newTuple, newTupleOwned } from "../values.js";
import { overflowError, typeError, valueError } from "../errors.js";
import { defClassMethod, defGetSet, defMethod, defNew, parseArgs } from "../define.js";
import { PyIntSubclass, PyStrSubclass } from "./boxed.js";
import { PyBytes } from "./bytes.js";
import { PyFloat } from "./float.js";
import * as I from "../ops/intmath.js";
import { floatPow } from "../ops/floatmath.js";
import { hashInt } from "../ops/hash.js";
import { str as strOp } from "../ops/repr.js";
import { isTrue } from "../ops/compare.js";
import { numberIndex, clinicSsize } from "../ops/index.js";
import { call, callMethod } from "../ops/call.js";
import { getIter, iterNext } from "../ops/iter.js";
import { STOP } from "./iterator.js";
import { formatInt } from "../ops/numformat.js";
import { bytesOf, intFromBytes, intFromString, intOf, numberLong } from "../ops/numconv.js";
import { PyException } from "./exception.js";
import { lookupSpecial } from "../ops/attr.js";

// ---- argument helpers shared by the numeric types -------------------------------------------

/** The one argument of a binary slot wrapper (wrap_binaryfunc): "expected 1 argument, got 2". */
export function oneArg(name: string, args: PyValue[], kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
  return args[0];
}

/** No arguments (wrap_unaryfunc / METH_NOARGS). */
export function noArgs(name: string, args: PyValue[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`expected 0 arguments, got ${args.length}`);
}

/** METH_NOARGS methods: "T.name() takes no arguments (1 given)". */
export function noArgsMethod(qualname: string, args: PyValue[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** The optional third argument of a ternary slot wrapper (wrap_ternaryfunc): __pow__(value, mod=None). */
export function powArgs(name: string, args: PyValue[], kwnames: string[] | null): [PyValue, PyValue] {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length < 1) typeError(` expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) typeError(` expected at most 2 arguments, got ${args.length}`);
  return [args[0], args.length > 1 ? args[1] : None];
}

/** __format__(spec): "int.__format__() takes exactly one argument (0 given)", the spec must be a str. */
export function formatSpecArg(typeName: string, args: PyValue[], kwnames: string[] | null): string {
  if (kwnames !== null && kwnames.length > 0) typeError(`${typeName}.__format__() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${typeName}.__format__() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (typeof s === "string") return s;
  if (s instanceof PyStrSubclass) return s.value;
  return typeError(`__format__() argument must be str, not ${typeOf(s).name}`);
}

function selfInt(v: PyValue): I.Int {
  const i = intOf(v);
  if (i === undefined) typeError(`descriptor requires a 'int' object but received a '${typeOf(v).name}'`);
  return i;
}

// ---- int helpers ----------------------------------------------------------------------------

/** int ** int (long_pow without a modulus): a negative exponent hands over to float_pow. */
export function intPow(a: I.Int, b: I.Int): PyValue {
  if (I.sign(b) < 0) return newFloat(floatPow(I.toFloat(a), I.toFloat(b)));
  return I.powNonNeg(a, b);
}

/** Round half to even of a / b for ints, b > 0 (divmod_near's quotient). */
function roundDivHalfEven(a: bigint, b: bigint): bigint {
  let q = a / b;
  let r = a - q * b;
  if (r < 0n) {
    q -= 1n;
    r += b;
  }
  const twice = r * 2n;
  if (twice > b || (twice === b && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** int.__round__(ndigits) for ndigits < 0: the nearest multiple of 10**-ndigits, ties to even. */
export function intRound(v: I.Int, ndigits: I.Int): I.Int {
  if (I.sign(ndigits) >= 0) return v;
  const n = I.neg(ndigits);
  // 10**n exceeds 2*|v| when n is large: the result is 0.
  if (typeof n === "bigint" || n > I.bitLength(v) * 0.302 + 2) return 0;
  const p = 10n ** BigInt(n);
  return I.norm(roundDivHalfEven(I.big(v), p) * p);
}

/** long_to_bytes */
export function intToBytes(v: I.Int, length: number, little: boolean, signed: boolean): Uint8Array {
  let x = I.big(v);
  if (x < 0n && !signed) overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = 1n << (bits - 1n);
    if (length === 0 ? x !== 0n : x < -lim || x >= lim) overflowError("int too big to convert");
    if (x < 0n) x += 1n << bits;
  } else if (length === 0 ? x !== 0n : x >> bits !== 0n) overflowError("int too big to convert");
  const out = new Uint8Array(length);
  if (typeof v === "number" && length <= 6 && v >= 0) {
    let n = v;
    for (let i = 0; i < length; i++) {
      out[little ? i : length - 1 - i] = n % 256;
      n = Math.floor(n / 256);
    }
    return out;
  }
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** int.from_bytes's value. */
export function intFromByteArray(b: Uint8Array, little: boolean, signed: boolean): I.Int {
  const n = b.length;
  if (n === 0) return 0;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + b[little ? n - 1 - i : i];
    if (signed && b[little ? n - 1 : 0] >= 0x80) v -= 2 ** (8 * n);
    return v;
  }
  let hex = "";
  for (let i = 0; i < n; i++) {
    const byte = b[little ? n - 1 - i : i];
    hex += (byte < 16 ? "0" : "") + byte.toString(16);
  }
  let x = BigInt("0x" + hex);
  if (signed && b[little ? n - 1 : 0] >= 0x80) x -= 1n << BigInt(8 * n);
  return I.norm(x);
}

/** PyObject_Bytes for int.from_bytes: bytes, bytearray, __bytes__, or an iterable of ints. */
function bytesArgument(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b !== null) return b;
  if (typeof v === "object") {
    const f = lookupSpecial(v, "__bytes__");
    if (f !== undefined) {
      const r = call(f, [], null);
      decref(f);
      const rb = bytesOf(r);
      if (!(r instanceof PyBytes) || rb === null) {
        const name = typeOf(r).name;
        decref(r);
        typeError(`__bytes__ returned non-bytes (type ${name})`);
      }
      const copy = rb.slice();
      decref(r);
      return copy;
    }
  }
  if (typeof v === "string" || v instanceof PyStrSubclass) typeError(`cannot convert '${typeOf(v).name}' object to bytes`);
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyException && e.type === T.typeErrorType) {
      decref(e);
      typeError(`cannot convert '${typeOf(v).name}' object to bytes`);
    }
    throw e;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === STOP) break;
      try {
        const x = numberIndex(item);
        if (typeof x !== "number" || x < 0 || x > 255) valueError("bytes must be in range(0, 256)");
        out.push(x);
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

function byteorderArg(fname: string, v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  const s = typeof v === "string" ? v : v instanceof PyStrSubclass ? v.value : typeError(`${fname}() argument 'byteorder' must be str, not ${typeOf(v).name}`);
  if (s === "little") return true;
  if (s === "big") return false;
  return valueError("byteorder must be either 'little' or 'big'");
}

/** int(...) for a subclass: a PyIntSubclass instance of `cls` (long_subtype_new). */
export function newIntSubclass(cls: PyType, value: I.Int): PyIntSubclass {
  const o = new PyIntSubclass(cls, value);
  cls.rc++;
  if (cls.slotNames !== null && cls.slotNames.length > 0) o.slots = new Array(cls.slotNames.length).fill(undefined);
  return o;
}

/** long_new_impl(int, x, base) */
function intNewValue(args: PyValue[], kwnames: string[] | null): I.Int {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) typeError(`int() takes at most 2 arguments (${npos} given)`);
  let x: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let base: PyValue | undefined = npos > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name === "base" && npos < 2) base = args[npos + k];
    else if (name === "base") typeError("argument for int() given by name ('base') and position (2)");
    else typeError(`'${name}' is an invalid keyword argument for int()`);
  }
  if (x === undefined) {
    if (base !== undefined) typeError("int() missing string argument");
    return 0;
  }
  if (base === undefined) return numberLong(x);
  const bi = numberIndex(base);
  const b = typeof bi === "bigint" ? (bi < 0n ? -1 : 99) : bi;
  if ((b !== 0 && b < 2) || b > 36) valueError("int() base must be >= 2 and <= 36, or 0");
  if (typeof x === "string") return intFromString(x, b, x);
  if (x instanceof PyStrSubclass) return intFromString(x.value, b, x);
  const bytes = bytesOf(x);
  if (bytes !== null) return intFromBytes(bytes, b);
  return typeError("int() can't convert non-string with explicit base");
}

/** The int value an int method returns for `self`, as an exact int. */
function exact(self: PyValue): I.Int {
  return selfInt(self);
}

function popcount(v: I.Int): number {
  let x = I.big(I.abs(v));
  let n = 0;
  if (typeof v === "number") {
    let a = Math.abs(v);
    while (a > 0) {
      const lo = a % 4294967296;
      let w = lo >>> 0;
      w = w - ((w >>> 1) & 0x55555555);
      w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
      n += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
      a = Math.floor(a / 4294967296);
    }
    return n;
  }
  const s = x.toString(2);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x31) n++;
  x = 0n;
  return n;
}

type IntBin = (a: I.Int, b: I.Int) => PyValue;

function defBinary(name: string, rname: string, fn: IntBin): void {
  defMethod(T.intType, name, (self, args, kw) => {
    const b = intOf(oneArg(name, args, kw));
    if (b === undefined) return NotImplemented;
    return fn(selfInt(self), b);
  });
  defMethod(T.intType, rname, (self, args, kw) => {
    const a = intOf(oneArg(rname, args, kw));
    if (a === undefined) return NotImplemented;
    return fn(a, selfInt(self));
  });
}

function divmodTuple(a: I.Int, b: I.Int): PyValue {
  const [q, r] = I.divmod(a, b);
  return newTupleOwned([q, r]);
}

/** long_pow(a, b, mod) */
function intPowMod(a: I.Int, b: I.Int, m: PyValue): PyValue {
  if (m === None) return intPow(a, b);
  const mi = intOf(m);
  if (mi === undefined) return NotImplemented;
  return I.powMod(a, b, mi);
}

function cmp(name: string, test: (c: number) => boolean): void {
  defMethod(T.intType, name, (self, args, kw) => {
    const b = intOf(oneArg(name, args, kw));
    if (b === undefined) return NotImplemented;
    return test(I.compare(selfInt(self), b));
  });
}

export function initIntTypes(): void {
  const N = T.intType;
  N.ns.set(
    "__doc__",
    "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
  );

  defNew(N, (cls, args, kwnames) => {
    if (cls !== N && cls.isSubtypeOf(T.boolType)) typeError(`int.__new__(${cls.name}) is not safe, use bool.__new__()`);
    const v = intNewValue(args, kwnames);
    if (cls === N) return v;
    return newIntSubclass(cls, v);
  });

  defBinary("__add__", "__radd__", I.add);
  defBinary("__sub__", "__rsub__", I.sub);
  defBinary("__mul__", "__rmul__", I.mul);
  defBinary("__truediv__", "__rtruediv__", (a, b) => newFloat(I.truediv(a, b)));
  defBinary("__floordiv__", "__rfloordiv__", I.floordiv);
  defBinary("__mod__", "__rmod__", I.mod);
  defBinary("__divmod__", "__rdivmod__", divmodTuple);
  defBinary("__lshift__", "__rlshift__", I.lshift);
  defBinary("__rshift__", "__rrshift__", I.rshift);
  defBinary("__and__", "__rand__", I.and);
  defBinary("__or__", "__ror__", I.or);
  defBinary("__xor__", "__rxor__", I.xor);

  defMethod(N, "__pow__", (self, args, kw) => {
    const [o, m] = powArgs("__pow__", args, kw);
    const b = intOf(o);
    if (b === undefined) return NotImplemented;
    return intPowMod(selfInt(self), b, m);
  });
  defMethod(N, "__rpow__", (self, args, kw) => {
    const [o, m] = powArgs("__rpow__", args, kw);
    const a = intOf(o);
    if (a === undefined) return NotImplemented;
    return intPowMod(a, selfInt(self), m);
  });

  cmp("__lt__", (c) => c < 0);
  cmp("__le__", (c) => c <= 0);
  cmp("__eq__", (c) => c === 0);
  cmp("__ne__", (c) => c !== 0);
  cmp("__gt__", (c) => c > 0);
  cmp("__ge__", (c) => c >= 0);

  const unary = (name: string, fn: (a: I.Int) => PyValue): void => {
    defMethod(N, name, (self, args, kw) => {
      noArgs(name, args, kw);
      return fn(selfInt(self));
    });
  };
  unary("__neg__", I.neg);
  unary("__pos__", (a) => a);
  unary("__abs__", I.abs);
  unary("__invert__", I.invert);
  unary("__bool__", (a) => !I.isZero(a));
  unary("__int__", (a) => a);
  unary("__index__", (a) => a);
  unary("__float__", (a) => newFloat(I.toFloat(a)));
  unary("__hash__", hashInt);
  unary("__repr__", I.toDecimalString);

  const exactMethod = (name: string): void => {
    defMethod(N, name, (self, args, kw) => {
      noArgsMethod(`int.${name}`, args, kw);
      return exact(self);
    });
  };
  exactMethod("__trunc__");
  exactMethod("__floor__");
  exactMethod("__ceil__");
  exactMethod("conjugate");

  defMethod(N, "__round__", (self, args, kw) => {
    if (kw !== null && kw.length > 0) typeError("int.__round__() takes no keyword arguments");
    if (args.length > 1) typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    const v = selfInt(self);
    if (args.length === 0) return v;
    return intRound(v, numberIndex(args[0]));
  });

  defMethod(N, "__format__", (self, args, kw) => {
    const spec = formatSpecArg("int", args, kw);
    if (spec === "") {
      if (typeof self === "number" || typeof self === "bigint") return I.toDecimalString(self);
      return strOp(self);
    }
    return formatInt(selfInt(self), spec);
  });

  defMethod(N, "__sizeof__", (self, args, kw) => {
    noArgsMethod("int.__sizeof__", args, kw);
    const bits = I.bitLength(selfInt(self));
    return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
  });
  defMethod(N, "__getnewargs__", (self, args, kw) => {
    noArgsMethod("int.__getnewargs__", args, kw);
    return newTuple([exact(self)]);
  });
  defMethod(N, "bit_length", (self, args, kw) => {
    noArgsMethod("int.bit_length", args, kw);
    return I.bitLength(selfInt(self));
  });
  defMethod(N, "bit_count", (self, args, kw) => {
    noArgsMethod("int.bit_count", args, kw);
    return popcount(selfInt(self));
  });
  defMethod(N, "as_integer_ratio", (self, args, kw) => {
    noArgsMethod("int.as_integer_ratio", args, kw);
    return newTuple([exact(self), 1]);
  });
  defMethod(N, "to_bytes", (self, args, kw) => {
    const [length, byteorder, signed] = parseArgs("to_bytes", args, kw, ["length=", "byteorder=", "*", "signed="]);
    const n = length === undefined ? 1 : clinicSsize(length);
    const little = byteorderArg("to_bytes", byteorder);
    if (n < 0) valueError("length argument must be non-negative");
    const sg = signed === undefined ? false : isTrue(signed);
    return new PyBytes(T.bytesType, intToBytes(selfInt(self), n, little, sg));
  });
  defClassMethod(N, "from_bytes", (cls, args, kw) => {
    const [bytes, byteorder, signed] = parseArgs("from_bytes", args, kw, ["bytes", "byteorder=", "*", "signed="]);
    const little = byteorderArg("from_bytes", byteorder);
    const sg = signed === undefined ? false : isTrue(signed);
    const v = intFromByteArray(bytesArgument(bytes!), little, sg);
    if (cls === N) return v;
    return call(cls, [v], null);
  });

  defGetSet(N, "real", (self) => exact(self), null, "the real part of a complex number");
  defGetSet(N, "imag", () => 0, null, "the imaginary part of a complex number");
  defGetSet(N, "numerator", (self) => exact(self), null, "the numerator of a rational number in lowest terms");
  defGetSet(N, "denominator", () => 1, null, "the denominator of a rational number in lowest terms");

  initBoolType();
  void callMethod;
  void PyFloat;
}

function initBoolType(): void {
  const B = T.boolType;
  B.ns.set(
    "__doc__",
    "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
  );
  defNew(B, (_cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("bool() takes no keyword arguments");
    if (args.length > 1) typeError(`bool expected at most 1 argument, got ${args.length}`);
    return args.length === 0 ? false : isTrue(args[0]);
  });
  defMethod(B, "__repr__", (self, args, kw) => {
    noArgs("__repr__", args, kw);
    return isTrue(self) ? "True" : "False";
  });
  const logical = (name: string, fn: (a: boolean, b: boolean) => boolean, intFn: (a: I.Int, b: I.Int) => I.Int): void => {
    defMethod(B, name, (self, args, kw) => {
      const o = oneArg(name, args, kw);
      if (typeof self === "boolean" && typeof o === "boolean") return fn(self, o);
      const a = intOf(self);
      const b = intOf(o);
      if (a === undefined || b === undefined) return NotImplemented;
      return intFn(a, b);
    });
  };
  logical("__and__", (a, b) => a && b, I.and);
  logical("__rand__", (a, b) => a && b, I.and);
  logical("__or__", (a, b) => a || b, I.or);
  logical("__ror__", (a, b) => a || b, I.or);
  logical("__xor__", (a, b) => a !== b, I.xor);
  logical("__rxor__", (a, b) => a !== b, I.xor);
}
