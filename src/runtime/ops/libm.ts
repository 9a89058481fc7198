// The C math library functions that CPython takes from the platform libm (glibc on Linux), for the
// math module, float ** and complex arithmetic.
//
// JS's Math functions are not correctly rounded and differ from glibc's in the last bit for a few
// percent of arguments, which shows in printed results. glibc's exp, log, log2, pow, exp2, sin,
// cos, tan, asin, acos, atan, atan2 and hypot return the correctly rounded result for all but a
// tiny fraction of arguments (measured: < 0.4%), so those are computed here in double-double
// arithmetic (~100 bits) and rounded once. glibc's sinh, cosh, tanh, asinh, acosh, atanh, expm1,
// log1p, erf, erfc and cbrt are the classic fdlibm-style algorithms, not correctly rounded; those
// follow the same algorithms (V8's Math.expm1/log1p/tanh are fdlibm's too), calling the
// correctly rounded exp and log where glibc calls its own (log10 likewise follows glibc's formula).
//
// Speed: each correctly rounded function first runs a table-driven evaluation carrying ~70 bits
// (0.1-0.3 us) and applies Ziv's rounding test; only when that cannot decide the rounding (well
// under 0.1% of arguments) does the slow double-double path run. Known divergence: when x**y is
// exactly halfway between two doubles (10.0**23, 3.0**34), glibc's pow rounds either way
// depending on its internal error; pow here rounds such ties to even.

// ---- double-double arithmetic ---------------------------------------------------------------
// Results come back in the registers H (high part) and L (low part): no allocation per operation.

let H = 0;
let L = 0;

const SPLITTER = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  L = a - (s - bb) + (b - bb);
  H = s;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  L = b - (s - a);
  H = s;
}

/** a * b exactly as H + L (|a|, |b| well inside the double range). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  L = ah * bh - p + ah * bl + al * bh + al * bl;
  H = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = H;
  const sl = L;
  twoSum(al, bl);
  const th = H;
  const tl = L;
  quickTwoSum(sh, sl + th);
  quickTwoSum(H, L + tl);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  quickTwoSum(H, L + (ah * bl + al * bh));
}

/** dd * double */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  quickTwoSum(H, L + al * b);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  // r = a - q1 * b
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -H, -L);
  const rh = H;
  const rl = L;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -H, -L);
  const q3 = H / bh;
  quickTwoSum(q1, q2);
  ddAdd(H, L, q3, 0);
}

// ---- constants ------------------------------------------------------------------------------

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const INV_LN2_HI = 1.4426950408889634;
const INV_LN2_LO = 2.0355273740931033e-17;
const INV_LN10_HI = 0.4342944819032518;
const INV_LN10_LO = 1.098319650216765e-17;
const PIO2_HI = 1.5707963267948966;
const PIO2_LO = 6.123233995736766e-17;
const PI_HI = 3.141592653589793;
const PI_LO = 1.2246467991473532e-16;

/** 1/n! as double-double pairs, n = 0..30. */
const INV_FACT_HI: number[] = [];
const INV_FACT_LO: number[] = [];
{
  let fh = 1;
  let fl = 0;
  for (let n = 0; n <= 30; n++) {
    if (n > 0) {
      ddMulD(fh, fl, n);
      fh = H;
      fl = L;
    }
    ddDiv(1, 0, fh, fl);
    INV_FACT_HI.push(H);
    INV_FACT_LO.push(L);
  }
}

/** 1/(2j+1) as double-double pairs, j = 0..9. */
const INV_ODD_HI: number[] = [];
const INV_ODD_LO: number[] = [];
for (let j = 0; j < 10; j++) {
  ddDiv(1, 0, 2 * j + 1, 0);
  INV_ODD_HI.push(H);
  INV_ODD_LO.push(L);
}

// ---- rounding a double-double scaled by a power of two --------------------------------------

/** Correctly rounded (hi + lo) * 2**k, subnormal and overflowing results included. */
function roundScaled(hi: number, lo: number, k: number): number {
  quickTwoSum(hi, lo);
  hi = H;
  lo = L;
  if (hi === 0) return hi;
  // exponent of the result
  const e = Math.floor(Math.log2(Math.abs(hi))) + k;
  if (e >= -1022) {
    if (e > 1024) return hi * Infinity;
    // normal: hi is already the correctly rounded value; scaling by 2**k is exact
    return scale2(hi, k);
  }
  // subnormal: round (hi + lo) * 2**(k + 1074) to an integer, then scale down exactly
  const s = k + 1074;
  if (s < -60) return hi > 0 ? 0 : -0;
  const a = scale2(hi, s);
  const b = scale2(lo, s);
  const fa = Math.floor(a);
  const frac = a - fa + b;
  let q = fa;
  if (frac > 0.5 || (frac === 0.5 && fa % 2 !== 0)) q = fa + 1;
  else if (frac < -0.5 || (frac === -0.5 && fa % 2 !== 0)) q = fa - 1;
  else if (frac >= 1) q = fa + 1;
  return q * 5e-324;
}

/** x * 2**k for an exactly representable result (k any integer). */
function scale2(x: number, k: number): number {
  if (k > 1000) return x * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return x * 2 ** -1000 * 2 ** (k + 1000);
  return x * 2 ** k;
}

// ---- exp ------------------------------------------------------------------------------------

/** exp(xh + xl) = (H + L) * 2**k for |x| < ~750; returns k. */
function expCore(xh: number, xl: number): number {
  const k = Math.round(xh * INV_LN2_HI);
  // r = x - k*ln2
  twoProd(k, LN2_HI);
  const ph = H;
  const pl = L + k * LN2_LO;
  ddAdd(xh, xl, -ph, -pl);
  // s = r / 1024; expm1(s) by Taylor, then (1+e)**1024 by squaring e -> 2e + e*e
  const sh = H / 1024;
  const sl = L / 1024;
  let eh = INV_FACT_HI[9];
  let el = INV_FACT_LO[9];
  for (let n = 8; n >= 1; n--) {
    ddMul(eh, el, sh, sl);
    ddAdd(H, L, INV_FACT_HI[n], INV_FACT_LO[n]);
    eh = H;
    el = L;
  }
  ddMul(eh, el, sh, sl);
  eh = H;
  el = L;
  for (let i = 0; i < 10; i++) {
    ddMul(eh, el, eh, el);
    ddAdd(H, L, 2 * eh, 2 * el);
    eh = H;
    el = L;
  }
  ddAdd(1, 0, eh, el);
  return k;
}

