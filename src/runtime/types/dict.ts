// dict: insertion-ordered hash map with Python key semantics.
//
// Entries live in two parallel arrays in insertion order (`keys`, `values`; a deleted entry is
// an `undefined` hole, as CPython leaves a NULL in dk_entries), so iteration order and the
// "changed size during iteration" checks behave like Objects/dictobject.c.
//
// Most keys are str, int or objects compared by identity; those go through a JS Map (`index`)
// keyed by a normalised JS value, which gives Python's equalities for free (1 == 1.0 == True
// share the key 1; a str is its own key; an object with the default __eq__/__hash__ is keyed by
// identity). Keys whose type defines __hash__/__eq__ (tuples, frozensets, user classes, complex,
// NaN floats) go through `hindex`: Python hash -> entry positions, compared with ==.
// A key of the second kind may still equal one of the first (Fraction(1) == 1, a user class
// comparing equal to a str): such lookups also consult `nhindex`, the Python hashes of the
// normalised keys, built the first time it is needed and maintained from then on; and a lookup
// of a normalised key that misses `index` checks `hindex` when the dict holds hashed keys.
// (`getStr` looks at `index` only: it serves namespaces, whose keys are strs.)

import { PyObject, decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { keyHooks } from "./dict-keys.js";
import { clearSlots, traverseSlots } from "./list.js";
import type { Int } from "../ops/intmath.js";

type HashIndex = Map<number, number | number[]>;

/** Up to this many entries, a dict of str keys has no index Map (see PyDict.index). */
const SMALL_DICT = 8;
/** What a deallocated dict holds (never mutated: a dead dict is not used again). */
const EMPTY_ENTRIES: (PyValue | undefined)[] = Object.freeze([]) as unknown as (PyValue | undefined)[];
const EMPTY_HASHES: Int[] = Object.freeze([]) as unknown as Int[];

function hashAdd(m: HashIndex, h: number, pos: number): void {
  const slot = m.get(h);
  if (slot === undefined) m.set(h, pos);
  else if (typeof slot === "number") m.set(h, [slot, pos]);
  else slot.push(pos);
}

function hashRemove(m: HashIndex, h: number, pos: number): void {
  const slot = m.get(h);
  if (slot === undefined) return;
  if (typeof slot === "number") {
    if (slot === pos) m.delete(h);
    return;
  }
  const at = slot.indexOf(pos);
  if (at >= 0) slot.splice(at, 1);
  if (slot.length === 1) m.set(h, slot[0]);
  else if (slot.length === 0) m.delete(h);
}

export class PyDict extends PyObject {
  /** entry keys in insertion order; `undefined` marks a deleted entry */
  keys: (PyValue | undefined)[];
  values: (PyValue | undefined)[];
  /** the Python hash of each entry's key, for keys compared with __eq__ (0 for the others) */
  hashes: Int[];
  /**
   * normalised key -> entry position, for keys that have a normalised form; null while the dict
   * is small and holds only str keys (namespaces, instance dicts, kwargs), which are then found
   * by a scan of `keys` (a JS Map per small dict would cost more memory than the whole entry).
   */
  index: Map<unknown, number> | null;
  /** Python hash -> entry position(s), for keys compared with __eq__ */
  hindex: HashIndex | null;
  /** Python hash -> position(s) of the normalised keys (built on demand, see above) */
  nhindex: HashIndex | null;
  /** live entries (ma_used) */
  size: number;
  /** bumped on every insertion or deletion of a key (not on value updates) */
  keysVersion: number;
  /** __slots__ values of a subclass's instances (null when there are none) */
  slots: (PyValue | undefined)[] | null;

  constructor(type: PyType) {
    super(type);
    this.slots = null;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.index = null;
    this.hindex = null;
    this.nhindex = null;
    this.size = 0;
    this.keysVersion = 0;
  }

  /** Position of a normalised key via the index (or the small-dict scan). */
  private idx(norm: unknown): number | undefined {
    const index = this.index;
    if (index !== null) return index.get(norm);
    if (typeof norm !== "string") return undefined;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === norm) return i;
    return undefined;
  }

  private idxSet(norm: unknown, pos: number): void {
    let index = this.index;
    if (index === null) {
      // small mode holds exact str keys only (a str subclass key normalises to a str it is not)
      if (typeof norm === "string" && typeof this.keys[pos] === "string" && this.keys.length <= SMALL_DICT) return;
      // leave small mode: index every str key present so far
      index = new Map();
      const keys = this.keys;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (typeof k === "string" && i !== pos) index.set(k, i);
      }
      this.index = index;
    }
    index.set(norm, pos);
  }

  private idxDelete(norm: unknown): void {
    if (this.index !== null) this.index.delete(norm);
  }

  /** Positions of the normalised keys. */
  private idxPositions(): number[] {
    if (this.index !== null) return [...this.index.values()];
    const out: number[] = [];
    for (let i = 0; i < this.keys.length; i++) if (typeof this.keys[i] === "string") out.push(i);
    return out;
  }

  private idxEmpty(): boolean {
    return this.index !== null ? this.index.size === 0 : this.size === 0 || this.hindex !== null && this.hindex.size === this.size;
  }

  override clearRefs(): void {
    clearSlots(this);
    super.clearRefs();
    const keys = this.keys;
    const values = this.values;
    this.keys = EMPTY_ENTRIES;
    this.values = EMPTY_ENTRIES;
    this.hashes = EMPTY_HASHES;
    this.index = null;
    this.hindex = null;
    this.nhindex = null;
    this.size = 0;
    // dict_dealloc releases key then value, entry by entry, in order.
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      decref(k);
      decref(values[i]!);
    }
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    traverseSlots(this, visit);
    const keys = this.keys;
    const values = this.values;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      if (typeof k === "object") visit(k);
      const v = values[i]!;
      if (typeof v === "object") visit(v);
    }
  }

  /** Position of `key`, or -1. May call __hash__/__eq__ (and raise). */
  find(key: PyValue): number {
    if (typeof key === "string") {
      const i = this.idx(key);
      if (i !== undefined) return i;
      if (this.hindex === null) return -1;
    }
    return this.locate(key);
  }

  /** Among the keys compared with __eq__: the position of one equal to `key` with hash `h`, or -1. */
  private findHashed(key: PyValue, h: number): number {
    const hindex = this.hindex;
    if (hindex === null) return -1;
    const slot = hindex.get(h);
    if (slot === undefined) return -1;
    if (typeof slot === "number") {
      const k = this.keys[slot]!;
      return k === key || keyHooks.eq(k, key) ? slot : -1;
    }
    for (const i of slot.slice()) {
      const k = this.keys[i];
      if (k === undefined) continue;
      if (k === key || keyHooks.eq(k, key)) return i;
    }
    return -1;
  }

  /** Among the normalised keys: one whose Python hash is `h` and that equals `key`, or -1. */
  private findNormalizedByHash(key: PyValue, h: number): number {
    if (this.nhindex === null) {
      const m: HashIndex = new Map();
      for (const pos of this.idxPositions()) hashAdd(m, keyHooks.hash(this.keys[pos]!), pos);
      this.nhindex = m;
    }
    const slot = this.nhindex.get(h);
    if (slot === undefined) return -1;
    const cands = typeof slot === "number" ? [slot] : slot.slice();
    for (const i of cands) {
      const k = this.keys[i];
      if (k === undefined) continue;
      if (keyHooks.eq(k, key)) return i;
    }
    return -1;
  }

  /** Borrowed value for `key`, or undefined. */
  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string") {
      const i = this.idx(key);
      if (i !== undefined) return this.values[i];
      if (this.hindex === null) return undefined;
    }
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  /**
   * For str/int keys, when no key compared with __eq__ is present (so no Python code can run):
   * whether the key is present; undefined when that cannot be decided without hashing hooks.
   */
  hasPrimitive(key: string | number): boolean | undefined {
    if (this.hindex !== null) return undefined;
    return this.idx(key) !== undefined;
  }

  /**
   * Borrowed value for a str key (namespaces). Hooks run only when the dict holds keys compared
   * with __eq__ and one has the str's hash: CPython's lookup then calls that key's __eq__ too.
   */
  getStr(key: string): PyValue | undefined {
    const i = this.idx(key);
    if (i !== undefined) return this.values[i];
    if (this.hindex === null) return undefined;
    const j = this.findHashed(key, keyHooks.hash(key));
    return j < 0 ? undefined : this.values[j];
  }

  /** the normalised form and hash of the key most recently given to `locate` */
  private lnorm: unknown = undefined;
  private lhash: Int = 0;

  /** find(), remembering the key's normalised form / hash for a following insertNew. */
  private locate(key: PyValue): number {
    if (typeof key === "string") {
      this.lnorm = key;
      const j = this.idx(key);
      if (j !== undefined) return j;
      return this.hindex === null ? -1 : this.findHashed(key, keyHooks.hash(key));
    }
    const norm = keyHooks.normalize(key);
    this.lnorm = norm;
    if (norm !== undefined) {
      const j = this.idx(norm);
      if (j !== undefined) return j;
      return this.hindex === null ? -1 : this.findHashed(key, keyHooks.hash(key));
    }
    const full = keyHooks.fullHash(key);
    this.lhash = full;
    const h = keyHooks.indexHash(full);
    const i = this.findHashed(key, h);
    if (i >= 0 || this.idxEmpty() || !keyHooks.mayEqualNormalized(key)) return i;
    return this.findNormalizedByHash(key, h);
  }

  /** d[key] = value; `key` and `value` are borrowed (the dict takes its own references). */
  set(key: PyValue, value: PyValue): void {
    const i = this.locate(key);
    const norm = this.lnorm;
    const h = this.lhash;
    if (typeof value === "object") value.rc++;
    if (i >= 0) {
      const old = this.values[i]!;
      this.values[i] = value;
      decref(old);
      return;
    }
    this.insertNew(key, value, norm, norm === undefined ? h : 0);
  }

  /** Appends an entry known to be absent; takes a reference to `key`, steals `value`. */
  private insertNew(key: PyValue, value: PyValue, norm: unknown, h: Int): void {
    if (typeof key === "object") key.rc++;
    // Like CPython's resize on insertion: drop the holes once they outnumber the live entries.
    if (this.keys.length >= 16 && this.keys.length >= 2 * this.size) this.compact();
    const pos = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(h);
    this.size++;
    this.keysVersion++;
    if (norm !== undefined) {
      this.idxSet(norm, pos);
      if (this.nhindex !== null) hashAdd(this.nhindex, keyHooks.hash(key), pos);
    } else {
      if (this.hindex === null) this.hindex = new Map();
      hashAdd(this.hindex, keyHooks.indexHash(h), pos);
    }
  }

  /**
   * The Python hash of entry `i`'s key without calling its __hash__ again (CPython keeps it as
   * me_hash): the stored one for keys compared with __eq__ (which may be 0), else the builtin
   * hash of the normalised key, which runs no Python code.
   */
  entryHash(i: number): Int {
    const h = this.hashes[i];
    if (h !== 0) return h;
    const k = this.keys[i]!;
    if (typeof k === "object" && keyHooks.normalize(k) === undefined) return 0;
    return keyHooks.fullHash(k);
  }

  /** find() for a key whose hash `h` is known (_PyDict_Contains_KnownHash): __hash__ is not called. */
  findKnownHash(key: PyValue, h: Int): number {
    if (typeof key !== "object" || keyHooks.normalize(key) !== undefined) return this.find(key);
    const ih = keyHooks.indexHash(h);
    const i = this.findHashed(key, ih);
    if (i >= 0 || this.idxEmpty() || !keyHooks.mayEqualNormalized(key)) return i;
    return this.findNormalizedByHash(key, ih);
  }

  /** set() for a key whose hash `h` is known (insertdict with the hash taken from another table). */
  setKnownHash(key: PyValue, value: PyValue, h: Int): void {
    if (typeof key !== "object" || keyHooks.normalize(key) !== undefined) {
      this.set(key, value);
      return;
    }
    const i = this.findKnownHash(key, h);
    if (typeof value === "object") value.rc++;
    if (i >= 0) {
      const old = this.values[i]!;
      this.values[i] = value;
      decref(old);
      return;
    }
    this.insertNew(key, value, undefined, h);
  }

  /**
   * Appends an entry whose key is known to be absent, with its known hash (copying a dict, as
   * CPython clones the keys table): neither __hash__ nor __eq__ runs. `key` and `value` are
   * borrowed.
   */
  appendAbsent(key: PyValue, value: PyValue, h: Int): void {
    const norm = keyHooks.normalize(key);
    if (typeof value === "object") value.rc++;
    this.insertNew(key, value, norm, norm === undefined ? h : 0);
  }

  /** setdefault: the value stored for `key` (borrowed), inserting `dflt` when absent. */
  setDefault(key: PyValue, dflt: PyValue): PyValue {
    const i = this.locate(key);
    if (i >= 0) return this.values[i]!;
    const norm = this.lnorm;
    const h = this.lhash;
    if (typeof dflt === "object") dflt.rc++;
    this.insertNew(key, dflt, norm, norm === undefined ? h : 0);
    return dflt;
  }

  /** Removes `key`; returns the owned value (the caller must release it) or undefined. */
  pop(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    return this.removeAt(i);
  }

  /**
   * Removes entry `i`; returns its value as an owned reference. The key is released before
   * returning (after the dict is consistent again).
   */
  removeAt(i: number): PyValue {
    const key = this.keys[i]!;
    const value = this.values[i]!;
    const norm = typeof key === "string" ? key : keyHooks.normalize(key);
    const normalized = norm !== undefined && (this.index === null ? typeof norm === "string" : this.index.get(norm) === i);
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.size--;
    this.keysVersion++;
    if (normalized) {
      this.idxDelete(norm);
      if (this.nhindex !== null) hashRemove(this.nhindex, keyHooks.hash(key), i);
    } else if (this.hindex !== null) {
      hashRemove(this.hindex, keyHooks.indexHash(this.hashes[i]), i);
    }
    decref(key);
    return value;
  }

  /** popitem: removes the last entry, leaving no hole behind it; returns [key, value] owned. */
  popLast(): [PyValue, PyValue] | undefined {
    const i = this.lastLive();
    if (i < 0) return undefined;
    const key = this.keys[i]!;
    if (typeof key === "object") key.rc++;
    const value = this.removeAt(i);
    this.keys.length = i;
    this.values.length = i;
    this.hashes.length = i;
    return [key, value];
  }

  /** Drops deleted entries and rebuilds the indexes (positions change; iterators re-find their place by position, as in CPython). */
  private compact(): void {
    const keys: PyValue[] = [];
    const values: PyValue[] = [];
    const hashes: Int[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === undefined) continue;
      keys.push(this.keys[i]!);
      values.push(this.values[i]!);
      hashes.push(this.hashes[i]);
    }
    this.keys = keys;
    this.values = values;
    this.hashes = hashes;
    this.reindex();
  }

  private reindex(): void {
    this.index = null;
    this.hindex = null;
    this.nhindex = null;
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!;
      const norm = typeof key === "string" ? key : keyHooks.normalize(key);
      if (norm !== undefined) this.idxSet(norm, i);
      else {
        if (this.hindex === null) this.hindex = new Map();
        hashAdd(this.hindex, keyHooks.indexHash(this.hashes[i]), i);
      }
    }
  }

  /** Removes every entry, releasing keys and values in order. */
  clear(): void {
    const keys = this.keys;
    const values = this.values;
    if (keys.length === 0 && this.size === 0) return;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.index = null;
    this.hindex = null;
    this.nhindex = null;
    this.size = 0;
    this.keysVersion++;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      decref(k);
      decref(values[i]!);
    }
  }

  /** Position of the next live entry at or after `i`, or -1. */
  nextLive(i: number): number {
    const keys = this.keys;
    for (; i < keys.length; i++) if (keys[i] !== undefined) return i;
    return -1;
  }

  /** Position of the last live entry, or -1 (for popitem). */
  lastLive(): number {
    const keys = this.keys;
    for (let i = keys.length - 1; i >= 0; i--) if (keys[i] !== undefined) return i;
    return -1;
  }

  /** Live keys in order (borrowed). */
  keyList(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== undefined) out.push(k);
    return out;
  }
}

/** Copies every entry of `src` into `dst` (dict.update from a dict), taking new references. */
export function dictMerge(dst: PyDict, src: PyDict): void {
  const keys = src.keys;
  const values = src.values;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined) continue;
    dst.set(k, values[i]!);
  }
}
