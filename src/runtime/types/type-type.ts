// `type`: creating classes (type_new: bases, metaclass, MRO, __slots__, __dict__/__weakref__,
// __classcell__, __set_name__, __init_subclass__) and the type object's own attributes.

import { decref, immortal, newref, type PyValue } from "../object.js";
import {
  PyType,
  c3Linearize,
  mroConflictNames,
  Layout,
  TPFLAG_ABSTRACT,
  TPFLAG_BASETYPE,
  TPFLAG_HAS_DICT,
  TPFLAG_HAS_WEAKREF,
  TPFLAG_HEAPTYPE,
  TPFLAG_IMMUTABLE,
} from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newListOwned, newTupleOwned, newDict } from "../values.js";
import { newException, typeError, valueError } from "../errors.js";
import { defGetSet, defMethod, defNew, defClassMethod } from "../define.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { PyCell, PyFunction } from "./function.js";
import { PyStrSubclass } from "./boxed.js";
import { strCompare } from "./str-util.js";
import { PyMemberDescriptor, PyGetSetDescriptor } from "./native.js";
import { PyClassMethod, PyStaticMethod } from "./descriptors.js";
import { call, typeCall, setCallBuiltins, objectInit } from "../ops/call.js";
import { getAttrOpt, typeGetAttr, typeSetAttr, registerStandardSetattr, setStandardGetattributes, objectGetattribute, callSpecial, descrGet, descrSet } from "../ops/attr.js";
import { iterToArray } from "../ops/iter.js";
import { isTrue } from "../ops/compare.js";
import { mangle } from "../../shared/mangle.js";
import { typeRepr } from "./object-type.js";
import { MappingProxy } from "./mappingproxy.js";
import { PyException } from "./exception.js";
import { repr } from "../ops/repr.js";

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s);
}

/** The base whose instance layout the new class extends (best_base). */
function bestBase(bases: PyType[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!(b.tflags & TPFLAG_BASETYPE)) typeError(`type '${b.name}' is not an acceptable base type`);
    const candidate = layoutBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep winner
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      typeError("multiple bases have instance lay-out conflict");
    }
  }
  return base ?? T.objectType;
}

/**
 * solid_base: the nearest class along the base chain whose instances add storage (extra_ivars):
 * a class declaring __slots__ names, or the builtin layout.
 */
function layoutBase(b: PyType): PyType {
  for (;;) {
    if (!(b.tflags & TPFLAG_HEAPTYPE)) return b.solidBase ?? T.objectType;
    const parent = bestBase(b.bases);
    if ((b.slotNames?.length ?? 0) > (parent.slotNames?.length ?? 0)) return b;
    b = parent;
  }
}

function hasDictInMro(t: PyType): boolean {
  return (t.tflags & TPFLAG_HAS_DICT) !== 0;
}

/** Builtin bases whose instances are variable-sized in CPython (no __weakref__ slot, no nonempty __slots__). */
function isVarSized(t: PyType): boolean {
  return t.isSubtypeOf(T.intType) || t.isSubtypeOf(T.tupleType) || t.isSubtypeOf(T.bytesType);
}

