// `object`: the root type's methods (Objects/typeobject.c object_new, object_init, object_repr,
// object_richcompare, object_format, object___dir__, the __class__ setter).

import { decref, newref, type PyValue } from "../object.js";
import { PyType, TPFLAG_HAS_DICT, TPFLAG_HAS_WEAKREF, TPFLAG_HEAPTYPE, TPFLAG_ABSTRACT } from "../type.js";
import { bestBaseOf } from "./type-type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newListOwned } from "../values.js";
import { typeError } from "../errors.js";
import { defClassMethod, defGetSet, defMethod, defNew } from "../define.js";
import { PyInstance } from "./instance.js";
import { idOf, identityHash, setObjectHash } from "../ops/hash.js";
import { genericGetAttr, genericSetAttr, registerStandardSetattr, setStandardGetattributes, callSpecial, getAttrOpt } from "../ops/attr.js";
import { PyDict } from "./dict.js";
import { repr as reprOp, str as strOp } from "../ops/repr.js";
import { isTrue, richCompareLeftOnly, Cmp } from "../ops/compare.js";
import { setCallBuiltins } from "../ops/call.js";
import { iterToArray } from "../ops/iter.js";

/** Allocates an instance of a class whose instances are plain objects (object.__new__'s job). */
export function allocInstance(cls: PyType): PyInstance {
  const inst = new PyInstance(cls);
  cls.rc++;
  if (cls.slotNames !== null && cls.slotNames.length > 0) inst.slots = new Array(cls.slotNames.length).fill(undefined);
  return inst;
}

