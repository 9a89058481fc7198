// __index__ and the integer conversions built on it (Objects/abstract.c PyNumber_Index,
// PyNumber_AsSsize_t, _PyIndex_Check; Python/ceval.c _PyEval_SliceIndex; Argument Clinic's
// Py_ssize_t converter). Sequence types use these for subscripts, slice bounds and counts.
//
// Py_ssize_t is 64-bit in CPython; pyframe's sequences never get near 2**53 items, so "fits an
// index" is decided against CPython's bounds (|v| <= 2**63 - 1) while the value returned is a JS
// number (rounded when beyond 2**53: such values are only ever compared with real lengths).

import { decref, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import { PyIntSubclass } from "../types/boxed.js";
import { None } from "../values.js";
import type { PyType } from "../type.js";
import { raise, typeError, overflowError } from "../errors.js";
import { callSpecialFound } from "./special.js";
import type { Int } from "./intmath.js";
import * as T from "../typeobjects.js";
import { warn } from "../hooks.js";

export const SSIZE_MAX = 9223372036854775807n;
export const SSIZE_MIN = -9223372036854775808n;
/** PY_SSIZE_T_MAX as the JS number pyframe uses for it (2**63, rounded). */
export const SSIZE_MAX_NUM = 9223372036854775807;

/** _PyIndex_Check: is `v` an int or does its type define __index__? */
export function isIndex(v: PyValue): boolean {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return true;
    case "string":
      return false;
  }
  if (v instanceof PyIntSubclass) return true;
  const t = v.type;
  if (t === T.floatType || t === T.sliceType || t === T.tupleType || v === None) return false;
  return t.lookup("__index__") !== undefined;
}

/** _PyNumber_Index (3.11): __index__ returning a strict int subclass is deprecated (the value is still used). */
export function warnIntSubclass(name: string): void {
  warn(T.deprecationWarningType, `__index__ returned non-int (type ${name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
}

/** PyNumber_Index: `v` as an exact int, via __index__ ("'str' object cannot be interpreted as an integer"). */
export function numberIndex(v: PyValue): Int {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyIntSubclass) return v.value;
  const t = typeOf(v);
  const f = typeof v === "string" ? undefined : t.lookup("__index__");
  if (f === undefined) typeError(`'${t.name}' object cannot be interpreted as an integer`);
  return indexResult(callSpecialFound(f, v));
}

/**
 * What __index__ returned, checked as _PyNumber_Index does: an int, or a strict int subclass (its
 * value, with 3.11's DeprecationWarning); anything else is a TypeError. Consumes `r`.
 */
export function indexResult(r: PyValue): Int {
  switch (typeof r) {
    case "number":
    case "bigint":
      return r;
    case "boolean":
      warnIntSubclass("bool");
      return r ? 1 : 0;
  }
  if (r instanceof PyIntSubclass) {
    const value = r.value;
    const name = r.type.name;
    decref(r);
    warnIntSubclass(name);
    return value;
  }
  const name = typeOf(r).name;
  decref(r);
  return typeError(`__index__ returned non-int (type ${name})`);
}

function fitsSsize(i: bigint): boolean {
  return i >= SSIZE_MIN && i <= SSIZE_MAX;
}

/**
 * PyNumber_AsSsize_t(v, exc): the index value of `v` as a JS number. When it does not fit a
 * Py_ssize_t, raises `exc` ("cannot fit 'int' into an index-sized integer"), or clamps to
 * +-PY_SSIZE_T_MAX when `exc` is null.
 */
export function asSsize(v: PyValue, exc: PyType | null): number {
  if (typeof v === "number") return v;
  const i = numberIndex(v);
  if (typeof i === "number") return i;
  if (fitsSsize(i)) return Number(i);
  if (exc === null) return i < 0n ? -SSIZE_MAX_NUM - 1 : SSIZE_MAX_NUM;
  return raise(exc, `cannot fit '${typeOf(v).name}' into an index-sized integer`);
}

/** Argument Clinic's Py_ssize_t converter (list.insert, list.pop, ...): __index__, then PyLong_AsSsize_t. */
export function clinicSsize(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "object" && v.type === T.floatType) typeError("'float' object cannot be interpreted as an integer");
  const i = numberIndex(v);
  if (typeof i === "number") return i;
  if (fitsSsize(i)) return Number(i);
  return overflowError("Python int too large to convert to C ssize_t");
}

/**
 * _PyEval_SliceIndex: a slice bound or a `start`/`stop` argument of index()/count()-like methods
 * (Argument Clinic's slice_index converter): None gives `dflt`; values are clamped to the
 * Py_ssize_t range.
 */
export function sliceIndex(v: PyValue, dflt: number): number {
  if (typeof v === "number") return v;
  if (v === None) return dflt;
  if (!isIndex(v)) typeError("slice indices must be integers or None or have an __index__ method");
  return asSsize(v, null);
}

/** Like sliceIndex, without None (the `accept={int}` slice_index converter of list.index). */
export function sliceIndexNoNone(v: PyValue): number {
  if (typeof v === "number") return v;
  if (!isIndex(v)) typeError("slice indices must be integers or have an __index__ method");
  return asSsize(v, null);
}
