// Subscription, len() and `in` (PyObject_GetItem/SetItem/DelItem, PyObject_Size,
// PySequence_Contains), with fast paths for exact lists, tuples, dicts and strs.

import { decref, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyList } from "../types/list.js";
import { PyTuple } from "../types/tuple.js";
import { PyDict } from "../types/dict.js";
import { PySet, setContains } from "../types/set.js";
import { STOP } from "../types/iterator.js";
import { indexError, keyError, typeError, valueError, overflowError } from "../errors.js";
import { PyException } from "../types/exception.js";
import { PyIntSubclass } from "../types/boxed.js";
import { callSpecialFound } from "./special.js";
import { eq, isTrue, lenResult, lenResultSsize } from "./compare.js";
import { getIter, iterNext } from "./iter.js";
import { getAttrOpt } from "./attr.js";
import { call } from "./call.js";
import { None, NotImplemented } from "../values.js";
import { cpLength } from "../types/str-util.js";

/** o[key]: a new reference. */
export function getItem(o: PyValue, key: PyValue): PyValue {
  if (typeof o === "object") {
    const t = o.type;
    if (typeof key === "number") {
      if (t === T.listType) {
        const items = (o as PyList).items;
        const i = key < 0 ? key + items.length : key;
        if (i >= 0 && i < items.length) {
          const v = items[i];
          if (typeof v === "object") v.rc++;
          return v;
        }
        indexError("list index out of range");
      }
      if (t === T.tupleType) {
        const items = (o as PyTuple).items;
        const i = key < 0 ? key + items.length : key;
        if (i >= 0 && i < items.length) {
          const v = items[i];
          if (typeof v === "object") v.rc++;
          return v;
        }
        indexError("tuple index out of range");
      }
    }
    if (t === T.dictType) {
      const v = (o as PyDict).get(key);
      if (v !== undefined) {
        if (typeof v === "object") v.rc++;
        return v;
      }
      keyError(key);
    }
  }
  const t = typeOf(o);
  const f = t.lookup("__getitem__");
  if (f !== undefined) return callSpecialFound(f, o, key);
  if (o instanceof PyType) {
    if (o === T.typeType) return classGetItem(o, key);
    const cgi = getAttrOpt(o, "__class_getitem__");
    if (cgi !== undefined) {
      try {
        return call(cgi, [key], null);
      } finally {
        decref(cgi);
      }
    }
    typeError(`type '${o.name}' is not subscriptable`);
  }
  return typeError(`'${t.name}' object is not subscriptable`);
}

/** type[...] goes to types.GenericAlias through type.__class_getitem__-like handling. */
function classGetItem(o: PyType, key: PyValue): PyValue {
  // PyObject_GetItem: type[...] is types.GenericAlias(type, ...) directly
  if (o === T.typeType && T.genericAliasType.ns.has("__new__")) return call(T.genericAliasType, [o, key], null);
  const cgi = getAttrOpt(o, "__class_getitem__");
  if (cgi === undefined) typeError(`type '${o.name}' is not subscriptable`);
  try {
    return call(cgi, [key], null);
  } finally {
    decref(cgi);
  }
}

/** o[key] = value */
export function setItem(o: PyValue, key: PyValue, value: PyValue): void {
  if (typeof o === "object") {
    const t = o.type;
    if (t === T.listType && typeof key === "number") {
      const items = (o as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) {
        const old = items[i];
        if (typeof value === "object") value.rc++;
        items[i] = value;
        decref(old);
        return;
      }
      indexError("list assignment index out of range");
    }
    if (t === T.dictType) {
      (o as PyDict).set(key, value);
      return;
    }
  }
  const t = typeOf(o);
  const f = t.lookup("__setitem__");
  if (f === undefined) typeError(`'${t.name}' object does not support item assignment`);
  decref(callSpecialFound(f, o, key, value));
}

/** del o[key] */
export function delItem(o: PyValue, key: PyValue): void {
  if (typeof o === "object" && o.type === T.dictType) {
    const old = (o as PyDict).pop(key);
    if (old === undefined) keyError(key);
    decref(old);
    return;
  }
  const t = typeOf(o);
  const f = t.lookup("__delitem__");
  if (f === undefined) typeError(`'${t.name}' object doesn't support item deletion`);
  decref(callSpecialFound(f, o, key));
}

/** Code points in a str (astral characters are one each); cached for long strings (types/str-util.ts). */
export function strLength(s: string): number {
  return cpLength(s);
}

/** The builtin len(o) (PyObject_Size): any length up to sys.maxsize. */
export function lenBuiltin(o: PyValue): number | bigint {
  const n = exactLen(o);
  return n >= 0 ? n : lenResultSsize(callLen(o));
}

