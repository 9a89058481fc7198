// types.GenericAlias (PEP 585: list[int]) and types.UnionType (PEP 604: int | str), after
// Objects/genericaliasobject.c and Objects/unionobject.c. Installed at start-up (list[int] and
// int | str work without importing anything), exposed by the types module.

import { PyObject, decref, newref, type PyValue } from "../object.js";
import { PyType, TPFLAG_BASETYPE, TPFLAG_HEAPTYPE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, Ellipsis, newTupleOwned, newListOwned } from "../values.js";
import { defGetSet, defMethod, defNew } from "../define.js";
import { PyTuple } from "../types/tuple.js";
import { PyList } from "../types/list.js";
import { getAttrOpt, getAttr, genericGetAttr, setAttr } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { compareBool, Cmp } from "../ops/compare.js";
import { hash } from "../ops/hash.js";
import { repr, str } from "../ops/repr.js";
import { getItem } from "../ops/seq.js";
import { isInstance, isSubclass } from "./builtins.js";
import { setUnionFactory } from "../types/type-type.js";
import { typeError, isPyException } from "../errors.js";
import { xor } from "../ops/intmath.js";
import { binaryOp, Op } from "../ops/number.js";

export class PyGenericAlias extends PyObject {
  parameters: PyTuple | null = null;
  constructor(
    type: PyType,
    public origin: PyValue,
    public args: PyTuple,
    public starred: boolean,
  ) {
    super(type);
  }
  override clearRefs(): void {
    const o = this.origin;
    const a = this.args;
    const p = this.parameters;
    this.origin = None;
    this.parameters = null;
    super.clearRefs();
    decref(o);
    decref(a);
    if (p !== null) decref(p);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.origin === "object") visit(this.origin);
    visit(this.args);
    if (this.parameters !== null) visit(this.parameters);
  }
}

export class PyUnion extends PyObject {
  parameters: PyTuple | null = null;
  constructor(public args: PyTuple) {
    super(T.unionType);
  }
  override clearRefs(): void {
    const a = this.args;
    const p = this.parameters;
    this.parameters = null;
    decref(a);
    if (p !== null) decref(p);
  }
  override traverse(visit: (o: PyObject) => void): void {
    visit(this.args);
    if (this.parameters !== null) visit(this.parameters);
  }
}

function attrOpt(o: PyValue, name: string): PyValue | undefined {
  return getAttrOpt(o, name);
}

/** ga_repr_item / union_repr_item: a class as module.qualname, aliases by repr */
function reprItem(p: PyValue, noneName: boolean): string {
  if (p === Ellipsis) return "...";
  if (noneName && (p === None || p === T.noneType)) return "None";
  if (p instanceof PyList) return `[${p.items.map((x) => reprItem(x, false)).join(", ")}]`;
  const origin = attrOpt(p, "__origin__");
  if (origin !== undefined) {
    decref(origin);
    const args = attrOpt(p, "__args__");
    if (args !== undefined) {
      decref(args);
      return repr(p);
    }
  }
  const qualname = attrOpt(p, "__qualname__");
  if (qualname === undefined) return repr(p);
  try {
    const module = attrOpt(p, "__module__");
    if (module === undefined || module === None) return repr(p);
    try {
      if (module === "builtins") return str(qualname);
      return `${str(module)}.${str(qualname)}`;
    } finally {
      decref(module);
    }
  } finally {
    decref(qualname);
  }
}

/** _Py_make_parameters: the type variables among the arguments, in order, without duplicates */
function makeParameters(args: PyTuple): PyTuple {
  const out: PyValue[] = [];
  const add = (v: PyValue) => {
    if (!out.includes(v)) out.push(newref(v));
  };
  for (const t of args.items) {
    if (t instanceof PyType) continue;
    const subst = attrOpt(t, "__typing_subst__");
    if (subst !== undefined) {
      decref(subst);
      add(t);
      continue;
    }
    const sub = attrOpt(t, "__parameters__");
    if (sub !== undefined) {
      if (sub instanceof PyTuple) for (const x of sub.items) add(x);
      decref(sub);
    }
  }
  return newTupleOwned(out) as PyTuple;
}

function parametersOf(o: PyGenericAlias | PyUnion): PyTuple {
  if (o.parameters === null) o.parameters = makeParameters(o.args);
  return o.parameters;
}