function expSlow(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  const k = expCore(x, 0);
  return roundScaled(H, L, k);
}

/** exp of a double-double argument, correctly rounded. */
function expDD(xh: number, xl: number): number {
  if (xh > 709.79) return Infinity;
  if (xh < -745.2) return 0;
  const k = expCore(xh, xl);
  return roundScaled(H, L, k);
}

export function exp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  if (x === Math.floor(x)) return scale2(1, x);
  twoProd(x, LN2_HI);
  const th = H;
  const tl = L + x * LN2_LO;
  if (th > -708 && th < 709) {
    const v = expFast(th, tl, 2 ** -67);
    if (v === v) return v;
  }
  ddMulD(LN2_HI, LN2_LO, x);
  return expDD(H, L);
}

// ---- log ------------------------------------------------------------------------------------

const SQRT_HALF = 0.7071067811865476;
const fview = new DataView(new ArrayBuffer(8));

/** frexp for finite non-zero x */
function frexpParts(x: number): [number, number] {
  fview.setFloat64(0, x);
  const hi = fview.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  if (biased === 0) {
    const [m, e] = frexpParts(x * 18446744073709551616);
    return [m, e - 64];
  }
  fview.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [fview.getFloat64(0), biased - 1022];
}

/** log(x) for finite x > 0 as H + L. */
function logCore(x: number): void {
  let [m, e] = frexpParts(x);
  if (m < SQRT_HALF) {
    m *= 2;
    e -= 1;
  }
  const f = m - 1; // exact
  let yh: number;
  let yl: number;
  if (Math.abs(f) < 0.03125) {
    // log(1+f) = 2 atanh(u), u = f / (2 + f)
    twoSum(2, f);
    ddDiv(f, 0, H, L);
    const uh = H;
    const ul = L;
    ddMul(uh, ul, uh, ul);
    const u2h = H;
    const u2l = L;
    // sum_{j=0..9} u2^j / (2j+1), by Horner
    let sh = INV_ODD_HI[9];
    let sl = INV_ODD_LO[9];
    for (let j = 8; j >= 0; j--) {
      ddMul(sh, sl, u2h, u2l);
      ddAdd(H, L, INV_ODD_HI[j], INV_ODD_LO[j]);
      sh = H;
      sl = L;
    }
    ddMul(sh, sl, uh, ul);
    yh = 2 * H;
    yl = 2 * L;
  } else {
    // one Newton step from the double estimate: log(m) = y0 + log(m * exp(-y0))
    const y0 = Math.log(m);
    expCore(-y0, 0); // |y0| < 0.35: k = 0
    ddMulD(H, L, m);
    ddAdd(H, L, -1, 0);
    const d = H + L;
    ddAdd(y0, 0, H, L - (d * d) / 2);
    yh = H;
    yl = L;
  }
  if (e === 0) {
    H = yh;
    L = yl;
    return;
  }
  twoProd(e, LN2_HI);
  const ph = H;
  const pl = L + e * LN2_LO;
  ddAdd(ph, pl, yh, yl);
}

function logSlow(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  logCore(x);
  return H + L;
}

export function log2(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  if (x >= 2.2250738585072014e-308) {
    logFast(x);
    ddMul(OUT[0], OUT[1], INV_LN2_HI, INV_LN2_LO);
    const err = Math.abs(H) * 2 ** -65;
    const v1 = H + (L + err);
    if (v1 === H + (L - err)) return v1;
  }
  logCore(x);
  ddMul(H, L, INV_LN2_HI, INV_LN2_LO);
  return H + L;
}

export function log10(x: number): number {
  return log10Glibc(x);
}

/** log10 correctly rounded (unused by the math module: glibc's log10 is not). */
export function log10CR(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  logCore(x);
  ddMul(H, L, INV_LN10_HI, INV_LN10_LO);
  return H + L;
}

// ---- pow ------------------------------------------------------------------------------------

/** C99 pow for all arguments (glibc semantics, correctly rounded for finite results). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if (y > 0 === ax > 1) return Infinity;
    return 0;
  }
  const yInt = y === Math.floor(y);
  const yOdd = yInt && Math.abs(y) % 2 === 1;
  if (!Number.isFinite(x)) {
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return yOdd ? -Infinity : Infinity;
    return yOdd ? -0 : 0;
  }
  if (x === 0) {
    if (y > 0) return yOdd ? x : 0;
    return yOdd ? 1 / x : Infinity;
  }
  let neg = false;
  if (x < 0) {
    if (!yInt) return NaN;
    x = -x;
    neg = yOdd;
  }
  const r = powPositive(x, y, yInt);
  return neg ? -r : r;
}

function powPositive(x: number, y: number, yInt: boolean): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const f = powFast(x, y);
  if (f === f) return f;
  return powSlow(x, y, yInt);
}

function powSlow(x: number, y: number, yInt: boolean): number {
  logCore(x);
  ddMulD(H, L, y);
  const th = H;
  const tl = L;
  if (th > 709.8) return Infinity;
  if (th < -745.2) return 0;
  const k = expCore(th, tl);
  const eh = H;
  const el = L;
  if (yInt && Math.abs(y) <= 2048) {
    // an exact result may sit exactly between two doubles: decide those exactly
    quickTwoSum(eh, el);
    const hi = H;
    const lo = L;
    const halfUlp = ulpOf(hi) / 2;
    if (Math.abs(Math.abs(lo) - halfUlp) < Math.abs(hi) * 2 ** -85 || Math.abs(lo) < Math.abs(hi) * 2 ** -85) {
      const exact = powExactInt(x, y);
      if (exact !== null) return exact;
    }
  }
  return roundScaled(eh, el, k);
}

function ulpOf(v: number): number {
  const a = Math.abs(v);
  const [, e] = frexpParts(a);
  return 2 ** (e - 53);
}

const dview = new DataView(new ArrayBuffer(8));

/** x**y exactly rounded for integer y, by BigInt arithmetic (null when too large to bother). */
function powExactInt(x: number, y: number): number | null {
  dview.setFloat64(0, x);
  const hi = dview.getUint32(0);
  const lo = dview.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = BigInt((hi & 0xfffff) * 4294967296 + lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mant += 1n << 52n;
    e = biased - 1075;
  }
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    e++;
  }
  const n = Math.abs(y);
  if (mant.toString(2).length * n > 200000) return null;
  const p = mant ** BigInt(n);
  if (y > 0) return roundRational(p, 1n, e * n);
  return roundRational(1n, p, -e * n);
}

