// The Python-visible behaviour of callables and descriptors: function, method,
// builtin_function_or_method, method/getset/member descriptors, classmethod, staticmethod,
// property, cell and code objects.

import { decref, newref, xdecref, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newTupleOwned, newDict, emptyTuple } from "../values.js";
import { typeError, newException } from "../errors.js";
import { defGetSet, defMember, defMethod, defNew, parseArgs } from "../define.js";
import { PyCell, PyCode, PyFunction, PyMethod } from "./function.js";
import { MethodKind, PyBuiltinFunction, PyGetSetDescriptor, PyMemberDescriptor, PyMethodDescriptor } from "./native.js";
import { PyClassMethod, PyProperty, PyStaticMethod } from "./descriptors.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { PyInstance } from "./instance.js";
import { call } from "../ops/call.js";
import { descrGet, descrSet, getAttrOpt, attributeError, setAttr, propertyGet, propertySet } from "../ops/attr.js";
import { idOf, hash } from "../ops/hash.js";
import { eq, isTrue, richCompare, Cmp } from "../ops/compare.js";
import { repr } from "../ops/repr.js";

function hex(o: PyValue): string {
  return "0x" + (typeof o === "object" ? idOf(o) : 0).toString(16).padStart(12, "0");
}

function as<C>(self: PyValue, cls: abstract new (...a: never[]) => C, what: string): C {
  if (!(self instanceof cls)) typeError(`descriptor requires a '${what}' object but received a '${typeOf(self).name}'`);
  return self as C;
}

export function initCallableTypes(): void {
  initFunction();
  initMethod();
  initBuiltinFunction();
  initDescriptors();
  initClassStaticMethod();
  initProperty();
  initCellAndCode();
}

function initFunction(): void {
  const F = T.functionType;
  const fn = (self: PyValue) => as(self, PyFunction, "function");
  defMethod(F, "__repr__", (self) => `<function ${fn(self).qualname} at ${hex(self)}>`);
  defMethod(F, "__get__", (self, args) => {
    const obj = args[0];
    if (obj === None || obj === undefined) return newref(self);
    const f = fn(self);
    f.rc++;
    if (typeof obj === "object") obj.rc++;
    return new PyMethod(f, obj);
  });
  defMethod(F, "__call__", (self, args, kwnames) => call(fn(self), args, kwnames));
  defGetSet(F, "__name__", (self) => fn(self).name, (self, v) => {
    if (typeof v !== "string") typeError("__name__ must be set to a string object");
    fn(self).name = v;
  });
  defGetSet(F, "__qualname__", (self) => fn(self).qualname, (self, v) => {
    if (typeof v !== "string") typeError("__qualname__ must be set to a string object");
    fn(self).qualname = v;
  });
  defGetSet(F, "__doc__", (self) => newref(fn(self).doc), (self, v) => {
    const f = fn(self);
    const old = f.doc;
    f.doc = v === undefined ? None : newref(v);
    decref(old);
  });
  defGetSet(F, "__module__", (self) => newref(fn(self).module), (self, v) => {
    const f = fn(self);
    const old = f.module;
    f.module = v === undefined ? None : newref(v);
    decref(old);
  });
  defGetSet(F, "__defaults__", (self) => (fn(self).defaults === null ? None : newref(fn(self).defaults!)), (self, v) => {
    const f = fn(self);
    if (v !== undefined && v !== None && !(v instanceof PyTuple)) typeError("__defaults__ must be set to a tuple object");
    const old = f.defaults;
    f.defaults = v === undefined || v === None ? null : newref(v as PyTuple);
    xdecref(old);
  });
  defGetSet(F, "__kwdefaults__", (self) => (fn(self).kwdefaults === null ? None : newref(fn(self).kwdefaults!)), (self, v) => {
    const f = fn(self);
    if (v !== undefined && v !== None && !(v instanceof PyDict)) typeError("__kwdefaults__ must be set to a dict object");
    const old = f.kwdefaults;
    f.kwdefaults = v === undefined || v === None ? null : newref(v as PyDict);
    xdecref(old);
  });
  defGetSet(F, "__code__", (self) => newref(fn(self).code), (self, v) => {
    if (!(v instanceof PyCode)) typeError("__code__ must be set to a code object");
    const f = fn(self);
    // func_set_code: the closure must still fit
    const nclosure = f.closure === null ? 0 : f.closure.items.length;
    if (v.freevars.length !== nclosure) {
      throw newException(T.valueErrorType, [`${f.name}() requires a code object with ${nclosure} free vars, not ${v.freevars.length}`]);
    }
    const old = f.code;
    f.code = newref(v);
    decref(old);
  });
  // member descriptors (READONLY) in CPython
  defMember(F, "__globals__", (self) => newref(fn(self).globals));
  defMember(F, "__builtins__", (self) => newref(fn(self).builtins));
  defMember(F, "__closure__", (self) => (fn(self).closure === null ? None : newref(fn(self).closure!)));
  defGetSet(F, "__annotations__", (self) => {
    const f = fn(self);
    if (f.annotations === null) f.annotations = newDict();
    return newref(f.annotations);
  }, (self, v) => {
    const f = fn(self);
    if (v !== undefined && v !== None && !(v instanceof PyDict)) typeError("__annotations__ must be set to a dict object");
    const old = f.annotations;
    f.annotations = v === undefined || v === None ? null : newref(v as PyDict);
    xdecref(old);
  });
  defGetSet(F, "__dict__", (self) => {
    const f = fn(self);
    if (f.dict === null) f.dict = newDict();
    return newref(f.dict);
  }, (self, v) => {
    // PyObject_GenericSetDict
    const f = fn(self);
    if (v === undefined) typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    const old = f.dict;
    f.dict = newref(v);
    xdecref(old);
  });
}

