// Attribute access: getattr/setattr/delattr with Python's descriptor protocol
// (Objects/object.c PyObject_GenericGetAttr, Objects/typeobject.c type_getattro,
// slot_tp_getattr_hook for classes defining __getattribute__/__getattr__).

import { decref, newref, PyObject, FLAG_LAZY_SLOTS, type PyValue } from "../object.js";
import { PyType, TPFLAG_HAS_DICT, TPFLAG_HEAPTYPE, TPFLAG_IMMUTABLE } from "../type.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyFunction, PyMethod } from "../types/function.js";
import { MethodKind, PyBuiltinFunction, PyGetSetDescriptor, PyMemberDescriptor, PyMethodDescriptor } from "../types/native.js";
import { PyClassMethod, PyProperty, PyStaticMethod } from "../types/descriptors.js";
import { PyInstance } from "../types/instance.js";
import { PyException } from "../types/exception.js";
import { None } from "../values.js";
import { newException, typeError } from "../errors.js";
import { call } from "./call.js";
import { PyDict } from "../types/dict.js";

// ---- descriptors --------------------------------------------------------------------------

/** How attribute lookup treats a value found in a type's namespace. */
export const enum DescrKind {
  Plain = 0, // no __get__: returned as is
  NonData = 1, // __get__ only: the instance dict wins
  Data = 2, // __get__ with __set__ or __delete__: wins over the instance dict
}

export function descrKind(d: PyValue): DescrKind {
  if (typeof d !== "object") return DescrKind.Plain;
  if (d instanceof PyFunction || d instanceof PyMethodDescriptor) return DescrKind.NonData;
  if (d instanceof PyGetSetDescriptor || d instanceof PyMemberDescriptor) return DescrKind.Data;
  const t = d.type;
  if (t === T.builtinFunctionType || t === T.typeType || t === T.noneType) return DescrKind.Plain;
  if (t === T.propertyType) return DescrKind.Data;
  if (t === T.classmethodType || t === T.staticmethodType) return DescrKind.NonData;
  if (t.lookup("__get__") === undefined) return DescrKind.Plain;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined ? DescrKind.Data : DescrKind.NonData;
}

/**
 * Whether setting/deleting through `d` goes to its __set__/__delete__ (tp_descr_set), which
 * PyObject_GenericSetAttr uses whether or not the descriptor also has __get__.
 */