/** Correctly rounded num/den * 2**k (num, den > 0). */
function roundRational(num: bigint, den: bigint, k: number): number {
  const nb = num.toString(2).length;
  const db = den.toString(2).length;
  // choose a shift so the quotient has at least 64 bits
  const shift = Math.max(0, 66 - (nb - db));
  const q = (num << BigInt(shift)) / den;
  const sticky = (num << BigInt(shift)) % den !== 0n;
  const qb = q.toString(2).length;
  const e = qb + k - shift; // 2**(e-1) <= value < 2**e
  const keep = e - 1 >= -1022 ? 53 : 53 - (-1022 - (e - 1));
  const drop = qb - keep;
  let m: bigint;
  if (drop <= 0) m = q << BigInt(-drop);
  else {
    const db2 = BigInt(drop);
    m = q >> db2;
    const low = q - (m << db2);
    const half = 1n << (db2 - 1n);
    if (low > half || (low === half && (sticky || (m & 1n) === 1n))) m += 1n;
  }
  const r = scale2(Number(m), drop + k - shift);
  return r;
}

// ---- sin, cos, tan --------------------------------------------------------------------------

// pi/2 in four pieces: three of 33 bits (so k * piece is exact for k < 2**20) and a tail
const PIO2_1 = 1.57079632673412561417e+0;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;

// floor(2/pi * 2**1400), for reducing huge arguments exactly
const TWO_OVER_PI_HEX =
  "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1d" +
  "eb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b" +
  "5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b" +
  "6babf0cfbc209af4361da9e391615ee61b086599855f14a068";
let TWO_OVER_PI: bigint | null = null;

/** Reduces x to r = x - n*pi/2 (|r| <= ~pi/4) as H + L; returns n mod 4. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    H = x;
    L = 0;
    return 0;
  }
  if (ax < 1647099) {
    // Cody-Waite with pi/2 in exact pieces
    const k = Math.round(x * 0.6366197723675814);
    twoSum(x, -k * PIO2_1);
    ddAdd(H, L, -k * PIO2_2, 0);
    ddAdd(H, L, -k * PIO2_3, -k * PIO2_3T);
    return ((k % 4) + 4) % 4;
  }
  // Payne-Hanek with BigInt: x * 2/pi = m * T * 2**(e - 1400)
  if (TWO_OVER_PI === null) TWO_OVER_PI = BigInt("0x" + TWO_OVER_PI_HEX);
  dview.setFloat64(0, ax);
  const hi = dview.getUint32(0);
  const lo = dview.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const mant = BigInt((hi & 0xfffff) * 4294967296 + lo) + (1n << 52n);
  const e = biased - 1075;
  const s = BigInt(1400 - e);
  const p = mant * TWO_OVER_PI;
  let n = p >> s;
  let frac = p - (n << s); // in [0, 2**s)
  const half = 1n << (s - 1n);
  if (frac >= half) {
    n += 1n;
    frac -= 1n << s;
  }
  // frac / 2**s as a double-double (its top 106 significant bits), times pi/2
  const fneg = frac < 0n;
  const af = fneg ? -frac : frac;
  const bl = af.toString(2).length;
  const shift = bl - 106;
  const top = shift >= 0 ? af >> BigInt(shift) : af << BigInt(-shift);
  const hiPart = top >> 53n;
  const loPart = top - (hiPart << 53n);
  const base = shift - Number(s);
  const fh = scale2(Number(hiPart), 53 + base);
  const fl = scale2(Number(loPart), base);
  quickTwoSum(fneg ? -fh : fh, fneg ? -fl : fl);
  ddMul(H, L, PIO2_HI, PIO2_LO);
  let q = Number(n & 3n);
  if (x < 0) {
    H = -H;
    L = -L;
    q = (4 - q) % 4;
  }
  return q;
}

// sin and cos of j/64 (j = 0..51), computed on first use by long Taylor series
let SIN_TAB_H: Float64Array | null = null;
let SIN_TAB_L: Float64Array | null = null;
let COS_TAB_H: Float64Array | null = null;
let COS_TAB_L: Float64Array | null = null;

/** Taylor series of sin (odd = 1) or cos (odd = 0) of a double t, with `terms` terms, as H + L. */
function taylorSinCos(th: number, tl: number, odd: number, terms: number): void {
  ddMul(th, tl, th, tl);
  const t2h = H;
  const t2l = L;
  // sum_{j} (-1)^j t^(2j+odd) / (2j+odd)!
  let n = 2 * (terms - 1) + odd;
  let sh = (terms - 1) % 2 === 0 ? INV_FACT_HI[n] : -INV_FACT_HI[n];
  let sl = (terms - 1) % 2 === 0 ? INV_FACT_LO[n] : -INV_FACT_LO[n];
  for (let j = terms - 2; j >= 0; j--) {
    n = 2 * j + odd;
    ddMul(sh, sl, t2h, t2l);
    if (j % 2 === 0) ddAdd(H, L, INV_FACT_HI[n], INV_FACT_LO[n]);
    else ddAdd(H, L, -INV_FACT_HI[n], -INV_FACT_LO[n]);
    sh = H;
    sl = L;
  }
  if (odd) ddMul(sh, sl, th, tl);
  else {
    H = sh;
    L = sl;
  }
}

