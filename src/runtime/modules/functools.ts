// The _functools module (Modules/_functoolsmodule.c): partial, reduce, cmp_to_key and the
// lru_cache wrapper, the parts of functools that sit on hot paths. functools itself is written
// in Python (src/runtime/pylib/functools.py) on top of these.

import { PyObject, decref, newref, xdecref, immortal, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newDict } from "../values.js";
import { typeError, isPyException, newException } from "../errors.js";
import { defGetSet, defMethod, defNew } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyTuple } from "../types/tuple.js";
import { PyDict } from "../types/dict.js";
import { PyMethod } from "../types/function.js";
import { STOP } from "../types/iterator.js";
import { defClassGetItem } from "../types/iter-types.js";
import { PyIntSubclass } from "../types/boxed.js";
import { call } from "../ops/call.js";
import { getIter, iterNext } from "../ops/iter.js";
import { getAttr } from "../ops/attr.js";
import { richCompare, Cmp, isTrue } from "../ops/compare.js";
import { repr, reprGuard } from "../ops/repr.js";
import { numberIndex } from "../ops/index.js";
import { defFn, newNativeType, withInstanceDict, kwCount, unpackCount, clinicArgs } from "./modutil.js";

function isCallable(v: PyValue): boolean {
  return typeOf(v).lookup("__call__") !== undefined;
}

// ---- partial ------------------------------------------------------------------------------

let partialType: PyType;

export class PyPartial extends PyObject {
  constructor(
    type: PyType,
    public fn: PyValue,
    public args: PyTuple,
    /** keyword arguments (str keys) */
    public kw: PyDict,
  ) {
    super(type);
  }
  override clearRefs(): void {
    const f = this.fn;
    const a = this.args;
    const k = this.kw;
    this.fn = None;
    super.clearRefs();
    decref(f);
    decref(a);
    decref(k);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.fn === "object") visit(this.fn);
    visit(this.args);
    visit(this.kw);
  }
}

function asPartial(self: PyValue): PyPartial {
  if (!(self instanceof PyPartial)) typeError(`descriptor requires a 'functools.partial' object but received a '${typeOf(self).name}'`);
  return self;
}

function partialCall(p: PyPartial, args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwCount(kwnames);
  const pargs = p.args.items;
  const kw = p.kw;
  if (kw.size === 0) {
    if (pargs.length === 0) return call(p.fn, args, kwnames);
    return call(p.fn, pargs.length === 0 ? args : [...pargs, ...args], kwnames);
  }
  const npos = args.length - nkw;
  const names: string[] = [];
  const values: PyValue[] = [];
  for (let i = 0; i < kw.keys.length; i++) {
    const k = kw.keys[i];
    if (k === undefined) continue;
    names.push(k as string);
    values.push(kw.values[i]!);
  }
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i];
    const at = names.indexOf(name);
    if (at >= 0) values[at] = args[npos + i];
    else {
      names.push(name);
      values.push(args[npos + i]);
    }
  }
  return call(p.fn, [...pargs, ...args.slice(0, npos), ...values], names);
}