function initMethod(): void {
  const M = T.methodType;
  const m = (self: PyValue) => as(self, PyMethod, "method");
  defNew(M, (_cls, args) => {
    if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
    const [func, self] = args;
    if (typeOf(func).lookup("__call__") === undefined) typeError("first argument must be callable");
    if (self === None) typeError("instance must not be None");
    return new PyMethod(newref(func), newref(self));
  });
  defMethod(M, "__repr__", (self) => {
    const mm = m(self);
    const nameObj = getAttrOpt(mm.func, "__qualname__") ?? getAttrOpt(mm.func, "__name__");
    const name = typeof nameObj === "string" ? nameObj : "?";
    return `<bound method ${name} of ${repr(mm.self)}>`;
  });
  defMethod(M, "__call__", (self, args, kwnames) => {
    const mm = m(self);
    return call(mm.func, [mm.self, ...args], kwnames);
  });
  defMethod(M, "__eq__", (self, args) => {
    const o = args[0];
    if (!(o instanceof PyMethod)) return NotImplemented;
    const a = m(self);
    return a.self === o.self && eq(a.func, o.func);
  });
  defMethod(M, "__hash__", (self) => {
    const mm = m(self);
    const h1 = typeof mm.self === "object" ? idOf(mm.self) / 16 : hash(mm.self);
    return Number(BigInt.asIntN(52, BigInt(h1) ^ BigInt(hash(mm.func))));
  });
  defMember(M, "__func__", (self) => newref(m(self).func), "the function (or other callable) implementing a method");
  defMember(M, "__self__", (self) => newref(m(self).self), "the instance to which a method is bound");
  defGetSet(M, "__doc__", (self) => getAttrOpt(m(self).func, "__doc__") ?? None);
  // other attributes (__name__, __qualname__, ...) come from the function (method_getattro); a
  // bound method is no descriptor (no __get__), as in CPython 3.11
  defMethod(M, "__getattribute__", (self, args) => {
    const name = args[0] as string;
    const t = typeOf(self);
    const d = t.lookup(name);
    if (d !== undefined && typeof d === "object" && typeOf(d).lookup("__get__") !== undefined) return descrGet(d, self, t);
    const v = getAttrOpt(m(self).func, name);
    if (v === undefined) attributeError(self, name, `'method' object has no attribute '${name}'`);
    return v;
  });
}

