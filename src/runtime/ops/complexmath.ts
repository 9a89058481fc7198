// complex arithmetic (Objects/complexobject.c: _Py_c_prod, _Py_c_quot, _Py_c_pow, c_powi,
// complex_pow's error handling).

import { PyComplex } from "../types/complex.js";
import { complexType } from "../typeobjects.js";
import { overflowError, zeroDivisionError } from "../errors.js";
import * as M from "./libm.js";

export function newComplexValue(re: number, im: number): PyComplex {
  return new PyComplex(complexType, re, im);
}

export function cmul(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/** _Py_c_quot (3.11): Smith's algorithm; null for a zero divisor (errno EDOM). */
export function cquot(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0.0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN]; // a NaN in the divisor
}

/** complex division with complex_div's error. */
export function cdiv(ar: number, ai: number, br: number, bi: number): [number, number] {
  const r = cquot(ar, ai, br, bi);
  if (r === null) zeroDivisionError("complex division by zero");
  return r;
}

/** _Py_c_pow; null signals EDOM (0 to a negative or complex power). */
function cpowGeneral(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) return null;
    return [0, 0];
  }
  const vabs = M.hypot(ar, ai);
  let len = M.pow(vabs, br);
  const at = M.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= M.exp(at * bi);
    phase += bi * M.log(vabs);
  }
  // glibc's cos/sin of an infinite phase set errno to EDOM, which complex_pow reports as a
  // ZeroDivisionError ("0.0 to a negative or complex power")
  if (phase === Infinity || phase === -Infinity) return null;
  return [len * M.cos(phase), len * M.sin(phase)];
}

/** c_powu: repeated squaring (the last squaring is computed too, as CPython does). */
function cpowu(ar: number, ai: number, n: number): [number, number] {
  let rr = 1;
  let ri = 0;
  let xr = ar;
  let xi = ai;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) [rr, ri] = cmul(rr, ri, xr, xi);
    mask <<= 1;
    [xr, xi] = cmul(xr, xi, xr, xi);
  }
  return [rr, ri];
}

/** c_powi; null signals EDOM. */
function cpowi(ar: number, ai: number, n: number): [number, number] | null {
  if (n > 0) return cpowu(ar, ai, n);
  const [pr, pi] = cpowu(ar, ai, -n);
  return cquot(1, 0, pr, pi);
}

/** complex_pow's value for a ** b, with its errors. */
export function complexPowValues(ar: number, ai: number, br: number, bi: number): [number, number] {
  let r: [number, number] | null;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) r = cpowi(ar, ai, br);
  else r = cpowGeneral(ar, ai, br, bi);
  if (r === null) zeroDivisionError("0.0 to a negative or complex power");
  // _Py_ADJUST_ERANGE2: an infinite part means overflow
  if (r[0] === Infinity || r[0] === -Infinity || r[1] === Infinity || r[1] === -Infinity) overflowError("complex exponentiation");
  return r;
}

export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  const [re, im] = complexPowValues(a.real, a.imag, b.real, b.imag);
  return newComplexValue(re, im);
}
