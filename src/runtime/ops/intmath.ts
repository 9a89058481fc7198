// Arbitrary-precision int arithmetic on pyframe's int representation: a JS number while the value
// is a safe integer, a bigint beyond. Every result is normalised back to that invariant.
// Semantics are Python's: floor division and modulo round toward minus infinity, shifts and
// bitwise operations act on unbounded two's complement.

import { overflowError, valueError, zeroDivisionError } from "../errors.js";

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalises a bigint result: a number when it is a safe integer. */
export function norm(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

export function add(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) + big(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) - big(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r; // no -0 for ints
  }
  return norm(big(a) * big(b));
}

/** Python's a % b (sign of b). */
export function mod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDivisionError("integer modulo by zero");
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const bb = big(b);
  if (bb === 0n) zeroDivisionError("integer modulo by zero");
  let r = big(a) % bb;
  if (r !== 0n && (r < 0n) !== (bb < 0n)) r += bb;
  return norm(r);
}

/** Python's a // b (floor). */
export function floordiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDivisionError("integer division or modulo by zero");
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    const q = (a - r) / b;
    if (q <= MAX_SAFE && q >= -MAX_SAFE) return q === 0 ? 0 : q;
  }
  const bb = big(b);
  if (bb === 0n) zeroDivisionError("integer division or modulo by zero");
  const ab = big(a);
  let q = ab / bb;
  if ((ab % bb !== 0n) && ((ab < 0n) !== (bb < 0n))) q -= 1n;
  return norm(q);
}

/** divmod for ints: [a // b, a % b]. */
export function divmod(a: Int, b: Int): [Int, Int] {
  if ((typeof b === "number" && b === 0) || b === 0n) zeroDivisionError("integer division or modulo by zero");
  return [floordiv(a, b), mod(a, b)];
}

export function neg(a: Int): Int {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return norm(-a);
}

export function abs(a: Int): Int {
  if (typeof a === "number") return Math.abs(a);
  return norm(a < 0n ? -a : a);
}

export function sign(a: Int): number {
  if (typeof a === "number") return a > 0 ? 1 : a < 0 ? -1 : 0;
  return a > 0n ? 1 : a < 0n ? -1 : 0;
}

export function isZero(a: Int): boolean {
  return a === 0 || a === 0n;
}

/** a ** b for b >= 0. */
export function powNonNeg(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    let result = 1;
    let base = a;
    let e = b;
    let exact = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) {
          exact = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX_SAFE) {
          exact = false;
          break;
        }
      }
    }
    if (exact) return result === 0 ? 0 : result;
  }
  const bb = big(b);
  const ab = big(a);
  if (ab === 0n || ab === 1n) return norm(ab);
  if (ab === -1n) return bb % 2n === 0n ? 1 : -1;
  if (bb > 100_000_000n) overflowError("exponent too large"); // memory would run out long before
  return norm(ab ** bb);
}

/** pow(a, b, m) with Python's rules (negative b needs an invertible base). */
export function powMod(a: Int, b: Int, m: Int): Int {
  let mb = big(m);
  if (mb === 0n) valueError("pow() 3rd argument cannot be 0");
  const negMod = mb < 0n;
  if (negMod) mb = -mb;
  let base = ((big(a) % mb) + mb) % mb;
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, mb);
    e = -e;
  }
  let result = 1n % mb;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mb;
    base = (base * base) % mb;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= mb;
  return norm(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) valueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

export function lshift(a: Int, b: Int): Int {
  if (sign(b) < 0) valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number" && b < 32) {
    const r = a * 2 ** b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  if (isZero(a)) return 0;
  const bb = big(b);
  if (bb > 0x7fffffffn) overflowError("too many digits in integer");
  return norm(big(a) << bb);
}

export function rshift(a: Int, b: Int): Int {
  if (sign(b) < 0) valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  const bb = big(b);
  if (bb > 0xffffffffn) return sign(a) < 0 ? -1 : 0;
  return norm(big(a) >> bb);
}

function small32(a: Int): a is number {
  return typeof a === "number" && (a | 0) === a;
}

export function and(a: Int, b: Int): Int {
  if (small32(a) && small32(b)) return a & b;
  return norm(big(a) & big(b));
}

export function or(a: Int, b: Int): Int {
  if (small32(a) && small32(b)) return a | b;
  return norm(big(a) | big(b));
}

export function xor(a: Int, b: Int): Int {
  if (small32(a) && small32(b)) return a ^ b;
  return norm(big(a) ^ big(b));
}

export function invert(a: Int): Int {
  return sub(neg(a), 1);
}

export function compare(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** int -> float, raising OverflowError beyond the double range (as PyLong_AsDouble). */
export function toFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a);
  if (!Number.isFinite(f)) overflowError("int too large to convert to float");
  // Number(bigint) rounds to nearest-even, as CPython's conversion does.
  return f;
}

/** Correctly rounded a / b for ints (long_true_divide): one rounding, subnormals included. */
export function truediv(a: Int, b: Int): number {
  if (isZero(b)) zeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const x = big(a);
  const y = big(b);
  const negative = (x < 0n) !== (y < 0n);
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  if (ax <= 9007199254740992n && ay <= 9007199254740992n) return Number(x) / Number(y);
  if (ax === 0n) return negative ? -0 : 0;
  const diff = bitLength(ax) - bitLength(ay);
  if (diff > 1025) overflowError("integer division result too large for a float");
  if (diff < -1078) return negative ? -0 : 0;
  // a quotient of at least 55 bits, plus a sticky bit for the remainder
  const shift = 55 - diff;
  const n = shift >= 0 ? ax << BigInt(shift) : ax;
  const d = shift >= 0 ? ay : ay << BigInt(-shift);
  const q = n / d;
  const sticky = n - q * d !== 0n;
  const qb = bitLength(q);
  const e = qb - shift; // 2**(e-1) <= |a/b| < 2**e
  const keep = e - 1 >= -1022 ? 53 : 53 - (-1022 - (e - 1));
  const drop = qb - keep;
  let m: bigint;
  if (drop <= 0) m = q << BigInt(-drop);
  else {
    const db = BigInt(drop);
    m = q >> db;
    const low = q - (m << db);
    const half = 1n << (db - 1n);
    if (low > half || (low === half && (sticky || (m & 1n) === 1n))) m += 1n;
  }
  const r = scaleByPowerOfTwo(Number(m), drop - shift);
  if (!Number.isFinite(r)) overflowError("integer division result too large for a float");
  return negative ? -r : r;
}

/** m * 2**e for an exactly representable result (m <= 2**53), without intermediate overflow. */
function scaleByPowerOfTwo(m: number, e: number): number {
  if (e > 1000) return m * 2 ** 1000 * 2 ** (e - 1000);
  if (e < -1000) return m * 2 ** -1000 * 2 ** (e + 1000);
  return m * 2 ** e;
}

export function bitLength(a: Int): number {
  if (typeof a === "number") return a === 0 ? 0 : Math.abs(a).toString(2).length;
  return a === 0n ? 0 : (a < 0n ? -a : a).toString(2).length;
}

/** Python's int -> decimal string, with the 3.11 conversion length limit (sys.int_info.default_max_str_digits). */
export let maxStrDigits = 4300;
export function setMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

export function toDecimalString(a: Int): string {
  if (typeof a === "number") return String(a);
  const s = a.toString();
  if (maxStrDigits > 0 && s.length - (a < 0n ? 1 : 0) > maxStrDigits) {
    valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}