function builtinQualname(b: PyBuiltinFunction): string {
  if (b.owner !== null) return `${b.owner.name}.${b.name}`;
  return b.name;
}

function initBuiltinFunction(): void {
  const B = T.builtinFunctionType;
  const b = (self: PyValue) => as(self, PyBuiltinFunction, "builtin_function_or_method");
  defMethod(B, "__repr__", (self) => {
    const f = b(self);
    if (f.self === null || (f.module !== null && f.self === None)) return `<built-in function ${f.name}>`;
    if (f.self instanceof PyType && f.name === "__new__") return `<built-in method __new__ of type object at ${hex(f.self)}>`;
    return `<built-in method ${f.name} of ${typeOf(f.self).name} object at ${hex(f.self)}>`;
  });
  defMethod(B, "__call__", (self, args, kwnames) => call(b(self), args, kwnames));
  defGetSet(B, "__name__", (self) => b(self).name);
  defGetSet(B, "__qualname__", (self) => builtinQualname(b(self)));
  defGetSet(B, "__doc__", (self) => b(self).doc ?? None);
  defGetSet(B, "__module__", (self) => b(self).module ?? None);
  defGetSet(B, "__self__", (self) => {
    const f = b(self);
    return f.self === null ? None : newref(f.self);
  });
  defGetSet(B, "__text_signature__", () => None);
  defMethod(B, "__reduce__", (self) => b(self).name);
  // meth_richcompare / wrapper_richcompare: the same function bound to the same object
  const sameBinding = (x: PyBuiltinFunction, y: PyValue) =>
    y instanceof PyBuiltinFunction && y.type === x.type && x.fn === y.fn && x.name === y.name && x.self === y.self;
  for (const K of [B, T.methodWrapperType]) {
    defMethod(K, "__eq__", (self, args) => (args[0] instanceof PyBuiltinFunction && args[0].type === K ? sameBinding(b(self), args[0]) : NotImplemented));
    defMethod(K, "__ne__", (self, args) => (args[0] instanceof PyBuiltinFunction && args[0].type === K ? !sameBinding(b(self), args[0]) : NotImplemented));
    defMethod(K, "__hash__", (self) => {
      const f = b(self);
      const h = f.self === null || typeof f.self !== "object" ? 0 : idOf(f.self);
      return (h ^ (hash(f.name) as number)) | 0;
    });
  }
  // method-wrapper: a slot wrapper bound to an object ((1).__add__)
  const W = T.methodWrapperType;
  const w = (self: PyValue) => as(self, PyBuiltinFunction, "method-wrapper");
  defMethod(W, "__call__", (self, args, kwnames) => call(w(self), args, kwnames));
  defMethod(W, "__repr__", (self) => {
    const f = w(self);
    return `<method-wrapper '${f.name}' of ${typeOf(f.self ?? None).name} object at ${hex(f.self ?? None)}>`;
  });
  defGetSet(W, "__name__", (self) => w(self).name);
  defGetSet(W, "__qualname__", (self) => builtinQualname(w(self)));
  defGetSet(W, "__doc__", (self) => w(self).doc ?? None);
  defGetSet(W, "__self__", (self) => newref(w(self).self ?? None));
  defGetSet(W, "__objclass__", (self) => newref(w(self).owner ?? None));
  defGetSet(W, "__text_signature__", () => None);
}