/** len(o) for pyframe's own use: a length an array can have (OverflowError past 2**53). */
export function len(o: PyValue): number {
  const n = exactLen(o);
  return n >= 0 ? n : lenResult(callLen(o));
}

/** The length of a str or an exact list/tuple/dict, else -1. */
function exactLen(o: PyValue): number {
  if (typeof o === "string") return strLength(o);
  if (typeof o === "object") {
    const t = o.type;
    if (t === T.listType) return (o as PyList).items.length;
    if (t === T.tupleType) return (o as PyTuple).items.length;
    if (t === T.dictType) return (o as PyDict).size;
  }
  return -1;
}

/** What o's __len__ returns (unchecked). */
function callLen(o: PyValue): PyValue {
  const t = typeOf(o);
  const f = t.lookup("__len__");
  if (f === undefined) typeError(`object of type '${t.name}' has no len()`);
  return callSpecialFound(f, o);
}

/** item in o */
export function contains(o: PyValue, item: PyValue): boolean {
  if (typeof o === "object") {
    const t = o.type;
    if (t === T.dictType) return (o as PyDict).find(item) >= 0;
    if (t === T.listType || t === T.tupleType) {
      // list_contains / tuplecontains: the item is held while == runs (which may mutate the list)
      const seq = o as PyList | PyTuple;
      for (let i = 0; i < seq.items.length; i++) {
        const v = seq.items[i];
        if (v === item) return true;
        if (typeof v !== "object") {
          if (eq(v, item)) return true;
          continue;
        }
        v.rc++;
        try {
          if (eq(v, item)) return true;
        } finally {
          decref(v);
        }
      }
      return false;
    }
    if (t === T.setType || t === T.frozensetType) return setContains(o as PySet, item);
  }
  const t = typeOf(o);
  const f = t.lookup("__contains__");
  if (f !== undefined && f !== None) {
    const r = callSpecialFound(f, o, item);
    if (typeof r === "boolean") return r;
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  }
  // slot_sq_contains: __contains__ = None; _PySequence_IterSearch: a TypeError from iter() is replaced
  if (f === None) typeError(`'${t.name}' object is not a container`);
  let it: PyValue;
  try {
    it = getIter(o);
  } catch (e) {
    if (!(e instanceof PyException && e.type.isSubtypeOf(T.typeErrorType))) throw e;
    decref(e);
    return typeError(`argument of type '${t.name}' is not iterable`);
  }
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) return false;
      const found = eq(v, item);
      decref(v);
      if (found) return true;
    }
  } finally {
    decref(it);
  }
}

/**
 * PyObject_LengthHint (operator.length_hint): len(o) if it has __len__ (a TypeError from it is
 * ignored), else o.__length_hint__() (NotImplemented or a TypeError give `dflt`).
 */
export function lengthHint(o: PyValue, dflt: number): number {
  if (typeof o === "object") {
    const t0 = o.type;
    if (t0 === T.listType || t0 === T.tupleType) return (o as PyList | PyTuple).items.length;
    if (t0 === T.dictType) return (o as PyDict).size;
  } else if (typeof o === "string") return strLength(o);
  const t = typeOf(o);
  if (t.lookup("__len__") !== undefined) {
    try {
      return len(o);
    } catch (e) {
      if (!(e instanceof PyException && e.type.isSubtypeOf(T.typeErrorType))) throw e;
      decref(e);
    }
  }
  const f = t.lookup("__length_hint__");
  if (f === undefined) return dflt;
  let r: PyValue;
  try {
    r = callSpecialFound(f, o);
  } catch (e) {
    if (!(e instanceof PyException && e.type.isSubtypeOf(T.typeErrorType))) throw e;
    decref(e);
    return dflt;
  }
  if (r === NotImplemented) return dflt;
  let n: number;
  if (typeof r === "number") n = r;
  else if (typeof r === "boolean") n = r ? 1 : 0;
  else if (typeof r === "bigint" || r instanceof PyIntSubclass) {
    const v = typeof r === "bigint" ? r : r.value;
    decref(r);
    if (typeof v === "number") n = v;
    else if (v < -(2n ** 63n) || v >= 2n ** 63n) return overflowError("Python int too large to convert to C ssize_t");
    else n = Number(v);
  } else {
    const name = typeOf(r).name;
    decref(r);
    return typeError(`__length_hint__ must be an integer, not ${name}`);
  }
  if (n < 0) valueError("__length_hint__() should return >= 0");
  return n;
}