function initPartial(): void {
  partialType = newNativeType("partial", "functools", true, T.objectType, "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n");
  withInstanceDict(partialType);
  defNew(partialType, (cls, args, kwnames) => {
    const nkw = kwCount(kwnames);
    const npos = args.length - nkw;
    if (npos < 1) typeError("type 'partial' takes at least one argument");
    let func = args[0];
    let pargs: PyValue[] = [];
    let pkw: PyDict | null = null;
    if (func instanceof PyPartial && typeOf(func).lookup("__call__") === partialType.ns.get("__call__") && func.dict === null) {
      pargs = func.args.items;
      pkw = func.kw;
      func = func.fn;
    }
    if (!isCallable(func)) typeError("the first argument must be callable");
    const allArgs = newTupleOwned([...pargs, ...args.slice(1, npos)].map((v) => newref(v))) as PyTuple;
    const kw = newDict();
    if (pkw !== null) {
      for (let i = 0; i < pkw.keys.length; i++) {
        const k = pkw.keys[i];
        if (k !== undefined) kw.set(k, pkw.values[i]!);
      }
    }
    for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[npos + i]);
    cls.rc++;
    return new PyPartial(cls, newref(func), allArgs, kw);
  });
  defMethod(partialType, "__call__", (self, args, kwnames) => partialCall(asPartial(self), args, kwnames));
  defGetSet(partialType, "func", (self) => newref(asPartial(self).fn), null, "function object to use in future partial calls");
  defGetSet(partialType, "args", (self) => newref(asPartial(self).args), null, "tuple of arguments to future partial calls");
  defGetSet(partialType, "keywords", (self) => newref(asPartial(self).kw), null, "dictionary of keyword arguments to future partial calls");
  defMethod(partialType, "__repr__", (self) => {
    const p = asPartial(self);
    const name = p.type === partialType ? "functools.partial" : p.type.qualname;
    return reprGuard(p, "...", () => {
      const parts = [repr(p.fn)];
      for (const a of p.args.items) parts.push(repr(a));
      const kw = p.kw;
      for (let i = 0; i < kw.keys.length; i++) {
        const k = kw.keys[i];
        if (k === undefined) continue;
        parts.push(`${typeof k === "string" ? k : repr(k)}=${repr(kw.values[i]!)}`);
      }
      return `${name}(${parts.join(", ")})`;
    });
  });
  defMethod(partialType, "__reduce__", (self) => {
    const p = asPartial(self);
    p.type.rc++;
    return newTupleOwned([
      p.type,
      newTupleOwned([newref(p.fn)]),
      newTupleOwned([newref(p.fn), newref(p.args), p.kw.size > 0 ? newref(p.kw) : None, p.dict !== null ? newref(p.dict) : None]),
    ]);
  });
  defMethod(partialType, "__setstate__", (self, args) => {
    const p = asPartial(self);
    const state = args[0];
    if (!(state instanceof PyTuple)) typeError("argument to __setstate__ must be a tuple");
    if (state.items.length !== 4) typeError(`expected 4 items in state, got ${state.items.length}`);
    const [fn, fnargs, kw, dict] = state.items;
    if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) typeError("invalid partial state");
    const oldFn = p.fn;
    const oldArgs = p.args;
    const oldKw = p.kw;
    p.fn = newref(fn);
    p.args = newTupleOwned(fnargs.items.map((v) => newref(v))) as PyTuple;
    const nk = newDict();
    if (kw instanceof PyDict) {
      for (let i = 0; i < kw.keys.length; i++) if (kw.keys[i] !== undefined) nk.set(kw.keys[i]!, kw.values[i]!);
    }
    p.kw = nk;
    if (dict !== None) {
      const old = p.dict;
      p.dict = newref(dict) as PyDict;
      xdecref(old);
    } else if (p.dict !== null) {
      const old = p.dict;
      p.dict = null;
      decref(old);
    }
    decref(oldFn);
    decref(oldArgs);
    decref(oldKw);
    return None;
  });
  defClassGetItem(partialType);
}

// ---- reduce -------------------------------------------------------------------------------

function reduce(args: PyValue[], kwnames: string[] | null): PyValue {
  if (kwCount(kwnames) > 0) typeError("reduce() takes no keyword arguments");
  unpackCount("reduce", args.length, 2, 3);
  const func = args[0];
  let it: PyValue;
  try {
    it = getIter(args[1]);
  } catch (e) {
    if (isPyException(e) && e.type.isSubtypeOf(T.typeErrorType)) {
      decref(e);
      typeError("reduce() arg 2 must support iteration");
    }
    throw e;
  }
  let result: PyValue | null = args.length > 2 ? newref(args[2]) : null;
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === STOP) break;
      if (result === null) {
        result = item;
        continue;
      }
      try {
        const r = call(func, [result, item], null);
        decref(result);
        result = r;
      } finally {
        decref(item);
      }
    }
  } catch (e) {
    xdecref(result);
    throw e;
  } finally {
    decref(it);
  }
  if (result === null) typeError("reduce() of empty iterable with no initial value");
  return result;
}