function initDescriptors(): void {
  for (const D of [T.methodDescriptorType, T.classMethodDescriptorType, T.wrapperDescriptorType]) {
    const d = (self: PyValue) => as(self, PyMethodDescriptor, D.name);
    defMethod(D, "__get__", (self, args) => {
      const desc = d(self);
      const obj = args[0] ?? None;
      const type = args[1];
      if (desc.kind === MethodKind.Class) {
        // classmethod_get
        const t = type === undefined || type === None ? typeOf(obj) : type;
        if (!(t instanceof PyType)) typeError(`descriptor '${desc.name}' for type '${desc.owner.name}' needs a type, not a '${typeOf(t).name}' as arg 2`);
        if (!t.isSubtypeOf(desc.owner)) typeError(`descriptor '${desc.name}' requires a subtype of '${desc.owner.name}' but received '${t.name}'`);
        return descrGet(desc, null, t);
      }
      return descrGet(desc, obj === None ? null : obj, type instanceof PyType ? type : typeOf(obj));
    });
    defMethod(D, "__call__", (self, args, kwnames) => call(d(self), args, kwnames));
    defMethod(D, "__repr__", (self) => {
      const desc = d(self);
      return `<${desc.isSlotWrapper ? "slot wrapper" : "method"} '${desc.name}' of '${desc.owner.name}' objects>`;
    });
    defGetSet(D, "__name__", (self) => d(self).name);
    defGetSet(D, "__qualname__", (self) => `${d(self).owner.name}.${d(self).name}`);
    defGetSet(D, "__doc__", (self) => d(self).doc ?? None);
    defGetSet(D, "__objclass__", (self) => newref(d(self).owner));
    defGetSet(D, "__text_signature__", () => None);
  }
  const G = T.getsetDescriptorType;
  const g = (self: PyValue) => as(self, PyGetSetDescriptor, "getset_descriptor");
  defMethod(G, "__get__", (self, args) => {
    const obj = args[0] ?? None;
    if (obj === None) return newref(self);
    return descrGet(g(self), obj, typeOf(obj));
  });
  defMethod(G, "__set__", (self, args) => {
    const desc = g(self);
    if (desc.set === null) attributeError(args[0], desc.name, `attribute '${desc.name}' of '${desc.owner.name}' objects is not writable`);
    desc.set(args[0], args[1]);
    return None;
  });
  defMethod(G, "__delete__", (self, args) => {
    const desc = g(self);
    if (desc.set === null) attributeError(args[0], desc.name, `attribute '${desc.name}' of '${desc.owner.name}' objects is not writable`);
    desc.set(args[0], undefined);
    return None;
  });
  defMethod(G, "__repr__", (self) => `<attribute '${g(self).name}' of '${g(self).owner.name}' objects>`);
  defGetSet(G, "__name__", (self) => g(self).name);
  defGetSet(G, "__qualname__", (self) => `${g(self).owner.name}.${g(self).name}`);
  defGetSet(G, "__doc__", (self) => g(self).doc ?? None);
  defGetSet(G, "__objclass__", (self) => newref(g(self).owner));

  const Mb = T.memberDescriptorType;
  // a __slots__ entry, or a builtin type's member (a PyGetSetDescriptor flagged `member`)
  const mb = (self: PyValue): PyMemberDescriptor | PyGetSetDescriptor =>
    self instanceof PyGetSetDescriptor && self.member ? self : as(self, PyMemberDescriptor, "member_descriptor");
  defMethod(Mb, "__get__", (self, args) => {
    const obj = args[0] ?? None;
    if (obj === None) return newref(self);
    return descrGet(mb(self), obj, typeOf(obj));
  });
  // member_set: descr_check on the object's type, then the slot itself
  defMethod(Mb, "__set__", (self, args) => {
    descrSet(mb(self), args[0], args[1], mb(self).name);
    return None;
  });
  defMethod(Mb, "__delete__", (self, args) => {
    descrSet(mb(self), args[0], undefined, mb(self).name);
    return None;
  });
  defMethod(Mb, "__repr__", (self) => `<member '${mb(self).name}' of '${mb(self).owner.name}' objects>`);
  defGetSet(Mb, "__name__", (self) => mb(self).name);
  defGetSet(Mb, "__qualname__", (self) => `${mb(self).owner.name}.${mb(self).name}`);
  defGetSet(Mb, "__objclass__", (self) => newref(mb(self).owner));
  defGetSet(Mb, "__doc__", (self) => {
    const d = mb(self);
    return d instanceof PyGetSetDescriptor ? d.doc ?? None : None;
  });
}