export function hasDescrSet(d: PyValue): boolean {
  if (typeof d !== "object") return false;
  if (d instanceof PyFunction || d instanceof PyMethodDescriptor) return false;
  if (d instanceof PyGetSetDescriptor || d instanceof PyMemberDescriptor) return true;
  const t = d.type;
  if (t === T.builtinFunctionType || t === T.typeType || t === T.noneType) return false;
  if (t === T.propertyType) return true;
  if (t === T.classmethodType || t === T.staticmethodType) return false;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

/** descr.__get__(obj, type), for a value known to have __get__. `obj` is null for class access. Returns a new reference. */
export function descrGet(d: PyObject, obj: PyValue | null, type: PyType): PyValue {
  if (d instanceof PyFunction) {
    if (obj === null) return newref(d);
    d.rc++;
    if (typeof obj === "object") obj.rc++;
    return new PyMethod(d, obj);
  }
  if (d instanceof PyMethodDescriptor) {
    if (d.kind === MethodKind.Class) {
      type.rc++;
      return new PyBuiltinFunction(d.name, d.fn, type, null, d.doc, d.owner);
    }
    if (d.kind === MethodKind.Static) return new PyBuiltinFunction(d.name, d.fn, null, null, d.doc, d.owner);
    if (obj === null) return newref(d);
    if (!typeOf(obj).isSubtypeOf(d.owner)) {
      typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
    }
    if (typeof obj === "object") obj.rc++;
    return new PyBuiltinFunction(d.name, d.fn, obj, null, d.doc, d.owner, d.isSlotWrapper ? T.methodWrapperType : T.builtinFunctionType);
  }
  if (d instanceof PyGetSetDescriptor) {
    if (obj === null) return newref(d);
    checkDescrApplies(d.name, d.owner, obj);
    return d.get(obj);
  }
  if (d instanceof PyMemberDescriptor) {
    if (obj === null) return newref(d);
    checkDescrApplies(d.name, d.owner, obj);
    const v = (obj as PyInstance).slots?.[d.index];
    if (v === undefined) attributeError(obj, d.name, `'${typeOf(obj).name}' object has no attribute '${d.name}'`);
    return newref(v);
  }
  if (d instanceof PyClassMethod) {
    const f = d.callable;
    const ft = typeOf(f);
    // classmethod chains through __get__ of what it wraps (3.9-3.12), so classmethod(property) works;
    // cm_descr_get passes the class as both the instance and the owner.
    if (typeof f === "object" && !(f instanceof PyFunction) && ft.lookup("__get__") !== undefined) {
      return descrGet(f, type, type);
    }
    if (typeof f === "object") f.rc++;
    type.rc++;
    return new PyMethod(f, type);
  }
  if (d instanceof PyStaticMethod) return newref(d.callable);
  if (d instanceof PyProperty && d.type === T.propertyType) {
    if (obj === null) return newref(d);
    return propertyGet(d, obj);
  }
  const get = d.type.lookup("__get__")!;
  return callDescriptorMethod(get, d, [obj === null ? None : obj, type]);
}

/** property_descr_get for an instance (property subclasses reach it through property.__get__). */
export function propertyGet(d: PyProperty, obj: PyValue): PyValue {
  if (d.fget === null || d.fget === None) {
    attributeError(obj, propertyName(d), `property ${propertyNameForMessage(d)}of '${typeOf(obj).qualname}' object has no getter`);
  }
  return call(d.fget, [obj], null);
}

/** property_descr_set: the setter, or the deleter when `value` is undefined. */
export function propertySet(d: PyProperty, obj: PyValue, value: PyValue | undefined, name: string): void {
  const fn = value === undefined ? d.fdel : d.fset;
  if (fn === null || fn === None) {
    const what = value === undefined ? "deleter" : "setter";
    attributeError(obj, name, `property ${propertyNameForMessage(d)}of '${typeOf(obj).qualname}' object has no ${what}`);
  }
  decref(call(fn, value === undefined ? [obj] : [obj, value], null));
}

function propertyName(p: PyProperty): string {
  return typeof p.name === "string" ? p.name : "";
}

function propertyNameForMessage(p: PyProperty): string {
  return typeof p.name === "string" ? `'${p.name}' ` : "";
}

function checkDescrApplies(name: string, owner: PyType, obj: PyValue): void {
  if (!typeOf(obj).isSubtypeOf(owner)) {
    typeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  }
}

/**
 * Calls a method found on a type (unbound) with `self` first. As CPython's lookup_maybe_method:
 * functions get `self` as their first argument, other descriptors are bound through __get__,
 * and attributes that are not descriptors are called without `self`.
 */
export function callDescriptorMethod(method: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (method instanceof PyMethodDescriptor && method.kind === MethodKind.Instance) {
    // a slot wrapper taken from an unrelated class (class A(int): __eq__ = str.__eq__) is
    // called like any descriptor, and wrapperdescr_call checks its self (bpo-37619)
    const owner = method.owner;
    if (owner !== T.objectType) {
      const t = typeOf(self);
      if (t !== owner && !t.isSubtypeOf(owner)) return call(method, [self, ...args], null);
    }
    return method.fn(self, args, null);
  }
  if (method instanceof PyFunction) return call(method, [self, ...args], null);
  if (typeof method !== "object" || descrKind(method) === DescrKind.Plain) return call(method, args, null);
  const bound = descrGet(method, self, typeOf(self));
  try {
    return call(bound, args, null);
  } finally {
    decref(bound);
  }
}

/**
 * The __slots__ values of `obj`. Instances of builtin types whose objects have no slot array of
 * their own (float, weakref.ref, exceptions, ...) get one when a slot is first set; deallocation
 * releases it (FLAG_LAZY_SLOTS).
 */
function slotStorage(obj: PyObject, index: number): (PyValue | undefined)[] {
  const o = obj as { slots?: (PyValue | undefined)[] | null };
  let slots = o.slots;
  if (slots === undefined || slots === null) {
    slots = new Array(Math.max(index + 1, obj.type.slotNames?.length ?? 0)).fill(undefined);
    o.slots = slots;
    if (!(obj instanceof PyInstance)) obj.flags |= FLAG_LAZY_SLOTS;
  } else if (slots.length <= index) {
    while (slots.length <= index) slots.push(undefined);
  }
  return slots;
}

/** descr.__set__(obj, value) or descr.__delete__(obj) (value undefined) for a data descriptor. */
export function descrSet(d: PyObject, obj: PyValue, value: PyValue | undefined, name: string): void {
  if (d instanceof PyGetSetDescriptor) {
    checkDescrApplies(d.name, d.owner, obj);
    if (d.set === null) {
      if (d.member) throw newException(T.attributeErrorType, ["readonly attribute"]); // structmember.c PyMember_SetOne
      attributeError(obj, name, `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    }
    d.set(obj, value);
    return;
  }
  if (d instanceof PyMemberDescriptor) {
    checkDescrApplies(d.name, d.owner, obj);
    const slots = slotStorage(obj as PyObject, d.index);
    const old = slots[d.index];
    if (value === undefined) {
      // PyMember_SetOne: deleting an unset slot reports just the name
      if (old === undefined) attributeError(obj, name, d.name);
      slots[d.index] = undefined;
      decref(old);
      return;
    }
    slots[d.index] = newref(value);
    if (old !== undefined) decref(old);
    return;
  }
  if (d instanceof PyProperty && d.type === T.propertyType) {
    propertySet(d, obj, value, name);
    return;
  }
  const t = d.type;
  if (value === undefined) {
    const del = t.lookup("__delete__");
    if (del === undefined) attributeError(obj, name, "__delete__");
    decref(callDescriptorMethod(del, d, [obj]));
  } else {
    const set = t.lookup("__set__");
    if (set === undefined) attributeError(obj, name, "__set__");
    decref(callDescriptorMethod(set, d, [obj, value]));
  }
}

// ---- errors -------------------------------------------------------------------------------

/** Raises AttributeError with .name and .obj set (they feed "Did you mean" in tracebacks). */
export function attributeError(obj: PyValue, name: string, msg: string): never {
  const e = newException(T.attributeErrorType, [msg]);
  e.setExtra("name", name);
  e.setExtra("obj", obj);
  throw e;
}

function noAttribute(obj: PyValue, name: string): never {
  if (obj instanceof PyType) attributeError(obj, name, `type object '${obj.name}' has no attribute '${name}'`);
  attributeError(obj, name, `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

// ---- getattr ------------------------------------------------------------------------------

/** getattr kinds: the standard descriptor protocol, or a custom __getattribute__/__getattr__. */
export const GA_GENERIC = 0;
export const GA_CUSTOM = 1;

/** Whether the type customises attribute lookup (cached per type version). */
export function getattrKind(t: PyType): number {
  if (t.gaVersion === t.version) return t.gaKind;
  const ga = t.lookup("__getattribute__");
  const hook = t.lookup("__getattr__");
  const standard = ga === undefined || ga === objectGetattribute || ga === typeGetattribute || ga === moduleGetattribute;
  const kind = standard && hook === undefined ? GA_GENERIC : GA_CUSTOM;
  t.gaKind = kind;
  t.gaVersion = t.version;
  return kind;
}

/** Set by the object/type/module type initialisers: their __getattribute__ method descriptors. */
export let objectGetattribute: PyValue | undefined;
export let typeGetattribute: PyValue | undefined;
export let moduleGetattribute: PyValue | undefined;
export function setStandardGetattributes(o: PyValue | undefined, t: PyValue | undefined, m: PyValue | undefined): void {
  objectGetattribute = o;
  typeGetattribute = t;
  moduleGetattribute = m;
}

/** getattr(obj, name): a new reference, or raises AttributeError. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  try {
    if (getattrKind(t) === GA_CUSTOM) return slotGetattrHook(obj, t, name);
    if (obj instanceof PyType) return typeGetAttr(obj, name, true)!;
    const v = genericGetAttr(obj, t, name, true);
    return v!;
  } catch (e) {
    attributeErrorContext(e, obj, name);
    throw e;
  }
}

/**
 * set_attribute_error_context (3.11): an AttributeError leaving PyObject_GetAttr without `name`
 * and `obj` (raised by __getattr__, a property, ...) gets them, for the traceback's suggestions.
 */
function attributeErrorContext(e: unknown, obj: PyValue, name: string): void {
  if (!(e instanceof PyException) || !e.type.isSubtypeOf(T.attributeErrorType)) return;
  const n = e.getExtra("name");
  const o = e.getExtra("obj");
  if ((n !== undefined && n !== None) || (o !== undefined && o !== None)) return;
  e.setExtra("name", name);
  e.setExtra("obj", obj);
}

/** getattr(obj, name, <missing>): a new reference or undefined when AttributeError would be raised. */
export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  if (getattrKind(t) === GA_CUSTOM) {
    try {
      return slotGetattrHook(obj, t, name);
    } catch (e) {
      if (e instanceof PyException && e.type.isSubtypeOf(T.attributeErrorType)) {
        decref(e);
        return undefined;
      }
      throw e;
    }
  }
  // A descriptor (property, getset) may raise AttributeError itself: that is "missing" too.
  try {
    if (obj instanceof PyType) return typeGetAttr(obj, name, false);
    return genericGetAttr(obj, t, name, false);
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(T.attributeErrorType)) {
      decref(e);
      return undefined;
    }
    throw e;
  }
}

/** slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError. */
function slotGetattrHook(obj: PyValue, t: PyType, name: string): PyValue {
  const ga = t.lookup("__getattribute__");
  const hook = t.lookup("__getattr__");
  let result: PyValue | undefined;
  try {
    if (ga === objectGetattribute || ga === undefined) {
      result = obj instanceof PyType ? typeGetAttr(obj, name, hook === undefined) : genericGetAttr(obj, t, name, hook === undefined);
    } else if (ga === typeGetattribute && obj instanceof PyType) {
      result = typeGetAttr(obj, name, hook === undefined);
    } else {
      result = callDescriptorMethod(ga, obj, [name]);
    }
  } catch (e) {
    if (hook === undefined || !(e instanceof PyException && e.type.isSubtypeOf(T.attributeErrorType))) throw e;
    decref(e);
    result = undefined;
  }
  if (result !== undefined) return result;
  return callDescriptorMethod(hook!, obj, [name]);
}

/** PyObject_GenericGetAttr. With `raise` false, returns undefined instead of raising AttributeError. */
export function genericGetAttr(obj: PyValue, t: PyType, name: string, raise: boolean): PyValue | undefined {
  const descr = t.lookup(name);
  let kind = DescrKind.Plain;
  if (descr !== undefined) {
    kind = descrKind(descr);
    if (kind === DescrKind.Data) return descrGet(descr as PyObject, obj, t);
  }
  if (typeof obj === "object") {
    const d = obj.dict;
    if (d !== null) {
      const v = d.getStr(name);
      if (v !== undefined) return newref(v);
    }
  }
  if (descr !== undefined) {
    if (kind === DescrKind.NonData) return descrGet(descr as PyObject, obj, t);
    return newref(descr);
  }
  if (t === T.moduleType || t.isSubtypeOf(T.moduleType)) return moduleGetattrFallback(obj as PyObject, name, raise);
  if (!raise) return undefined;
  return noAttribute(obj, name);
}

/** A module's __getattr__ (PEP 562) and its error message naming the module. */
function moduleGetattrFallback(mod: PyObject, name: string, raise: boolean): PyValue | undefined {
  const d = mod.dict;
  const hook = d?.getStr("__getattr__");
  if (hook !== undefined) {
    if (!raise) {
      try {
        return call(hook, [name], null);
      } catch (e) {
        if (e instanceof PyException && e.type.isSubtypeOf(T.attributeErrorType)) {
          decref(e);
          return undefined;
        }
        throw e;
      }
    }
    return call(hook, [name], null);
  }
  if (!raise) return undefined;
  const modName = d?.getStr("__name__");
  if (typeof modName === "string") attributeError(mod, name, `module '${modName}' has no attribute '${name}'`);
  attributeError(mod, name, `module has no attribute '${name}'`);
}

/** type_getattro: metatype data descriptors, then the type's MRO, then the metatype. */
export function typeGetAttr(type: PyType, name: string, raise: boolean): PyValue | undefined {
  const meta = type.type;
  const metaAttr = meta.lookup(name);
  let metaKind = DescrKind.Plain;
  if (metaAttr !== undefined) {
    metaKind = descrKind(metaAttr);
    if (metaKind === DescrKind.Data) return descrGet(metaAttr as PyObject, type, meta);
  }
  const attr = type.lookup(name);
  if (attr !== undefined) {
    if (typeof attr === "object" && descrKind(attr) !== DescrKind.Plain) return descrGet(attr, null, type);
    return newref(attr);
  }
  if (metaAttr !== undefined) {
    if (metaKind === DescrKind.NonData) return descrGet(metaAttr as PyObject, type, meta);
    return newref(metaAttr);
  }
  if (!raise) return undefined;
  attributeError(type, name, `type object '${type.name}' has no attribute '${name}'`);
}

// ---- setattr / delattr --------------------------------------------------------------------

function customSetattr(t: PyType, name: "__setattr__" | "__delattr__"): PyValue | null {
  if (!(t.tflags & TPFLAG_HEAPTYPE)) return null;
  const f = t.lookup(name);
  return f === undefined || f === standardSetattrs.get(f as PyObject) ? null : f;
}

/** object.__setattr__/__delattr__ and type's and module's: the generic behaviour, no Python call needed. */
const standardSetattrs = new Map<PyObject, PyObject>();
export function registerStandardSetattr(f: PyObject): void {
  standardSetattrs.set(f, f);
}

/** setattr(obj, name, value); `value` undefined deletes (delattr). */
export function setAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  if (t.tflags & TPFLAG_HEAPTYPE) {
    const custom = customSetattr(t, value === undefined ? "__delattr__" : "__setattr__");
    if (custom !== null) {
      decref(callDescriptorMethod(custom, obj, value === undefined ? [name] : [name, value]));
      return;
    }
  }
  if (obj instanceof PyType) return typeSetAttr(obj, name, value);
  genericSetAttr(obj, t, name, value);
}

/** PyObject_GenericSetAttr. */
export function genericSetAttr(obj: PyValue, t: PyType, name: string, value: PyValue | undefined): void {
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === "object" && hasDescrSet(descr)) {
    descrSet(descr, obj, value, name);
    return;
  }
  if (typeof obj === "object") {
    let d = obj.dict;
    if (d === null && hasInstanceDict(t)) {
      d = new PyDict(T.dictType);
      obj.dict = d;
    }
    if (d !== null) {
      if (value === undefined) {
        const old = d.pop(name);
        if (old === undefined) noAttribute(obj, name);
        decref(old);
      } else {
        d.set(name, value);
      }
      return;
    }
  }
  if (descr === undefined) {
    attributeError(obj, name, `'${t.name}' object has no attribute '${name}'`);
  }
  attributeError(obj, name, `'${t.name}' object attribute '${name}' is read-only`);
}

/** Whether instances of `t` carry a __dict__ (created lazily on first store). */
export function hasInstanceDict(t: PyType): boolean {
  return (t.tflags & TPFLAG_HAS_DICT) !== 0;
}

/** type_setattro: builtin types are immutable; heap types invalidate their method caches. */
export function typeSetAttr(type: PyType, name: string, value: PyValue | undefined): void {
  if (type.tflags & TPFLAG_IMMUTABLE && !(type.tflags & TPFLAG_HEAPTYPE)) {
    typeError(`cannot set '${name}' attribute of immutable type '${type.name}'`);
  }
  const meta = type.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && typeof metaAttr === "object" && hasDescrSet(metaAttr)) {
    descrSet(metaAttr, type, value, name);
    return;
  }
  const old = type.ns.get(name);
  if (value === undefined) {
    if (old === undefined) attributeError(type, name, `type object '${type.name}' has no attribute '${name}'`);
    type.ns.delete(name);
    type.modified();
    decref(old);
    return;
  }
  type.ns.set(name, newref(value));
  type.modified();
  if (old !== undefined) decref(old);
}

export function hasAttr(obj: PyValue, name: string): boolean {
  const v = getAttrOpt(obj, name);
  if (v === undefined) return false;
  decref(v);
  return true;
}

/**
 * Looks up a special method on the type (never the instance), as CPython's _PyObject_LookupSpecial.
 * Returns a new reference to the bound method, or undefined.
 */
export function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const f = t.lookup(name);
  if (f === undefined) return undefined;
  if (typeof f === "object" && descrKind(f) !== DescrKind.Plain) return descrGet(f, obj, t);
  return newref(f);
}

/** Calls a special method looked up on the type: type(obj).name(obj, *args). Undefined if absent. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const f = typeOf(obj).lookup(name);
  if (f === undefined) return undefined;
  if (f instanceof PyFunction) return call(f, [obj, ...args], null);
  if (f instanceof PyMethodDescriptor && f.kind === MethodKind.Instance) return f.fn(obj, args, null);
  const bound = typeof f === "object" && descrKind(f) !== DescrKind.Plain ? descrGet(f, obj, typeOf(obj)) : newref(f);
  try {
    return call(bound, args, null);
  } finally {
    decref(bound);
  }
}
