// dict: insertion-ordered hash map with Python key semantics.
//
// Most keys are str, int or objects compared by identity; those go through a JS Map (`index`)
// keyed by a normalised JS value, which gives Python's equalities for free (1 == 1.0 == True
// share the key 1; a str is its own key; an object with the default __eq__/__hash__ is keyed by
// identity). Keys whose type defines __hash__/__eq__ (tuples, frozensets, user classes, complex,
// NaN floats) go through `hindex`: Python hash -> entry positions, compared with ==.
// Known deviation: a key with a user-defined __eq__ never equals a str/int key, even when its
// __hash__ agrees (CPython would find it).

import { PyObject, decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { keyHooks } from "./dict-keys.js";

export class PyDict extends PyObject {
  /** entry keys in insertion order; `undefined` marks a deleted entry */
  keys: (PyValue | undefined)[];
  values: (PyValue | undefined)[];
  /** normalised key -> entry position, for keys that have a normalised form */
  index: Map<unknown, number>;
  /** Python hash -> entry position(s), for keys compared with __eq__ */
  hindex: Map<number, number | number[]> | null;
  /** live entries */
  size: number;
  /** bumped on every insertion or deletion of a key (not on value updates) */
  keysVersion: number;

  constructor(type: PyType) {
    super(type);
    this.keys = [];
    this.values = [];
    this.index = new Map();
    this.hindex = null;
    this.size = 0;
    this.keysVersion = 0;
  }

  override clearRefs(): void {
    super.clearRefs();
    const keys = this.keys;
    const values = this.values;
    this.keys = [];
    this.values = [];
    this.index = new Map();
    this.hindex = null;
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
      const i = this.index.get(key);
      return i === undefined ? -1 : i;
    }
    const norm = keyHooks.normalize(key);
    if (norm !== undefined) {
      const i = this.index.get(norm);
      return i === undefined ? -1 : i;
    }
    return this.findHashed(key, keyHooks.hash(key));
  }

  private findHashed(key: PyValue, h: number): number {
    const hindex = this.hindex;
    if (hindex === null) return -1;
    const slot = hindex.get(h);
    if (slot === undefined) return -1;
    if (typeof slot === "number") return this.keys[slot] === key || keyHooks.eq(this.keys[slot]!, key) ? slot : -1;
    for (const i of slot) {
      const k = this.keys[i];
      if (k === undefined) continue;
      if (k === key || keyHooks.eq(k, key)) return i;
    }
    return -1;
  }

  /** Borrowed value for `key`, or undefined. */
  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string") {
      const i = this.index.get(key);
      return i === undefined ? undefined : this.values[i];
    }
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  /** Borrowed value for a str key (no hashing hooks involved). */
  getStr(key: string): PyValue | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.values[i];
  }

  /** d[key] = value; `key` and `value` are borrowed (the dict takes its own references). */
  set(key: PyValue, value: PyValue): void {
    let norm: unknown;
    let h = 0;
    let i: number;
    if (typeof key === "string") {
      norm = key;
      const j = this.index.get(key);
      i = j === undefined ? -1 : j;
    } else {
      norm = keyHooks.normalize(key);
      if (norm !== undefined) {
        const j = this.index.get(norm);
        i = j === undefined ? -1 : j;
      } else {
        h = keyHooks.hash(key);
        i = this.findHashed(key, h);
      }
    }
    if (typeof value === "object") value.rc++;
    if (i >= 0) {
      const old = this.values[i]!;
      this.values[i] = value;
      decref(old);
      return;
    }
    if (typeof key === "object") key.rc++;
    const pos = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.keysVersion++;
    if (norm !== undefined) this.index.set(norm, pos);
    else this.addHashed(h, pos);
  }

  private addHashed(h: number, pos: number): void {
    if (this.hindex === null) this.hindex = new Map();
    const slot = this.hindex.get(h);
    if (slot === undefined) this.hindex.set(h, pos);
    else if (typeof slot === "number") this.hindex.set(h, [slot, pos]);
    else slot.push(pos);
  }

  /** Removes `key`; returns the owned value (the caller must release it) or undefined. */
  pop(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    return this.removeAt(i);
  }

  /** Removes entry `i`; returns its value as an owned reference. */
  removeAt(i: number): PyValue {
    const key = this.keys[i]!;
    const value = this.values[i]!;
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.size--;
    this.keysVersion++;
    const norm = typeof key === "string" ? key : keyHooks.normalize(key);
    if (norm !== undefined) this.index.delete(norm);
    else this.unindexHashed(keyHooks.hash(key), i);
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    decref(key);
    return value;
  }

  private unindexHashed(h: number, i: number): void {
    const hindex = this.hindex!;
    const slot = hindex.get(h)!;
    if (typeof slot === "number") hindex.delete(h);
    else {
      const at = slot.indexOf(i);
      slot.splice(at, 1);
      if (slot.length === 1) hindex.set(h, slot[0]);
    }
  }

  /** Drops deleted entries and rebuilds the indexes (positions change; iterators track keysVersion). */
  private compact(): void {
    const keys: PyValue[] = [];
    const values: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === undefined) continue;
      keys.push(this.keys[i]!);
      values.push(this.values[i]!);
    }
    this.keys = keys;
    this.values = values;
    this.reindex();
  }

  private reindex(): void {
    this.index = new Map();
    this.hindex = null;
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!;
      const norm = typeof key === "string" ? key : keyHooks.normalize(key);
      if (norm !== undefined) this.index.set(norm, i);
      else this.addHashed(keyHooks.hash(key), i);
    }
  }

  /** Removes every entry, releasing keys and values in order. */
  clear(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = [];
    this.values = [];
    this.index = new Map();
    this.hindex = null;
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