function initClassStaticMethod(): void {
  for (const [type, Cls] of [[T.classmethodType, PyClassMethod], [T.staticmethodType, PyStaticMethod]] as const) {
    const get = (self: PyValue) => as(self, Cls as typeof PyClassMethod, type.name);
    defNew(type, (cls, args) => {
      const callable = args[0];
      if (callable === undefined) typeError(`${type.name} expected 1 argument, got 0`);
      const obj = new Cls(cls, newref(callable));
      cls.rc++;
      return obj;
    });
    defMethod(type, "__init__", (self, args, kwnames) => {
      // cm_init / sm_init: _PyArg_NoKeywords, then PyArg_UnpackTuple
      if (kwnames !== null && kwnames.length > 0) typeError(`${type.name}() takes no keyword arguments`);
      if (args.length !== 1) typeError(`${type.name} expected 1 argument, got ${args.length}`);
      const o = get(self);
      const old = o.callable;
      o.callable = newref(args[0]);
      decref(old);
      // cm_init / sm_init: functools_wraps copies the wrapped callable's metadata (3.10+)
      for (const name of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
        const v = getAttrOpt(args[0], name);
        if (v === undefined) continue;
        if (o.dict === null) o.dict = newDict();
        o.dict.set(name, v);
        decref(v);
      }
      return None;
    });
    defMethod(type, "__get__", (self, args) => {
      const obj = args[0] ?? None;
      const t = args[1] instanceof PyType ? args[1] : typeOf(obj);
      return descrGet(get(self), obj === None ? null : obj, t);
    });
    defMember(type, "__func__", (self) => newref(get(self).callable));
    defGetSet(type, "__wrapped__", (self) => newref(get(self).callable));
    defGetSet(type, "__isabstractmethod__", (self) => {
      const v = getAttrOpt(get(self).callable, "__isabstractmethod__");
      if (v === undefined) return false;
      try {
        return isTrue(v);
      } finally {
        decref(v);
      }
    });
    defGetSet(type, "__dict__", (self) => {
      const o = get(self);
      if (o.dict === null) o.dict = newDict();
      return newref(o.dict);
    });
    defMethod(type, "__repr__", (self) => `<${type.name}(${repr(get(self).callable)})>`);
    if (type === T.staticmethodType) {
      defMethod(type, "__call__", (self, args, kwnames) => call(get(self).callable, args, kwnames));
    }
  }
}

