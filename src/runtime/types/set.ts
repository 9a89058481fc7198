// set and frozenset: an open-addressing hash table laid out exactly as CPython 3.11's
// Objects/setobject.c lays it out (same probing, resizing and dummy handling), because the
// iteration order of a set is the order of its table, and Python programs print sets.

import { PyObject, decref, immortal, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { objectType, setType, typeErrorType } from "../typeobjects.js";
import { PyException } from "./exception.js";
import { clearSlots, traverseSlots } from "./list.js";
import { tupleEquals } from "./dict-keys.js";
import { tupleType } from "../typeobjects.js";
import type { PyTuple } from "./tuple.js";
import { hash } from "../ops/hash.js";
import { eq } from "../ops/compare.js";
import type { Int } from "../ops/intmath.js";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/** The deleted-entry marker. */
export const DUMMY: PyObject = immortal(new PyObject(objectType));

const MASK64 = (1n << 64n) - 1n;

// Probing works on the hash as CPython's size_t, carried as two unsigned 32-bit halves (the
// perturbation shifts through all 64 bits; indexes only need the low bits), so that 64-bit
// hashes (tuples, big ints) do not allocate BigInts at every probe.
let splitHi = 0;
let splitLo = 0;

/** Sets splitHi:splitLo to the unsigned 64-bit value of `h` (read them at once). */
function split(h: Int): void {
  if (typeof h === "number") {
    splitLo = h >>> 0;
    splitHi = Math.floor(h / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    splitLo = Number(u & 0xffffffffn);
    splitHi = Number(u >> 32n);
  }
}

/** Hashes are normalised Ints (numbers when safe), so equal hashes are === . */
function hashEquals(a: Int, b: Int): boolean {
  return a === b;
}

export class PySet extends PyObject {
  /** entry keys: undefined = never used, DUMMY = deleted */
  keys: (PyValue | undefined)[];
  hashes: Int[];
  mask: number;
  /** active entries */
  used: number;
  /** active + dummy entries */
  fill: number;
  /** where pop() starts looking */
  finger: number;
  /** the cached hash of a frozenset (-1: not computed) */
  cachedHash: Int;
  /** __slots__ values of a subclass's instances (null when there are none) */
  slots: (PyValue | undefined)[] | null;

  constructor(type: PyType) {
    super(type);
    this.slots = null;
    this.keys = new Array(MINSIZE).fill(undefined);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.used = 0;
    this.fill = 0;
    this.finger = 0;
    this.cachedHash = -1;
  }

  override clearRefs(): void {
    clearSlots(this);
    super.clearRefs();
    const keys = this.keys;
    this.keys = new Array(MINSIZE).fill(undefined);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.used = 0;
    this.fill = 0;
    for (const k of keys) if (k !== undefined && k !== DUMMY) decref(k);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    traverseSlots(this, visit);
    for (const k of this.keys) if (typeof k === "object" && k !== DUMMY) visit(k);
  }

  /** set_add_entry: adds `key` (borrowed) unless present. */
  addHashed(key: PyValue, h: Int): void {
    restart: for (;;) {
      const mask = this.mask;
      split(h);
      let ph = splitHi;
      let pl = splitLo;
      let i = pl & mask;
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = this.keys[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              this.used++;
              this.store(freeslot, key, h);
              return;
            }
            this.fill++;
            this.used++;
            this.store(j, key, h);
            if (this.fill * 5 < this.mask * 3) return;
            this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (k === DUMMY) {
            freeslot = j; // set_add_entry keeps the last dummy seen
          } else if (hashEquals(this.hashes[j], h)) {
            if (k === key) return;
            if (typeof k === "string" && typeof key === "string") {
              if (k === key) return;
            } else {
              const keys = this.keys;
              const found = keyEq(k, key);
              if (found) return;
              if (keys !== this.keys || this.keys[j] !== k) continue restart;
            }
          }
          j++;
        } while (probes-- > 0);
        pl = ((pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT))) >>> 0;
        ph = ph >>> PERTURB_SHIFT;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }

  private store(j: number, key: PyValue, h: Int): void {
    if (typeof key === "object") key.rc++;
    this.keys[j] = key;
    this.hashes[j] = h;
  }

  add(key: PyValue): void {
    this.addHashed(key, hash(key));
  }

  /** set_lookkey: the table position of `key`, or -1. */
  findHashed(key: PyValue, h: Int): number {
    restart: for (;;) {
      const mask = this.mask;
      split(h);
      let ph = splitHi;
      let pl = splitLo;
      let i = pl & mask;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = this.keys[j];
          if (k === undefined) return -1;
          if (k !== DUMMY && hashEquals(this.hashes[j], h)) {
            if (k === key) return j;
            if (!(typeof k === "string" && typeof key === "string")) {
              const keys = this.keys;
              if (keyEq(k, key)) return j;
              if (keys !== this.keys || this.keys[j] !== k) continue restart;
            }
          }
          j++;
        } while (probes-- > 0);
        pl = ((pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT))) >>> 0;
        ph = ph >>> PERTURB_SHIFT;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }

  has(key: PyValue): boolean {
    return this.findHashed(key, hash(key)) >= 0;
  }

  /** set_discard_entry: true if it was present. */
  discard(key: PyValue): boolean {
    return this.discardHashed(key, hash(key));
  }

  /** set_discard_entry with a known hash. */
  discardHashed(key: PyValue, h: Int): boolean {
    const j = this.findHashed(key, h);
    if (j < 0) return false;
    const old = this.keys[j]!;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    decref(old);
    return true;
  }

  /** set_table_resize */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    // a small table without dummies stays as it is
    if (newsize === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array(newsize).fill(undefined);
    this.hashes = new Array(newsize).fill(0);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k === undefined || k === DUMMY) continue;
      this.insertClean(k, oldHashes[i]);
    }
  }

  /** set_insert_clean: place a key known to be absent into a table without dummies (no refcount change). */
  insertClean(key: PyValue, h: Int): void {
    const mask = this.mask;
    split(h);
    let ph = splitHi;
    let pl = splitLo;
    let i = pl & mask;
    for (;;) {
      if (this.keys[i] === undefined) break;
      let found = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === undefined) {
            found = i + j;
            break;
          }
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      pl = ((pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT))) >>> 0;
      ph = ph >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + pl) & mask;
    }
    this.keys[i] = key;
    this.hashes[i] = h;
  }

  /** set_clear_internal */
  clear(): void {
    const keys = this.keys;
    this.keys = new Array(MINSIZE).fill(undefined);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.used = 0;
    this.fill = 0;
    for (const k of keys) if (k !== undefined && k !== DUMMY) decref(k);
  }

  /** set_merge for another set: direct table copy when possible, else in table order. */
  mergeSet(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i];
        if (k === undefined || k === DUMMY) continue;
        if (typeof k === "object") k.rc++;
        this.keys[i] = k;
        this.hashes[i] = other.hashes[i];
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i];
        if (k === undefined || k === DUMMY) continue;
        if (typeof k === "object") k.rc++;
        this.insertClean(k, other.hashes[i]);
      }
      this.fill = other.used;
      this.used = other.used;
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k === undefined || k === DUMMY) continue;
      // held while added: an __eq__ may clear `other` (set_merge's Py_INCREF)
      if (typeof k === "object") k.rc++;
      try {
        this.addHashed(k, other.hashes[i]);
      } finally {
        decref(k);
      }
    }
  }

  /** Active keys in table (iteration) order, borrowed. */
  keyList(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }
}

