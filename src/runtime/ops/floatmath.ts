// float arithmetic with Python's rules (Objects/floatobject.c float_rem, float_divmod,
// float_floor_div, float_pow): results take the sign of the divisor, zero divisors raise,
// overflow raises.

import { overflowError, valueError, zeroDivisionError } from "../errors.js";
import { newException } from "../errors.js";
import * as T from "../typeobjects.js";
import { pow as libmPow } from "./libm.js";

export function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return y < 0 || Object.is(y, -0) || (y !== y && signBitOfNaN(y)) ? -ax : ax;
}

const nanView = new DataView(new ArrayBuffer(8));
function signBitOfNaN(y: number): boolean {
  nanView.setFloat64(0, y);
  return (nanView.getUint8(0) & 0x80) !== 0;
}

/** float_rem: a % b with the sign of b. */
export function floatMod(a: number, b: number): number {
  if (b === 0) zeroDivisionError("float modulo");
  let mod = a % b;
  if (mod !== 0) {
    // (NaN counts as non-zero, as in C)
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = copysign(0, b);
  }
  return mod;
}

/** float_divmod: [a // b, a % b]. */
export function floatDivmod(a: number, b: number, what = "float divmod()"): [number, number] {
  if (b === 0) zeroDivisionError(what);
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = copysign(0, b);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0, a / b);
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b, "float floor division by zero")[0];
}

function isOddInteger(y: number): boolean {
  return Number.isFinite(y) && Math.abs(y) % 2 === 1;
}

/** OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE). */
export function rangeError(): never {
  throw newException(T.overflowErrorType, [34, "Numerical result out of range"]);
}

/**
 * float_pow for real results. The caller handles a negative base with a finite non-integral
 * exponent (the result is complex); here that case raises ValueError as math.pow does.
 */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x !== x) return x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    if (y > 0 === ax > 1.0) return Infinity;
    return 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? copysign(0, x) : 0.0;
  }
  if (x === 0) {
    if (y < 0) zeroDivisionError("0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) valueError("math domain error");
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  let r = libmPow(x, y);
  if (!Number.isFinite(r)) rangeError();
  if (negate) r = -r;
  return r;
}

/** float -> int conversion (int(x), math.trunc): truncation, with CPython's errors. */
export function floatToIntValue(x: number): number | bigint {
  if (x !== x) valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

const fview = new DataView(new ArrayBuffer(8));

/** frexp(x): [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). Exact. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  fview.setFloat64(0, x);
  const hi = fview.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  if (biased === 0) {
    const [m, e] = frexp(x * 18446744073709551616); // subnormal: scale by 2**64 first
    return [m, e - 64];
  }
  fview.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [fview.getFloat64(0), biased - 1022];
}

/** ldexp(x, e) = x * 2**e, correctly rounded (one rounding, even for subnormal results). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 2100) return x * Infinity;
  if (e < -2200) return x * 0;
  // scale in steps that are exact, leaving the single rounding for the last step
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
    if (!Number.isFinite(x)) return x;
  }
  if (e < -1000) {
    // bring x down to just above the subnormal range exactly, then do one rounding step
    const [m, ex] = frexp(x);
    const target = ex + e; // result exponent
    if (target < -1080) return x * 0;
    if (target > -1021) return m * 2 ** target;
    // m * 2**target: split so the first multiplication is exact
    return m * 2 ** -1021 * 2 ** (target + 1021);
  }
  return x * 2 ** e;
}