function initProperty(): void {
  const P = T.propertyType;
  const p = (self: PyValue) => as(self, PyProperty, "property");
  const orNull = (v: PyValue | undefined) => (v === undefined || v === None ? null : newref(v));
  defNew(P, (cls) => {
    cls.rc++;
    return new PyProperty(cls, null, null, null, null);
  });
  defMethod(P, "__init__", (self, args, kwnames) => {
    // _PyArg_UnpackKeywords: more arguments than parameters, positional or not
    if (args.length > 4) typeError(`property() takes at most 4 arguments (${args.length} given)`);
    const [fget, fset, fdel, doc] = parseArgs("property", args, kwnames, ["fget=", "fset=", "fdel=", "doc="]);
    const o = p(self);
    const old = [o.fget, o.fset, o.fdel, o.doc, o.name];
    o.fget = orNull(fget);
    o.fset = orNull(fset);
    o.fdel = orNull(fdel);
    o.name = null;
    o.getterDoc = false;
    if (doc !== undefined && doc !== None) o.doc = newref(doc);
    else if (o.fget !== null) {
      const d = getAttrOpt(o.fget, "__doc__");
      o.doc = d === undefined || d === None ? null : d;
      o.getterDoc = o.doc !== null;
    } else o.doc = null;
    for (const x of old) xdecref(x);
    // property_init: a subclass instance keeps the doc in its __dict__ (the class's __doc__ would shadow it)
    if (typeOf(self) !== T.propertyType) setAttr(self, "__doc__", o.doc ?? None);
    return None;
  });
  defMethod(P, "__get__", (self, args) => {
    const obj = args[0] ?? None;
    if (obj === None) return newref(self);
    return propertyGet(p(self), obj);
  });
  defMethod(P, "__set__", (self, args) => {
    propertySet(p(self), args[0], args[1], "");
    return None;
  });
  defMethod(P, "__delete__", (self, args) => {
    propertySet(p(self), args[0], undefined, "");
    return None;
  });
  defMethod(P, "__set_name__", (self, args) => {
    if (args.length !== 2) typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    const o = p(self);
    const old = o.name;
    o.name = newref(args[1]);
    xdecref(old);
    return None;
  });
  // property_copy: None keeps the old function; a doc taken from the old getter is not passed on
  // when there is a getter, so the new property takes that getter's
  const copyWith = (self: PyValue, which: "fget" | "fset" | "fdel", f: PyValue) => {
    const o = p(self);
    const t = typeOf(self);
    const parts = { fget: o.fget, fset: o.fset, fdel: o.fdel };
    if (f !== None) parts[which] = f;
    const doc = o.getterDoc && parts.fget !== null ? null : o.doc;
    const r = call(t, [parts.fget ?? None, parts.fset ?? None, parts.fdel ?? None, doc ?? None], null);
    if (r instanceof PyProperty && o.name !== null && r.name === null) r.name = newref(o.name);
    return r;
  };
  defMethod(P, "getter", (self, args) => copyWith(self, "fget", args[0]));
  defMethod(P, "setter", (self, args) => copyWith(self, "fset", args[0]));
  defMethod(P, "deleter", (self, args) => copyWith(self, "fdel", args[0]));
  defMember(P, "fget", (self) => (p(self).fget === null ? None : newref(p(self).fget!)));
  defMember(P, "fset", (self) => (p(self).fset === null ? None : newref(p(self).fset!)));
  defMember(P, "fdel", (self) => (p(self).fdel === null ? None : newref(p(self).fdel!)));
  defGetSet(P, "__doc__", (self) => (p(self).doc === null ? None : newref(p(self).doc!)), (self, v) => {
    const o = p(self);
    const old = o.doc;
    o.doc = v === undefined || v === None ? null : newref(v);
    xdecref(old);
  });
  defGetSet(P, "__isabstractmethod__", (self) => {
    for (const f of [p(self).fget, p(self).fset, p(self).fdel]) {
      if (f === null) continue;
      const v = getAttrOpt(f, "__isabstractmethod__");
      if (v !== undefined) {
        const r = isTrue(v);
        decref(v);
        if (r) return true;
      }
    }
    return false;
  });
}

