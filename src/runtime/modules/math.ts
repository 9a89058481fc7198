// The math module (Modules/mathmodule.c): libm functions with CPython's error rules (math_1,
// math_1a, math_2, is_error), the integer functions on unbounded ints, exact summation (fsum),
// vector_norm for hypot/dist, CPython's own gamma/lgamma (Lanczos), and the constants.

import { decref, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { newFloat, newTupleOwned, None } from "../values.js";
import { overflowError, raise, typeError, valueError } from "../errors.js";
import { builtinFunction } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyFloat } from "../types/float.js";
import { PyIntSubclass } from "../types/boxed.js";
import { PyTuple } from "../types/tuple.js";
import { STOP } from "../types/iterator.js";
import { lookupSpecial } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { getIter, iterNext, iterToArray } from "../ops/iter.js";
import { binaryOp, Op } from "../ops/number.js";
import { numberIndex } from "../ops/index.js";
import * as I from "../ops/intmath.js";
import { copysign, floatToIntValue, frexp, ldexp, rangeError } from "../ops/floatmath.js";
import { asDouble, intOf } from "../ops/numconv.js";
import * as M from "../ops/libm.js";

type Fn = (args: PyValue[], kwnames: string[] | null) => PyValue;

function domainError(): never {
  return valueError("math domain error");
}
function mathRangeError(): never {
  return overflowError("math range error");
}

