// The _random module (Modules/_randommodule.c): the Mersenne Twister MT19937 with CPython's
// seeding (init_by_array over the 32-bit limbs of abs(seed); other hashable seeds by their
// hash), random() with 53-bit resolution, getrandbits(), getstate()/setstate(). random.py builds
// the distributions on top, as CPython does. Also _sha512, which random.seed() uses for str and
// bytes seeds (version 2).

import { PyObject, decref, newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newFloat } from "../values.js";
import { typeError, valueError, overflowError } from "../errors.js";
import { defMethod, defNew } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyTuple } from "../types/tuple.js";
import { PyIntSubclass } from "../types/boxed.js";
import { PyBytes, PyByteArray } from "../types/bytes.js";
import { newBytes } from "../types/bytes-type.js";
import { hash } from "../ops/hash.js";
import { numberIndex } from "../ops/index.js";
import { norm } from "../ops/intmath.js";
import { defFn, newNativeType, kwCount } from "./modutil.js";

// ---- MT19937 ------------------------------------------------------------------------------

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class PyRandom extends PyObject {
  mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev + i, modulo 2**32 (split to stay exact in doubles)
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }

  /** genrand_uint32 */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random_random: 53 random bits as a float in [0, 1) */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
}

function rnd(self: PyValue): PyRandom {
  if (!(self instanceof PyRandom)) typeError(`descriptor requires a '_random.Random' object but received a '${typeOf(self).name}'`);
  return self;
}

/** the 32-bit limbs of a non-negative int, least significant first ([0] for zero) */
function limbs(n: bigint): number[] {
  if (n === 0n) return [0];
  const out: number[] = [];
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return out;
}

function seedFromEntropy(r: PyRandom): void {
  // os.urandom is not available to the runtime; the host's Math.random serves as entropy
  const key: number[] = [];
  for (let i = 0; i < N; i++) key.push(Math.floor(Math.random() * 0x100000000) >>> 0);
  key.push(Date.now() >>> 0);
  r.initByArray(key);
}

/** random_seed */
function seed(r: PyRandom, arg: PyValue | undefined): void {
  if (arg === undefined || arg === None) {
    seedFromEntropy(r);
    return;
  }
  let n: bigint;
  if (typeof arg === "number" || typeof arg === "bigint" || typeof arg === "boolean" || arg instanceof PyIntSubclass) {
    const v = numberIndex(arg);
    n = BigInt(v);
    if (n < 0n) n = -n;
  } else {
    // the hash as a size_t
    const h = BigInt(hash(arg));
    n = h < 0n ? h + (1n << 64n) : h;
  }
  r.initByArray(limbs(n));
}

function getrandbits(r: PyRandom, kArg: PyValue): PyValue {
  const kv = numberIndex(kArg);
  if (typeof kv === "bigint") {
    if (kv < 0n) valueError("number of bits must be non-negative");
    overflowError("Python int too large to convert to C int");
  }
  const k = kv;
  if (k < 0) valueError("number of bits must be non-negative");
  if (k > 0x7fffffff) overflowError("Python int too large to convert to C int");
  if (k === 0) return 0;
  if (k <= 32) return r.next32() >>> (32 - k);
  // little-endian words, the last one cut to the remaining bits
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let w = r.next32();
    if (left < 32) w >>>= 32 - left;
    result |= BigInt(w) << shift;
    shift += 32n;
  }
  return norm(result);
}

function unsignedLong(v: PyValue): number {
  if (!(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntSubclass)) {
    typeError("an integer is required");
  }
  const n = numberIndex(v);
  if (n < 0) overflowError("can't convert negative value to unsigned int");
  if (typeof n === "bigint" || n > 0xffffffffffffffff) overflowError("Python int too large to convert to C unsigned long");
  return Number(BigInt(n) & 0xffffffffn);
}

let randomType: PyType;

