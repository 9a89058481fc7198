// Conversions between Python values and numbers: int(x) (Objects/abstract.c PyNumber_Long),
// float(x) (PyNumber_Float, PyFloat_AsDouble), and the small accessors the numeric types share.

import { decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyFloat } from "../types/float.js";
import { PyIntSubclass, PyStrSubclass } from "../types/boxed.js";
import { PyBytes, PyByteArray } from "../types/bytes.js";
import { bufferBytes } from "../types/bytes-type.js";
import { typeError, valueError } from "../errors.js";
import { warn } from "../hooks.js";
import { callSpecialFound } from "./special.js";
import { isIndex, numberIndex } from "./index.js";
import { repr } from "./repr.js";
import * as I from "./intmath.js";
import { floatToIntValue } from "./floatmath.js";
import { parseFloatString, parseIntLiteral, toAsciiDecimal, parseFloatAscii, stripAsciiSpace, removeUnderscores } from "./numparse.js";

/** The int value of an int-like value (int, bool, int subclass instance), or undefined. */
export function intOf(v: PyValue): I.Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return undefined;
  }
  if (v instanceof PyIntSubclass) return v.value;
  return undefined;
}

/** The double of a float or float subclass instance, or undefined. */
export function floatValueOf(v: PyValue): number | undefined {
  return v instanceof PyFloat ? v.value : undefined;
}

/**
 * CONVERT_TO_DOUBLE of floatobject.c: a float, or an int converted (OverflowError when too
 * large); undefined for any other type (the operator returns NotImplemented).
 */
export function toDoubleOperand(v: PyValue): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.value;
  const i = intOf(v);
  if (i === undefined) return undefined;
  return I.toFloat(i);
}

/** %.200R: repr truncated to 200 code points. */
export function reprTrunc(v: PyValue, n = 200): string {
  const r = repr(v);
  if (r.length <= n) return r;
  const cps = Array.from(r);
  return cps.length <= n ? r : cps.slice(0, n).join("");
}

function latin1(b: Uint8Array, n = b.length): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** The bytes of a bytes or bytearray object, or null. */
export function bytesOf(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  return null;
}

/** int(text, base) for a str (PyLong_FromUnicodeObject): `obj` is the object named in the error. */
export function intFromString(text: string, base: number, obj: PyValue): I.Int {
  const r = parseIntLiteral(toAsciiDecimal(text), base);
  if (r === null) valueError(`invalid literal for int() with base ${base}: ${reprTrunc(obj)}`);
  return r;
}

/** int(bytes, base) (_PyLong_FromBytes). */
export function intFromBytes(b: Uint8Array, base: number): I.Int {
  const r = parseIntLiteral(latin1(b), base);
  if (r === null) {
    const shown = new PyBytes(T.bytesType, b.slice(0, Math.min(b.length, 200)));
    try {
      valueError(`invalid literal for int() with base ${base}: ${reprTrunc(shown)}`);
    } finally {
      decref(shown);
    }
  }
  return r;
}

