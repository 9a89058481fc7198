// float (Objects/floatobject.c): a boxed double (PyFloat). Subclass instances are PyFloats
// whose `type` is the subclass.

import { decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newFloat, newComplex, newTupleOwned } from "../values.js";
import { overflowError, typeError, valueError, zeroDivisionError } from "../errors.js";
import { defClassMethod, defGetSet, defMethod, defNew } from "../define.js";
import { PyFloat } from "./float.js";
import { PyStrSubclass } from "./boxed.js";
import * as I from "../ops/intmath.js";
import { floatDivmod, floatFloorDiv, floatMod, floatPow, floatToIntValue, frexp, ldexp } from "../ops/floatmath.js";
import { complexPowValues } from "../ops/complexmath.js";
import { hashFloat } from "../ops/hash.js";
import { str as strOp } from "../ops/repr.js";
import { floatRepr } from "../../shared/repr.js";
import { numberIndex } from "../ops/index.js";
import { call } from "../ops/call.js";
import { formatFloat } from "../ops/numformat.js";
import { modulusPowSlots } from "../ops/number.js";
import { roundDouble } from "../ops/floatfmt.js";
import { floatFromString, intOf, numberFloat, toDoubleOperand } from "../ops/numconv.js";
import { formatSpecArg, noArgs, noArgsMethod, oneArg, powArgs } from "./int-type.js";

function selfFloat(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  return typeError(`descriptor requires a 'float' object but received a '${typeOf(v).name}'`);
}

/** float(...) for a subclass: a PyFloat whose type is `cls` (float_subtype_new). */
export function newFloatOfType(cls: PyType, x: number): PyFloat {
  if (cls === T.floatType) return newFloat(x);
  const o = new PyFloat(cls, x);
  cls.rc++;
  return o;
}

/** float ** float (float_pow), complex for a finite negative base and a non-integral exponent. */
export function floatPowObject(x: number, y: number): PyValue {
  if (x < 0 && x !== -Infinity && Number.isFinite(y) && y !== Math.floor(y)) {
    const [re, im] = complexPowValues(x, 0, y, 0);
    return newComplex(re, im);
  }
  return newFloat(floatPow(x, y));
}

/** Compares a double with an int exactly (float_richcompare): -1, 0, 1, or NaN when unordered. */
export function compareFloatInt(f: number, i: I.Int): number {
  if (f !== f) return NaN;
  if (typeof i === "number") return f < i ? -1 : f > i ? 1 : 0;
  if (!Number.isFinite(f)) return f > 0 ? 1 : -1;
  const fi = Math.trunc(f);
  const c = I.compare(BigInt(fi), i);
  if (c !== 0) return c;
  const frac = f - fi;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

/** round(x) with no ndigits: round half to even, as an int. */
export function roundHalfEven(x: number): number {
  let r = Math.round(x); // rounds half up
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return r;
}

/** float.__round__(ndigits) (float___round___impl). */
export function floatRound(x: number, nd: PyValue | undefined): PyValue {
  if (nd === undefined || nd === None) {
    return floatToIntValue(roundHalfEven(x));
  }
  const ni = numberIndex(nd);
  // PyNumber_AsSsize_t(..., NULL) clips to the Py_ssize_t range
  const n = typeof ni === "bigint" ? (ni < 0n ? -Infinity : Infinity) : ni;
  if (!Number.isFinite(x)) return newFloat(x);
  if (n > 323) return newFloat(x);
  if (n < -308) return newFloat(0.0 * x);
  const r = roundDouble(x, n);
  if (r === null) overflowError("rounded value too large to represent");
  return newFloat(r);
}

// ---- hex / fromhex --------------------------------------------------------------------------

const HEX = "0123456789abcdef";

/** float.hex() (float_hex): 13 hex digits after the point, subnormals with a leading 0. */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  let [m, e] = frexp(Math.abs(x));
  const shift = 1 - Math.max(-1021 - e, 0);
  m = ldexp(m, shift);
  e -= shift;
  let s = HEX[Math.trunc(m)] + ".";
  m -= Math.trunc(m);
  for (let i = 0; i < 13; i++) {
    m *= 16;
    const d = Math.trunc(m);
    s += HEX[d];
    m -= d;
  }
  const esign = e < 0 ? "-" : "+";
  return (x < 0 ? "-0x" : "0x") + s + "p" + esign + Math.abs(e);
}

function fromhexInvalid(): never {
  return valueError("invalid hexadecimal floating-point string");
}

