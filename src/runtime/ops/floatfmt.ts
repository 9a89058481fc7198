// Correctly rounded decimal conversion of doubles, as CPython does it with David Gay's dtoa
// (Python/dtoa.c _Py_dg_dtoa modes 0, 2 and 3) and Python/pystrtod.c PyOS_double_to_string
// (format_float_short). Rounding is round-half-even on the exact binary value: '%.2f' % 0.125
// is '0.12' and '%.0f' % 2.5 is '2', where JS's toFixed/toPrecision round ties away from zero.
//
// The fast paths use toFixed/toExponential, which V8 computes exactly; those only disagree with
// dtoa on exact ties, and a tie is only possible when the number of fractional bits of x fits
// the requested position, which is cheap to test. Everything else goes through exact BigInt
// arithmetic.

export interface DecimalDigits {
  /** significant digits without trailing zeros; "" when the value rounds to zero (mode 3) */
  digits: string;
  /** position of the decimal point relative to the start of `digits` (value = 0.digits * 10**decpt) */
  decpt: number;
}

const view = new DataView(new ArrayBuffer(8));

/** |x| = mant * 2**exp exactly (x finite, non-zero). */
function decompose(x: number): [number, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  if (biased === 0) return [mant, -1074];
  mant += 4503599627370496; // 2**52
  return [mant, biased - 1075];
}

/** The number of bits after the binary point in |x|'s exact value (0 for integers). */
function fractionBits(x: number): number {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const exp = biased === 0 ? -1074 : biased - 1075;
  if (exp >= 0) return 0;
  // trailing zero bits of the 53-bit mantissa
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const m = (hi & 0xfffff) | (biased === 0 ? 0 : 0x100000);
    tz = m === 0 ? 53 : 32 + (31 - Math.clz32(m & -m));
  }
  const k = -(exp + tz);
  return k > 0 ? k : 0;
}

const BIG10: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let v = BIG10[n];
    if (v === undefined) v = BIG10[n] = 10n ** BigInt(n);
    return v;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(|x| * 10**f) exactly, for any integer f. */
