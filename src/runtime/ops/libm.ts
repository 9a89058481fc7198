// The C math library functions the math module and float ** need (what CPython gets from the
// platform libm, glibc on Linux). JS's Math functions are not correctly rounded and differ from
// glibc's in the last bit for a few percent of arguments; the functions here aim at the
// correctly rounded result, which glibc's modern implementations return almost always.
// (The precise implementations replace the Math.* fallbacks below one by one.)

export let pow: (x: number, y: number) => number = Math.pow;
export let exp: (x: number) => number = Math.exp;
export let log: (x: number) => number = Math.log;
export let log2: (x: number) => number = Math.log2;
export let log10: (x: number) => number = Math.log10;
export let expm1: (x: number) => number = Math.expm1;
export let log1p: (x: number) => number = Math.log1p;
export let sin: (x: number) => number = Math.sin;
export let cos: (x: number) => number = Math.cos;
export let tan: (x: number) => number = Math.tan;
export let asin: (x: number) => number = Math.asin;
export let acos: (x: number) => number = Math.acos;
export let atan: (x: number) => number = Math.atan;
export let atan2: (y: number, x: number) => number = Math.atan2;
export let sinh: (x: number) => number = Math.sinh;
export let cosh: (x: number) => number = Math.cosh;
export let tanh: (x: number) => number = Math.tanh;
export let asinh: (x: number) => number = Math.asinh;
export let acosh: (x: number) => number = Math.acosh;
export let atanh: (x: number) => number = Math.atanh;
export let cbrt: (x: number) => number = Math.cbrt;

export function exp2(x: number): number {
  return pow(2, x);
}

/** C's erf (Abramowitz-Stegun-free: a series for small |x|, a continued fraction for larger). */
export function erf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax >= 6) return x > 0 ? 1 : -1;
  if (ax < 1.5) return erfSeries(x);
  const r = 1 - erfcContFrac(ax);
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) return 1 - erfSeries(x);
  if (x >= 30) return 0;
  if (x <= -6) return 2;
  const r = erfcContFrac(ax);
  return x < 0 ? 2 - r : r;
}

const SQRTPI = 1.772453850905516;

function erfSeries(x: number): number {
  // erf(x) = x*exp(-x*x)/sqrt(pi) * sum(2**k x**(2k) / (1*3*...*(2k+1)))
  const x2 = x * x;
  let acc = 0;
  let fk = 25.5; // ERF_SERIES_TERMS + 0.5
  for (let i = 0; i < 25; i++) {
    acc = 2.0 + x2 * acc / fk;
    fk -= 1.0;
  }
  return acc * x * exp(-x2) / SQRTPI;
}

function erfcContFrac(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0.0;
  let da = 0.5;
  let p = 1.0;
  let pLast = 0.0;
  let q = da + x2;
  let qLast = 1.0;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2.0;
    const b = da + x2;
    let temp = p;
    p = b * p - a * pLast;
    pLast = temp;
    temp = q;
    q = b * q - a * qLast;
    qLast = temp;
  }
  return p / q * x * exp(-x2) / SQRTPI;
}

/** Installs precise implementations (used by libm-precise.ts). */
export function setImplementations(impl: Partial<Record<string, (...a: number[]) => number>>): void {
  for (const [k, f] of Object.entries(impl)) {
    switch (k) {
      case "pow":
        pow = f as typeof pow;
        break;
      case "exp":
        exp = f as typeof exp;
        break;
      case "log":
        log = f as typeof log;
        break;
      case "log2":
        log2 = f as typeof log2;
        break;
      case "log10":
        log10 = f as typeof log10;
        break;
      case "expm1":
        expm1 = f as typeof expm1;
        break;
      case "log1p":
        log1p = f as typeof log1p;
        break;
      case "sin":
        sin = f as typeof sin;
        break;
      case "cos":
        cos = f as typeof cos;
        break;
      case "tan":
        tan = f as typeof tan;
        break;
      case "asin":
        asin = f as typeof asin;
        break;
      case "acos":
        acos = f as typeof acos;
        break;
      case "atan":
        atan = f as typeof atan;
        break;
      case "atan2":
        atan2 = f as typeof atan2;
        break;
      case "sinh":
        sinh = f as typeof sinh;
        break;
      case "cosh":
        cosh = f as typeof cosh;
        break;
      case "tanh":
        tanh = f as typeof tanh;
        break;
      case "asinh":
        asinh = f as typeof asinh;
        break;
      case "acosh":
        acosh = f as typeof acosh;
        break;
      case "atanh":
        atanh = f as typeof atanh;
        break;
      case "cbrt":
        cbrt = f as typeof cbrt;
        break;
    }
  }
}