// ---- cmp_to_key ---------------------------------------------------------------------------

let keyWrapperType: PyType;

class KeyWrapper extends PyObject {
  constructor(
    public cmp: PyValue,
    public obj: PyValue | null,
  ) {
    super(keyWrapperType);
  }
  override clearRefs(): void {
    super.clearRefs();
    const c = this.cmp;
    const o = this.obj;
    this.cmp = None;
    this.obj = null;
    decref(c);
    xdecref(o);
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (typeof this.cmp === "object") visit(this.cmp);
    if (typeof this.obj === "object" && this.obj !== null) visit(this.obj);
  }
}

function initKeyWrapper(): void {
  keyWrapperType = newNativeType("KeyWrapper", "functools", false);
  defMethod(keyWrapperType, "__call__", (self, args, kwnames) => {
    const k = self as KeyWrapper;
    const [obj] = clinicArgs("K", args, kwnames, ["obj"]);
    return new KeyWrapper(newref(k.cmp), newref(obj!));
  });
  defGetSet(keyWrapperType, "obj", (self) => {
    const k = self as KeyWrapper;
    if (k.obj === null) {
      const e = newExceptionAttr("obj");
      throw e;
    }
    return newref(k.obj);
  }, (self, v) => {
    const k = self as KeyWrapper;
    const old = k.obj;
    k.obj = v === undefined ? null : newref(v);
    xdecref(old);
  }, "Value wrapped by a key function.");
  const ops: [string, Cmp][] = [["__lt__", Cmp.Lt], ["__le__", Cmp.Le], ["__eq__", Cmp.Eq], ["__ne__", Cmp.Ne], ["__gt__", Cmp.Gt], ["__ge__", Cmp.Ge]];
  for (const [name, op] of ops) {
    defMethod(keyWrapperType, name, (self, args) => {
      const a = self as KeyWrapper;
      const b = args[0];
      if (!(b instanceof KeyWrapper)) typeError("other argument must be K instance");
      if (a.obj === null || b.obj === null) throw newExceptionAttr("obj");
      const res = call(a.cmp, [a.obj, b.obj], null);
      try {
        return richCompare(res, 0, op);
      } finally {
        decref(res);
      }
    });
  }
  keyWrapperType.ns.set("__hash__", None);
}

function newExceptionAttr(name: string): PyObject {
  return newException(T.attributeErrorType, [name]);
}

// ---- lru_cache ----------------------------------------------------------------------------

let lruType: PyType;
/** the keyword-argument marker inside cache keys (kwd_mark) */
let kwdMark: PyObject;
/** what _lru_cache_wrapper._get returns for a key not in the cache */
let lruMiss: PyObject;

class LruWrapper extends PyObject {
  hits = 0;
  misses = 0;
  cache: PyDict = newDict();
  /** keys of the calls in progress (functools._lru_cache_wrapper.__call__), innermost last */
  pending: PyValue[] = [];
  constructor(
    type: PyType,
    public func: PyValue,
    /** -1: unbounded */
    public maxsize: number,
    public typed: boolean,
    public cacheInfoType: PyValue,
  ) {
    super(type);
  }
  override clearRefs(): void {
    const f = this.func;
    const c = this.cache;
    const ci = this.cacheInfoType;
    const pending = this.pending;
    this.pending = [];
    for (const k of pending) decref(k);
    this.func = None;
    this.cacheInfoType = None;
    super.clearRefs();
    decref(f);
    decref(c);
    decref(ci);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.func === "object") visit(this.func);
    visit(this.cache);
    if (typeof this.cacheInfoType === "object") visit(this.cacheInfoType);
  }
}

