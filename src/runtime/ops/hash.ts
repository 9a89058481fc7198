// hash() with CPython's values for the types whose hashes are deterministic (int, float, bool,
// tuple, frozenset): set iteration order depends on them, and programs print sets.
// (Python/pyhash.c _Py_HashDouble, Objects/longobject.c long_hash, Objects/tupleobject.c tuplehash.)
// str hashes are CPython's seeded SipHash there, so any good hash is faithful here.

import { decref, type PyObject, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyFloat } from "../types/float.js";
import { PyTuple } from "../types/tuple.js";
import { None } from "../values.js";
import { typeError } from "../errors.js";
import { callSpecialFound } from "./special.js";
import { PyIntSubclass, PyStrSubclass } from "../types/boxed.js";
import type { Int } from "./intmath.js";
import { PyComplex } from "../types/complex.js";
import { frexp } from "./floatmath.js";

const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61;
const HASH_INF = 314159;
const HASH_IMAG = 1000003;

export function hashInt(v: Int): Int {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  const r = h === -1n ? -2n : h;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

export function hashFloat(x: number, obj: PyObject | null): Int {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return obj === null ? 0 : identityHash(obj);
    return x > 0 ? HASH_INF : -HASH_INF;
  }
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  // _Py_HashDouble on the mantissa, 28 bits at a time.
  let [m, e] = frexp(x);
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let acc = 0n;
  while (m) {
    acc = ((acc << 28n) & MODULUS) | (acc >> BigInt(HASH_BITS - 28));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    acc += BigInt(y);
    if (acc >= MODULUS) acc -= MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  acc = ((acc << BigInt(e)) & MODULUS) | (acc >> BigInt(HASH_BITS - e));
  let r = acc * sign;
  if (r === -1n) r = -2n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** frexp: x = m * 2**e with 0.5 <= |m| < 1 (exact, subnormals included). */
export { frexp };

/** A fast 32-bit string hash (FNV-1a over UTF-16 units, finished with a multiply). */
export function hashStr(s: string): number {
  if (s.length === 0) return 0; // _Py_HashBytes: the empty string hashes to 0 whatever the seed
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 12;
  return h === -1 ? -2 : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const MASK64 = (1n << 64n) - 1n;

export function hashTuple(t: PyTuple): Int {
  // tuplehash (xxHash-based), in unsigned 64-bit arithmetic carried as two 32-bit halves so
  // that no BigInt is allocated for the common case.
  const items = t.items;
  let ah = ACC_INIT_HI;
  let al = ACC_INIT_LO;
  for (let i = 0; i < items.length; i++) {
    const h = hash(items[i]);
    let lh: number;
    let ll: number;
    if (typeof h === "number") {
      ll = h >>> 0;
      lh = Math.floor(h / 4294967296) >>> 0;
    } else {
      const u = BigInt.asUintN(64, h);
      ll = Number(u & 0xffffffffn);
      lh = Number(u >> 32n);
    }
    // acc += lane * XXPRIME_2
    mul64(lh, ll, P2_HI, P2_LO);
    const sl = al + mulLo;
    al = sl >>> 0;
    ah = (ah + mulHi + (sl > 0xffffffff ? 1 : 0)) >>> 0;
    // acc = rotl(acc, 31)
    const rh = ((ah << 31) | (al >>> 1)) >>> 0;
    const rl = ((al << 31) | (ah >>> 1)) >>> 0;
    // acc *= XXPRIME_1
    mul64(rh, rl, P1_HI, P1_LO);
    ah = mulHi;
    al = mulLo;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  const xl = ((items.length >>> 0) ^ LEN_XOR_LO) >>> 0;
  const xh = (Math.floor(items.length / 4294967296) ^ LEN_XOR_HI) >>> 0;
  const sl = al + xl;
  al = sl >>> 0;
  ah = (ah + xh + (sl > 0xffffffff ? 1 : 0)) >>> 0;
  if (ah === 0xffffffff && al === 0xffffffff) return 1546275796;
  if (ah < 0x200000) return ah * 4294967296 + al; // non-negative and safe
  if (ah > 0xffe00000 || (ah === 0xffe00000 && al > 0)) return (ah - 4294967296) * 4294967296 + al; // negative and safe
  return BigInt.asIntN(64, (BigInt(ah) << 32n) | BigInt(al));
}

const ACC_INIT_HI = Number(XXPRIME_5 >> 32n);
const ACC_INIT_LO = Number(XXPRIME_5 & 0xffffffffn);
const P1_HI = Number(XXPRIME_1 >> 32n);
const P1_LO = Number(XXPRIME_1 & 0xffffffffn);
const P2_HI = Number(XXPRIME_2 >> 32n);
const P2_LO = Number(XXPRIME_2 & 0xffffffffn);
const LEN_XOR_HI = Number((XXPRIME_5 ^ 3527539n) >> 32n);
const LEN_XOR_LO = Number((XXPRIME_5 ^ 3527539n) & 0xffffffffn);

let mulHi = 0;
let mulLo = 0;

/** (ah:al) * (bh:bl) mod 2**64 into mulHi:mulLo (all unsigned 32-bit halves). */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  mulLo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const hi = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  mulHi = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** The reference implementation of tuplehash in BigInt arithmetic (for tests). */
export function hashTupleReference(t: PyTuple): Int {
  let acc = XXPRIME_5;
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    const lane = BigInt.asUintN(64, BigInt(hash(items[i])));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  const r = BigInt.asIntN(64, acc);
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

// ---- identity ---------------------------------------------------------------------------

const ids = new WeakMap<PyObject, number>();
let nextId = 0x7f3a00000000 / 16;

/** id(o): stable for the object's lifetime, never reused while it lives. */
export function idOf(o: PyObject): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++ * 16;
    ids.set(o, id);
  }
  return id;
}

/** _Py_HashPointer: the identity hash of object.__hash__. */
export function identityHash(o: PyObject): number {
  return idOf(o) / 16;
}

/** object.__hash__, set by the object type's initialiser (to recognise the default). */
export let objectHash: PyValue | undefined;
export function setObjectHash(f: PyValue): void {
  objectHash = f;
}

/** hash(v) (PyObject_Hash). */
export function hash(v: PyValue): Int {
  switch (typeof v) {
    case "number":
      return v === -1 ? -2 : v;
    case "string":
      return hashStr(v);
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return hashInt(v);
  }
  const t = v.type;
  if (t === T.floatType) return hashFloat((v as PyFloat).value, v);
  if (t === T.tupleType) return hashTuple(v as PyTuple);
  if (v === None) return 0xfcb2e5;
  const f = t.lookup("__hash__");
  if (f === undefined || f === None) typeError(`unhashable type: '${t.name}'`);
  if (f === objectHash) return identityHash(v);
  if (v instanceof PyIntSubclass && f === T.intType.lookup("__hash__")) return hashInt(v.value);
  if (v instanceof PyStrSubclass && f === T.strType.lookup("__hash__")) return hashStr(v.value);
  if (v instanceof PyComplex && f === T.complexType.lookup("__hash__")) return hashComplex(v.real, v.imag);
  const r = callSpecialFound(f, v);
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r === "boolean") return r ? 1 : 0;
  // slot_tp_hash: a result that fits Py_ssize_t is the hash; a larger int is hashed as an int
  if (typeof r === "bigint") return hashResult(r);
  if (r instanceof PyIntSubclass) {
    const x = r.value;
    decref(r);
    return typeof x === "number" ? (x === -1 ? -2 : x) : hashResult(x);
  }
  decref(r);
  return typeError("__hash__ method should return an integer");
}

function hashResult(r: bigint): Int {
  if (r >= -9223372036854775808n && r <= 9223372036854775807n) return r;
  return hashInt(r);
}

export function hashComplex(re: number, im: number): Int {
  const hr = BigInt(hashFloat(re, null));
  const hi = BigInt(hashFloat(im, null));
  let r = BigInt.asIntN(64, hr + BigInt.asIntN(64, BigInt(HASH_IMAG) * hi));
  if (r === -1n) r = -2n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}