function scaledRound(x: number, f: number): bigint {
  const [mant, exp] = decompose(x);
  let num = BigInt(mant);
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (f >= 0) num *= pow10(f);
  else den *= pow10(-f);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** floor(log10(|x|)) exactly. */
function decimalExponent(x: number): number {
  const ax = Math.abs(x);
  let k = Math.floor(Math.log10(ax));
  // verify against exact powers of ten: 10**k <= |x| < 10**(k+1)
  const [mant, exp] = decompose(x);
  const cmpPow = (kk: number): number => {
    // sign of |x| - 10**kk
    let a = BigInt(mant);
    let b = 1n;
    if (exp >= 0) a <<= BigInt(exp);
    else b <<= BigInt(-exp);
    // |x| = a / b; compare a with b * 10**kk
    if (kk >= 0) b *= pow10(kk);
    else a *= pow10(-kk);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  if (!Number.isFinite(k)) k = 0;
  while (cmpPow(k) < 0) k--;
  while (cmpPow(k + 1) >= 0) k++;
  return k;
}

function stripTrailingZeros(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0x30) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Digits of a plain decimal string "123.4500" / "0.0012" (no sign). */
function fromFixedString(s: string, f: number): DecimalDigits {
  const dot = s.indexOf(".");
  const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let decpt = dot < 0 ? s.length : dot;
  let i = 0;
  while (i < all.length && all.charCodeAt(i) === 0x30) i++;
  if (i === all.length) return { digits: "", decpt: 0 - f };
  decpt -= i;
  return { digits: stripTrailingZeros(all.slice(i)), decpt };
}

/**
 * dtoa mode 3: |x| rounded to `f` digits after the decimal point (f may be negative: round to
 * a multiple of 10**-f). x finite. Zero gives digits "0", decpt 1; a value that rounds to zero
 * gives digits "", decpt -f.
 */
export function fixedDigits(x: number, f: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const ax = Math.abs(x);
  if (f >= 0 && f <= 100 && ax < 1e21) {
    const kb = fractionBits(ax);
    if (kb !== f + 1) return fromFixedString(ax.toFixed(f), f);
  }
  const q = scaledRound(ax, f);
  if (q === 0n) return { digits: "", decpt: 0 - f };
  const s = q.toString();
  return { digits: stripTrailingZeros(s), decpt: s.length - f };
}

/** dtoa mode 2: |x| rounded to n >= 1 significant digits. x finite. */
export function significantDigits(x: number, n: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const ax = Math.abs(x);
  if (n <= 101) {
    const s = ax.toExponential(n - 1);
    const e = s.indexOf("e");
    const k = Number(s.slice(e + 1)); // exponent after rounding: the true one or one more
    const kb = fractionBits(ax);
    const tiePossible = kb === 0 ? k >= n : n - kb === k || n - kb === k - 1;
    if (!tiePossible) {
      const mant = s.slice(0, e);
      const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
      return { digits: stripTrailingZeros(digits), decpt: k + 1 };
    }
  }
  const k = decimalExponent(ax);
  const q = scaledRound(ax, n - 1 - k);
  const s = q.toString();
  if (s.length > n) return { digits: "1", decpt: k + 2 }; // rounded up to 10**n
  return { digits: stripTrailingZeros(s), decpt: k + 1 };
}

/** dtoa mode 0: the shortest digits that round-trip. x finite. */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const s = Math.abs(x).toExponential();
  const e = s.indexOf("e");
  const mant = s.slice(0, e);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

// ---- PyOS_double_to_string ----------------------------------------------------------------

/** Py_DTSF_SIGN: always add a sign */
export const DTSF_SIGN = 1;
/** Py_DTSF_ADD_DOT_0: add ".0" to integral results without an exponent ('r' and 'g') */
export const DTSF_ADD_DOT_0 = 2;
/** Py_DTSF_ALT: alternate form (keep the point and trailing zeros) */
export const DTSF_ALT = 4;
/** Py_DTSF_NO_NEG_0: a negative value that rounds to zero loses its sign (format spec 'z') */
export const DTSF_NO_NEG_0 = 8;

/**
 * PyOS_double_to_string(x, code, precision, flags): `code` is one of e E f F g G r.
 * 'r' ignores precision (repr). NaN is "nan" (sign ignored), infinities "inf"/"-inf".
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let fmt = code;
  switch (code) {
    case "E":
    case "F":
    case "G":
      upper = true;
      fmt = code.toLowerCase();
      break;
  }
  const s = formatFloatShort(x, fmt, precision, flags);
  return upper ? s.toUpperCase() : s;
}

function formatFloatShort(x: number, code: string, precision: number, flags: number): string {
  const addSign = (flags & DTSF_SIGN) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  if (!Number.isFinite(x)) {
    if (x !== x) return addSign ? "+nan" : "nan";
    return x < 0 ? "-inf" : addSign ? "+inf" : "inf";
  }
  let neg = x < 0 || Object.is(x, -0);
  if (code === "f" && precision <= 100 && (precision > 0 || !alt) && x < 1e21 && x > -1e21 && !addSign) {
    // toFixed is exact except on ties, which only occur with precision+1 fraction bits
    const ax = neg ? -x : x;
    if (fractionBits(ax) !== precision + 1) {
      const t = ax.toFixed(precision);
      if (!neg) return t;
      if ((flags & DTSF_NO_NEG_0) !== 0 && /^[0.]*$/.test(t)) return t;
      return "-" + t;
    }
  }
  let d: DecimalDigits;
  let vend: number;
  let useExp = false;
  switch (code) {
    case "e":
      d = significantDigits(x, precision + 1);
      useExp = true;
      vend = precision + 1;
      break;
    case "f":
      d = fixedDigits(x, precision);
      vend = d.decpt + precision;
      break;
    case "g": {
      const p = precision === 0 ? 1 : precision;
      d = significantDigits(x, p);
      if (d.decpt <= -4 || d.decpt > (addDot0 ? p - 1 : p)) useExp = true;
      vend = alt ? p : d.digits.length;
      break;
    }
    default: // 'r'
      d = shortestDigits(x);
      if (d.decpt <= -4 || d.decpt > 16) useExp = true;
      vend = d.digits.length;
      break;
  }
  const digits = d.digits;
  const dlen = digits.length;
  if (vend < dlen) vend = dlen;
  if ((flags & DTSF_NO_NEG_0) !== 0 && neg && (dlen === 0 || digits === "0")) neg = false;
  let decpt = d.decpt;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  let out = neg ? "-" : addSign ? "+" : "";
  if (decpt <= 0) {
    out += "0".repeat(decpt - vstart) + "." + "0".repeat(-decpt);
  } else {
    out += "0".repeat(-vstart);
  }
  if (decpt > 0 && decpt <= dlen) {
    out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (dlen < decpt) {
    out += "0".repeat(decpt - dlen) + "." + "0".repeat(vend - decpt);
  } else {
    out += "0".repeat(vend - dlen);
  }
  if (out.charCodeAt(out.length - 1) === 0x2e && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return out;
}

/** repr(float): PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0). */
export function floatReprString(x: number): string {
  return formatFloatShort(x, "r", 0, DTSF_ADD_DOT_0);
}

/**
 * round(x, ndigits) for a finite x (Objects/floatobject.c double_round): the decimal string
 * correctly rounded to `ndigits` places (half-even on the exact value), read back as a double.
 * Returns null when the result overflows ("rounded value too large to represent").
 */
export function roundDouble(x: number, ndigits: number): number | null {
  const d = fixedDigits(x, ndigits);
  const neg = x < 0 || Object.is(x, -0);
  if (d.digits === "" || d.digits === "0") return neg ? -0 : 0;
  const v = Number((neg ? "-" : "") + "0." + d.digits + "e" + d.decpt);
  if (!Number.isFinite(v)) return null;
  return v;
}
