// Singletons and constructors for the values everything else builds: None, NotImplemented,
// Ellipsis, floats, tuples, lists, dicts. Constructors return new (owned) references and take
// ownership of the item arrays they are given (`newTupleOwned`) or new references to borrowed
// items (`newTuple`).

import { PyObject, immortal, type PyValue } from "./object.js";
import { PyFloat } from "./types/float.js";
import { PyTuple } from "./types/tuple.js";
import { PyList } from "./types/list.js";
import { PyDict } from "./types/dict.js";
import { PyComplex } from "./types/complex.js";
import {
  complexType,
  dictType,
  ellipsisType,
  floatType,
  listType,
  noneType,
  notImplementedType,
  tupleType,
} from "./typeobjects.js";

export const None: PyObject = immortal(new PyObject(noneType));
export const NotImplemented: PyObject = immortal(new PyObject(notImplementedType));
export const Ellipsis: PyObject = immortal(new PyObject(ellipsisType));
export const emptyTuple: PyTuple = immortal(new PyTuple(tupleType, []));

export function newFloat(x: number): PyFloat {
  return new PyFloat(floatType, x);
}

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(complexType, re, im);
}

/** A tuple that takes over `items`, whose references the caller owned. */
export function newTupleOwned(items: PyValue[]): PyTuple {
  if (items.length === 0) {
    emptyTuple.rc++;
    return emptyTuple;
  }
  return new PyTuple(tupleType, items);
}

/** A tuple of borrowed items (each gets a new reference). */
export function newTuple(items: readonly PyValue[]): PyTuple {
  if (items.length === 0) {
    emptyTuple.rc++;
    return emptyTuple;
  }
  for (const v of items) if (typeof v === "object") v.rc++;
  return new PyTuple(tupleType, items.slice());
}

/** A list that takes over `items`, whose references the caller owned. */
export function newListOwned(items: PyValue[]): PyList {
  return new PyList(listType, items);
}

/** A list of borrowed items. */
export function newList(items: readonly PyValue[]): PyList {
  for (const v of items) if (typeof v === "object") v.rc++;
  return new PyList(listType, items.slice());
}

export function newDict(): PyDict {
  return new PyDict(dictType);
}

export function isNone(v: PyValue): boolean {
  return v === None;
}
