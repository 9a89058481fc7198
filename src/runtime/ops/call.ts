// Calling any callable from native code (PyObject_Vectorcall), and instantiating a class
// (type.__call__: __new__, then __init__ when __new__ returned an instance of the class).

import { decref, type PyObject, type PyValue } from "../object.js";
import { PyType, TPFLAG_HEAPTYPE } from "../type.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { hooks } from "../hooks.js";
import { PyFunction, PyMethod } from "../types/function.js";
import { MethodKind, PyBuiltinFunction, PyMethodDescriptor } from "../types/native.js";
import { None } from "../values.js";
import { typeError } from "../errors.js";
import { callDescriptorMethod, descrGet, descrKind, DescrKind, getAttr } from "./attr.js";
import { PyStaticMethod } from "../types/descriptors.js";

/** The descriptor of type.__call__, set when `type` is initialised: metaclasses that keep it are called natively. */
export let typeCallDescriptor: PyValue | undefined;
/** object.__init__, whose call can be skipped. */
export let objectInit: PyValue | undefined;
export function setCallBuiltins(typeCall: PyValue | undefined, objInit: PyValue | undefined): void {
  typeCallDescriptor = typeCall;
  objectInit = objInit;
}

/** f(*args) with keyword arguments per the convention in types/native.ts. Returns a new reference. */
export function call(f: PyValue, args: PyValue[], kwnames: string[] | null): PyValue {
  if (typeof f === "object") {
    if (f instanceof PyFunction) return hooks.callFunction(f, args, kwnames);
    if (f instanceof PyBuiltinFunction) return f.fn(f.self === null ? None : f.self, args, kwnames);
    if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kwnames);
    if (f instanceof PyType && (f.type === T.typeType || f.type.lookup("__call__") === typeCallDescriptor)) {
      return typeCall(f, args, kwnames);
    }
    if (f instanceof PyMethodDescriptor) return callUnboundDescriptor(f, args, kwnames);
  }
  const t = typeOf(f);
  const c = t.lookup("__call__");
  if (c === undefined) typeError(`'${t.name}' object is not callable`);
  if (c instanceof PyMethodDescriptor && c.kind === MethodKind.Instance) return c.fn(f, args, kwnames);
  if (c instanceof PyFunction) return hooks.callFunction(c, [f, ...args], kwnames);
  const bound = typeof c === "object" && descrKind(c) !== DescrKind.Plain ? descrGet(c, f, t) : (c as PyObject);
  try {
    return call(bound, args, kwnames);
  } finally {
    if (bound !== c) decref(bound);
  }
}

function callUnboundDescriptor(d: PyMethodDescriptor, args: PyValue[], kwnames: string[] | null): PyValue {
  if (d.kind === MethodKind.Static) return d.fn(None, args, kwnames);
  if (d.kind === MethodKind.Class) {
    const cls = args[0];
    if (!(cls instanceof PyType)) typeError(`descriptor '${d.name}' for type '${d.owner.name}' needs a type, not a '${typeOf(cls).name}' as arg 2`);
    return d.fn(cls, args.slice(1), kwnames);
  }
  const positional = args.length - (kwnames === null ? 0 : kwnames.length);
  if (positional < 1) {
    // wrapperdescr_call vs method_vectorcall_*'s messages
    if (d.isSlotWrapper) typeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
    typeError(`unbound method ${d.owner.name}.${d.name}() needs an argument`);
  }
  const self = args[0];
  if (!typeOf(self).isSubtypeOf(d.owner)) {
    if (d.isSlotWrapper) typeError(`descriptor '${d.name}' requires a '${d.owner.name}' object but received a '${typeOf(self).name}'`);
    typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
  }
  return d.fn(self, args.slice(1), kwnames);
}

/** type.__call__(cls, *args, **kwargs): create with __new__, initialise with __init__. */
export function typeCall(cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  if (cls === T.typeType) {
    const n = args.length - (kwnames === null ? 0 : kwnames.length);
    if (n === 1 && kwnames === null) {
      const t = typeOf(args[0]);
      t.rc++;
      return t;
    }
    if (n !== 3) typeError("type() takes 1 or 3 arguments");
  }
  const newFn = cls.lookup("__new__");
  // builtin types without a tp_new of their own (iterators, descriptors...) cannot be instantiated
  if (newFn === undefined || (newFn === T.objectType.ns.get("__new__") && cls !== T.objectType && !(cls.tflags & TPFLAG_HEAPTYPE))) {
    typeError(`cannot create '${cls.module === "builtins" ? cls.name : cls.module + "." + cls.name}' instances`);
  }
  const obj = callNew(newFn, cls, args, kwnames);
  const objType = typeOf(obj);
  if (!objType.isSubtypeOf(cls)) return obj;
  const init = objType.lookup("__init__");
  if (init !== undefined && init !== objectInit) {
    try {
      const r = callDescriptorMethodKw(init, obj, args, kwnames);
      if (r !== None) {
        decref(r);
        typeError(`__init__() should return None, not '${typeOf(r).name}'`);
      }
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  // Skipping object.__init__ is safe: its only complaint (excess arguments when __new__ is not
  // overridden either) has already been raised by object.__new__ (Objects/typeobject.c object_init).
  return obj;
}

/**
 * Calls a __new__ found on a type: a staticmethod-wrapped function or a builtin bound to its type;
 * any other descriptor is bound to the class first (typeobject.c slot_tp_new gets type.__new__,
 * so a classmethod __new__ receives the class twice).
 */
function callNew(newFn: PyValue, cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  if (newFn instanceof PyStaticMethod) return call(newFn.callable, [cls, ...args], kwnames);
  if (typeof newFn !== "object" || newFn instanceof PyBuiltinFunction || descrKind(newFn) === DescrKind.Plain) {
    return call(newFn, [cls, ...args], kwnames);
  }
  const f = descrGet(newFn, null, cls);
  try {
    return call(f, [cls, ...args], kwnames);
  } finally {
    decref(f);
  }
}

function callDescriptorMethodKw(method: PyValue, self: PyValue, args: PyValue[], kwnames: string[] | null): PyValue {
  if (kwnames === null) return callDescriptorMethod(method, self, args);
  if (method instanceof PyMethodDescriptor && method.kind === MethodKind.Instance) return method.fn(self, args, kwnames);
  return call(method, [self, ...args], kwnames);
}

/** getattr(obj, name)(*args) */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwnames: string[] | null = null): PyValue {
  const m = getAttr(obj, name);
  try {
    return call(m, args, kwnames);
  } finally {
    decref(m);
  }
}
