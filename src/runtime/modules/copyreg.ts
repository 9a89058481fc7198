// object.__reduce_ex__, object.__reduce__ and object.__getstate__ as CPython has them
// (Objects/typeobject.c object___reduce_ex___impl, _common_reduce, reduce_newobj,
// _PyObject_GetState): protocol 2+ reduces to copyreg.__newobj__ / __newobj_ex__ with the
// object's state; protocols 0 and 1 go to copyreg._reduce_ex. Installed at start-up through the
// hooks of types/object-type.ts; copyreg itself is Python (src/runtime/pylib/copyreg.py).

import { PyObject, decref, newref, type PyValue } from "../object.js";
import { TPFLAG_HEAPTYPE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newDict } from "../values.js";
import { typeError, runtimeError, isPyException } from "../errors.js";
import { PyStrSubclass } from "../types/boxed.js";
import { callSpecialFound } from "../ops/special.js";
import { PyTuple } from "../types/tuple.js";
import { PyDict } from "../types/dict.js";
import { PyList } from "../types/list.js";
import { PyInstance } from "../types/instance.js";
import { setReduceHook, setGetstateHook } from "../types/object-type.js";
import { builtinObject } from "../types/iter-types.js";
import { dictIter, DictIterKind } from "../types/dict-type.js";
import { getAttr, getAttrOpt } from "../ops/attr.js";
import { call, callMethod } from "../ops/call.js";
import { getIter, iterToArray } from "../ops/iter.js";
import { numberIndex } from "../ops/index.js";
import { mangle } from "../../shared/mangle.js";

function importModule(name: string): PyValue {
  const imp = builtinObject("__import__");
  try {
    return call(imp, [name], null);
  } finally {
    decref(imp);
  }
}

function copyregAttr(name: string): PyValue {
  const m = importModule("copyreg");
  try {
    return getAttr(m, name);
  } finally {
    decref(m);
  }
}

/** copyreg._slotnames(cls): the __slots__ names along the MRO (most derived first), mangled */
function slotNames(cls: PyObject): string[] {
  const t = cls as import("../type.js").PyType;
  const out: string[] = [];
  for (const c of t.mro) {
    const slots = c.ns.get("__slots__");
    if (slots === undefined) continue;
    const names = typeof slots === "string" ? [slots] : iterToArray(slots);
    for (const n of names) {
      if (typeof n !== "string") {
        decref(n);
        continue;
      }
      if (n === "__dict__" || n === "__weakref__") continue;
      out.push(mangle(c.name, n));
    }
  }
  return out;
}

/** _PyObject_GetState */
function getState(obj: PyValue, required: boolean): PyValue {
  const t = typeOf(obj);
  // an object with native state beyond a plain instance's cannot be rebuilt from its
  // __dict__ and slots (CPython compares tp_basicsize with object's)
  if (required && typeof obj === "object" && !(obj instanceof PyInstance)) {
    typeError(`cannot pickle '${t.name}' object`);
  }
  // _PyType_GetSlotNames: a __slotnames__ list in the class's own namespace wins (copyreg caches
  // its answer there); it may change while the slots are read
  const cached = t.ns.get("__slotnames__");
  if (cached !== undefined && cached !== None && !(cached instanceof PyList)) {
    typeError(`${t.name}.__slotnames__ should be a list or None, not ${typeOf(cached).name}`);
  }
  const names: PyValue[] = cached === undefined ? slotNames(t) : cached === None ? [] : (cached as PyList).items;
  if (cached instanceof PyList) cached.rc++;
  let state: PyValue = None;
  if (typeof obj === "object" && obj.dict !== null && obj.dict.size > 0) state = newref(obj.dict);
  if (names.length > 0) {
    const slots = newDict();
    const n = names.length;
    try {
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        if (typeof name === "object") name.rc++;
        try {
          const key = name instanceof PyStrSubclass ? name.value : name;
          if (typeof key !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
          const v = getAttrOpt(obj, key);
          if (v !== undefined) {
            slots.set(name, v);
            decref(v);
          }
        } finally {
          decref(name);
        }
        if (names.length !== n) runtimeError("__slotsname__ changed size during iteration"); // sic (typeobject.c)
      }
    } catch (e) {
      decref(slots);
      decref(state);
      throw e;
    } finally {
      if (cached instanceof PyList) decref(cached);
    }
    if (slots.size > 0) return newTupleOwned([state, slots]);
    decref(slots);
  }
  return state;
}

