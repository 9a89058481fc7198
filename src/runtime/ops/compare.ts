// Rich comparison (Objects/object.c do_richcompare) and truth testing (PyObject_IsTrue).

import { decref, type PyObject, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyFloat } from "../types/float.js";
import { None, NotImplemented } from "../values.js";
import { overflowError, typeError, valueError, asRecursionError, isPyException } from "../errors.js";
import { callSpecialFound } from "./special.js";
import { callDescriptorMethod, descrGet, descrKind, DescrKind } from "./attr.js";
import { call } from "./call.js";
import { PyFunction } from "../types/function.js";
import { PyMethodDescriptor } from "../types/native.js";
import * as I from "./intmath.js";
import { numberIndex } from "./index.js";
import { PyTuple } from "../types/tuple.js";
import { PyList } from "../types/list.js";
import { PyDict } from "../types/dict.js";
import { strCompare } from "../types/str-util.js";
import { hooks } from "../hooks.js";

export const enum Cmp {
  Lt = 0,
  Le = 1,
  Eq = 2,
  Ne = 3,
  Gt = 4,
  Ge = 5,
}

export const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const SWAPPED: Cmp[] = [Cmp.Gt, Cmp.Ge, Cmp.Eq, Cmp.Ne, Cmp.Lt, Cmp.Le];
const SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.Lt:
      return c < 0;
    case Cmp.Le:
      return c <= 0;
    case Cmp.Eq:
      return c === 0;
    case Cmp.Ne:
      return c !== 0;
    case Cmp.Gt:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Compares two doubles the way Python does (NaN compares false except !=). */
export function floatCompare(a: number, b: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.Lt:
      return a < b;
    case Cmp.Le:
      return a <= b;
    case Cmp.Eq:
      return a === b;
    case Cmp.Ne:
      return a !== b;
    case Cmp.Gt:
      return a > b;
    default:
      return a >= b;
  }
}

/** int vs float, exactly (float_richcompare compares a huge int and a float without rounding). */
export function intFloatCompare(i: I.Int, f: number, op: Cmp): boolean {
  if (typeof i === "number") return floatCompare(i, f, op);
  if (Number.isNaN(f)) return op === Cmp.Ne;
  if (!Number.isFinite(f)) return floatCompare(0, f, op);
  const fi = Math.trunc(f);
  const c = I.compare(i, BigInt(fi));
  if (c !== 0) return cmpResult(c, op);
  const frac = f - fi;
  return cmpResult(frac > 0 ? -1 : frac < 0 ? 1 : 0, op);
}

/** v op w: a new reference (usually a bool). */
export function richCompare(v: PyValue, w: PyValue, op: Cmp): PyValue {
  if (typeof v === "number" && typeof w === "number") return floatCompare(v, w, op);
  if (typeof v === "string" && typeof w === "string") {
    // code point order (JS's < compares UTF-16 units, which differs for astral characters)
    return cmpResult(strCompare(v, w), op);
  }
  if (typeof v === "object" && v.type === T.floatType) {
    if (typeof w === "object" && w.type === T.floatType) return floatCompare((v as PyFloat).value, (w as PyFloat).value, op);
    if (typeof w === "number") return floatCompare((v as PyFloat).value, w, op);
  }
  return richCompareGeneric(v, w, op);
}

function richCompareGeneric(v: PyValue, w: PyValue, op: Cmp): PyValue {
  // PyObject_RichCompare's Py_EnterRecursiveCall(" in comparison"): nested comparisons count
  // against the recursion limit
  hooks.enterRecursiveCall(" in comparison");
  try {
    return richCompareSlots(v, w, op);
  } catch (e) {
    // and should the JS stack run out first
    throw asRecursionError(e, " in comparison");
  } finally {
    hooks.leaveRecursiveCall();
  }
}

/**
 * Calls a comparison method found on self's type. typeobject.c slot_tp_richcompare: an error
 * while binding it (a property or other descriptor whose __get__ raises) is cleared and the
 * comparison answers NotImplemented; errors from the call itself propagate.
 */
function callCmpSlot(f: PyValue, self: PyValue, other: PyValue): PyValue {
  // functions and method descriptors are called unbound (lookup_maybe_method's "unbound" case)
  if (typeof f !== "object" || f instanceof PyFunction || f instanceof PyMethodDescriptor || descrKind(f) === DescrKind.Plain) {
    return callDescriptorMethod(f, self, [other]);
  }
  let bound: PyValue;
  try {
    bound = descrGet(f as PyObject, self, typeOf(self));
  } catch (e) {
    if (!isPyException(e)) throw e;
    decref(e);
    return NotImplemented;
  }
  try {
    return call(bound, [other], null);
  } finally {
    decref(bound);
  }
}