/** The value of an int subclass instance returned where an int was expected, with 3.11's DeprecationWarning. */
function deprecatedIntSubclass(r: PyIntSubclass, what: string): I.Int {
  const value = r.value;
  const name = r.type.name;
  decref(r);
  warn(T.deprecationWarningType, `${what} returned non-int (type ${name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  return value;
}

/** PyNumber_Long: int(x) with one argument. */
export function numberLong(v: PyValue): I.Int {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return intFromString(v, 10, v);
  }
  const t = v.type;
  if (t === T.floatType) return floatToIntValue((v as PyFloat).value);
  const fint = t.lookup("__int__");
  if (fint !== undefined) {
    if (v instanceof PyIntSubclass && fint === T.intType.ns.get("__int__")) return v.value;
    const r = callSpecialFound(fint, v);
    switch (typeof r) {
      case "number":
      case "bigint":
        return r;
      case "boolean":
        return deprecatedBool(r, "__int__");
    }
    if (r instanceof PyIntSubclass) return deprecatedIntSubclass(r, "__int__");
    const name = typeOf(r).name;
    decref(r);
    typeError(`__int__ returned non-int (type ${name})`);
  }
  if (t.lookup("__index__") !== undefined) return numberIndex(v);
  const ftrunc = t.lookup("__trunc__");
  if (ftrunc !== undefined) {
    warn(T.deprecationWarningType, "The delegation of int() to __trunc__ is deprecated.");
    const r = callSpecialFound(ftrunc, v);
    switch (typeof r) {
      case "number":
      case "bigint":
        return r;
      case "boolean":
        return r ? 1 : 0;
    }
    if (r instanceof PyIntSubclass) {
      const value = r.value;
      decref(r);
      return value;
    }
    try {
      if (!isIndex(r)) typeError(`__trunc__ returned non-Integral (type ${typeOf(r).name})`);
      return numberIndex(r);
    } finally {
      decref(r);
    }
  }
  if (v instanceof PyStrSubclass) return intFromString(v.value, 10, v);
  const b = bufferBytes(v);
  if (b !== null) return intFromBytes(b, 10);
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

function deprecatedBool(r: boolean, what: string): I.Int {
  warn(T.deprecationWarningType, `${what} returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  return r ? 1 : 0;
}

/** float(str) with the error naming `obj`. */
export function floatFromString(text: string, obj: PyValue): number {
  const r = parseFloatString(text);
  if (r === null) valueError(`could not convert string to float: ${repr(obj)}`);
  return r;
}

function floatFromBytes(b: Uint8Array, obj: PyValue): number {
  const s = stripAsciiSpace(latin1(b));
  const t = removeUnderscores(s);
  const r = t === null ? null : parseFloatAscii(t);
  if (r === null) valueError(`could not convert string to float: ${repr(obj)}`);
  return r;
}

/** PyNumber_Float's value: float(x) with one argument (x not a str: see floatFromString). */
export function numberFloat(v: PyValue): number {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return I.toFloat(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return floatFromString(v, v);
  }
  const t = v.type;
  if (t === T.floatType) return (v as PyFloat).value;
  const ff = t.lookup("__float__");
  if (ff !== undefined) {
    if (v instanceof PyFloat && ff === T.floatType.ns.get("__float__")) return v.value;
    if (v instanceof PyIntSubclass && ff === T.intType.ns.get("__float__")) return I.toFloat(v.value);
    const r = callSpecialFound(ff, v);
    if (r instanceof PyFloat) {
      const x = r.value;
      if (r.type !== T.floatType) {
        const rname = r.type.name;
        decref(r);
        warn(T.deprecationWarningType, `${t.name}.__float__ returned non-float (type ${rname}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
        return x;
      }
      decref(r);
      return x;
    }
    const name = typeOf(r).name;
    decref(r);
    typeError(`${t.name}.__float__ returned non-float (type ${name})`);
  }
  if (t.lookup("__index__") !== undefined) return I.toFloat(numberIndex(v));
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyStrSubclass) return floatFromString(v.value, v);
  const b = bufferBytes(v);
  if (b !== null) return floatFromBytes(b, v);
  return typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

/**
 * PyFloat_AsDouble: a float's value, via __float__ or __index__, for arguments that must be
 * real numbers (math functions, '%f'). "must be real number, not str".
 */
export function asDouble(v: PyValue): number {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return I.toFloat(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (typeof v === "object" && v.type === T.floatType) return (v as PyFloat).value;
  const t = typeOf(v);
  const ff = typeof v === "string" ? undefined : t.lookup("__float__");
  if (ff === undefined) {
    if (typeof v !== "string" && t.lookup("__index__") !== undefined) return I.toFloat(numberIndex(v));
    return typeError(`must be real number, not ${t.name}`);
  }
  if (v instanceof PyFloat && ff === T.floatType.ns.get("__float__")) return v.value;
  if (v instanceof PyIntSubclass && ff === T.intType.ns.get("__float__")) return I.toFloat(v.value);
  const r = callSpecialFound(ff, v);
  if (r instanceof PyFloat) {
    const x = r.value;
    if (r.type !== T.floatType) {
      const rname = r.type.name;
      decref(r);
      warn(T.deprecationWarningType, `${t.name}.__float__ returned non-float (type ${rname}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
      return x;
    }
    decref(r);
    return x;
  }
  const name = typeOf(r).name;
  decref(r);
  return typeError(`${t.name}.__float__ returned non-float (type ${name})`);
}

/** PyNumber_Check: int, float, complex, or a type with __index__, __int__ or __float__. */
export function isNumber(v: PyValue): boolean {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return true;
    case "string":
      return false;
  }
  const t: PyType = v.type;
  if (t === T.floatType || v instanceof PyIntSubclass || v instanceof PyFloat) return true;
  if (t.isSubtypeOf(T.complexType)) return true;
  return t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined || t.lookup("__float__") !== undefined;
}
