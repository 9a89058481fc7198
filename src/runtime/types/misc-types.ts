// Small builtin types: mappingproxy, traceback objects, weakref.ref, SimpleNamespace.

import { decref, newref, type PyObject, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newListOwned, newTupleOwned, newDict } from "../values.js";
import { typeError, keyError, newException } from "../errors.js";
import { defGetSet, defMethod, defNew, parseArgs } from "../define.js";
import { MappingProxy } from "./mappingproxy.js";
import { PyTraceback } from "./traceback.js";
import { PyWeakref } from "./weakref.js";
import { PyDict } from "./dict.js";
import { PyInstance } from "./instance.js";
import { getItem, len, contains } from "../ops/seq.js";
import { getIter } from "../ops/iter.js";
import { callMethod } from "../ops/call.js";
import { repr } from "../ops/repr.js";
import { eq } from "../ops/compare.js";
import { binaryOp, Op } from "../ops/number.js";
import { defClassGetItem } from "./iter-types.js";
import { hash, idOf } from "../ops/hash.js";
import { reprGuard } from "../ops/repr.js";

function proxy(self: PyValue): MappingProxy {
  if (!(self instanceof MappingProxy)) typeError("descriptor requires a 'mappingproxy' object");
  return self;
}

/** A dict snapshot of a type's namespace (the proxy's read operations go through it). */
function asDict(p: MappingProxy): PyValue {
  const t = p.target;
  if (t instanceof PyType) {
    const d = newDict();
    for (const [k, v] of t.ns) d.set(k, v);
    return d;
  }
  return newref(t);
}