function asArgsTuple(v: PyValue): PyTuple {
  if (v instanceof PyTuple) return newref(v);
  return newTupleOwned([newref(v)]) as PyTuple;
}

/** _Py_subs_parameters: the arguments with the type variables replaced by `item` */
function substitute(self: PyValue, args: PyTuple, params: PyTuple, item: PyValue): PyValue[] {
  const items = item instanceof PyTuple ? item.items : [item];
  const np = params.items.length;
  if (items.length !== np) {
    typeError(`Too ${items.length > np ? "many" : "few"} arguments for ${repr(self)}; actual ${items.length}, expected ${np}`);
  }
  const out: PyValue[] = [];
  try {
    for (const arg of args.items) {
      if (arg instanceof PyType) {
        out.push(newref(arg));
        continue;
      }
      const subst = attrOpt(arg, "__typing_subst__");
      if (subst !== undefined) {
        try {
          const i = params.items.indexOf(arg);
          out.push(call(subst, [items[i]], null));
        } finally {
          decref(subst);
        }
        continue;
      }
      const sub = attrOpt(arg, "__parameters__");
      if (sub instanceof PyTuple && sub.items.length > 0) {
        const subargs = sub.items.map((p) => items[params.items.indexOf(p)]);
        decref(sub);
        const key = subargs.length === 1 ? subargs[0] : newTupleOwned(subargs.map((v) => newref(v)));
        try {
          out.push(getItem(arg, key));
        } finally {
          if (subargs.length !== 1) decref(key);
        }
        continue;
      }
      if (sub !== undefined) decref(sub);
      out.push(newref(arg));
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  }
  return out;
}

// ---- GenericAlias ---------------------------------------------------------------------------

const GA_ATTR_EXCEPTIONS = new Set([
  "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
  "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
]);

function ga(self: PyValue): PyGenericAlias {
  if (!(self instanceof PyGenericAlias)) typeError(`descriptor requires a 'types.GenericAlias' object but received a '${typeOf(self).name}'`);
  return self;
}

export function newGenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  T.genericAliasType.rc++;
  return new PyGenericAlias(T.genericAliasType, newref(origin), asArgsTuple(args), false);
}

function isUnionable(o: PyValue): boolean {
  return o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
}

