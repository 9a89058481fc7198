// iter() and next() (PyObject_GetIter, PyIter_Next): native iterators answer directly; other
// iterators are driven through __next__, with StopIteration turned into STOP.

import { decref, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyNativeIterator, STOP } from "../types/iterator.js";
import { PyException } from "../types/exception.js";
import { None } from "../values.js";
import { typeError } from "../errors.js";
import { callSpecialFound } from "./special.js";
import { hooks } from "../hooks.js";

/** Hook for the iterator types that know how to iterate a builtin directly (set by the type inits). */
export const nativeIter: Map<unknown, (o: PyValue) => PyValue> = new Map();

/** iter(o): a new reference to an iterator. */
export function getIter(o: PyValue): PyValue {
  const t = typeOf(o);
  const direct = nativeIter.get(t);
  if (direct !== undefined) return direct(o);
  const f = t.lookup("__iter__");
  if (f !== undefined && f !== None) {
    const it = callSpecialFound(f, o);
    if (!isIterator(it)) {
      const name = typeOf(it).name;
      decref(it);
      typeError(`iter() returned non-iterator of type '${name}'`);
    }
    return it;
  }
  if (f === undefined && t.lookup("__getitem__") !== undefined) return seqIterFactory!(o);
  return typeError(`'${t.name}' object is not iterable`);
}

/** Set by the iterator types module: the old-style __getitem__ iterator. */
export let seqIterFactory: ((o: PyValue) => PyValue) | null = null;
export function setSeqIterFactory(f: (o: PyValue) => PyValue): void {
  seqIterFactory = f;
}

export function isIterator(o: PyValue): boolean {
  if (o instanceof PyNativeIterator) return true;
  return typeOf(o).lookup("__next__") !== undefined;
}

/** Generators and coroutines register here so that next() can resume them without a Python call. */
export const resumableTypes = new Set<unknown>();

/** next(it): a new reference, or STOP when the iterator is exhausted. */
export function iterNext(it: PyValue): PyValue {
  if (it instanceof PyNativeIterator) return it.next();
  const t = typeOf(it);
  if (resumableTypes.has(t)) {
    const r = hooks.resume(it as never, None, null);
    return r.done ? (decref(r.value), STOP) : r.value;
  }
  const f = t.lookup("__next__");
  if (f === undefined) typeError(`'${t.name}' object is not an iterator`);
  try {
    return callSpecialFound(f, it);
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(T.stopIterationType)) {
      decref(e);
      return STOP;
    }
    throw e;
  }
}

/** Collects an iterable into a JS array of new references. */
export function iterToArray(o: PyValue): PyValue[] {
  const it = getIter(o);
  const out: PyValue[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) break;
      out.push(v);
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}