function excessArgs(args: PyValue[], kwnames: string[] | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

/** "Can't instantiate abstract class X with abstract methods a, b" */
export function checkAbstract(cls: PyType): void {
  if (!(cls.tflags & TPFLAG_ABSTRACT)) return;
  const am = cls.lookup("__abstractmethods__");
  if (am === undefined) return;
  const names = iterToArray(am).map((x) => {
    const s = typeof x === "string" ? x : reprOp(x);
    decref(x);
    return s;
  });
  if (names.length === 0) return;
  names.sort();
  typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
}

export function typeRepr(t: PyType): string {
  const mod = t.module;
  if (mod === "builtins" || !(t.tflags & TPFLAG_HEAPTYPE && typeof mod === "string")) {
    return mod === "builtins" ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`;
  }
  return `<class '${mod}.${t.qualname}'>`;
}

export function defaultRepr(self: PyValue): string {
  const t = typeOf(self);
  const mod = t.module;
  const name = mod === "builtins" ? t.qualname : `${mod}.${t.qualname}`;
  return `<${name} object at 0x${(typeof self === "object" ? idOf(self) : 0).toString(16).padStart(12, "0")}>`;
}

export function initObjectType(): void {
  const O = T.objectType;
  O.ns.set("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");

  defNew(O, (cls, args, kwnames) => {
    if (excessArgs(args, kwnames)) {
      if (cls.lookup("__new__") !== O.ns.get("__new__")) typeError("object.__new__() takes exactly one argument (the type to instantiate)");
      if (cls.lookup("__init__") === O.ns.get("__init__")) typeError(`${cls.name}() takes no arguments`);
    }
    checkAbstract(cls);
    if (cls.solidBase !== O) {
      const sb = cls.solidBase ?? O;
      typeError(`object.__new__(${cls.name}) is not safe, use ${sb.name}.__new__()`);
    }
    return allocInstance(cls);
  });

  const init = defMethod(O, "__init__", (self, args, kwnames) => {
    if (excessArgs(args, kwnames)) {
      const t = typeOf(self);
      if (t.lookup("__init__") !== O.ns.get("__init__")) typeError("object.__init__() takes exactly one argument (the instance to initialize)");
      if (t.lookup("__new__") === O.ns.get("__new__")) typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
    return None;
  });

  defMethod(O, "__repr__", (self) => defaultRepr(self));
  defMethod(O, "__str__", (self) => {
    const r = callSpecial(self, "__repr__", []);
    return r === undefined ? defaultRepr(self) : r;
  });
  const hashFn = defMethod(O, "__hash__", (self) => (typeof self === "object" ? identityHash(self) : 0));
  setObjectHash(hashFn);
  defMethod(O, "__eq__", (self, args) => (self === args[0] ? true : NotImplemented));
  defMethod(O, "__ne__", (self, args) => {
    // object_richcompare: __ne__ inverts __eq__ unless that is NotImplemented
    // (through the __eq__ slot: a descriptor failing to bind gives NotImplemented)
    const r = richCompareLeftOnly(self, args[0], Cmp.Eq);
    if (r === NotImplemented) return NotImplemented;
    try {
      return !isTrue(r);
    } finally {
      decref(r);
    }
  });
  for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) defMethod(O, name, () => NotImplemented);

  // typeobject.c hackcheck: object's __setattr__/__delattr__ must not skip the C-level override of
  // type (Carlo Verre's hack), also for classes and instances of metaclasses
  const hackcheck = (self: PyValue, what: string) => {
    const t = typeOf(self);
    if (t.isSubtypeOf(T.typeType)) typeError(`can't apply this ${what} to ${t.name} object`);
  };
  const ga = defMethod(O, "__getattribute__", (self, args) => {
    const name = args[0];
    if (typeof name !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    return genericGetAttr(self, typeOf(self), name, true)!;
  });
  const sa = defMethod(O, "__setattr__", (self, args) => {
    const name = args[0];
    if (typeof name !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    hackcheck(self, "__setattr__");
    genericSetAttr(self, typeOf(self), name, args[1]);
    return None;
  });
  const da = defMethod(O, "__delattr__", (self, args) => {
    const name = args[0];
    if (typeof name !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    hackcheck(self, "__delattr__");
    genericSetAttr(self, typeOf(self), name, undefined);
    return None;
  });
  registerStandardSetattr(sa);
  registerStandardSetattr(da);
  setStandardGetattributes(ga, undefined, undefined);

  defMethod(O, "__format__", (self, args) => {
    const spec = args[0];
    if (typeof spec !== "string") typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    if (spec !== "") typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return strOp(self);
  });
  // object___dir___impl: the keys of getattr(self, '__dict__') (when a dict) and of the class
  // named by getattr(self, '__class__') and its bases. Through the attributes, so a bound
  // method lists its function's attributes and proxies can present another class.
  defMethod(O, "__dir__", (self) => {
    const names = new Set<string>();
    const d = getAttrOpt(self, "__dict__");
    if (d !== undefined) {
      if (d instanceof PyDict) for (const k of d.keyList()) if (typeof k === "string") names.add(k);
      decref(d);
    }
    const cls = getAttrOpt(self, "__class__");
    if (cls !== undefined) {
      try {
        mergeClassDict(names, cls);
      } finally {
        decref(cls);
      }
    }
    return newListOwned([...names]);
  });
  defMethod(O, "__sizeof__", (self) => {
    const t = typeOf(self);
    return t.tflags & TPFLAG_HAS_DICT ? 16 : 16;
  });
  defClassMethod(O, "__init_subclass__", (_cls, args, kwnames) => {
    if (args.length > 0) {
      if (kwnames !== null && kwnames.length > 0) typeError(`${(_cls as PyType).name}.__init_subclass__() takes no keyword arguments`);
      typeError(`${(_cls as PyType).name}.__init_subclass__() takes no arguments (${args.length} given)`);
    }
    return None;
  });
  defClassMethod(O, "__subclasshook__", () => NotImplemented);
  defGetSet(O, "__class__", (self) => newref(typeOf(self)), (self, value) => setClass(self, value));
  // Argument Clinic signatures: __reduce_ex__(protocol, /), __reduce__()
  defMethod(O, "__reduce_ex__", (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("object.__reduce_ex__() takes no keyword arguments");
    if (args.length !== 1) typeError(`object.__reduce_ex__() takes exactly one argument (${args.length} given)`);
    return reduceEx(self, args[0], true);
  });
  defMethod(O, "__reduce__", (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("object.__reduce__() takes no keyword arguments");
    if (args.length !== 0) typeError(`object.__reduce__() takes no arguments (${args.length} given)`);
    return reduceEx(self, 0, false);
  });
  defMethod(O, "__getstate__", (self) => {
    if (getstateHook !== null) return getstateHook(self);
    if (typeof self === "object" && self.dict !== null && self.dict.size > 0) return newref(self.dict);
    return None;
  });
  setCallBuiltins(undefined, init);
}

/** The slots `t` declares itself (its __slots__ names beyond its layout base's). */
function ownSlots(t: PyType, base: PyType): string[] {
  return (t.slotNames ?? []).slice(base.slotNames?.length ?? 0);
}

/** Whether a heap class adds storage to its tp_base: slots, or a __weakref__ slot. */
function addsStorage(t: PyType, base: PyType): boolean {
  return ownSlots(t, base).length > 0 || (t.tflags & TPFLAG_HAS_WEAKREF) !== (base.tflags & TPFLAG_HAS_WEAKREF);
}

/**
 * typeobject.c compatible_for_assignment's layout test: each class is followed down its tp_base
 * chain past classes adding no storage (compatible_with_tp_base); the two classes reached must be
 * one, or extend the same base by the same slots (same_slots_added). A __dict__ lives in the
 * object's preheader and is compared separately.
 */
function sameLayout(a: PyType, b: PyType): boolean {
  const down = (t: PyType): PyType => {
    while (t.tflags & TPFLAG_HEAPTYPE) {
      const base = bestBaseOf(t);
      if (addsStorage(t, base)) break;
      t = base;
    }
    return t;
  };
  a = down(a);
  b = down(b);
  if (a === b) return true;
  if (!(a.tflags & TPFLAG_HEAPTYPE) || !(b.tflags & TPFLAG_HEAPTYPE)) return false;
  const base = bestBaseOf(a);
  if (bestBaseOf(b) !== base) return false;
  if ((a.tflags & TPFLAG_HAS_WEAKREF) !== (b.tflags & TPFLAG_HAS_WEAKREF)) return false;
  return String(ownSlots(a, base)) === String(ownSlots(b, base));
}

/** obj.__class__ = cls: only between compatible heap types (object_set_class). */
function setClass(self: PyValue, value: PyValue | undefined): void {
  if (value === undefined) typeError("can't delete __class__ attribute");
  if (!(value instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeOf(value).name}' object`);
  if (typeof self !== "object") typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  const old = self.type;
  if (!(old.tflags & TPFLAG_HEAPTYPE) || !(value.tflags & TPFLAG_HEAPTYPE)) {
    if (!(old.isSubtypeOf(T.moduleType) && value.isSubtypeOf(T.moduleType))) {
      typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
  }
  // compatible_for_assignment: subclasses of variable-sized builtins (int, tuple, bytes) with a
  // __dict__ put it after the items (a negative tp_dictoffset), which same_slots_added rejects
  const sb = old.solidBase;
  const varSized = sb !== null && (sb.isSubtypeOf(T.intType) || sb.isSubtypeOf(T.tupleType) || sb.isSubtypeOf(T.bytesType));
  if (
    old.solidBase !== value.solidBase ||
    (old.tflags & TPFLAG_HAS_DICT) !== (value.tflags & TPFLAG_HAS_DICT) ||
    !sameLayout(old, value) ||
    (varSized && old !== value && old.tflags & TPFLAG_HAS_DICT)
  ) {
    typeError(`__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
  }
  value.rc++;
  self.type = value;
  decref(old);
}

/**
 * object.__reduce_ex__ / object.__reduce__: the copyreg forms are provided by
 * modules/copyreg.ts (`viaReduceEx`: called as __reduce_ex__, which defers to an overriding
 * __reduce__).
 */
export let reduceHook: ((self: PyValue, protocol: PyValue, viaReduceEx: boolean) => PyValue) | null = null;
export function setReduceHook(f: (self: PyValue, protocol: PyValue, viaReduceEx: boolean) => PyValue): void {
  reduceHook = f;
}

/** object.__getstate__ with __slots__ values (_PyObject_GetState), from modules/copyreg.ts. */
let getstateHook: ((self: PyValue) => PyValue) | null = null;
export function setGetstateHook(f: (self: PyValue) => PyValue): void {
  getstateHook = f;
}

function reduceEx(self: PyValue, protocol: PyValue, viaReduceEx: boolean): PyValue {
  if (reduceHook !== null) return reduceHook(self, protocol, viaReduceEx);
  return typeError(`cannot pickle '${typeOf(self).name}' object`);
}

/** merge_class_dict: the keys of a class's __dict__, then of its __bases__' (recursively). */
function mergeClassDict(names: Set<string>, cls: PyValue): void {
  if (cls instanceof PyType) {
    // a real class: its MRO holds exactly the classes reachable through __bases__
    for (const t of cls.mro) for (const k of t.ns.keys()) names.add(k);
    return;
  }
  const d = getAttrOpt(cls, "__dict__");
  if (d !== undefined) {
    try {
      const keys = iterToArray(d);
      for (const k of keys) {
        if (typeof k === "string") names.add(k);
        decref(k);
      }
    } finally {
      decref(d);
    }
  }
  const bases = getAttrOpt(cls, "__bases__");
  if (bases !== undefined) {
    try {
      const items = iterToArray(bases);
      try {
        for (const b of items) mergeClassDict(names, b);
      } finally {
        for (const b of items) decref(b);
      }
    } finally {
      decref(bases);
    }
  }
}