function initTables(): void {
  SIN_TAB_H = new Float64Array(52);
  SIN_TAB_L = new Float64Array(52);
  COS_TAB_H = new Float64Array(52);
  COS_TAB_L = new Float64Array(52);
  for (let j = 0; j < 52; j++) {
    const a = j / 64;
    taylorSinCos(a, 0, 1, 15);
    SIN_TAB_H[j] = H;
    SIN_TAB_L[j] = L;
    taylorSinCos(a, 0, 0, 15);
    COS_TAB_H[j] = H;
    COS_TAB_L[j] = L;
  }
}

let SH = 0;
let SL = 0;
let CH = 0;
let CL = 0;

/** sin and cos of r = rh + rl (|r| <= ~0.8) into SH/SL and CH/CL. */
function sinCosKernel(rh: number, rl: number): void {
  if (SIN_TAB_H === null) initTables();
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 64);
  const a = j / 64;
  twoSum(rh, -a);
  quickTwoSum(H, L + rl);
  const th = H;
  const tl = L;
  taylorSinCos(th, tl, 1, 7);
  const sth = H;
  const stl = L;
  taylorSinCos(th, tl, 0, 7);
  const cth = H;
  const ctl = L;
  const sah = SIN_TAB_H![j];
  const sal = SIN_TAB_L![j];
  const cah = COS_TAB_H![j];
  const cal = COS_TAB_L![j];
  // sin(a+t) = sa*ct + ca*st ; cos(a+t) = ca*ct - sa*st
  ddMul(sah, sal, cth, ctl);
  const p1h = H;
  const p1l = L;
  ddMul(cah, cal, sth, stl);
  ddAdd(p1h, p1l, H, L);
  SH = neg ? -H : H;
  SL = neg ? -L : L;
  ddMul(cah, cal, cth, ctl);
  const q1h = H;
  const q1l = L;
  ddMul(sah, sal, sth, stl);
  ddAdd(q1h, q1l, -H, -L);
  CH = H;
  CL = L;
}

/** sin(x) and cos(x) of a finite double as double-doubles in SH/SL, CH/CL. */
function sinCosDD(x: number): void {
  const q = reduce(x);
  sinCosKernel(H, L);
  let sh = SH;
  let sl = SL;
  let ch = CH;
  let cl = CL;
  switch (q) {
    case 1:
      [sh, sl, ch, cl] = [ch, cl, -sh, -sl];
      break;
    case 2:
      [sh, sl, ch, cl] = [-sh, -sl, -ch, -cl];
      break;
    case 3:
      [sh, sl, ch, cl] = [-ch, -cl, sh, sl];
      break;
  }
  SH = sh;
  SL = sl;
  CH = ch;
  CL = cl;
}

function sinSlow(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) {
    if (x === 0) return x;
    // sin(x) = x - x**3/6: the correction is far below half an ulp
    return x - x * x * x / 6 === x ? x : Math.sin(x);
  }
  sinCosDD(x);
  return SH + SL;
}

function cosSlow(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-9) return 1;
  sinCosDD(x);
  return CH + CL;
}

function tanSlow(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-9) return x;
  sinCosDD(x);
  ddDiv(SH, SL, CH, CL);
  return H + L;
}


// ---- fast paths ------------------------------------------------------------------------------
// Table-driven evaluations carrying ~70 bits, with Ziv's rounding test: when the error bound
// leaves the rounding of the result undecided (a fraction of a percent of arguments), the slow
// double-double path above decides. NaN from a fast function means "undecided".

/** The double nearest to h + l when h + l +- err all round alike; NaN otherwise. */
function zivRound(h: number, l: number, err: number): number {
  const a = h + (l + err);
  const b = h + (l - err);
  return a === b ? a : NaN;
}

// exp: x = (64k + j) * ln2/64 + r, |r| <= ln2/128
const EXP_C1 = Math.round((LN2_HI / 64) * 2 ** 42) / 2 ** 42; // 36 significant bits
const EXP_C2 = LN2_HI / 64 - EXP_C1 + LN2_LO / 64;
const INV_C = 64 / LN2_HI;
let EXP_T_H: Float64Array | null = null;
let EXP_T_L: Float64Array | null = null;

function initExpTable(): void {
  EXP_T_H = new Float64Array(64);
  EXP_T_L = new Float64Array(64);
  for (let j = 0; j < 64; j++) {
    ddMulD(LN2_HI, LN2_LO, j / 64);
    const k = expCore(H, L);
    EXP_T_H[j] = scale2(H, k);
    EXP_T_L[j] = scale2(L, k);
  }
}

/** Scratch outputs of the fast cores (typed-array slots are cheaper than module variables). */
const OUT = new Float64Array(4);

/**
 * exp(xh + xl) for |x| < 709, correctly rounded when decidable: the result, or NaN when the
 * rounding is undecided at the error bound `relErr` (relative).
 */
function expFast(xh: number, xl: number, relErr: number): number {
  if (EXP_T_H === null) initExpTable();
  const n = Math.round(xh * INV_C);
  const j = n & 63;
  const k = (n - j) / 64;
  const r0 = xh - n * EXP_C1; // exact
  // (rh, rl) = r0 - n*C2 + xl
  const b0 = xl - n * EXP_C2;
  const rh = r0 + b0;
  let bb = rh - r0;
  const rl = r0 - (rh - bb) + (b0 - bb);
  // q + qe = rh*rh exactly
  const q = rh * rh;
  let t = SPLITTER * rh;
  const rhh = t - (t - rh);
  const rhl = rh - rhh;
  const qe = rhh * rhh - q + 2 * rhh * rhl + rhl * rhl;
  const tail = q * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh / 5040))));
  const small = rl + qe * 0.5 + rh * rl + tail;
  const th = EXP_T_H![j];
  const tl = EXP_T_L![j];
  t = SPLITTER * th;
  const thh = t - (t - th);
  const thl = th - thh;
  // a + ae = th*rh
  const a = th * rh;
  const ae = thh * rhh - a + thh * rhl + thl * rhh + thl * rhl;
  // b + be = th*(q/2)
  const hq = q * 0.5;
  const b = th * hq;
  t = SPLITTER * hq;
  const hqh = t - (t - hq);
  const hql = hq - hqh;
  const be = thh * hqh - b + thh * hql + thl * hqh + thl * hql;
  // s2 + e1 + e2 = th + a + b
  const s1 = th + a;
  bb = s1 - th;
  const e1 = th - (s1 - bb) + (a - bb);
  const s2 = s1 + b;
  bb = s2 - s1;
  const e2 = s1 - (s2 - bb) + (b - bb);
  const lo = e1 + e2 + ae + be + th * small + tl + tl * rh + tl * hq;
  const h = s2 + lo;
  const l = lo - (h - s2);
  const err = Math.abs(h) * relErr;
  const v1 = h + (l + err);
  const v2 = h + (l - err);
  if (v1 !== v2) return NaN;
  return k === 0 ? v1 : v1 * 2 ** k;
}