function initGenericAliasType(): void {
  const GA = T.genericAliasType;
  GA.tflags |= TPFLAG_BASETYPE;
  GA.ns.set("__doc__", "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).");
  GA.ns.set("__module__", "types");
  defNew(GA, (cls, args, kwnames) => {
    if (cls === GA && kwnames !== null && kwnames.length > 0) typeError("GenericAlias() takes no keyword arguments");
    const n = args.length - (kwnames?.length ?? 0);
    if (n !== 2) typeError(`GenericAlias expected 2 arguments, got ${n}`);
    cls.rc++;
    return new PyGenericAlias(cls, newref(args[0]), asArgsTuple(args[1]), false);
  });
  defMethod(GA, "__getattribute__", (self, args) => {
    const name = args[0];
    if (typeof name === "string" && !GA_ATTR_EXCEPTIONS.has(name)) return getAttr(ga(self).origin, name);
    if (typeof name !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    return genericGetAttr(self, typeOf(self), name, true)!;
  });
  defMethod(GA, "__repr__", (self) => {
    const g = ga(self);
    const items = g.args.items;
    const inner = items.length === 0 ? "()" : items.map((x) => reprItem(x, false)).join(", ");
    return `${g.starred ? "*" : ""}${reprItem(g.origin, false)}[${inner}]`;
  });
  defGetSet(GA, "__origin__", (self) => newref(ga(self).origin));
  defGetSet(GA, "__args__", (self) => newref(ga(self).args));
  defGetSet(GA, "__parameters__", (self) => newref(parametersOf(ga(self))));
  defGetSet(GA, "__unpacked__", (self) => ga(self).starred);
  defGetSet(GA, "__typing_unpacked_tuple_args__", (self) => {
    const g = ga(self);
    if (g.starred && g.origin === T.tupleType) return newref(g.args);
    return None;
  });
  defMethod(GA, "__call__", (self, args, kwnames) => {
    const g = ga(self);
    const obj = call(g.origin, args, kwnames);
    try {
      setAttr(obj, "__orig_class__", self);
    } catch (e) {
      if (!(isPyException(e) && (e.type.isSubtypeOf(T.attributeErrorType) || e.type.isSubtypeOf(T.typeErrorType)))) {
        decref(obj);
        throw e;
      }
      decref(e);
    }
    return obj;
  });
  defMethod(GA, "__mro_entries__", (self) => newTupleOwned([newref(ga(self).origin)]));
  defMethod(GA, "__instancecheck__", () => typeError("isinstance() argument 2 cannot be a parameterized generic"));
  defMethod(GA, "__subclasscheck__", () => typeError("issubclass() argument 2 cannot be a parameterized generic"));
  defMethod(GA, "__reduce__", (self) => {
    const g = ga(self);
    GA.rc++;
    return newTupleOwned([GA, newTupleOwned([newref(g.origin), newref(g.args)])]);
  });
  defMethod(GA, "__eq__", (self, args) => gaCompare(ga(self), args[0], false));
  defMethod(GA, "__ne__", (self, args) => gaCompare(ga(self), args[0], true));
  defMethod(GA, "__hash__", (self) => {
    const g = ga(self);
    return xor(hash(g.origin), hash(g.args));
  });
  defMethod(GA, "__getitem__", (self, args) => {
    const g = ga(self);
    const params = parametersOf(g);
    if (params.items.length === 0) typeError(`${repr(self)} is not a generic class`);
    const newargs = substitute(self, g.args, params, args[0]);
    const t = newTupleOwned(newargs);
    try {
      return call(typeOf(self), [g.origin, t], null);
    } finally {
      decref(t);
    }
  });
  defMethod(GA, "__or__", (self, args) => unionOr(self, args[0]));
  defMethod(GA, "__ror__", (self, args) => unionOr(args[0], self));
  defMethod(GA, "__dir__", (self) => {
    const g = ga(self);
    const names = new Set<string>();
    const d = call(getAttr(T.objectType, "__dir__"), [g.origin], null);
    for (const x of iterItems(d)) if (typeof x === "string") names.add(x);
    decref(d);
    for (const n of GA_ATTR_EXCEPTIONS) names.add(n);
    return newListOwned([...names].sort());
  });
}

function iterItems(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  return [];
}

function gaCompare(a: PyGenericAlias, b: PyValue, ne: boolean): PyValue {
  if (!(b instanceof PyGenericAlias)) return NotImplemented;
  if (a.starred !== b.starred) return ne;
  const same = compareBool(a.origin, b.origin, Cmp.Eq) && compareBool(a.args, b.args, Cmp.Eq);
  return same !== ne;
}

// ---- UnionType ----------------------------------------------------------------------------

function un(self: PyValue): PyUnion {
  if (!(self instanceof PyUnion)) typeError(`descriptor requires a 'types.UnionType' object but received a '${typeOf(self).name}'`);
  return self;
}

/** make_union over already checked operands: flattened, deduplicated; one member gives itself */
function makeUnion(items: PyValue[]): PyValue {
  const flat: PyValue[] = [];
  for (const it of items) {
    if (it instanceof PyUnion) flat.push(...it.args.items);
    else flat.push(it === None ? T.noneType : it);
  }
  const out: PyValue[] = [];
  for (const a of flat) {
    let dup = false;
    for (const b of out) {
      if (a instanceof PyGenericAlias && b instanceof PyGenericAlias) dup = compareBool(a, b, Cmp.Eq);
      else dup = a === b;
      if (dup) break;
    }
    if (!dup) out.push(a);
  }
  if (out.length === 1) return newref(out[0]);
  return new PyUnion(newTupleOwned(out.map((v) => newref(v))) as PyTuple);
}

/** _Py_union_type_or */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  return makeUnion([a, b]);
}

function unionArgsFrozenset(u: PyUnion): PyValue {
  return call(T.frozensetType, [u.args], null);
}