/** lru_cache_make_key: the argument itself for one str/int argument, else a flat tuple. */
function makeKey(args: PyValue[], kwnames: string[] | null, typed: boolean): PyValue {
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  if (!typed && nkw === 0) {
    if (npos === 1) {
      const a = args[0];
      if (typeof a === "string" || typeof a === "number" || typeof a === "bigint") return a;
    }
    return newTupleOwned(args.map((v) => newref(v)));
  }
  const items: PyValue[] = [];
  for (let i = 0; i < npos; i++) items.push(newref(args[i]));
  if (nkw > 0) {
    items.push(newref(kwdMark));
    for (let i = 0; i < nkw; i++) {
      items.push(kwnames![i]);
      items.push(newref(args[npos + i]));
    }
  }
  if (typed) {
    for (let i = 0; i < npos; i++) items.push(newref(typeOf(args[i])));
    for (let i = 0; i < nkw; i++) items.push(newref(typeOf(args[npos + i])));
  }
  return newTupleOwned(items);
}

function lruCall(w: LruWrapper, args: PyValue[], kwnames: string[] | null): PyValue {
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  try {
    const cache = w.cache;
    const hit = cache.get(key);
    if (hit !== undefined) {
      w.hits++;
      if (w.maxsize > 0) {
        // move the entry to the most recent end
        const v = cache.pop(key)!;
        cache.set(key, v);
        decref(v);
        return newref(v);
      }
      return newref(hit);
    }
    w.misses++;
    const result = call(w.func, args, kwnames);
    if (w.maxsize < 0) {
      cache.set(key, result);
      return result;
    }
    // the call may have added the key itself (recursion): then just return the result
    if (cache.get(key) !== undefined) return result;
    if (cache.size >= w.maxsize) {
      const oldest = cache.nextLive(0);
      if (oldest >= 0) {
        const v = cache.removeAt(oldest);
        cache.set(key, result);
        decref(v);
        return result;
      }
    }
    cache.set(key, result);
    return result;
  } finally {
    decref(key);
  }
}

function asLru(self: PyValue): LruWrapper {
  if (!(self instanceof LruWrapper)) typeError(`descriptor requires a 'functools._lru_cache_wrapper' object but received a '${typeOf(self).name}'`);
  return self;
}

function initLru(): void {
  kwdMark = immortal(new PyObject(T.objectType));
  lruMiss = immortal(new PyObject(T.objectType));
  lruType = newNativeType("_lru_cache_wrapper", "_functools", true, T.objectType, "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n");
  withInstanceDict(lruType);
  defNew(lruType, (cls, args, kwnames) => {
    const [func, maxsizeArg, typedArg, infoType] = clinicArgs("_lru_cache_wrapper", args, kwnames, ["user_function", "maxsize", "typed", "cache_info_type"]);
    if (!isCallable(func!)) typeError("the first argument must be callable");
    let maxsize: number;
    if (maxsizeArg === None) maxsize = -1;
    else if (typeof maxsizeArg === "number" || typeof maxsizeArg === "bigint" || typeof maxsizeArg === "boolean" || maxsizeArg instanceof PyIntSubclass) {
      const n = numberIndex(maxsizeArg!);
      maxsize = typeof n === "number" ? Math.max(0, n) : n < 0n ? 0 : Number.MAX_SAFE_INTEGER;
    } else typeError("maxsize should be integer or None");
    const typed = isTrue(typedArg!);
    cls.rc++;
    return new LruWrapper(cls, newref(func!), maxsize, typed, newref(infoType!));
  });
  defMethod(lruType, "__call__", (self, args, kwnames) => lruCall(self as LruWrapper, args, kwnames));
  defMethod(lruType, "__get__", (self, args) => {
    const obj = args[0];
    if (obj === None || obj === undefined) return newref(self);
    (self as PyObject).rc++;
    if (typeof obj === "object") obj.rc++;
    return new PyMethod(self, obj);
  });
  defMethod(lruType, "cache_info", (self) => {
    const w = asLru(self);
    return call(w.cacheInfoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.size], null);
  }, "Report cache statistics");
  defMethod(lruType, "cache_clear", (self) => {
    const w = asLru(self);
    w.hits = 0;
    w.misses = 0;
    w.cache.clear();
    return None;
  }, "Clear the cache and cache statistics");
  defGetSet(lruType, "_func", (self) => newref(asLru(self).func));
  defMethod(lruType, "__reduce__", (self) => getAttr(self, "__qualname__"));
  defMethod(lruType, "__copy__", (self) => newref(self));
  defMethod(lruType, "__deepcopy__", (self) => newref(self));
}