export function exp(x: number): number {
  if (x > -708 && x < 709) {
    if (x === 0) return 1;
    const v = expFast(x, 0, 2 ** -68);
    if (v === v) return v;
  }
  return expSlow(x);
}

// log: x = 2**e * m, m in [sqrt(1/2), sqrt(2)], m = c * (1 + r) with c = 1/INVC[j] from a table
let LOG_INVC: Float64Array | null = null;
let LOG_C_H: Float64Array | null = null;
let LOG_C_L: Float64Array | null = null;

function initLogTable(): void {
  LOG_INVC = new Float64Array(184);
  LOG_C_H = new Float64Array(184);
  LOG_C_L = new Float64Array(184);
  for (let j = 88; j < 184; j++) {
    const invc = 128 / j;
    LOG_INVC[j] = invc;
    if (invc === 1) continue;
    logCore(invc);
    LOG_C_H[j] = -H;
    LOG_C_L[j] = -L;
  }
}

/** log(x) for a normal positive finite x into OUT[0] + OUT[1], absolute error < 2**-76 (less near 1). */
function logFast(x: number): void {
  if (LOG_INVC === null) initLogTable();
  fview.setFloat64(0, x);
  const hi = fview.getUint32(0);
  let e = ((hi >>> 20) & 0x7ff) - 1023;
  fview.setUint32(0, (hi & 0x000fffff) | 0x3ff00000);
  let m = fview.getFloat64(0); // [1, 2)
  if (m > 1.4142135623730951) {
    m *= 0.5;
    e += 1;
  }
  const j = Math.round(m * 128);
  const invc = LOG_INVC![j];
  // p + pe = m * invc exactly
  const p = m * invc;
  let t = SPLITTER * m;
  const mh = t - (t - m);
  const ml = m - mh;
  t = SPLITTER * invc;
  const ih = t - (t - invc);
  const il = invc - ih;
  const pe = mh * ih - p + mh * il + ml * ih + ml * il;
  // rh + rl = (p - 1) + pe
  const p1 = p - 1;
  const rh = p1 + pe;
  let bb = rh - p1;
  const rl = p1 - (rh - bb) + (pe - bb);
  // q + qe = rh*rh exactly
  const q = rh * rh;
  t = SPLITTER * rh;
  const rhh = t - (t - rh);
  const rhl = rh - rhh;
  const qe = rhh * rhh - q + 2 * rhh * rhl + rhl * rhl;
  const tail = q * rh * (1 / 3 - rh * (1 / 4 - rh * (1 / 5 - rh * (1 / 6 - rh * (1 / 7 - rh * (1 / 8 - rh * (1 / 9 - rh / 10)))))));
  const small = rl - qe * 0.5 - rh * rl + tail;
  // a + ae = e * LN2_HI exactly (e has at most 11 bits)
  const a = e * LN2_HI;
  t = SPLITTER * LN2_HI;
  const lnh = t - (t - LN2_HI);
  const lnl = LN2_HI - lnh;
  const ae = e * lnh - a + e * lnl;
  const ch = LOG_C_H![j];
  const s1 = a + ch;
  bb = s1 - a;
  const e1 = a - (s1 - bb) + (ch - bb);
  const s2 = s1 + rh;
  bb = s2 - s1;
  const e2 = s1 - (s2 - bb) + (rh - bb);
  const mq = -q * 0.5;
  const s3 = s2 + mq;
  bb = s3 - s2;
  const e3 = s2 - (s3 - bb) + (mq - bb);
  const lo = e1 + e2 + e3 + ae + e * LN2_LO + LOG_C_L![j] + small;
  const h = s3 + lo;
  OUT[0] = h;
  OUT[1] = lo - (h - s3);
}

export function log(x: number): number {
  if (x >= 2.2250738585072014e-308 && x < Infinity) {
    if (x === 1) return 0;
    logFast(x);
    const h = OUT[0];
    const l = OUT[1];
    const err = Math.abs(h) * 2 ** -66;
    const v1 = h + (l + err);
    if (v1 === h + (l - err)) return v1;
  }
  return logSlow(x);
}

/** x**y for x > 0, both finite and ordinary: NaN when undecided or out of the fast range. */
function powFast(x: number, y: number): number {
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) return NaN;
  logFast(x);
  const lh = OUT[0];
  const ll = OUT[1];
  // th + tl = y * (lh + ll)
  const p = y * lh;
  let t = SPLITTER * y;
  const yh = t - (t - y);
  const yl = y - yh;
  t = SPLITTER * lh;
  const lhh = t - (t - lh);
  const lhl = lh - lhh;
  const pe = yh * lhh - p + yh * lhl + yl * lhh + yl * lhl + y * ll;
  const th = p + pe;
  const tl = pe - (th - p);
  if (!(th > -708 && th < 709)) return NaN;
  return expFast(th, tl, 2 ** -68 + Math.abs(y) * 2 ** -74);
}

// sin, cos: |r| <= pi/4 split as a + t with a = j/64 from the table, |t| <= 1/128

let FS_H = 0;
let FS_L = 0;
let FC_H = 0;
let FC_L = 0;