/** type.__new__(metatype, name, bases, namespace, **kwargs) */
export function typeNew(meta: PyType, name: PyValue, basesArg: PyValue, nsArg: PyValue, kwnames: string[], kwvalues: PyValue[]): PyType {
  if (typeof name !== "string") typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(basesArg instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(basesArg).name}`);
  if (!(nsArg instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${typeOf(nsArg).name}`);
  const ns = nsArg;
  let bases: PyType[] = [];
  for (const b of basesArg.items) {
    if (!(b instanceof PyType) && getAttrOpt(b, "__mro_entries__") !== undefined) {
      typeError("type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  // The metatype actually used is the most derived one (type_new's _PyType_CalculateMetaclass,
  // over the types of all bases, before best_base insists that they are classes).
  let winner = meta;
  for (const b of basesArg.items) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  if (winner !== meta) {
    const winnerNew = winner.lookup("__new__");
    if (winnerNew !== T.typeType.ns.get("__new__")) {
      return call(winnerNew!, [winner, name, basesArg, nsArg, ...kwvalues], kwnames.length > 0 ? kwnames : null) as PyType;
    }
    meta = winner;
  }
  for (const b of basesArg.items) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
    bases.push(b);
  }
  if (bases.length === 0) bases = [T.objectType];
  const base = bestBase(bases);

  // __slots__
  let slotNames: string[] | null = null;
  // a metaclass (a subclass of type) keeps type's own __dict__ (the mappingproxy of the namespace)
  let addDict = !hasDictInMro(base) && !base.isSubtypeOf(T.typeType);
  let addWeakref = !(base.tflags & TPFLAG_HAS_WEAKREF) && !isVarSized(base);
  const slotsValue = ns.getStr("__slots__");
  if (slotsValue !== undefined) {
    const raw: PyValue[] = typeof slotsValue === "string" ? [slotsValue] : iterToArray(slotsValue);
    slotNames = [];
    let wantDict = false;
    let wantWeakref = false;
    for (const s of raw) {
      if (typeof s !== "string") typeError(`__slots__ items must be strings, not '${typeOf(s).name}'`);
      if (!isIdentifier(s)) typeError("__slots__ must be identifiers");
      if (s === "__dict__") {
        if (!addDict || wantDict) typeError("__dict__ slot disallowed: we already got one");
        wantDict = true;
        continue;
      }
      if (s === "__weakref__") {
        if (!addWeakref || wantWeakref) typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        wantWeakref = true;
        continue;
      }
      const m = mangle(name, s);
      // type_new_copy_slots: __qualname__ and __classcell__ leave the namespace, so no conflict
      if (ns.getStr(m) !== undefined && m !== "__qualname__" && m !== "__classcell__") {
        valueError(`'${m}' in __slots__ conflicts with class variable`);
      }
      slotNames.push(m);
    }
    if (typeof slotsValue !== "string") for (const x of raw) decref(x);
    // type_new_copy_slots sorts the slots: the layout (and __class__ assignment between classes
    // declaring the same slots in another order) does not depend on their order
    slotNames.sort(strCompare);
    if (slotNames.length > 0 && isVarSized(base)) typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    addDict = wantDict;
    addWeakref = wantWeakref;
  }

  // type_new_set_name
  if (name.includes("\0")) valueError("type name must not contain null characters");
  let flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE;
  for (const b of bases) {
    if (b.tflags & TPFLAG_HAS_DICT) flags |= TPFLAG_HAS_DICT;
    if (b.tflags & TPFLAG_HAS_WEAKREF) flags |= TPFLAG_HAS_WEAKREF;
  }
  if (addDict) flags |= TPFLAG_HAS_DICT;
  if (addWeakref) flags |= TPFLAG_HAS_WEAKREF;

  const t = new PyType(meta, name, bases, base.layout === Layout.Type ? Layout.Type : base.layout, flags);
  meta.rc++;
  for (const b of bases) b.rc++;
  t.solidBase = base.solidBase ?? T.objectType;
  // inherited slots first, then ours
  const inherited = base.slotNames ?? [];
  t.slotNames = slotNames === null && inherited.length === 0 ? null : [...inherited, ...(slotNames ?? [])];

  // The namespace, minus the entries type_new consumes.
  let qualname = name;
  let classcell: PyValue | undefined;
  for (let i = 0; i < ns.keys.length; i++) {
    const k = ns.keys[i];
    if (k === undefined) continue;
    if (typeof k !== "string") continue;
    const v = ns.values[i]!;
    if (k === "__qualname__") {
      if (typeof v !== "string") typeError(`type __qualname__ must be a str, not ${typeOf(v).name}`);
      qualname = v;
      continue;
    }
    if (k === "__classcell__") {
      classcell = v;
      continue;
    }
    t.ns.set(k, newref(v));
  }
  t.qualname = qualname;
  const mod = t.ns.get("__module__");
  if (typeof mod === "string") t.module = mod;
  else if (mod === undefined) {
    // type() called directly: __module__ from the caller's globals
    t.module = callerModuleName();
    t.ns.set("__module__", t.module);
  }
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
  const wrap = (key: string, kind: "static" | "class") => {
    const v = t.ns.get(key);
    if (v instanceof PyFunction) {
      t.ns.set(key, kind === "static" ? new PyStaticMethod(T.staticmethodType, v) : new PyClassMethod(T.classmethodType, v));
    }
  };
  wrap("__new__", "static");
  wrap("__init_subclass__", "class");
  wrap("__class_getitem__", "class");
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(classcell)}`);
    const old = classcell.ref;
    t.rc++;
    classcell.ref = t;
    if (old !== undefined) decref(old);
  }

  // MRO: C3, or a metaclass's mro(). type_new sets the namespace and the __classcell__ before
  // PyType_Ready computes the MRO (so mro() sees them); PyType_Ready then adds the slot and
  // __dict__ descriptors, the __doc__ default and the __hash__ = None that __eq__ implies.
  computeMro(t, bases);

  if (slotNames !== null) {
    slotNames.forEach((s, i) => t.ns.set(s, immortal(new PyMemberDescriptor(s, t, inherited.length + i))));
  }
  // type_add_getset uses PyDict_SetDefault: a __dict__ or __weakref__ defined in the class body wins
  if (addDict && !t.ns.has("__dict__")) t.ns.set("__dict__", dictDescriptor(t));
  if (addWeakref && !t.ns.has("__weakref__")) t.ns.set("__weakref__", weakrefDescriptor(t));
  if (!t.ns.has("__doc__")) t.ns.set("__doc__", None);
  if (t.ns.has("__hash__") === false && t.ns.has("__eq__")) t.ns.set("__hash__", None);
  // ABC support: a non-empty __abstractmethods__ marks the class abstract.
  const am = t.ns.get("__abstractmethods__");
  if (am !== undefined && isTrue(am)) t.tflags |= TPFLAG_ABSTRACT;
  t.modified();

  // __set_name__ on the attributes (in namespace order), then __init_subclass__ of the parent.
  for (const [k, v] of [...t.ns.entries()]) {
    const setName = typeOf(v).lookup("__set_name__");
    if (setName === undefined) continue;
    let r: PyValue | undefined;
    try {
      r = callSpecial(v, "__set_name__", [t, k]);
    } catch (e) {
      // type_new_set_names (3.11): _PyErr_FormatFromCause
      if (!(e instanceof PyException)) throw e;
      const err = newException(T.runtimeErrorType, [`Error calling __set_name__ on '${typeOf(v).name}' instance ${repr(k)} in '${t.name}'`]);
      e.rc++;
      err.context = e;
      err.cause = e;
      err.suppressContext = true;
      throw err;
    }
    if (r !== undefined) decref(r);
  }
  initSubclass(t, kwnames, kwvalues);
  return t;
}

function computeMro(t: PyType, bases: PyType[]): void {
  const meta = t.type;
  const customMro = meta !== T.typeType ? meta.lookup("mro") : undefined;
  if (customMro !== undefined && customMro !== T.typeType.ns.get("mro")) {
    t.mro = [t, ...bases]; // provisional, so the mro() method can look at the class
    const r = call(customMro, [t], null);
    const items = iterToArray(r);
    decref(r);
    // typeobject.c mro_check: every entry a class whose layout the new class's instances have
    const solid = t.solidBase ?? T.objectType;
    for (const x of items) {
      if (!(x instanceof PyType)) {
        for (const y of items) decref(y);
        typeError(`mro() returned a non-class ('${typeOf(x).name}')`);
      }
      if (!solid.isSubtypeOf(x.solidBase ?? T.objectType)) {
        for (const y of items) decref(y);
        typeError(`mro() returned base with unsuitable layout ('${x.name}')`);
      }
    }
    t.mro = items as PyType[];
    for (const x of items) decref(x);
    return;
  }
  // mro_implementation: check_duplicates comes before the C3 merge
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) if (bases[i] === bases[j]) typeError(`duplicate base class ${bases[i].name}`);
  }
  const mro = c3Linearize(t, bases);
  if (mro === null) {
    typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflictNames(bases).join(", ")}`);
  }
  t.mro = mro;
}