export function initMiscTypes(): void {
  const MP = T.mappingproxyType;
  defNew(MP, (_cls, args) => {
    const m = args[0];
    if (m === undefined) typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
    if (typeOf(m).lookup("__getitem__") === undefined || typeOf(m).isSubtypeOf(T.listType) || typeOf(m).isSubtypeOf(T.tupleType)) {
      typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m).name}`);
    }
    return new MappingProxy(m);
  });
  const withDict = <R>(self: PyValue, f: (d: PyValue) => R): R => {
    const d = asDict(proxy(self));
    try {
      return f(d);
    } finally {
      decref(d);
    }
  };
  defMethod(MP, "__getitem__", (self, args) => {
    const p = proxy(self);
    if (p.target instanceof PyType) {
      const k = args[0];
      const v = typeof k === "string" ? p.target.ns.get(k) : undefined;
      if (v === undefined) keyError(k);
      return newref(v);
    }
    return getItem(p.target, args[0]);
  });
  defMethod(MP, "get", (self, args) => withDict(self, (d) => callMethod(d, "get", args)));
  defMethod(MP, "keys", (self) => withDict(self, (d) => callMethod(d, "keys", [])));
  defMethod(MP, "values", (self) => withDict(self, (d) => callMethod(d, "values", [])));
  defMethod(MP, "items", (self) => withDict(self, (d) => callMethod(d, "items", [])));
  defMethod(MP, "copy", (self) => withDict(self, (d) => callMethod(d, "copy", [])));
  defMethod(MP, "__iter__", (self) => withDict(self, (d) => getIter(d)));
  defMethod(MP, "__len__", (self) => {
    const p = proxy(self);
    return p.target instanceof PyType ? p.target.ns.size : len(p.target);
  });
  defMethod(MP, "__contains__", (self, args) => {
    const p = proxy(self);
    if (p.target instanceof PyType) return typeof args[0] === "string" && p.target.ns.has(args[0]);
    return contains(p.target, args[0]);
  });
  defMethod(MP, "__repr__", (self) => withDict(self, (d) => `mappingproxy(${repr(d)})`));
  defMethod(MP, "__str__", (self) => withDict(self, (d) => repr(d)));
  defMethod(MP, "__eq__", (self, args) => withDict(self, (d) => eq(d, args[0])));
  // mappingproxy_or: the proxies' mappings or'ed as they are
  const target = (v: PyValue) => (v instanceof MappingProxy ? asDict(v) : newref(v));
  const orOp = (a: PyValue, b: PyValue) => {
    const x = target(a);
    const y = target(b);
    try {
      return binaryOp(x, y, Op.Or);
    } finally {
      decref(x);
      decref(y);
    }
  };
  defMethod(MP, "__or__", (self, args) => orOp(proxy(self), args[0]));
  defMethod(MP, "__ror__", (self, args) => orOp(args[0], proxy(self)));
  defMethod(MP, "__ior__", (self) => {
    proxy(self);
    return typeError("'|=' is not supported by mappingproxy; use '|' instead");
  });
  defMethod(MP, "__reversed__", (self) => withDict(self, (d) => callMethod(d, "__reversed__", [])));
  MP.ns.set("__hash__", None);
  defClassGetItem(MP);

  const TB = T.tracebackType;
  const tb = (self: PyValue) => {
    if (!(self instanceof PyTraceback)) typeError("descriptor requires a 'traceback' object");
    return self;
  };
  // tb_next_set
  defGetSet(TB, "tb_next", (self) => (tb(self).next === null ? None : newref(tb(self).next!)), (self, v) => {
    const t = tb(self);
    if (v === undefined) typeError("can't delete tb_next attribute");
    if (v !== None && !(v instanceof PyTraceback)) typeError(`expected traceback object, got '${typeOf(v).name}'`);
    for (let cur = v === None ? null : (v as PyTraceback); cur !== null; cur = cur.next) {
      if (cur === t) throw newException(T.valueErrorType, ["traceback loop detected"]);
    }
    const old = t.next;
    t.next = v === None ? null : newref(v as PyTraceback);
    if (old !== null) decref(old);
  });
  // tb_memberlist: READONLY members
  const readonly = (): void => {
    throw newException(T.attributeErrorType, ["readonly attribute"]);
  };
  defGetSet(TB, "tb_frame", (self) => newref(tb(self).frame), readonly);
  defGetSet(TB, "tb_lineno", (self) => tb(self).where.line); // a getset (computed) in 3.11
  defGetSet(TB, "tb_lasti", (self) => {
    const t = tb(self);
    return t.lasti ?? t.where.line * 2;
  }, readonly);
  // tb_new: TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
  defNew(TB, (_cls, args, kwnames) => {
    const [next, frame, lasti, lineno] = parseArgs("TracebackType", args, kwnames, ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"]);
    if (next !== None && !(next instanceof PyTraceback)) typeError(`expected traceback object or None, got '${typeOf(next).name}'`);
    if (typeOf(frame) !== T.frameType) typeError(`TracebackType() argument 'tb_frame' must be frame, not ${frame === None ? "None" : typeOf(frame).name}`);
    for (const x of [lasti, lineno]) {
      if (typeof x !== "number" && typeof x !== "boolean") typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    }
    const line = Number(lineno);
    if (next instanceof PyTraceback) next.rc++;
    (frame as PyObject).rc++;
    const t = new PyTraceback(next === None ? null : (next as PyTraceback), frame as PyObject, { line, col: 0, endLine: line + 1, endCol: 0 });
    t.lasti = Number(lasti);
    return t;
  });

  const W = T.weakrefType;
  const wr = (self: PyValue) => {
    if (!(self instanceof PyWeakref)) typeError("descriptor requires a 'weakref.ReferenceType' object");
    return self;
  };
  // weakref___new__/__init__: PyArg_UnpackTuple(args, name, 1, 2); __new__ ignores keywords (a
  // subclass's __init__ may take some), weakref___init__ refuses them
  const checkArgs = (name: string, args: readonly PyValue[], kwnames: readonly string[] | null): number => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (name === "__init__" && nkw > 0) typeError("ref() takes no keyword arguments");
    const npos = args.length - nkw;
    if (npos < 1) typeError(`${name} expected at least 1 argument, got 0`);
    if (npos > 2) typeError(`${name} expected at most 2 arguments, got ${npos}`);
    return npos;
  };
  defNew(W, (cls, args, kwnames) => {
    const npos = checkArgs("__new__", args, kwnames);
    const target = args[0];
    const cb = npos > 1 ? args[1] : None;
    if (typeof target !== "object" || !(typeOf(target).tflags & 16)) {
      typeError(`cannot create weak reference to '${typeOf(target).name}' object`);
    }
    if (cb === None && cls === W && target.weakrefs !== null && (target.weakrefs[0] as PyWeakref).basic) return newref(target.weakrefs[0]);
    cls.rc++;
    return new PyWeakref(cls, target as PyObject, cb === None ? null : newref(cb));
  });
  defMethod(W, "__init__", (_self, args, kwnames) => {
    checkArgs("__init__", args, kwnames);
    return None;
  });
  defMethod(W, "__call__", (self) => {
    const r = wr(self).referent;
    return r === null ? None : newref(r);
  });
  defMethod(W, "__repr__", (self) => {
    const w = wr(self);
    const r = w.referent;
    if (r === null) return `<weakref at 0x${idOf(w).toString(16)}; dead>`;
    return `<weakref at 0x${idOf(w).toString(16)}; to '${typeOf(r).name}' at 0x${idOf(r).toString(16)}>`;
  });
  defMethod(W, "__hash__", (self) => {
    const w = wr(self);
    if (w.cachedHash !== -1) return w.cachedHash;
    if (w.referent === null) typeError("weak object has gone away");
    w.cachedHash = hash(w.referent);
    return w.cachedHash;
  });
  defMethod(W, "__eq__", (self, args) => {
    const a = wr(self);
    const b = args[0];
    if (!(b instanceof PyWeakref)) return NotImplemented;
    if (a.referent === null || b.referent === null) return a === b;
    return eq(a.referent, b.referent);
  });
  defGetSet(W, "__callback__", (self) => (wr(self).callback === null ? None : newref(wr(self).callback!)));

  const NS = T.simpleNamespaceType;
  defNew(NS, (cls) => {
    const o = new PyInstance(cls);
    cls.rc++;
    o.dict = new PyDict(T.dictType);
    return o;
  });
  defMethod(NS, "__init__", (self, args, kwnames) => {
    if (args.length - (kwnames?.length ?? 0) > 0) typeError("no positional arguments expected");
    const o = self as PyObject;
    if (o.dict === null) o.dict = new PyDict(T.dictType);
    kwnames?.forEach((k, i) => o.dict!.set(k, args[args.length - kwnames.length + i]));
    return None;
  });
  defMethod(NS, "__repr__", (self) => {
    const o = self as PyObject;
    const name = typeOf(self) === NS ? "namespace" : typeOf(self).name;
    return reprGuard(o, `${name}(...)`, () => {
      const parts: string[] = [];
      if (o.dict !== null) for (const k of o.dict.keyList()) parts.push(`${String(k)}=${repr(o.dict.get(k)!)}`);
      return `${name}(${parts.join(", ")})`;
    });
  });
  defMethod(NS, "__eq__", (self, args) => {
    const b = args[0];
    if (!(typeOf(b).isSubtypeOf(NS))) return NotImplemented;
    const da = (self as PyObject).dict ?? newDict();
    const db = (b as PyObject).dict ?? newDict();
    return eq(da, db);
  });
  // tp_name "types.SimpleNamespace" (messages); unhashable; its namespace is __dict__
  NS.name = "types.SimpleNamespace";
  NS.ns.set("__hash__", None);
  defGetSet(NS, "__dict__", (self) => {
    const o = self as PyObject;
    if (o.dict === null) o.dict = new PyDict(T.dictType);
    return newref(o.dict);
  });
  void newListOwned;
  void newTupleOwned;
}