/** sin and cos of a finite x with |x| < 1647099 into FS_*, FC_* (absolute error < 2**-70). */
function sinCosFast(x: number): void {
  if (SIN_TAB_H === null) initTables();
  const quadrant = reduce(x);
  let rh = H;
  let rl = L;
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 64);
  const th = rh - j / 64; // exact
  const tl = rl;
  twoProd(th, th);
  const q = H;
  const qe = L;
  const sSmall = tl + th * q * (-1 / 6 + q * (1 / 120 - q * (1 / 5040 - q / 362880))) - 0.5 * q * tl;
  const cSmall = -(qe * 0.5 + th * tl) + q * q * (1 / 24 - q * (1 / 720 - q / 40320));
  const sah = SIN_TAB_H![j];
  const sal = SIN_TAB_L![j];
  const cah = COS_TAB_H![j];
  const cal = COS_TAB_L![j];
  const hq = q * 0.5;
  // sin(a+t) = sa + ca*t - sa*q/2 + sa*cSmall + ca*sSmall
  twoProd(cah, th);
  const p1 = H;
  const p1e = L;
  twoProd(sah, hq);
  const p2 = H;
  const p2e = L;
  twoSum(sah, p1);
  const s1 = H;
  const e1 = L;
  twoSum(s1, -p2);
  const s2 = H;
  const e2 = L;
  let lo = e1 + e2 + p1e - p2e + sal + cal * th + sah * cSmall + cah * sSmall - sal * hq;
  quickTwoSum(s2, lo);
  let sh = neg ? -H : H;
  let sl = neg ? -L : L;
  // cos(a+t) = ca - sa*t - ca*q/2 + ca*cSmall - sa*sSmall
  twoProd(sah, th);
  const c1 = H;
  const c1e = L;
  twoProd(cah, hq);
  const c2 = H;
  const c2e = L;
  twoSum(cah, -c1);
  const d1 = H;
  const f1 = L;
  twoSum(d1, -c2);
  const d2 = H;
  const f2 = L;
  lo = f1 + f2 - c1e - c2e + cal - sal * th + cah * cSmall - sah * sSmall - cal * hq;
  quickTwoSum(d2, lo);
  let ch = H;
  let cl = L;
  switch (quadrant) {
    case 1: {
      const t1 = sh;
      const t2 = sl;
      sh = ch;
      sl = cl;
      ch = -t1;
      cl = -t2;
      break;
    }
    case 2:
      sh = -sh;
      sl = -sl;
      ch = -ch;
      cl = -cl;
      break;
    case 3: {
      const t1 = sh;
      const t2 = sl;
      sh = -ch;
      sl = -cl;
      ch = t1;
      cl = t2;
      break;
    }
  }
  FS_H = sh;
  FS_L = sl;
  FC_H = ch;
  FC_L = cl;
}

export function sin(x: number): number {
  const ax = Math.abs(x);
  if (ax > 1e-8 && ax < 1647099) {
    sinCosFast(x);
    const v = zivRound(FS_H, FS_L, 2 ** -69 + Math.abs(FS_H) * 2 ** -66);
    if (v === v) return v;
  }
  return sinSlow(x);
}

export function cos(x: number): number {
  const ax = Math.abs(x);
  if (ax > 1e-9 && ax < 1647099) {
    sinCosFast(x);
    const v = zivRound(FC_H, FC_L, 2 ** -69 + Math.abs(FC_H) * 2 ** -66);
    if (v === v) return v;
  }
  return cosSlow(x);
}

export function tan(x: number): number {
  const ax = Math.abs(x);
  if (ax > 1e-9 && ax < 1647099) {
    sinCosFast(x);
    ddDiv(FS_H, FS_L, FC_H, FC_L);
    const err = (2 ** -68 / Math.abs(FC_H)) * (1 + Math.abs(H)) + Math.abs(H) * 2 ** -66;
    const v = zivRound(H, L, err);
    if (v === v) return v;
  }
  return tanSlow(x);
}

// ---- inverse trigonometric ------------------------------------------------------------------

/** y0 + d rounded when decidable with absolute error `err`; NaN otherwise. */
function zivAbs(y0: number, d: number, err: number): number {
  const v1 = y0 + (d + err);
  return v1 === y0 + (d - err) ? v1 : NaN;
}

export function atan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 18014398509481984) return x > 0 ? PIO2_HI : -PIO2_HI; // |x| > 2**54
  if (ax < 1e-9) return x;
  const y0 = Math.atan(x);
  // Newton on sin(y) - x cos(y) = 0, with the fast sin/cos
  sinCosFast(y0);
  twoProd(x, FC_H);
  const num = FS_H - H + (FS_L - (L + x * FC_L));
  const d = -num / (FC_H + x * FS_H);
  const v = zivAbs(y0, d, Math.abs(y0) * 2 ** -62);
  if (v === v) return v;
  return atanSlow(x, y0);
}

function atanSlow(x: number, y0: number): number {
  sinCosDD(y0);
  ddMulD(CH, CL, x);
  ddAdd(SH, SL, -H, -L);
  const num = H + L;
  const den = CH + x * SH;
  const d = -num / den;
  return y0 + d;
}

export function asin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x > 0 ? PIO2_HI : -PIO2_HI;
  if (ax < 1e-8) return x;
  const y0 = Math.asin(x);
  sinCosFast(y0);
  const d = (x - FS_H - FS_L) / FC_H;
  const v = zivAbs(y0, d, 2 ** -67 / Math.abs(FC_H) + Math.abs(y0) * 2 ** -62);
  if (v === v) return v;
  asinDD(x);
  return H + L;
}

/** asin as a double-double in H/L (|x| < 1). */
function asinDD(x: number): void {
  const y0 = Math.asin(x);
  sinCosDD(y0);
  ddAdd(x, 0, -SH, -SL);
  const d = (H + L) / (CH + CL);
  quickTwoSum(y0, d);
}