/** float.fromhex(s)'s value (float_fromhex). */
export function floatFromHex(text: string): number {
  let s = text;
  let i = 0;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /^[ \t\n\r\f\v]$/.test(c);
  while (isSpace(s[i])) i++;
  let end = s.length;
  while (end > i && isSpace(s[end - 1])) end--;
  s = s.slice(i, end);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    if (special[2].toLowerCase() === "nan") return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(s);
  if (m === null) fromhexInvalid();
  const intPart = m[2];
  const fracPart = m[3] ?? "";
  if (intPart.length + fracPart.length === 0) fromhexInvalid();
  const neg = m[1] === "-";
  const digits = (intPart + fracPart).replace(/^0+/, "");
  if (digits === "") return neg ? -0 : 0;
  // value = M * 2**E
  let expText = m[4] ?? "0";
  let E: number;
  if (expText.replace(/^[+-]?0*/, "").length > 12) {
    E = expText[0] === "-" ? -Infinity : Infinity;
  } else E = Number(expText);
  E -= 4 * fracPart.length;
  const M = BigInt("0x" + digits);
  const L = M.toString(2).length;
  const top = L + E; // 2**(top-1) <= value < 2**top
  if (top > 1024) overflowError("hexadecimal value too large to represent as a float");
  if (top < -1074 - 1) return neg ? -0 : 0;
  const lsb = Math.max(top - 53, -1074); // exponent of the last kept bit
  const shift = lsb - E;
  let q: bigint;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = M >> sh;
    const rem = M - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = M << BigInt(-shift);
  }
  let v = Number(q); // exact: q <= 2**53
  if (lsb < -1000) {
    v = v * 2 ** (lsb + 1000);
    v = v * 2 ** -1000;
  } else if (lsb > 900) {
    v = v * 2 ** 900;
    v = v * 2 ** (lsb - 900);
  } else v = v * 2 ** lsb;
  if (!Number.isFinite(v)) overflowError("hexadecimal value too large to represent as a float");
  return neg ? -v : v;
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [I.Int, I.Int] {
  if (x !== x) valueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) overflowError("cannot convert Infinity to integer ratio");
  if (Number.isInteger(x)) return [floatToIntValue(x), 1];
  // x = mant * 2**exp with mant odd
  let m = Math.abs(x);
  let exp = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    exp++;
  }
  const num = x < 0 ? -m : m;
  const den = exp <= 52 ? 2 ** exp : I.norm(1n << BigInt(exp));
  return [Number.isSafeInteger(num) ? num : I.norm(BigInt(num)), den];
}

type FloatBin = (a: number, b: number) => PyValue;

function defBinary(name: string, rname: string, fn: FloatBin): void {
  defMethod(T.floatType, name, (self, args, kw) => {
    const b = toDoubleOperand(oneArg(name, args, kw));
    if (b === undefined) return NotImplemented;
    return fn(selfFloat(self), b);
  });
  defMethod(T.floatType, rname, (self, args, kw) => {
    const a = toDoubleOperand(oneArg(rname, args, kw));
    if (a === undefined) return NotImplemented;
    return fn(a, selfFloat(self));
  });
}

function floatCmp(name: string, test: (c: number) => boolean): void {
  defMethod(T.floatType, name, (self, args, kw) => {
    const o = oneArg(name, args, kw);
    const f = selfFloat(self);
    if (o instanceof PyFloat) {
      const g = o.value;
      if (f !== f || g !== g) return name === "__ne__";
      return test(f < g ? -1 : f > g ? 1 : 0);
    }
    const i = intOf(o);
    if (i === undefined) return NotImplemented;
    const c = compareFloatInt(f, i);
    if (c !== c) return name === "__ne__";
    return test(c);
  });
}

function floatToInt(x: number): I.Int {
  return floatToIntValue(x);
}