function initRandomType(): void {
  randomType = newNativeType("Random", "_random", true, T.objectType, "Random() -> create a random number generator with its own internal state.");
  defNew(randomType, (cls, args, kwnames) => {
    if (cls === randomType && kwCount(kwnames) > 0) typeError("Random() takes no keyword arguments");
    const npos = args.length - kwCount(kwnames);
    if (npos > 1) typeError("Random() requires 0 or 1 argument");
    cls.rc++;
    const r = new PyRandom(cls);
    seed(r, npos > 0 ? args[0] : undefined);
    return r;
  });
  defMethod(randomType, "random", (self, args, kwnames) => {
    if (args.length > 0 || kwCount(kwnames) > 0) typeError(`Random.random() takes no arguments (${args.length} given)`);
    return newFloat(rnd(self).random());
  }, "random() -> x in the interval [0, 1).");
  defMethod(randomType, "seed", (self, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("seed() takes no keyword arguments");
    if (args.length > 1) typeError(`seed expected at most 1 argument, got ${args.length}`);
    seed(rnd(self), args[0]);
    return None;
  }, "seed([n]) -> None.  Seeds the generator from n (an int, or the hash of other values), or from entropy.");
  defMethod(randomType, "getstate", (self, args) => {
    if (args.length > 0) typeError(`Random.getstate() takes no arguments (${args.length} given)`);
    const r = rnd(self);
    const items: PyValue[] = Array.from(r.mt);
    items.push(r.index);
    return newTupleOwned(items);
  }, "getstate() -> tuple containing the current state.");
  defMethod(randomType, "setstate", (self, args) => {
    if (args.length !== 1) typeError(`Random.setstate() takes exactly one argument (${args.length} given)`);
    const r = rnd(self);
    const state = args[0];
    if (!(state instanceof PyTuple)) typeError("state vector must be a tuple");
    if (state.items.length !== N + 1) valueError("state vector is the wrong size");
    const mt = new Uint32Array(N);
    for (let i = 0; i < N; i++) mt[i] = unsignedLong(state.items[i]);
    const idx = numberIndex(state.items[N]);
    if (typeof idx !== "number" || idx < 0 || idx > N) valueError("invalid state");
    r.mt = mt;
    r.index = idx as number;
    return None;
  }, "setstate(state) -> None.  Restores generator state.");
  defMethod(randomType, "getrandbits", (self, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("getrandbits() takes no keyword arguments");
    if (args.length !== 1) typeError(`Random.getrandbits() takes exactly one argument (${args.length} given)`);
    return getrandbits(rnd(self), args[0]);
  }, "getrandbits(k) -> x.  Generates an int with k random bits.");
}

export function createRandomNativeModule(): PyModule {
  if (randomType === undefined) initRandomType();
  const m = new PyModule("_random", "Module implements the Mersenne Twister random number generator.");
  m.dict.set("Random", randomType);
  return m;
}

// ---- SHA-512 (FIPS 180-4) -------------------------------------------------------------------

const K512: bigint[] = [
  "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538", "59f111f1b605d019", "923f82a4af194f9b", "ab1c5ed5da6d8118",
  "d807aa98a3030242", "12835b0145706fbe", "243185be4ee4b28c", "550c7dc3d5ffb4e2", "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235", "c19bf174cf692694",
  "e49b69c19ef14ad2", "efbe4786384f25e3", "0fc19dc68b8cd5b5", "240ca1cc77ac9c65", "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5",
  "983e5152ee66dfab", "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725", "06ca6351e003826f", "142929670a0e6e70",
  "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed", "53380d139d95b3df", "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b",
  "a2bfe8a14cf10364", "a81a664bbc423001", "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218", "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8",
  "19a4c116b8d2d0c8", "1e376c085141ab53", "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb", "5b9cca4f7763e373", "682e6ff3d6b2b8a3",
  "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec", "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b",
  "ca273eceea26619c", "d186b8c721c0c207", "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6", "113f9804bef90dae", "1b710b35131c471b",
  "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc", "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a", "5fcb6fab3ad6faec", "6c44198c4a475817",
].map((h) => BigInt("0x" + h));

const MASK64 = (1n << 64n) - 1n;

function rotr(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK64;
}

export function sha512(data: Uint8Array): Uint8Array {
  let h = [
    0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
    0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
  ];
  const bitLen = BigInt(data.length) * 8n;
  const padded = new Uint8Array(Math.ceil((data.length + 17) / 128) * 128);
  padded.set(data);
  padded[data.length] = 0x80;
  for (let i = 0; i < 16; i++) padded[padded.length - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  const w: bigint[] = new Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + t * 8 + b]);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK64 & g);
      const t1 = (hh + S1 + ch + K512[t] + w[t]) & MASK64;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    h = [a, b, c, d, e, f, g, hh].map((x, i) => (x + h[i]) & MASK64);
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((h[i] >> BigInt(56 - 8 * b)) & 0xffn);
  return out;
}

/** _sha512: sha512(data).digest() for bytes-like data (what random.seed needs). */
export function createSha512NativeModule(): PyModule {
  const m = new PyModule("_pyframe_sha512", "SHA-512 digests for random.seed().");
  defFn(m, "digest", (args) => {
    const v = args[0];
    let data: Uint8Array;
    if (v instanceof PyBytes) data = v.bytes;
    else if (v instanceof PyByteArray) data = v.bytes.subarray(0, v.length);
    else return typeError(`object supporting the buffer API required`);
    return newBytes(sha512(data));
  });
  void newref;
  void decref;
  return m;
}