function richCompareSlots(v: PyValue, w: PyValue, op: Cmp): PyValue {
  const tv = typeOf(v);
  const tw = typeOf(w);
  let checkedReverse = false;
  if (tv !== tw && tw.isSubtypeOf(tv)) {
    const f = tw.lookup(CMP_NAMES[SWAPPED[op]]);
    if (f !== undefined) {
      checkedReverse = true;
      const r = callCmpSlot(f, w, v);
      if (r !== NotImplemented) return r;
    }
  }
  const f = tv.lookup(CMP_NAMES[op]);
  if (f !== undefined) {
    const r = callCmpSlot(f, v, w);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = tw.lookup(CMP_NAMES[SWAPPED[op]]);
    if (g !== undefined) {
      const r = callCmpSlot(g, w, v);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.Eq) return v === w;
  if (op === Cmp.Ne) return v !== w;
  return typeError(`'${SYMBOLS[op]}' not supported between instances of '${tv.name}' and '${tw.name}'`);
}

/** PyObject_RichCompareBool: identity implies equality (for ==, !=) as containers assume. */
export function compareBool(v: PyValue, w: PyValue, op: Cmp): boolean {
  if (v === w) {
    if (op === Cmp.Eq) return true;
    if (op === Cmp.Ne) return false;
  }
  const r = richCompare(v, w, op);
  if (typeof r === "boolean") return r;
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

/** v == w as containers compare (identity first). */
export function eq(v: PyValue, w: PyValue): boolean {
  if (v === w) return true;
  const tv = typeof v;
  if (tv === typeof w && (tv === "string" || tv === "number")) return false;
  return compareBool(v, w, Cmp.Eq);
}

// ---- truth --------------------------------------------------------------------------------

/** bool(v) (PyObject_IsTrue): __bool__, then __len__, else True. */
export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return true; // bigints are never zero (normalised)
  }
  if (v === None) return false;
  const t = v.type;
  if (t === T.floatType) return (v as PyFloat).value !== 0;
  if (t === T.listType) return (v as PyList).items.length !== 0;
  if (t === T.tupleType) return (v as PyTuple).items.length !== 0;
  if (t === T.dictType) return (v as PyDict).size !== 0;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = callSpecialFound(b, v);
    if (typeof r !== "boolean") {
      decref(r);
      typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    }
    return r;
  }
  const l = t.lookup("__len__");
  if (l !== undefined) {
    const r = callSpecialFound(l, v);
    return lenResult(r) !== 0;
  }
  return true;
}

/** Validates a __len__ result (slot_sq_length): an int >= 0 that fits an index. */
export function lenResult(r: PyValue): number {
  const n = lenResultSsize(r);
  if (typeof n === "bigint") overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

/**
 * What __len__ returned, as a Py_ssize_t: up to sys.maxsize (a bigint past 2**53, which only
 * len() itself can pass on; pyframe's own containers never get that long).
 */
export function lenResultSsize(r: PyValue): number | bigint {
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeof r === "number") {
    if (r < 0) {
      valueError("__len__() should return >= 0");
    }
    return r;
  }
  if (typeof r === "bigint") {
    if (r < 0n) valueError("__len__() should return >= 0");
    if (r > 9223372036854775807n) overflowError("cannot fit 'int' into an index-sized integer");
    return r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  }
  // slot_sq_length: _PyNumber_Index (int subclasses, __index__), then the checks above
  let n: I.Int;
  try {
    n = numberIndex(r);
  } finally {
    if (typeof r === "object") decref(r);
  }
  return lenResultSsize(n);
}

/**
 * The rest of richCompare after the left operand's Python-level method returned NotImplemented
 * (valid when the right operand's type is not a proper subclass, which would have gone first).
 */
export function richCompareAfterLeft(v: PyValue, w: PyValue, op: Cmp): PyValue {
  const tv = typeOf(v);
  const tw = typeOf(w);
  const g = tw.lookup(CMP_NAMES[SWAPPED[op]]);
  if (g !== undefined) {
    const r = callCmpSlot(g, w, v);
    if (r !== NotImplemented) return r;
  }
  if (op === Cmp.Eq) return v === w;
  if (op === Cmp.Ne) return v !== w;
  return typeError(`'${SYMBOLS[op]}' not supported between instances of '${tv.name}' and '${tw.name}'`);
}

/** The rest of richCompare after the right operand's swapped method returned NotImplemented. */
export function richCompareAfterRight(v: PyValue, w: PyValue, op: Cmp): PyValue {
  if (op === Cmp.Eq) return v === w;
  if (op === Cmp.Ne) return v !== w;
  return typeError(`'${SYMBOLS[op]}' not supported between instances of '${typeOf(v).name}' and '${typeOf(w).name}'`);
}

/** The left operand's own comparison method only: its result, or NotImplemented. */
export function richCompareLeftOnly(v: PyValue, w: PyValue, op: Cmp): PyValue {
  const f = typeOf(v).lookup(CMP_NAMES[op]);
  if (f === undefined) return NotImplemented;
  return callCmpSlot(f, v, w);
}

export { SWAPPED as CMP_SWAPPED };