// ---- the module ---------------------------------------------------------------------------

let ready = false;

export function createFunctoolsNativeModule(): PyModule {
  if (!ready) {
    ready = true;
    initPartial();
    initKeyWrapper();
    initLru();
  }
  const m = new PyModule("_functools", "Tools that operate on functions.");
  m.dict.set("partial", partialType);
  m.dict.set("_lru_cache_wrapper", lruType);
  m.dict.set("_lru_miss", lruMiss);
  m.dict.set("KeyWrapper", keyWrapperType);
  defFn(m, "reduce", reduce, "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.");
  // The steps of functools._lru_cache_wrapper.__call__ (a Python frame, so that recursion through
  // the cache does not nest the interpreter): lookup (the cached value, or _lru_miss with the key
  // kept as pending), store (caches the result under the innermost pending key), drop (forgets
  // it when the call raised).
  defFn(m, "_lru_lookup", (args) => {
    const w = asLru(args[0]);
    const pos = args[1];
    const kw = args[2];
    const items: PyValue[] = pos instanceof PyTuple ? pos.items.slice() : [];
    let kwnames: string[] | null = null;
    if (kw instanceof PyDict && kw.size > 0) {
      kwnames = [];
      for (let i = 0; i < kw.keys.length; i++) {
        const k = kw.keys[i];
        if (k === undefined) continue;
        kwnames.push(k as string);
        items.push(kw.values[i]!);
      }
    }
    if (w.maxsize === 0) {
      w.misses++;
      w.pending.push(None);
      return newref(lruMiss);
    }
    const key = makeKey(items, kwnames, w.typed);
    const cache = w.cache;
    let hit: PyValue | undefined;
    try {
      hit = cache.get(key);
    } catch (e) {
      decref(key);
      throw e;
    }
    if (hit === undefined) {
      w.misses++;
      w.pending.push(key);
      return newref(lruMiss);
    }
    w.hits++;
    const result = newref(hit);
    if (w.maxsize > 0) {
      const v = cache.pop(key)!;
      cache.set(key, v);
      decref(v);
    }
    decref(key);
    return result;
  });
  defFn(m, "_lru_store", (args) => {
    const w = asLru(args[0]);
    const result = args[1];
    const key = w.pending.pop();
    if (key === undefined) return newref(result);
    try {
      if (w.maxsize === 0) return newref(result);
      const cache = w.cache;
      if (w.maxsize < 0) {
        cache.set(key, result);
        return newref(result);
      }
      if (cache.get(key) !== undefined) return newref(result);
      if (cache.size >= w.maxsize) {
        const oldest = cache.nextLive(0);
        if (oldest >= 0) decref(cache.removeAt(oldest));
      }
      cache.set(key, result);
      return newref(result);
    } finally {
      decref(key);
    }
  });
  defFn(m, "_lru_drop", (args) => {
    const w = asLru(args[0]);
    const key = w.pending.pop();
    if (key !== undefined) decref(key);
    return None;
  });
  defFn(m, "cmp_to_key", (args, kwnames) => {
    const [mycmp] = clinicArgs("cmp_to_key", args, kwnames, ["mycmp"]);
    return new KeyWrapper(newref(mycmp!), null);
  }, "Convert a cmp= function into a key= function.");
  return m;
}