export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_HI;
  if (ax < 1e-17) return PIO2_HI;
  const y0 = Math.asin(x);
  sinCosFast(y0);
  const d = (x - FS_H - FS_L) / FC_H;
  // pi/2 - (y0 + d)
  twoSum(PIO2_HI, -y0);
  const v = zivAbs(H, L + (PIO2_LO - d), 2 ** -67 / Math.abs(FC_H) + Math.abs(y0) * 2 ** -62);
  if (v === v) return v;
  asinDD(x);
  ddAdd(PIO2_HI, PIO2_LO, -H, -L);
  return H + L;
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) {
    // C99 special values
    const ySign = y < 0 || Object.is(y, -0) ? -1 : 1;
    const xNeg = x < 0 || Object.is(x, -0);
    if (!Number.isFinite(y)) {
      if (!Number.isFinite(x)) return ySign * (xNeg ? 0.75 * PI_HI : 0.25 * PI_HI);
      return ySign * PIO2_HI;
    }
    if (!Number.isFinite(x) || y === 0) return xNeg ? ySign * PI_HI : ySign * 0;
  }
  if (x === 0) return y > 0 ? PIO2_HI : -PIO2_HI;
  // scale both to moderate magnitudes
  const ey = frexpParts(Math.abs(y))[1];
  const ex = frexpParts(Math.abs(x))[1];
  if (ey - ex < -1060 && x > 0) return y / x; // atan(t) ~ t far below an ulp of t**3
  const sc = -Math.max(ey, ex);
  const ys = scale2Safe(y, sc);
  const xs = scale2Safe(x, sc);
  const t0 = Math.atan2(ys, xs);
  if (Math.abs(t0) < 1e-300) return Math.atan2(y, x);
  // Newton on y cos(t) - x sin(t) = 0
  sinCosFast(t0);
  twoProd(ys, FC_H);
  const ah = H;
  const al = L + ys * FC_L;
  twoProd(xs, FS_H);
  const num = ah - H + (al - (L + xs * FS_L));
  const den = xs * FC_H + ys * FS_H;
  const v = zivAbs(t0, num / den, (2 ** -67 * (Math.abs(xs) + Math.abs(ys))) / Math.abs(den) + Math.abs(t0) * 2 ** -62);
  if (v === v) return v;
  sinCosDD(t0);
  ddMulD(CH, CL, ys);
  const bh = H;
  const bl = L;
  ddMulD(SH, SL, xs);
  ddAdd(bh, bl, -H, -L);
  const num2 = H + L;
  const den2 = xs * CH + ys * SH;
  return t0 + num2 / den2;
}

function scale2Safe(v: number, k: number): number {
  // multiply by 2**k in steps so that no intermediate overflows or loses bits needlessly
  if (k > 1000) return v * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return v * 2 ** -1000 * 2 ** (k + 1000);
  return v * 2 ** k;
}

// ---- hypot and sqrt of double-doubles ------------------------------------------------------

/** C hypot(x, y), correctly rounded. */
export function hypot(x: number, y: number): number {
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  if (b === 0) return a;
  const ea = frexpParts(a)[1];
  const eb = frexpParts(b)[1];
  if (ea - eb > 30) return roundScaled(a, b * b / (2 * a), 0);
  const sc = -ea;
  const as = scale2Safe(a, sc);
  const bs = scale2Safe(b, sc);
  twoProd(as, as);
  const a2h = H;
  const a2l = L;
  twoProd(bs, bs);
  ddAdd(a2h, a2l, H, L);
  const sh = H;
  const sl = L;
  const r0 = Math.sqrt(sh);
  twoProd(r0, r0);
  ddAdd(sh, sl, -H, -L);
  const corr = (H + L) / (2 * r0);
  return roundScaled(r0, corr, ea);
}

// ---- the fdlibm-family functions (glibc's algorithms) --------------------------------------

export const expm1: (x: number) => number = Math.expm1;
export const log1p: (x: number) => number = Math.log1p;
export const tanh: (x: number) => number = Math.tanh;

const SHUGE = 1.0e307;

/** glibc e_sinh.c */
export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 3.725290298461914e-9) return x; // |x| < 2**-28
    const t = expm1(ax);
    if (ax < 1) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.7822265625) return h * exp(ax); // 0x40862e42 high word
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * SHUGE;
}

/** glibc e_cosh.c */
export function cosh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 0.3465735902799726) {
      // |x| in [0, 0.5*ln2]
      if (ax < 5.551115123125783e-17) return 1; // 2**-54
      const t = expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.7822265625) return 0.5 * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

const LN2 = 6.93147180559945286227e-1;

/** glibc s_asinh.c */
export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  if (ax < 3.725290298461914e-9) return x;
  let w: number;
  if (ax > 268435456) w = log(ax) + LN2;
  else if (ax > 2) w = log(2.0 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
  else {
    const t = ax * ax;
    w = log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** glibc e_acosh.c */
export function acosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) return NaN;
  if (x >= 268435456) {
    if (x === Infinity) return x;
    return log(x) + LN2;
  }
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

/** glibc e_atanh.c */
export function atanh(x: number): number {
  if (x !== x) return x;
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) t = 0.5 * log1p((xa + xa) / (1 - xa));
  else if (xa > 1) return NaN;
  else return x / 0;
  return x < 0 ? -t : t;
}

