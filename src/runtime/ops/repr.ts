// repr(), str() and format() of any value (PyObject_Repr, PyObject_Str, PyObject_Format),
// returning JS strings.

import { decref, type PyObject, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyFloat } from "../types/float.js";
import { PyStrSubclass } from "../types/boxed.js";
import { None } from "../values.js";
import { asRecursionError, typeError } from "../errors.js";
import { TPFLAG_HEAPTYPE } from "../type.js";
import { callSpecialFound } from "./special.js";
import { hooks } from "../hooks.js";
import { floatRepr, strRepr } from "../../shared/repr.js";
import { toDecimalString } from "./intmath.js";

function asStrResult(r: PyValue, what: string): string {
  if (typeof r === "string") return r;
  if (r instanceof PyStrSubclass) {
    const s = r.value;
    decref(r);
    return s;
  }
  const name = typeOf(r).name;
  decref(r);
  return typeError(`${what} returned non-string (type ${name})`);
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
    case "bigint":
      return toDecimalString(v);
    case "string":
      return strRepr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v.type === T.floatType) return floatRepr((v as PyFloat).value);
  const f = v.type.lookup("__repr__")!;
  // PyObject_Repr's Py_EnterRecursiveCall: nested reprs count against the recursion limit
  hooks.enterRecursiveCall(" while getting the repr of an object");
  try {
    if (v.type.tflags & TPFLAG_HEAPTYPE) return asStrResult(callSpecialFound(f, v), "__repr__");
    try {
      return asStrResult(callSpecialFound(f, v), "__repr__");
    } catch (e) {
      // and should the JS stack run out first
      throw asRecursionError(e, " while getting the repr of an object");
    }
  } finally {
    hooks.leaveRecursiveCall();
  }
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
    case "bigint":
      return toDecimalString(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v.type === T.floatType) return floatRepr((v as PyFloat).value);
  const f = v.type.lookup("__str__")!;
  return asStrResult(callSpecialFound(f, v), "__str__");
}

/** format(v, spec) */
export function format(v: PyValue, spec: string): string {
  if (spec === "") {
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
  }
  const t = typeOf(v);
  const f = t.lookup("__format__");
  if (f === undefined) typeError(`Type ${t.name} doesn't define __format__`);
  const r = callSpecialFound(f, v, spec);
  if (typeof r === "string") return r;
  const name = typeOf(r).name;
  decref(r);
  return typeError(`__format__ must return a str, not ${name}`);
}

// Py_ReprEnter/Py_ReprLeave: containers that contain themselves print `[...]`.
const reprActive = new Set<PyObject>();

/** Runs `body` unless `o`'s repr is already in progress, in which case returns `recursive`. */
export function reprGuard(o: PyObject, recursive: string, body: () => string): string {
  if (reprActive.has(o)) return recursive;
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
  }
}
