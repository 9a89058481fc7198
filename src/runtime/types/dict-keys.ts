// How dict keys are indexed (see dict.ts): a normalised JS value for keys whose equality JS can
// decide (str, int, float, bool, objects compared by identity), or undefined for keys that need
// Python's hash and ==.

import type { PyValue } from "../object.js";
import * as T from "../typeobjects.js";
import type { PyType } from "../type.js";
import { PyFloat } from "./float.js";
import type { PyTuple } from "./tuple.js";
import { PyIntSubclass, PyStrSubclass } from "./boxed.js";
import { hash } from "../ops/hash.js";
import { eq } from "../ops/compare.js";
import type { Int } from "../ops/intmath.js";

const KIND_HASHED = 1;
const KIND_IDENTITY = 2;
const KIND_INT_VALUE = 3;
const KIND_STR_VALUE = 4;

function keyKind(t: PyType): number {
  if (t.keyKindVersion === t.version) return t.keyKind;
  const h = t.lookup("__hash__");
  const e = t.lookup("__eq__");
  let kind = KIND_HASHED;
  if (h === T.objectType.ns.get("__hash__") && e === T.objectType.ns.get("__eq__")) kind = KIND_IDENTITY;
  else if (h === T.intType.ns.get("__hash__") && e === T.intType.ns.get("__eq__") && t.isSubtypeOf(T.intType)) kind = KIND_INT_VALUE;
  else if (h === T.strType.ns.get("__hash__") && e === T.strType.ns.get("__eq__") && t.isSubtypeOf(T.strType)) kind = KIND_STR_VALUE;
  t.keyKind = kind;
  t.keyKindVersion = t.version;
  return kind;
}

function normalizeFloat(x: number): unknown {
  if (x !== x) return undefined; // NaN: only equal to itself, by identity
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x === 0 ? 0 : x;
}

export const keyHooks = {
  normalize(key: PyValue): unknown {
    switch (typeof key) {
      case "string":
      case "number":
      case "bigint":
        return key;
      case "boolean":
        return key ? 1 : 0;
    }
    const t = key.type;
    if (t === T.floatType) return normalizeFloat((key as PyFloat).value);
    if (t === T.tupleType) return undefined;
    switch (keyKind(t)) {
      case KIND_IDENTITY:
        return key;
      case KIND_INT_VALUE:
        return key instanceof PyIntSubclass ? key.value : undefined;
      case KIND_STR_VALUE:
        return key instanceof PyStrSubclass ? key.value : undefined;
      default:
        if (key instanceof PyFloat && t.lookup("__hash__") === T.floatType.ns.get("__hash__") && t.lookup("__eq__") === T.floatType.ns.get("__eq__")) {
          return normalizeFloat(key.value);
        }
        return undefined;
    }
  },
  /** The hash as the JS-number key of the hash indexes. */
  hash(key: PyValue): number {
    const h = hash(key);
    return typeof h === "number" ? h : Number(h);
  },
  /** The full Python hash (kept per entry, as CPython keeps me_hash). */
  fullHash(key: PyValue): Int {
    return hash(key);
  },
  /** Equal hashes give equal numbers (a big hash is rounded: only a key of the index, never compared as a hash). */
  indexHash(h: Int): number {
    return typeof h === "number" ? h : Number(h);
  },
  eq(a: PyValue, b: PyValue): boolean {
    if (typeof a === "object" && typeof b === "object" && a.type === T.tupleType && b.type === T.tupleType) return tupleEquals(a as PyTuple, b as PyTuple);
    return eq(a, b);
  },
  /** Can a key without a normalised form equal one with (str, int, float, identity-keyed)? Not for tuples and frozensets. */
  mayEqualNormalized(key: PyValue): boolean {
    if (typeof key !== "object") return true;
    const t = key.type;
    return t !== T.tupleType && t !== T.frozensetType;
  },
};


/** a == b for two exact tuples, as tuple.__eq__ decides it (element ==, identity first). */
export function tupleEquals(a: PyTuple, b: PyTuple): boolean {
  const x = a.items;
  const y = b.items;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const u = x[i];
    const v = y[i];
    if (u === v) continue;
    const tu = typeof u;
    if (tu === typeof v && (tu === "string" || tu === "number")) return false;
    if (!eq(u, v)) return false;
  }
  return true;
}