// glibc s_cbrt.c: a polynomial first guess, one Halley step, the exponent split by 3
const CBRT_FACTOR = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexpParts(Math.abs(x));
  const u =
    0.354895765043919860 +
    (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexpC(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

/** C ldexp (one rounding). */
function ldexpC(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexpParts(x);
  const target = ex + e;
  if (target > 1024) return x * Infinity;
  if (target >= -1021) return scale2(m, target);
  return roundScaled(m, 0, target);
}

// erf and erfc: glibc s_erf.c (fdlibm's rational approximations, with the polynomials evaluated
// in the split order glibc uses), calling the correctly rounded exp.
const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const PP0 = 1.28379167095512558561e-1;
const PP1 = -3.25042107247001499370e-1;
const PP2 = -2.84817495755985104766e-2;
const PP3 = -5.77027029648944159157e-3;
const PP4 = -2.37630166566501626084e-5;
const QQ1 = 3.97917223959155352819e-1;
const QQ2 = 6.50222499887672944485e-2;
const QQ3 = 5.08130628187576562776e-3;
const QQ4 = 1.32494738004321644526e-4;
const QQ5 = -3.96022827877536812320e-6;
const PA0 = -2.36211856075265944077e-3;
const PA1 = 4.14856118683748331666e-1;
const PA2 = -3.72207876035701323847e-1;
const PA3 = 3.18346619901161753674e-1;
const PA4 = -1.10894694282396677476e-1;
const PA5 = 3.54783043256182359371e-2;
const PA6 = -2.16637559486879084300e-3;
const QA1 = 1.06420880400844228286e-1;
const QA2 = 5.40397917702171048937e-1;
const QA3 = 7.18286544141962662868e-2;
const QA4 = 1.26171219808761642112e-1;
const QA5 = 1.36370839120290507362e-2;
const QA6 = 1.19844998467991074170e-2;
const RA0 = -9.86494403484714822705e-3;
const RA1 = -6.93858572707181764372e-1;
const RA2 = -1.05586262253232909814e1;
const RA3 = -6.23753324503260060396e1;
const RA4 = -1.62396669462573470355e2;
const RA5 = -1.84605092906711035994e2;
const RA6 = -8.12874355063065934246e1;
const RA7 = -9.81432934416914548592e0;
const SA1 = 1.96512716674392571292e1;
const SA2 = 1.37657754143519042600e2;
const SA3 = 4.34565877475229228821e2;
const SA4 = 6.45387271733267880336e2;
const SA5 = 4.29008140027567833386e2;
const SA6 = 1.08635005541779435134e2;
const SA7 = 6.57024977031928170135e0;
const SA8 = -6.04244152148580987438e-2;
const RB0 = -9.86494292470009928597e-3;
const RB1 = -7.99283237680523006574e-1;
const RB2 = -1.77579549177547519889e1;
const RB3 = -1.60636384855821916062e2;
const RB4 = -6.37566443368389627722e2;
const RB5 = -1.02509513161107724954e3;
const RB6 = -4.83519191608651397019e2;
const SB1 = 3.03380607434824582924e1;
const SB2 = 3.25792512996573918826e2;
const SB3 = 1.53672958608443695994e3;
const SB4 = 3.19985821950859553908e3;
const SB5 = 2.55305040643316442583e3;
const SB6 = 4.74528541206955367215e2;
const SB7 = -2.24409524465858183362e1;

/** The high word of a double (as a signed 32-bit integer). */
function highWord(x: number): number {
  fview.setFloat64(0, x);
  return fview.getInt32(0);
}

/** x with its low 32 bits cleared. */
function clearLow(x: number): number {
  fview.setFloat64(0, x);
  fview.setUint32(4, 0);
  return fview.getFloat64(0);
}

/** R/S for |x| in [0, 0.84375): erf(x) = x + x*y */
function erfSmall(z: number): number {
  const r1 = PP0 + z * PP1;
  const z2 = z * z;
  const r2 = PP2 + z * PP3;
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q for |x| in [0.84375, 1.25), s = |x| - 1 */
function erfMid(s: number): number {
  const P1 = PA0 + s * PA1;
  const s2 = s * s;
  const Q1 = 1 + s * QA1;
  const s4 = s2 * s2;
  const P2 = PA2 + s * PA3;
  const s6 = s4 * s2;
  const Q2 = QA2 + s * QA3;
  const P3 = PA4 + s * PA5;
  const Q3 = QA4 + s * QA5;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA6;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA6;
  return P / Q;
}

/** exp(-x*x - 0.5625 + R/S) for the tail, |x| >= 1.25 (x > 0); `limit` selects the R/S pair. */
function erfTail(x: number, ix: number, limit: number): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (ix < limit) {
    const R1 = RA0 + s * RA1;
    const s2 = s * s;
    const S1 = 1 + s * SA1;
    const s4 = s2 * s2;
    const R2 = RA2 + s * RA3;
    const s6 = s4 * s2;
    const S2 = SA2 + s * SA3;
    const s8 = s4 * s4;
    const R3 = RA4 + s * RA5;
    const S3 = SA4 + s * SA5;
    const R4 = RA6 + s * RA7;
    const S4 = SA6 + s * SA7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA8;
  } else {
    const R1 = RB0 + s * RB1;
    const s2 = s * s;
    const S1 = 1 + s * SB1;
    const s4 = s2 * s2;
    const R2 = RB2 + s * RB3;
    const s6 = s4 * s2;
    const S2 = SB2 + s * SB3;
    const R3 = RB4 + s * RB5;
    const S3 = SB4 + s * SB5;
    const S4 = SB6 + s * SB7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB6;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = clearLow(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (x !== x) return x;
    return x > 0 ? 1 : -1;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x * x);
  }
  if (ix < 0x3ff40000) {
    const q = erfMid(Math.abs(x) - 1);
    return hx >= 0 ? ERX + q : -ERX - q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const ax = Math.abs(x);
  const r = erfTail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (x !== x) return x;
    return x > 0 ? 0 : 2;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmall(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const q = erfMid(Math.abs(x) - 1);
    if (hx >= 0) return 1 - ERX - q;
    return 1 + (ERX + q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const ax = Math.abs(x);
    const r = erfTail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}

/** glibc e_log10.c: n*log10(2) split in two, plus log(x)/ln(10) through the correctly rounded log. */
export function log10Glibc(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  let [m, k] = frexpParts(x);
  // x = m * 2**k with m in [0.5, 1); glibc uses the exponent of x (m' in [1, 2)) and moves the
  // negative exponents' last bit into the mantissa: for k' < 0, m'' in [0.5, 1)
  let e = k - 1; // x = (2m) * 2**(k-1), 2m in [1, 2)
  let mm = 2 * m;
  const i = e < 0 ? 1 : 0;
  mm = i ? mm / 2 : mm;
  e = e + i;
  const y = e;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * log(mm);
  return z + y * 3.01029995663611771306e-1;
}
