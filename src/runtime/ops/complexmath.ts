// complex arithmetic (Objects/complexobject.c: _Py_c_pow, c_powi, _Py_c_quot).

import { PyComplex } from "../types/complex.js";
import { complexType } from "../typeobjects.js";
import { overflowError, zeroDivisionError } from "../errors.js";

export function newComplexValue(re: number, im: number): PyComplex {
  return new PyComplex(complexType, re, im);
}

export function cmul(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/** _Py_c_quot: Smith's algorithm, as CPython does it. */
export function cdiv(ar: number, ai: number, br: number, bi: number): [number, number] {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0.0) zeroDivisionError("complex division by zero");
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function cpowGeneral(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) zeroDivisionError("0.0 to a negative or complex power");
    return [0, 0];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function cpowi(ar: number, ai: number, n: number): [number, number] {
  // c_powu by repeated squaring, then invert for negative n.
  const powu = (k: number): [number, number] => {
    let rr = 1, ri = 0;
    let xr = ar, xi = ai;
    let mask = 1;
    while (mask > 0 && k >= mask) {
      if (k & mask) [rr, ri] = cmul(rr, ri, xr, xi);
      mask <<= 1;
      [xr, xi] = cmul(xr, xi, xr, xi);
    }
    return [rr, ri];
  };
  if (n > 0) return powu(n);
  const [pr, pi] = powu(-n);
  return cdiv(1, 0, pr, pi);
}

export function complexPowValues(ar: number, ai: number, br: number, bi: number): [number, number] {
  let r: [number, number];
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) r = cpowi(ar, ai, br);
  else r = cpowGeneral(ar, ai, br, bi);
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) {
    if (Number.isFinite(ar) && Number.isFinite(ai) && Number.isFinite(br) && Number.isFinite(bi)) overflowError("complex exponentiation");
  }
  return r;
}

export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  const [re, im] = complexPowValues(a.real, a.imag, b.real, b.imag);
  return newComplexValue(re, im);
}