/** type_set_bases: checks, then the MROs of the class and its subclasses recomputed (rolled back on error). */
function setBases(t: PyType, v: PyValue | undefined): void {
  if (!(t.tflags & TPFLAG_HEAPTYPE)) typeError(`cannot set '__bases__' attribute of immutable type '${t.name}'`);
  if (v === undefined) typeError(`cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple)) typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeOf(v).name}`);
  if (v.items.length === 0) typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of v.items) {
    if (!(b instanceof PyType)) typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
    if (b.isSubtypeOf(t)) typeError("a __bases__ item causes an inheritance cycle");
  }
  const newBases = v.items.slice() as PyType[];
  const newBase = bestBase(newBases);
  // compatible_for_assignment(type->tp_base, new_base, "__bases__")
  const oldBase = bestBase(t.bases);
  const oldLayout = layoutBase(oldBase);
  const newLayout = layoutBase(newBase);
  if ((oldLayout.solidBase ?? T.objectType) !== (newLayout.solidBase ?? T.objectType)) {
    typeError(`__bases__ assignment: '${newBase.name}' deallocator differs from '${oldBase.name}'`);
  }
  if (oldLayout !== newLayout) typeError(`__bases__ assignment: '${newBase.name}' object layout differs from '${oldBase.name}'`);
  const oldBases = t.bases;
  const relink = (from: PyType[], to: PyType[]) => {
    for (const b of from) {
      const i = b.subclasses.indexOf(t);
      if (i >= 0) b.subclasses.splice(i, 1);
    }
    for (const b of to) b.subclasses.push(t);
  };
  // mro_hierarchy: the class, then every subclass, each keeping its old MRO for a rollback
  const saved: [PyType, PyType[]][] = [];
  const recompute = (c: PyType) => {
    saved.push([c, c.mro]);
    computeMro(c, c.bases);
    for (const s of c.subclasses.slice()) recompute(s);
  };
  t.bases = newBases;
  relink(oldBases, newBases);
  try {
    recompute(t);
  } catch (e) {
    for (const [c, mro] of saved) c.mro = mro;
    t.bases = oldBases;
    relink(newBases, oldBases);
    t.modified();
    throw e;
  }
  for (const b of newBases) b.rc++;
  for (const b of oldBases) decref(b);
  t.modified();
}