// ---- hashing a set's contents (frozenset.__hash__) -----------------------------------------

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & MASK64;
}

/** frozenset_hash_impl: also how a set is hashed when looked up in a set. */
export function frozensetHash(s: PySet): Int {
  let acc = 0n;
  for (let i = 0; i <= s.mask; i++) {
    const k = s.keys[i];
    if (k === undefined || k === DUMMY) continue;
    acc ^= shuffleBits(BigInt.asUintN(64, BigInt(s.hashes[i])));
  }
  acc ^= (BigInt(s.used + 1) * 1927868237n) & MASK64;
  acc ^= (acc >> 11n) ^ (acc >> 25n);
  acc = (acc * 69069n + 907133923n) & MASK64;
  if (acc === MASK64) acc = 590923713n;
  const r = BigInt.asIntN(64, acc);
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** The hash for membership tests (set_contains_key & co.): an unhashable set is hashed as a frozenset. */
export function setLookupHash(key: PyValue): Int {
  try {
    return hash(key);
  } catch (e) {
    if (key instanceof PySet && key.type.isSubtypeOf(setType) && e instanceof PyException && e.type.isSubtypeOf(typeErrorType)) {
      decref(e);
      return frozensetHash(key);
    }
    throw e;
  }
}

/** `key in s` (set_contains). */
export function setContains(s: PySet, key: PyValue): boolean {
  return s.findHashed(key, setLookupHash(key)) >= 0;
}

/** == between a stored key and a probe (set_lookkey's PyObject_RichCompare), exact tuples directly. */
function keyEq(a: PyValue, b: PyValue): boolean {
  if (typeof a === "object" && typeof b === "object" && a.type === tupleType && b.type === tupleType) return tupleEquals(a as PyTuple, b as PyTuple);
  return eq(a, b);
}