export function initFloatType(): void {
  const F = T.floatType;
  F.ns.set("__doc__", "Convert a string or number to a floating point number, if possible.");

  defNew(F, (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("float() takes no keyword arguments");
    if (args.length > 1) typeError(`float expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return newFloatOfType(cls, 0.0);
    const x = args[0];
    if (cls === F && typeof x === "object" && x.type === F) {
      x.rc++;
      return x;
    }
    const v = typeof x === "string" ? floatFromString(x, x) : numberFloat(x);
    return newFloatOfType(cls, v);
  });

  defBinary("__add__", "__radd__", (a, b) => newFloat(a + b));
  defBinary("__sub__", "__rsub__", (a, b) => newFloat(a - b));
  defBinary("__mul__", "__rmul__", (a, b) => newFloat(a * b));
  defBinary("__truediv__", "__rtruediv__", (a, b) => {
    if (b === 0) zeroDivisionError("float division by zero");
    return newFloat(a / b);
  });
  defBinary("__floordiv__", "__rfloordiv__", (a, b) => newFloat(floatFloorDiv(a, b)));
  defBinary("__mod__", "__rmod__", (a, b) => newFloat(floatMod(a, b)));
  defBinary("__divmod__", "__rdivmod__", (a, b) => {
    const [q, r] = floatDivmod(a, b);
    return newTupleOwned([newFloat(q), newFloat(r)]);
  });
  const powDescr = defMethod(F, "__pow__", (self, args, kw) => {
    const [o, m] = powArgs("__pow__", args, kw);
    const b = toDoubleOperand(o);
    if (b === undefined) return NotImplemented;
    if (m !== None) typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return floatPowObject(selfFloat(self), b);
  });
  defMethod(F, "__rpow__", (self, args, kw) => {
    const [o, m] = powArgs("__rpow__", args, kw);
    const a = toDoubleOperand(o);
    if (a === undefined) return NotImplemented;
    if (m !== None) typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return floatPowObject(a, selfFloat(self));
  });

  // float_pow reached through the modulus of pow(a, b, float)
  modulusPowSlots.set(powDescr, (a, b) => {
    if (toDoubleOperand(a) === undefined || toDoubleOperand(b) === undefined) return NotImplemented;
    return typeError("pow() 3rd argument not allowed unless all arguments are integers");
  });

  floatCmp("__lt__", (c) => c < 0);
  floatCmp("__le__", (c) => c <= 0);
  floatCmp("__eq__", (c) => c === 0);
  floatCmp("__ne__", (c) => c !== 0);
  floatCmp("__gt__", (c) => c > 0);
  floatCmp("__ge__", (c) => c >= 0);

  const unary = (name: string, fn: (x: number, self: PyValue) => PyValue): void => {
    defMethod(F, name, (self, args, kw) => {
      noArgs(name, args, kw);
      return fn(selfFloat(self), self);
    });
  };
  unary("__neg__", (x) => newFloat(-x));
  unary("__pos__", (x, self) => {
    if ((self as PyFloat).type === F) {
      (self as PyFloat).rc++;
      return self;
    }
    return newFloat(x);
  });
  unary("__abs__", (x) => newFloat(Math.abs(x)));
  unary("__bool__", (x) => x !== 0);
  unary("__float__", (x, self) => {
    if ((self as PyFloat).type === F) {
      (self as PyFloat).rc++;
      return self;
    }
    return newFloat(x);
  });
  unary("__int__", floatToInt);
  unary("__hash__", (x, self) => hashFloat(x, self as PyFloat));
  unary("__repr__", (x) => floatRepr(x));

  const method0 = (name: string, fn: (x: number, self: PyValue) => PyValue): void => {
    defMethod(F, name, (self, args, kw) => {
      noArgsMethod(`float.${name}`, args, kw);
      return fn(selfFloat(self), self);
    });
  };
  method0("__trunc__", floatToInt);
  method0("__floor__", (x) => floatToIntValue(Math.floor(x)));
  method0("__ceil__", (x) => floatToIntValue(Math.ceil(x)));
  method0("is_integer", (x) => Number.isFinite(x) && Math.floor(x) === x);
  method0("conjugate", (x, self) => {
    if ((self as PyFloat).type === F) {
      (self as PyFloat).rc++;
      return self;
    }
    return newFloat(x);
  });
  method0("hex", (x) => floatHex(x));
  method0("as_integer_ratio", (x) => newTupleOwned(floatAsIntegerRatio(x)));
  method0("__getnewargs__", (x) => newTupleOwned([newFloat(x)]));

  defMethod(F, "__round__", (self, args, kw) => {
    if (kw !== null && kw.length > 0) typeError("float.__round__() takes no keyword arguments");
    if (args.length > 1) typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    return floatRound(selfFloat(self), args[0]);
  });

  defMethod(F, "__format__", (self, args, kw) => {
    const spec = formatSpecArg("float", args, kw);
    const x = selfFloat(self);
    if (spec === "") return (self as PyFloat).type === F ? floatRepr(x) : strOp(self);
    return formatFloat(x, spec);
  });

  defClassMethod(F, "fromhex", (cls, args, kw) => {
    if (kw !== null && kw.length > 0) typeError("float.fromhex() takes no keyword arguments");
    if (args.length !== 1) typeError(`float.fromhex() takes exactly one argument (${args.length} given)`);
    const s = args[0];
    const text = typeof s === "string" ? s : s instanceof PyStrSubclass ? s.value : typeError("bad argument type for built-in operation");
    const v = floatFromHex(text);
    if (cls === F) return newFloat(v);
    const f = newFloat(v);
    try {
      return call(cls, [f], null);
    } finally {
      decref(f);
    }
  });

  defClassMethod(F, "__getformat__", (_cls, args, kw) => {
    if (kw !== null && kw.length > 0) typeError("float.__getformat__() takes no keyword arguments");
    if (args.length !== 1) typeError(`float.__getformat__() takes exactly one argument (${args.length} given)`);
    const s = args[0];
    const text = typeof s === "string" ? s : s instanceof PyStrSubclass ? s.value : typeError(`__getformat__() argument must be str, not ${typeOf(s).name}`);
    if (text !== "double" && text !== "float") valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return "IEEE, little-endian";
  });

  defGetSet(F, "real", (self) => {
    const x = selfFloat(self);
    if ((self as PyFloat).type === F) {
      (self as PyFloat).rc++;
      return self;
    }
    return newFloat(x);
  }, null, "the real part of a complex number");
  defGetSet(F, "imag", () => newFloat(0.0), null, "the imaginary part of a complex number");
}