/** super(cls, cls).__init_subclass__(**kwargs) */
function initSubclass(t: PyType, kwnames: string[], kwvalues: PyValue[]): void {
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].ns.get("__init_subclass__");
    if (f === undefined) continue;
    const bound = typeof f === "object" && typeOf(f).lookup("__get__") !== undefined ? descrGet(f, null, t) : newref(f);
    try {
      decref(call(bound, kwvalues, kwnames.length > 0 ? kwnames : null));
    } finally {
      decref(bound);
    }
    return;
  }
}

let callerModuleHook: () => string = () => "builtins";
export function setCallerModuleHook(f: () => string): void {
  callerModuleHook = f;
}
function callerModuleName(): string {
  return callerModuleHook();
}

/**
 * typeobject.c get_builtin_base_with_dict: the builtin ancestor (type, module, BaseException, ...)
 * whose own __dict__ descriptor governs instances of `self`'s class, if any.
 */
function builtinDictDescr(self: PyValue): PyGetSetDescriptor | null {
  const solid = typeOf(self).solidBase;
  if (solid === null || solid === T.objectType) return null;
  const d = solid.ns.get("__dict__");
  return d instanceof PyGetSetDescriptor ? d : null;
}

/** The `__dict__` getset of classes whose instances have a dict. */
function dictDescriptor(owner: PyType): PyGetSetDescriptor {
  return immortal(
    new PyGetSetDescriptor("__dict__", owner, (self) => {
      if (typeof self !== "object") typeError("no __dict__");
      // subtype_dict: a builtin base with a dict answers (a metaclass's classes give mappingproxies)
      const builtin = builtinDictDescr(self);
      if (builtin !== null) return descrGet(builtin, self, typeOf(self));
      if (self.dict === null) self.dict = newDict();
      return newref(self.dict);
    }, (self, value) => {
      if (typeof self !== "object") typeError("no __dict__");
      // subtype_setdict: so does its setter (a class's __dict__ is not writable)
      const builtin = builtinDictDescr(self);
      if (builtin !== null) {
        descrSet(builtin, self, value, "__dict__");
        return;
      }
      if (value === undefined) {
        // subtype_setdict: deleting leaves no dict; the next access makes a fresh one
        const old = self.dict;
        self.dict = null;
        if (old !== null) decref(old);
        return;
      }
      if (!(value instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      const old = self.dict;
      value.rc++;
      self.dict = value;
      if (old !== null) decref(old);
    }, null),
  );
}

function weakrefDescriptor(owner: PyType): PyGetSetDescriptor {
  return immortal(
    new PyGetSetDescriptor("__weakref__", owner, (self) => {
      if (typeof self === "object" && self.weakrefs !== null && self.weakrefs.length > 0) return newref(self.weakrefs[0]);
      return None;
    }, null, "list of weak references to the object (if defined)"),
  );
}

function asType(self: PyValue): PyType {
  if (!(self instanceof PyType)) typeError(`descriptor requires a 'type' object but received a '${typeOf(self).name}'`);
  return self;
}

export function initTypeType(): void {
  const TT = T.typeType;
  TT.ns.set("__doc__", "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
  defNew(TT, (meta, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (meta === TT && npos === 1 && nkw === 0) return newref(typeOf(args[0]));
    if (npos !== 3) typeError(meta === TT ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
    return typeNew(meta, args[0], args[1], args[2], kwnames ?? [], args.slice(3));
  });
  defMethod(TT, "__init__", (_self, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos !== 1 && npos !== 3) typeError("type.__init__() takes 1 or 3 arguments");
    return None;
  });
  const callDescr = defMethod(TT, "__call__", (self, args, kwnames) => typeCall(asType(self), args, kwnames));
  setCallBuiltins(callDescr, objectInit);
  defMethod(TT, "__repr__", (self) => typeRepr(asType(self)));
  const ga = defMethod(TT, "__getattribute__", (self, args) => {
    const name = args[0];
    if (typeof name !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    return typeGetAttr(asType(self), name, true)!;
  });
  const sa = defMethod(TT, "__setattr__", (self, args) => {
    const name = args[0];
    if (typeof name !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    typeSetAttr(asType(self), name, args[1]);
    return None;
  });
  const da = defMethod(TT, "__delattr__", (self, args) => {
    typeSetAttr(asType(self), args[0] as string, undefined);
    return None;
  });
  registerStandardSetattr(sa);
  registerStandardSetattr(da);
  setStandardGetattributes(objectGetattribute, ga, undefined);
  defMethod(TT, "mro", (self) => {
    const t = asType(self);
    const mro = c3Linearize(t, t.bases);
    if (mro === null) typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflictNames(t.bases).join(", ")}`);
    return newListOwned(mro.map((x) => newref(x)));
  });
  defMethod(TT, "__subclasses__", (self) => newListOwned(asType(self).subclasses.map((x) => newref(x))));
  defMethod(TT, "__instancecheck__", (self, args) => typeOf(args[0]).isSubtypeOf(asType(self)) || isInstanceViaClass(args[0], asType(self)));
  defMethod(TT, "__subclasscheck__", (self, args) => {
    const sub = args[0];
    if (!(sub instanceof PyType)) typeError("issubclass() arg 1 must be a class");
    return sub.isSubtypeOf(asType(self));
  });
  defClassMethod(TT, "__prepare__", () => newDict());
  defMethod(TT, "__dir__", (self) => {
    const names = new Set<string>();
    for (const t of asType(self).mro) for (const k of t.ns.keys()) names.add(k);
    return newListOwned([...names]);
  });
  defMethod(TT, "__sizeof__", () => 880);
  // type_name: a static type's tp_name may carry its module ("collections.deque"); __name__ is the last part
  defGetSet(TT, "__name__", (self) => {
    const t = asType(self);
    return t.tflags & TPFLAG_HEAPTYPE ? t.name : t.name.slice(t.name.lastIndexOf(".") + 1);
  }, (self, v) => {
    const t = asType(self);
    if (!(t.tflags & TPFLAG_HEAPTYPE)) typeError(`cannot set '__name__' attribute of immutable type '${t.name}'`);
    if (v === undefined) typeError(`cannot delete '__name__' attribute of immutable type '${t.name}'`);
    // type_set_name/type_set_qualname: PyUnicode_Check, so str subclasses are accepted
    const s = v instanceof PyStrSubclass ? v.value : v;
    if (typeof s !== "string") typeError(`can only assign string to ${t.name}.__name__, not '${typeOf(v).name}'`);
    if (s.includes("\0")) valueError("type name must not contain null characters");
    t.name = s;
  });
  defGetSet(TT, "__qualname__", (self) => asType(self).qualname, (self, v) => {
    const t = asType(self);
    if (!(t.tflags & TPFLAG_HEAPTYPE)) typeError(`cannot set '__qualname__' attribute of immutable type '${t.name}'`);
    if (v === undefined) typeError(`cannot delete '__qualname__' attribute of immutable type '${t.name}'`);
    // type_set_name/type_set_qualname: PyUnicode_Check, so str subclasses are accepted
    const s = v instanceof PyStrSubclass ? v.value : v;
    if (typeof s !== "string") typeError(`can only assign string to ${t.name}.__qualname__, not '${typeOf(v).name}'`);
    t.qualname = s;
  });
  defGetSet(TT, "__module__", (self) => {
    const t = asType(self);
    if (t.tflags & TPFLAG_HEAPTYPE) {
      const m = t.ns.get("__module__");
      if (m === undefined) throw newException(T.attributeErrorType, ["__module__"]);
      return newref(m);
    }
    return t.module;
  }, (self, v) => {
    const t = asType(self);
    if (!(t.tflags & TPFLAG_HEAPTYPE)) typeError(`cannot set '__module__' attribute of immutable type '${t.name}'`);
    if (v === undefined) typeError("cannot delete '__module__' attribute");
    t.ns.set("__module__", newref(v));
    if (typeof v === "string") t.module = v;
    t.modified();
  });
  defGetSet(TT, "__doc__", (self) => {
    const t = asType(self);
    const d = t.ns.get("__doc__");
    if (d === undefined) return None;
    if (typeof d === "object" && typeOf(d).lookup("__get__") !== undefined && !(t.tflags & TPFLAG_IMMUTABLE && false)) return descrGet(d, null, t);
    return newref(d);
  }, (self, v) => {
    const t = asType(self);
    // typeobject.c check_set_special_type_attr: deleting is refused (with this wording) too
    if (!(t.tflags & TPFLAG_HEAPTYPE)) typeError(`cannot set '__doc__' attribute of immutable type '${t.name}'`);
    if (v === undefined) typeError(`cannot delete '__doc__' attribute of immutable type '${t.name}'`);
    const old = t.ns.get("__doc__");
    t.ns.set("__doc__", newref(v));
    t.modified();
    if (old !== undefined) decref(old);
  });
  // type's member descriptors (T_OBJECT, READONLY)
  const readonlyMember = (): void => {
    throw newException(T.attributeErrorType, ["readonly attribute"]);
  };
  defGetSet(TT, "__dict__", (self) => new MappingProxy(asType(self)));
  defGetSet(TT, "__bases__", (self) => newTupleOwned(asType(self).bases.map((b) => newref(b))), (self, v) => setBases(asType(self), v));
  defGetSet(TT, "__base__", (self) => {
    const t = asType(self);
    if (t === T.objectType) return None;
    const solid = (t.tflags & TPFLAG_HEAPTYPE) ? bestBaseOf(t) : t.bases[0] ?? None;
    return newref(solid);
  }, readonlyMember);
  defGetSet(TT, "__mro__", (self) => newTupleOwned(asType(self).mro.map((b) => newref(b))), readonlyMember);
  defGetSet(TT, "__abstractmethods__", (self) => {
    const t = asType(self);
    const v = t === T.typeType ? undefined : t.ns.get("__abstractmethods__");
    if (v === undefined) throw newException(T.attributeErrorType, ["__abstractmethods__"]);
    return newref(v);
  }, (self, v) => {
    // typeobject.c type_set_abstractmethods: deleting a missing entry is an AttributeError
    const t = asType(self);
    const old = t.ns.get("__abstractmethods__");
    if (v === undefined) {
      if (old === undefined) throw newException(T.attributeErrorType, ["__abstractmethods__"]);
      t.ns.delete("__abstractmethods__");
      t.tflags &= ~TPFLAG_ABSTRACT;
    } else {
      const abstract = isTrue(v);
      t.ns.set("__abstractmethods__", newref(v));
      if (abstract) t.tflags |= TPFLAG_ABSTRACT;
      else t.tflags &= ~TPFLAG_ABSTRACT;
    }
    t.modified();
    if (old !== undefined) decref(old);
  });
  defGetSet(TT, "__text_signature__", () => None);
  defGetSet(TT, "__annotations__", (self) => {
    const t = asType(self);
    const a = t.ns.get("__annotations__");
    if (a !== undefined) return newref(a);
    if (!(t.tflags & TPFLAG_HEAPTYPE)) throw newException(T.attributeErrorType, [`type object '${t.name}' has no attribute '__annotations__'`]);
    const d = newDict();
    t.ns.set("__annotations__", d);
    d.rc++;
    t.modified();
    return d;
  }, (self, v) => {
    const t = asType(self);
    if (v === undefined) t.ns.delete("__annotations__");
    else t.ns.set("__annotations__", newref(v));
    t.modified();
  });
  defMethod(TT, "__or__", (self, args) => unionHook(self, args[0]));
  defMethod(TT, "__ror__", (self, args) => unionHook(args[0], self));
}

/** tp_base: the base a class's instance layout extends. */
export function bestBaseOf(t: PyType): PyType {
  try {
    return bestBase(t.bases.length > 0 ? t.bases : [T.objectType]);
  } catch {
    return t.bases[0];
  }
}

/** isinstance via __class__ (for proxies whose __class__ differs from type()). */
function isInstanceViaClass(obj: PyValue, cls: PyType): boolean {
  const c = getAttrOpt(obj, "__class__");
  if (c === undefined) return false;
  try {
    return c instanceof PyType && c !== typeOf(obj) && c.isSubtypeOf(cls);
  } finally {
    decref(c);
  }
}

let unionFactory: ((a: PyValue, b: PyValue) => PyValue) | null = null;
export function setUnionFactory(f: (a: PyValue, b: PyValue) => PyValue): void {
  unionFactory = f;
}
function unionHook(a: PyValue, b: PyValue): PyValue {
  if (unionFactory === null) return NotImplemented;
  return unionFactory(a, b);
}