function initUnionType(): void {
  const U = T.unionType;
  U.ns.set("__doc__", "Represent a PEP 604 union type\n\nE.g. for int | str");
  U.ns.set("__module__", "types");
  defMethod(U, "__repr__", (self) => un(self).args.items.map((x) => reprItem(x, true)).join(" | "));
  defGetSet(U, "__args__", (self) => newref(un(self).args));
  defGetSet(U, "__parameters__", (self) => newref(parametersOf(un(self))));
  defMethod(U, "__or__", (self, args) => unionOr(self, args[0]));
  defMethod(U, "__ror__", (self, args) => unionOr(args[0], self));
  defMethod(U, "__eq__", (self, args) => unionCompare(un(self), args[0], false));
  defMethod(U, "__ne__", (self, args) => unionCompare(un(self), args[0], true));
  defMethod(U, "__hash__", (self) => {
    const fs = unionArgsFrozenset(un(self));
    try {
      return hash(fs);
    } finally {
      decref(fs);
    }
  });
  defMethod(U, "__instancecheck__", (self, args) => {
    const u = un(self);
    for (const a of u.args.items) {
      if (a instanceof PyGenericAlias) typeError("isinstance() argument 2 cannot be a parameterized generic");
    }
    for (const a of u.args.items) if (isInstance(args[0], a)) return true;
    return false;
  });
  defMethod(U, "__subclasscheck__", (self, args) => {
    const u = un(self);
    for (const a of u.args.items) {
      if (a instanceof PyGenericAlias) typeError("issubclass() argument 2 cannot be a parameterized generic");
    }
    for (const a of u.args.items) if (isSubclass(args[0], a)) return true;
    return false;
  });
  defMethod(U, "__getitem__", (self, args) => {
    const u = un(self);
    const params = parametersOf(u);
    if (params.items.length === 0) typeError(`${repr(self)} is not a generic class`);
    const newargs = substitute(self, u.args, params, args[0]);
    try {
      // rebuild with | so that substituted members union as the operator would
      let r: PyValue = newref(newargs[0]);
      for (let i = 1; i < newargs.length; i++) {
        const next = orOperands(r, newargs[i]);
        decref(r);
        r = next;
      }
      return r;
    } finally {
      for (const v of newargs) decref(v);
    }
  });
}

function orOperands(a: PyValue, b: PyValue): PyValue {
  return binaryOp(a, b, Op.Or);
}

function unionCompare(a: PyUnion, b: PyValue, ne: boolean): PyValue {
  if (!(b instanceof PyUnion)) return NotImplemented;
  const x = unionArgsFrozenset(a);
  const y = unionArgsFrozenset(b);
  try {
    return compareBool(x, y, Cmp.Eq) !== ne;
  } finally {
    decref(x);
    decref(y);
  }
}

let done = false;

/** Installs GenericAlias and UnionType; called once at start-up. */
export function initGenericAliasTypes(): void {
  if (done) return;
  done = true;
  initGenericAliasType();
  initUnionType();
  setUnionFactory(unionOr);
}

// ---- _types: the type objects types.py cannot reach from Python ----------------------------

import { PyModule } from "../types/module.js";
import { PyFunction, PyCode, CO_ITERABLE_COROUTINE } from "../types/function.js";
import { defFn } from "./modutil.js";

/** A native helper module for types.py. */
export function createTypesNativeModule(): PyModule {
  const m = new PyModule("_types", "Type objects and helpers for the types module.");
  const d = m.dict;
  d.set("GenericAlias", T.genericAliasType);
  d.set("UnionType", T.unionType);
  d.set("SimpleNamespace", T.simpleNamespaceType);
  d.set("WrapperDescriptorType", T.wrapperDescriptorType);
  d.set("MethodWrapperType", T.methodWrapperType);
  d.set("MethodDescriptorType", T.methodDescriptorType);
  d.set("ClassMethodDescriptorType", T.classMethodDescriptorType);
  d.set("CellType", T.cellType);
  d.set("CodeType", T.codeType);
  d.set("FrameType", T.frameType);
  d.set("TracebackType", T.tracebackType);
  d.set("GetSetDescriptorType", T.getsetDescriptorType);
  d.set("MemberDescriptorType", T.memberDescriptorType);
  d.set("MappingProxyType", T.mappingproxyType);
  // types.coroutine: marks a generator function's code CO_ITERABLE_COROUTINE (in place)
  defFn(m, "_mark_iterable_coroutine", (args) => {
    const f = args[0];
    if (!(f instanceof PyFunction)) typeError("expected a function");
    (f.code as { coFlags: number }).coFlags |= CO_ITERABLE_COROUTINE;
    return None;
  });
  // copyreg._reduce_ex: whether a class was created by a class statement (Py_TPFLAGS_HEAPTYPE)
  defFn(m, "_is_heaptype", (args) => args[0] instanceof PyType && (args[0].tflags & TPFLAG_HEAPTYPE) !== 0);
  void PyCode;
  return m;
}