function initCellAndCode(): void {
  const C = T.cellType;
  defGetSet(C, "cell_contents", (self) => {
    const v = (self as PyCell).ref;
    if (v === undefined) throw newException(T.valueErrorType, ["Cell is empty"]);
    return newref(v);
  }, (self, v) => {
    const c = self as PyCell;
    const old = c.ref;
    c.ref = v === undefined ? undefined : newref(v);
    if (old !== undefined) decref(old);
  });
  defMethod(C, "__repr__", (self) => {
    const v = (self as PyCell).ref;
    if (v === undefined) return `<cell at ${hex(self)}: empty>`;
    return `<cell at ${hex(self)}: ${typeOf(v).name} object at ${hex(v)}>`;
  });
  defNew(C, (_cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("cell() takes no keyword arguments");
    if (args.length > 1) typeError(`cell expected at most 1 argument, got ${args.length}`);
    return new PyCell(args.length > 0 ? newref(args[0]) : undefined);
  });
  // cell_richcompare: by contents, an empty cell before any other
  const cellOps: [string, Cmp][] = [["__lt__", Cmp.Lt], ["__le__", Cmp.Le], ["__eq__", Cmp.Eq], ["__ne__", Cmp.Ne], ["__gt__", Cmp.Gt], ["__ge__", Cmp.Ge]];
  for (const [name, op] of cellOps) {
    defMethod(C, name, (self, args) => {
      const other = args[0];
      if (!(other instanceof PyCell)) return NotImplemented;
      const a = (self as PyCell).ref;
      const b = other.ref;
      if (a !== undefined && b !== undefined) return richCompare(a, b, op);
      const x = b === undefined ? 1 : 0;
      const y = a === undefined ? 1 : 0;
      return op === Cmp.Lt ? x < y : op === Cmp.Le ? x <= y : op === Cmp.Eq ? x === y : op === Cmp.Ne ? x !== y : op === Cmp.Gt ? x > y : x >= y;
    });
  }
  C.ns.set("__hash__", None);

  const K = T.codeType;
  const c = (self: PyValue) => as(self, PyCode, "code");
  const strs = (xs: string[]) => newTupleOwned(xs.slice());
  defGetSet(K, "co_name", (self) => c(self).name);
  defGetSet(K, "co_qualname", (self) => c(self).qualname);
  defGetSet(K, "co_filename", (self) => c(self).filename);
  defGetSet(K, "co_firstlineno", (self) => c(self).firstlineno);
  defGetSet(K, "co_argcount", (self) => c(self).argcount);
  defGetSet(K, "co_posonlyargcount", (self) => c(self).posonlyargcount);
  defGetSet(K, "co_kwonlyargcount", (self) => c(self).kwonlyargcount);
  defGetSet(K, "co_flags", (self) => c(self).coFlags);
  defGetSet(K, "co_varnames", (self) => strs(c(self).varnames));
  defGetSet(K, "co_cellvars", (self) => strs(c(self).cellvars));
  defGetSet(K, "co_freevars", (self) => strs(c(self).freevars));
  defGetSet(K, "co_nlocals", (self) => c(self).varnames.length);
  defGetSet(K, "co_names", () => newref(emptyTuple));
  defGetSet(K, "co_consts", () => newref(emptyTuple));
  // code_memberlist: T_OBJECT/T_INT members, READONLY
  for (const name of ["co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags", "co_nlocals", "co_names", "co_consts"]) {
    const g = K.ns.get(name) as PyGetSetDescriptor;
    defGetSet(K, name, g.get, () => {
      throw newException(T.attributeErrorType, ["readonly attribute"]);
    });
  }
  // code.replace(*, co_...): a copy with other metadata (the executable form is shared, so only
  // names, file and line numbers and flags take effect)
  const replaceNames = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"];
  defMethod(K, "replace", (self, args, kwnames) => {
    const co = c(self);
    if (args.length - (kwnames?.length ?? 0) > 0) typeError("replace() takes no positional arguments");
    const v = parseArgs("replace", args, kwnames, ["*", ...replaceNames.map((n) => n + "=")]);
    const get = (n: string) => v[replaceNames.indexOf(n)];
    const str = (n: string, dflt: string): string => {
      const x = get(n);
      if (x === undefined) return dflt;
      if (typeof x !== "string") typeError(`replace() argument '${n}' must be str, not ${typeOf(x).name}`);
      return x;
    };
    const int = (n: string, dflt: number): number => {
      const x = get(n);
      if (x === undefined) return dflt;
      if (typeof x !== "number") typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
      return x;
    };
    const r = new PyCode(str("co_name", co.name), str("co_qualname", co.qualname), str("co_filename", co.filename), int("co_firstlineno", co.firstlineno),
      co.argcount, co.posonlyargcount, co.kwonlyargcount, int("co_flags", co.coFlags), co.varnames, co.cellvars, co.freevars, co.impl);
    return r;
  });
  defMethod(K, "__repr__", (self) => {
    const co = c(self);
    return `<code object ${co.name} at ${hex(self)}, file "${co.filename}", line ${co.firstlineno}>`;
  });
  void PyInstance;
}
