// float arithmetic with Python's rules (Objects/floatobject.c float_rem, float_floor_div,
// float_pow): results take the sign of the divisor, zero divisors raise, overflow raises.

import { overflowError, valueError, zeroDivisionError } from "../errors.js";
import { newException } from "../errors.js";
import * as T from "../typeobjects.js";

export function floatMod(a: number, b: number): number {
  if (b === 0) zeroDivisionError("float modulo");
  let mod = a % b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

export function floatDivmod(a: number, b: number, what = "float divmod()"): [number, number] {
  if (b === 0) zeroDivisionError(what);
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b, "float floor division by zero")[0];
}

/** x ** y for floats, except negative ** fractional (complex, handled by the caller). */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    if (x === 1.0 || x === -1.0) return 1.0;
    const ax = Math.abs(x);
    if (y > 0) return ax > 1 ? Infinity : 0.0;
    return ax < 1 ? Infinity : 0.0;
  }
  if (x === 0) {
    if (y < 0) zeroDivisionError("0.0 cannot be raised to a negative power");
    const oddInt = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    return oddInt ? x : 0.0;
  }
  if (x < 0 && !Number.isInteger(y)) valueError("math domain error");
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x)) {
    const e = newException(T.overflowErrorType, [34, "Numerical result out of range"]);
    throw e;
  }
  return r;
}

/** float -> int conversion (int(x), math.floor): truncation, with CPython's errors. */
export function floatToIntValue(x: number): number | bigint {
  if (Number.isNaN(x)) valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}