let objectGetstate: PyValue | undefined;
let objectReduce: PyValue | undefined;

/** object_getstate: __getstate__, or the default state when it is object's own */
function objectGetState(obj: PyValue, required: boolean): PyValue {
  const f = typeOf(obj).lookup("__getstate__");
  if (f === objectGetstate) return getState(obj, required);
  return callMethod(obj, "__getstate__", []);
}

/** _PyObject_GetNewArguments: [args, kwargs] (each null when absent) */
function newArguments(obj: PyValue): [PyTuple | null, PyDict | null] {
  // both found with _PyObject_LookupSpecial: on the type, never through the instance's __getattr__
  const ex = typeOf(obj).lookup("__getnewargs_ex__");
  if (ex !== undefined) {
    const r = callSpecialFound(ex, obj);
    try {
      if (!(r instanceof PyTuple)) typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(r).name}'`);
      if (r.items.length !== 2) typeError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
      const [a, k] = r.items;
      if (!(a instanceof PyTuple)) typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(a).name}'`);
      if (!(k instanceof PyDict)) typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(k).name}'`);
      return [newref(a), newref(k)];
    } finally {
      decref(r);
    }
  }
  const g = typeOf(obj).lookup("__getnewargs__");
  if (g !== undefined) {
    const r = callSpecialFound(g, obj);
    if (!(r instanceof PyTuple)) {
      const name = typeOf(r).name;
      decref(r);
      typeError(`__getnewargs__ should return a tuple, not '${name}'`);
    }
    return [r, null];
  }
  return [null, null];
}

/** reduce_newobj: the protocol 2+ reduction */
function reduceNewobj(obj: PyValue): PyValue {
  const cls = typeOf(obj);
  if (cls.lookup("__new__") === undefined) typeError(`cannot pickle '${cls.name}' object`);
  const [args, kwargs] = newArguments(obj);
  let newobj: PyValue;
  let newargs: PyValue;
  try {
    if (kwargs === null || kwargs.size === 0) {
      newobj = copyregAttr("__newobj__");
      newargs = newTupleOwned([newref(cls), ...(args === null ? [] : args.items.map((v) => newref(v)))]);
    } else {
      newobj = copyregAttr("__newobj_ex__");
      newargs = newTupleOwned([newref(cls), newref(args!), newref(kwargs)]);
    }
  } finally {
    if (args !== null) decref(args);
    if (kwargs !== null) decref(kwargs);
  }
  const isList = obj instanceof PyList;
  const isDict = obj instanceof PyDict;
  let state: PyValue;
  try {
    state = objectGetState(obj, !(args !== null || isList || isDict));
  } catch (e) {
    decref(newobj);
    decref(newargs);
    throw e;
  }
  const listitems = isList ? getIter(obj) : None;
  const dictitems = isDict ? dictIter(obj as PyDict, DictIterKind.Items) : None;
  return newTupleOwned([newobj, newargs, state, listitems, dictitems]);
}

/** _common_reduce */
function commonReduce(obj: PyValue, protocol: PyValue): PyValue {
  const proto = numberIndex(protocol);
  if (proto >= 2) return reduceNewobj(obj);
  const f = copyregAttr("_reduce_ex");
  try {
    return call(f, [obj, proto], null);
  } finally {
    decref(f);
  }
}

function reduceHook(obj: PyValue, protocol: PyValue, viaReduceEx: boolean): PyValue {
  if (viaReduceEx) {
    // a class overriding __reduce__ is reduced by it
    const clsReduce = typeOf(obj).lookup("__reduce__");
    if (clsReduce !== undefined && clsReduce !== objectReduce) {
      const r = getAttrOpt(obj, "__reduce__");
      if (r !== undefined) {
        try {
          return call(r, [], null);
        } finally {
          decref(r);
        }
      }
    }
  }
  return commonReduce(obj, protocol);
}

let installed = false;

export function initCopyregHooks(): void {
  if (installed) return;
  installed = true;
  objectGetstate = T.objectType.ns.get("__getstate__");
  objectReduce = T.objectType.ns.get("__reduce__");
  setReduceHook(reduceHook);
  setGetstateHook((obj) => getState(obj, false));
  void TPFLAG_HEAPTYPE;
  void isPyException;
}