/** METH_O: "math.sqrt() takes exactly one argument (2 given)". */
function oneArg(name: string, args: PyValue[], kw: string[] | null): PyValue {
  if (kw !== null && kw.length > 0) typeError(`math.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** _PyArg_CheckPositional: "atan2 expected 2 arguments, got 1". */
function twoArgs(name: string, args: PyValue[], kw: string[] | null): [PyValue, PyValue] {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
  return [args[0], args[1]];
}

/** ASSIGN_DOUBLE / PyFloat_AsDouble */
function dbl(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "object" && v.type === T.floatType) return (v as PyFloat).value;
  return asDouble(v);
}

/** math_1: NaN from non-NaN is a domain error; inf from finite is overflow or a singularity. */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): PyValue {
  const r = f(x);
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    if (canOverflow) mathRangeError();
    domainError();
  }
  return newFloat(r);
}

/** math_2 */
function math2(x: number, y: number, f: (x: number, y: number) => number): PyValue {
  const r = f(x, y);
  if (r !== r) {
    if (x === x && y === y) domainError();
  } else if (r === Infinity || r === -Infinity) {
    if (Number.isFinite(x) && Number.isFinite(y)) mathRangeError();
  }
  return newFloat(r);
}

// ---- gamma and lgamma (m_tgamma, m_lgamma: Lanczos approximation, N=13) -----------------------

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;
const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.037209, 6039542586.352028, 1439720407.3117216, 248874557.86205417, 31426415.585400194,
  2876370.6289353725, 186056.26539522348, 8071.672002365816, 210.82427775157936, 2.5066282746310002,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
  20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi*x), accurate near integers (m_sinpi). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = M.sin(PI * y);
      break;
    case 1:
      r = M.cos(PI * (y - 0.5));
      break;
    case 2:
      r = M.sin(PI * (1.0 - y));
      break;
    case 3:
      r = -M.cos(PI * (y - 1.5));
      break;
    default:
      r = M.sin(PI * (y - 2.0));
      break;
  }
  return copysign(1.0, x) * r;
}

const EDOM = 1;
const ERANGE = 2;
let errno = 0;

export function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0) {
    errno = EDOM;
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      errno = EDOM;
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-PI / sinpi(absx)) / absx) * M.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= M.pow(y, absx - 0.5);
    else {
      const sqrtpow = M.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / M.exp(y);
    r += z * r;
    if (absx < 140.0) r *= M.pow(y, absx - 0.5);
    else {
      const sqrtpow = M.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -M.log(absx);
  let r = M.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (M.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - M.log(Math.abs(sinpi(absx))) - M.log(absx) - r;
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

/** math_1a: the function reports errors through errno (is_error). */
function math1a(x: number, f: (x: number) => number): PyValue {
  errno = 0;
  const r = f(x);
  if (errno !== 0) {
    const e = errno;
    errno = 0;
    if (e === EDOM) domainError();
    if (Math.abs(r) >= 1.5) mathRangeError();
  }
  return newFloat(r);
}

// ---- fsum (Shewchuk / msum with CPython's final half-even fix-up) --------------------------

function fsum(seq: PyValue): PyValue {
  const it = getIter(seq);
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === STOP) break;
      let x: number;
      try {
        x = dbl(item);
      } finally {
        decref(item);
      }
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j];
        if (Math.abs(x) < Math.abs(y)) {
          const t = x;
          x = y;
          y = t;
        }
        const hi = x + y;
        const yr = hi - x;
        const lo = y - yr;
        if (lo !== 0.0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0.0) {
        if (!Number.isFinite(x)) {
          if (Number.isFinite(xsave)) overflowError("intermediate overflow in fsum");
          if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
          specialSum += xsave;
          p.length = 0;
        } else p.push(x);
      }
    }
  } finally {
    decref(it);
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) valueError("-inf + inf in fsum");
    return newFloat(specialSum);
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return newFloat(hi);
}

// ---- vector_norm (hypot, dist) -------------------------------------------------------------

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const T27 = 134217729.0;
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = vec[i] * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    let x = vec[i] / max;
    x = x * x;
    const oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

// ---- integer helpers -----------------------------------------------------------------------

/** gcd of big ints: Lehmer's algorithm (leading 53 bits drive several Euclid steps at once). */
function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  while (b > 18446744073709551615n) {
    const shift = BigInt(a.toString(16).length * 4 - 52);
    let x = Number(a >> shift);
    let y = Number(b >> shift);
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    for (;;) {
      if (y + C === 0 || y + D === 0) break;
      const q = Math.floor((x + A) / (y + C));
      if (q !== Math.floor((x + B) / (y + D))) break;
      let t = A - q * C;
      A = C;
      C = t;
      t = B - q * D;
      B = D;
      D = t;
      t = x - q * y;
      x = y;
      y = t;
    }
    if (B === 0) {
      const t = a % b;
      a = b;
      b = t;
    } else {
      const na = BigInt(A) * a + BigInt(B) * b;
      const nb = BigInt(C) * a + BigInt(D) * b;
      a = na;
      b = nb;
    }
  }
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function gcdInt(a: I.Int, b: I.Int): I.Int {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  return I.norm(bigGcd(I.big(a), I.big(b)));
}

function factorialInt(n: number): I.Int {
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  // product of a range by splitting, so the multiplications stay balanced
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 8) {
      let r = BigInt(lo);
      for (let i = lo + 1; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >>> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return I.norm(prod(1, n));
}

/** n * (n-1) * ... * (n-k+1) */
function fallingProduct(n: bigint, k: bigint): bigint {
  if (k === 0n) return 1n;
  if (k < 16n) {
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return r;
  }
  const j = k / 2n;
  return fallingProduct(n, j) * fallingProduct(n - j, k - j);
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 4503599627370496n) {
    let a = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (a * a > n) a--;
    while ((a + 1n) * (a + 1n) <= n) a++;
    return a;
  }
  // Newton's iteration from an over-estimate
  const bits = n.toString(2).length;
  let x = 1n << BigInt((bits >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** loghelper: logs of ints of any size, libm for the rest. */
function logHelper(v: PyValue, f: (x: number) => number): number {
  const i = intOf(v);
  if (i !== undefined) {
    if (I.sign(i) <= 0) domainError();
    if (typeof i === "number") return f(i);
    const x = Number(i);
    if (Number.isFinite(x)) return f(x);
    // x ~= m * 2**e with 0.5 <= m < 1 (_PyLong_Frexp)
    const bits = I.bitLength(i);
    const shift = bits - 60;
    const m = Number(i >> BigInt(shift)) / 2 ** 60;
    const e = shift + 60;
    return f(m) + f(2.0) * e;
  }
  const x = dbl(v);
  return (math1(x, f, false) as PyFloat).value;
}

function mlog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return M.log(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0 ? x : NaN;
}

function mlog2(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return x > 0 ? x : NaN;
  }
  if (x > 0) return M.log2(x);
  return x === 0 ? -Infinity : NaN;
}

function mlog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return M.log10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0 ? x : NaN;
}

function mlog1p(x: number): number {
  if (x === 0) return x; // keeps the sign of zero
  return M.log1p(x);
}

function matan2(y: number, x: number): number {
  // m_atan2: C99 special values for infinities and zeros
  if (y !== y || x !== x) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) {
      if (copysign(1, x) === 1) return copysign(0.25 * PI, y);
      return copysign(0.75 * PI, y);
    }
    return copysign(0.5 * PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    if (copysign(1, x) === 1) return copysign(0.0, y);
    return copysign(PI, y);
  }
  return M.atan2(y, x);
}

function mremainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else {
      // half-way: choose the even multiple
      r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    }
    return copysign(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if (y > x === x > 0) bits += 1n;
  else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) {
    const x1 = nextafter(x, -Infinity);
    return x - x1;
  }
  return x2 - x;
}

/** floor/ceil/trunc through __floor__/__ceil__/__trunc__ for non-floats. */
function roundingSpecial(name: string, v: PyValue): PyValue | undefined {
  if (typeof v === "object" && v.type === T.floatType) return undefined;
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const m = lookupSpecial(v, name);
  if (m === undefined) return undefined;
  try {
    return call(m, [], null);
  } finally {
    decref(m);
  }
}

function indexArg(v: PyValue): I.Int {
  return numberIndex(v);
}

const LLONG_MAX = 9223372036854775807n;

/**
 * Argument Clinic's parsing for `positional` names (the first `npos` required; unnamed ones are
 * positional-only) followed by optional keyword-only names, with its messages.
 */
function clinicArgs(fname: string, args: PyValue[], kw: string[] | null, names: string[], npos: number, kwonly: string[]): (PyValue | undefined)[] {
  const nkw = kw === null ? 0 : kw.length;
  const given = args.length - nkw;
  const out: (PyValue | undefined)[] = new Array(npos + kwonly.length).fill(undefined);
  if (given > npos || (names.length === 0 && given < npos)) {
    typeError(`${fname}() takes exactly ${npos} positional argument${npos === 1 ? "" : "s"} (${given} given)`);
  }
  for (let i = 0; i < given; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    let idx = names.indexOf(name);
    if (idx < 0) {
      const j = kwonly.indexOf(name);
      if (j < 0) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
      idx = npos + j;
    } else if (idx < given) typeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[given + k];
  }
  for (let i = 0; i < npos; i++) if (out[i] === undefined) typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

// ---- the module ----------------------------------------------------------------------------

export function createMathModule(): PyModule {
  const m = new PyModule("math", "This module provides access to the mathematical functions\ndefined by the C standard.");
  const d = m.dict;
  const def = (name: string, fn: Fn, doc: string | null = null): void => {
    d.set(name, builtinFunction(name, fn, "math", doc));
  };
  const unary = (name: string, f: (x: number) => number, canOverflow: boolean, doc: string): void => {
    def(name, (args, kw) => math1(dbl(oneArg(name, args, kw)), f, canOverflow), doc);
  };
  unary("acos", M.acos, false, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.");
  unary("acosh", M.acosh, false, "Return the inverse hyperbolic cosine of x.");
  unary("asin", M.asin, false, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.");
  unary("asinh", M.asinh, false, "Return the inverse hyperbolic sine of x.");
  unary("atan", M.atan, false, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.");
  unary("atanh", M.atanh, false, "Return the inverse hyperbolic tangent of x.");
  unary("cbrt", M.cbrt, false, "Return the cube root of x.");
  unary("cos", M.cos, false, "Return the cosine of x (measured in radians).");
  unary("cosh", M.cosh, true, "Return the hyperbolic cosine of x.");
  unary("exp", M.exp, true, "Return e raised to the power of x.");
  unary("exp2", M.exp2, true, "Return 2 raised to the power of x.");
  unary("expm1", M.expm1, true, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.");
  unary("fabs", Math.abs, false, "Return the absolute value of the float x.");
  unary("log1p", mlog1p, false, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.");
  unary("sin", M.sin, false, "Return the sine of x (measured in radians).");
  unary("sinh", M.sinh, true, "Return the hyperbolic sine of x.");
  unary("sqrt", Math.sqrt, false, "Return the square root of x.");
  unary("tan", M.tan, false, "Return the tangent of x (measured in radians).");
  unary("tanh", M.tanh, false, "Return the hyperbolic tangent of x.");
  def("erf", (args, kw) => math1a(dbl(oneArg("erf", args, kw)), M.erf), "Error function at x.");
  def("erfc", (args, kw) => math1a(dbl(oneArg("erfc", args, kw)), M.erfc), "Complementary error function at x.");
  def("gamma", (args, kw) => math1a(dbl(oneArg("gamma", args, kw)), tgamma), "Gamma function at x.");
  def("lgamma", (args, kw) => math1a(dbl(oneArg("lgamma", args, kw)), lgamma), "Natural logarithm of absolute value of Gamma function at x.");

  const binary = (name: string, f: (x: number, y: number) => number, doc: string): void => {
    def(name, (args, kw) => {
      const [a, b] = twoArgs(name, args, kw);
      return math2(dbl(a), dbl(b), f);
    }, doc);
  };
  binary("atan2", matan2, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.");
  binary("copysign", copysign, "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n");
  binary("remainder", mremainder, "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.");

  def("fmod", (args, kw) => {
    const [a, b] = twoArgs("fmod", args, kw);
    const x = dbl(a);
    const y = dbl(b);
    if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return newFloat(x);
    const r = x % y;
    if (r !== r && x === x && y === y) domainError();
    return newFloat(r);
  }, "Return fmod(x, y), according to platform C.\n\nx % y may differ.");

  def("pow", (args, kw) => {
    const [a, b] = twoArgs("pow", args, kw);
    const x = dbl(a);
    const y = dbl(b);
    let r: number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (x !== x) r = y === 0 ? 1 : x;
      else if (y !== y) r = x === 1 ? 1 : y;
      else if (!Number.isFinite(x)) {
        const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
        if (y > 0) r = oddY ? x : Math.abs(x);
        else if (y === 0) r = 1;
        else r = oddY ? copysign(0, x) : 0;
      } else {
        if (Math.abs(x) === 1.0) r = 1;
        else if (y > 0 && Math.abs(x) > 1.0) r = y;
        else if (y < 0 && Math.abs(x) < 1.0) r = -y;
        else r = 0;
      }
      return newFloat(r);
    }
    if (x === 0) {
      if (y < 0) domainError();
      const oddY = Math.abs(y) % 2.0 === 1.0;
      return newFloat(y === 0 ? 1 : oddY ? x : 0);
    }
    if (x < 0 && y !== Math.floor(y)) domainError();
    if (x === 1 || y === 0) return newFloat(1);
    r = x < 0 ? (Math.abs(y) % 2.0 === 1.0 ? -M.pow(-x, y) : M.pow(-x, y)) : M.pow(x, y);
    if (!Number.isFinite(r)) mathRangeError();
    return newFloat(r);
  }, "Return x**y (x to the power of y).");

  def("ceil", (args, kw) => {
    const v = oneArg("ceil", args, kw);
    const r = roundingSpecial("__ceil__", v);
    if (r !== undefined) return r;
    return floatToIntValue(Math.ceil(dbl(v)));
  }, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.");
  def("floor", (args, kw) => {
    const v = oneArg("floor", args, kw);
    const r = roundingSpecial("__floor__", v);
    if (r !== undefined) return r;
    return floatToIntValue(Math.floor(dbl(v)));
  }, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.");
  def("trunc", (args, kw) => {
    const v = oneArg("trunc", args, kw);
    if (typeof v === "object" && v.type === T.floatType) return floatToIntValue((v as PyFloat).value);
    const r = roundingSpecial("__trunc__", v);
    if (r !== undefined) return r;
    return typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
  }, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.");

  def("isfinite", (args, kw) => Number.isFinite(dbl(oneArg("isfinite", args, kw))), "Return True if x is neither an infinity nor a NaN, and False otherwise.");
  def("isinf", (args, kw) => {
    const x = dbl(oneArg("isinf", args, kw));
    return x === Infinity || x === -Infinity;
  }, "Return True if x is a positive or negative infinity, and False otherwise.");
  def("isnan", (args, kw) => {
    const x = dbl(oneArg("isnan", args, kw));
    return x !== x;
  }, "Return True if x is a NaN (not a number), and False otherwise.");
  def("degrees", (args, kw) => newFloat(dbl(oneArg("degrees", args, kw)) * (180.0 / PI)), "Convert angle x from radians to degrees.");
  def("radians", (args, kw) => newFloat(dbl(oneArg("radians", args, kw)) * (PI / 180.0)), "Convert angle x from degrees to radians.");

  def("frexp", (args, kw) => {
    const x = dbl(oneArg("frexp", args, kw));
    const [mm, e] = frexp(x);
    return newTupleOwned([newFloat(mm), e]);
  }, "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.");
  def("ldexp", (args, kw) => {
    const [a, b] = twoArgs("ldexp", args, kw);
    const x = dbl(a);
    const i = intOf(b);
    if (i === undefined) typeError("Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    const e = typeof i === "bigint" ? (i > 0n ? Infinity : -Infinity) : i;
    if (e > 2147483647) mathRangeError();
    if (e < -2147483648) return newFloat(copysign(0, x));
    const r = ldexp(x, e);
    if (!Number.isFinite(r)) mathRangeError();
    return newFloat(r);
  }, "Return x * (2**i).\n\nThis is essentially the inverse of frexp().");
  def("modf", (args, kw) => {
    const x = dbl(oneArg("modf", args, kw));
    if (!Number.isFinite(x)) {
      if (x !== x) return newTupleOwned([newFloat(x), newFloat(x)]);
      return newTupleOwned([newFloat(copysign(0, x)), newFloat(x)]);
    }
    const ip = Math.trunc(x);
    return newTupleOwned([newFloat(copysign(x - ip, x)), newFloat(copysign(ip, x))]);
  }, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.");

  def("log", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("log() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) typeError("math.log requires 1 to 2 arguments");
    const num = logHelper(args[0], mlog);
    if (args.length === 1) return newFloat(num);
    const den = logHelper(args[1], mlog);
    const a = newFloat(num);
    const b = newFloat(den);
    try {
      return binaryOp(a, b, Op.TrueDiv);
    } finally {
      decref(a);
      decref(b);
    }
  }, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.");
  def("log2", (args, kw) => newFloat(logHelper(oneArg("log2", args, kw), mlog2)), "Return the base 2 logarithm of x.");
  def("log10", (args, kw) => newFloat(logHelper(oneArg("log10", args, kw), mlog10)), "Return the base 10 logarithm of x.");

  def("fsum", (args, kw) => fsum(oneArg("fsum", args, kw)), "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.");

  def("hypot", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("hypot() takes no keyword arguments");
    const vec: number[] = [];
    let max = 0.0;
    let foundNan = false;
    for (const a of args) {
      const x = Math.abs(dbl(a));
      vec.push(x);
      if (x !== x) foundNan = true;
      if (x > max) max = x;
    }
    return newFloat(vectorNorm(vec, max, foundNan));
  }, "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.");

  def("dist", (args, kw) => {
    const [p, q] = twoArgs("dist", args, kw);
    const pa = p instanceof PyTuple ? p.items : null;
    const qa = q instanceof PyTuple ? q.items : null;
    const pItems = pa ?? iterToArray(p);
    let qItems: PyValue[];
    try {
      qItems = qa ?? iterToArray(q);
    } catch (e) {
      if (pa === null) for (const v of pItems) decref(v);
      throw e;
    }
    try {
      if (pItems.length !== qItems.length) valueError("both points must have the same number of dimensions");
      const diffs: number[] = [];
      let max = 0.0;
      let foundNan = false;
      for (let i = 0; i < pItems.length; i++) {
        const px = dbl(pItems[i]);
        const qx = dbl(qItems[i]);
        const x = Math.abs(px - qx);
        diffs.push(x);
        if (x !== x) foundNan = true;
        if (x > max) max = x;
      }
      return newFloat(vectorNorm(diffs, max, foundNan));
    } finally {
      if (pa === null) for (const v of pItems) decref(v);
      if (qa === null) for (const v of qItems) decref(v);
    }
  }, "Return the Euclidean distance between two points p and q.");

  def("isclose", (args, kw) => {
    const [a, b, relTol, absTol] = clinicArgs("isclose", args, kw, ["a", "b"], 2, ["rel_tol", "abs_tol"]);
    const x = dbl(a!);
    const y = dbl(b!);
    const rt = relTol === undefined ? 1e-9 : dbl(relTol);
    const at = absTol === undefined ? 0.0 : dbl(absTol);
    if (rt < 0 || at < 0) valueError("tolerances must be non-negative");
    if (x === y) return true;
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
  }, "Determine whether two floating point numbers are close in value.");

  def("gcd", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("gcd() takes no keyword arguments");
    if (args.length === 0) return 0;
    let res = I.abs(indexArg(args[0]));
    for (let i = 1; i < args.length; i++) {
      const x = indexArg(args[i]);
      if (res === 1) continue;
      res = gcdInt(res, x);
    }
    return res;
  }, "Greatest Common Divisor.");
  def("lcm", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("lcm() takes no keyword arguments");
    if (args.length === 0) return 1;
    let res = I.abs(indexArg(args[0]));
    for (let i = 1; i < args.length; i++) {
      const x = indexArg(args[i]);
      if (I.isZero(res)) continue;
      if (I.isZero(x)) {
        res = 0;
        continue;
      }
      const g = gcdInt(res, x);
      res = I.abs(I.mul(I.floordiv(res, g), x));
    }
    return res;
  }, "Least Common Multiple.");

  def("factorial", (args, kw) => {
    const v = oneArg("factorial", args, kw);
    if (typeof v === "object" && v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    const n = indexArg(v);
    if (I.sign(n) < 0) valueError("factorial() not defined for negative values");
    if (typeof n === "bigint") {
      if (n > LLONG_MAX) overflowError("factorial() argument should not exceed 9223372036854775807");
      return raise(T.memoryErrorType);
    }
    return factorialInt(n);
  }, "Find x!.\n\nRaise a ValueError if x is negative or non-integral.");

  def("isqrt", (args, kw) => {
    const n = indexArg(oneArg("isqrt", args, kw));
    if (I.sign(n) < 0) valueError("isqrt() argument must be nonnegative");
    return I.norm(isqrtBig(I.big(n)));
  }, "Return the integer part of the square root of the input.");

  def("comb", (args, kw) => {
    const [na, ka] = twoArgs("comb", args, kw);
    const n = indexArg(na);
    const k = indexArg(ka);
    if (I.sign(n) < 0) valueError("n must be a non-negative integer");
    if (I.sign(k) < 0) valueError("k must be a non-negative integer");
    const bn = I.big(n);
    let bk = I.big(k);
    if (bk > bn) return 0;
    if (bn - bk < bk) bk = bn - bk;
    if (bk > LLONG_MAX) overflowError("min(n - k, k) must not exceed 9223372036854775807");
    if (bk === 0n) return 1;
    return I.norm(fallingProduct(bn, bk) / fallingProduct(bk, bk));
  }, "Number of ways to choose k items from n items without repetition and without order.");

  def("perm", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("perm() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) typeError(`perm expected at ${args.length < 1 ? "least 1 argument" : "most 2 arguments"}, got ${args.length}`);
    const na = args[0];
    const ka = args.length > 1 ? args[1] : None;
    if (ka === None) {
      const fact = d.getStr("factorial")!;
      return call(fact, [na], null);
    }
    const n = indexArg(na);
    const k = indexArg(ka);
    if (I.sign(n) < 0) valueError("n must be a non-negative integer");
    if (I.sign(k) < 0) valueError("k must be a non-negative integer");
    const bn = I.big(n);
    const bk = I.big(k);
    if (bn < bk) return 0;
    if (bk > LLONG_MAX) overflowError("k must not exceed 9223372036854775807");
    return I.norm(fallingProduct(bn, bk));
  }, "Number of ways to choose k items from n items without repetition and with order.");

  def("prod", (args, kw) => {
    const [iterable, start] = clinicArgs("prod", args, kw, [], 1, ["start"]);
    const it = getIter(iterable!);
    let result: PyValue = start === undefined ? 1 : start;
    if (typeof result === "object") result.rc++;
    try {
      for (;;) {
        const item = iterNext(it);
        if (item === STOP) break;
        try {
          const r = binaryOp(result, item, Op.Mul);
          decref(result);
          result = r;
        } finally {
          decref(item);
        }
      }
    } catch (e) {
      decref(result);
      throw e;
    } finally {
      decref(it);
    }
    return result;
  }, "Calculate the product of all the elements in the input iterable.");

  def("nextafter", (args, kw) => {
    const [a, b] = twoArgs("nextafter", args, kw);
    return newFloat(nextafter(dbl(a), dbl(b)));
  }, "Return the next floating-point value after x towards y.");
  def("ulp", (args, kw) => newFloat(ulp(dbl(oneArg("ulp", args, kw)))), "Return the value of the least significant bit of the float x.");

  d.set("pi", newFloat(PI));
  d.set("e", newFloat(2.718281828459045));
  d.set("tau", newFloat(6.283185307179586));
  d.set("inf", newFloat(Infinity));
  d.set("nan", newFloat(NaN));
  void rangeError;
  void PyIntSubclass;
  return m;
}
