// Builtin iterators over sequences and the iterator builtins (Objects/listobject.c listiterobject
// and listreviterobject, Objects/tupleobject.c tupleiterobject, Objects/iterobject.c seqiterobject
// and calliterobject, Objects/enumobject.c enumerate and reversed, Python/bltinmodule.c zip, map,
// filter).
//
// Every iterator is a PyNativeIterator: native loops call `next()` (a new reference or STOP) and
// never see StopIteration. Python code sees `__iter__`/`__next__` plus the pickling helpers
// (`__length_hint__`, `__reduce__`, `__setstate__`) where CPython has them.
//
// enumerate, zip, map, filter and reversed may be subclassed; a subclass that overrides __next__
// must be honoured by native loops too (slot_tp_iternext), so their `next()` checks the type.

import { PyObject, decref, immortal, newref, xdecref, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newTupleOwned, newListOwned, emptyTuple } from "../values.js";
import { raise, typeError, valueError, overflowError, isPyException } from "../errors.js";
import { defClassMethod, defMethod, defNew } from "../define.js";
import { defSlot } from "./slot-args.js";
import { PyNativeIterator, STOP } from "./iterator.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PyIntSubclass } from "./boxed.js";
import { hooks } from "../hooks.js";
import { getAttrOpt } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { compareBool, Cmp, isTrue } from "../ops/compare.js";
import { getIter, iterNext, nativeIter, setSeqIterFactory } from "../ops/iter.js";
import { getItem, len } from "../ops/seq.js";
import { callSpecialFound } from "../ops/special.js";
import { numberIndex } from "../ops/index.js";
import * as I from "../ops/intmath.js";
import { PyBuiltinFunction } from "./native.js";

// ---- shared helpers -----------------------------------------------------------------------

/** Raises StopIteration (no value). */
export function stopIteration(): never {
  return raise(T.stopIterationType);
}

/** Installs `__iter__` (returns self) and `__next__` (next() or StopIteration) on an iterator type. */
export function defIterProtocol(type: PyType, next: (self: PyNativeIterator) => PyValue = (self) => self.next()): PyValue {
  defSlot(type, "__iter__", 0, (self) => newref(self));
  return defSlot(type, "__next__", 0, (self) => {
    const v = next(self as PyNativeIterator);
    if (v === STOP) stopIteration();
    return v;
  });
}

/** PyLong_AsSsize_t for __setstate__ arguments ("an integer is required"). */
export function stateIndex(state: PyValue): number {
  if (typeof state === "number") return state;
  if (typeof state === "boolean") return state ? 1 : 0;
  let v: I.Int;
  if (typeof state === "bigint") v = state;
  else if (state instanceof PyIntSubclass) v = state.value;
  else return typeError("an integer is required");
  if (typeof v === "number") return v;
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return Number(v);
  return overflowError("Python int too large to convert to C ssize_t");
}

const fallbackIter = immortal(
  new PyBuiltinFunction("iter", (_self, args) => (args.length === 1 ? getIter(args[0]) : typeError("iter expected 1 argument")), null, "builtins", null, null),
);

/** A new reference to builtins.<name> of the running frame (for __reduce__ results). */
export function builtinObject(name: string): PyValue {
  const f = hooks.currentFrame();
  if (f !== null) {
    const b = getAttrOpt(f, "f_builtins");
    if (b !== undefined) {
      try {
        if (b instanceof PyDict) {
          const v = b.getStr(name);
          if (v !== undefined) return newref(v);
        }
      } finally {
        decref(b);
      }
    }
  }
  return newref(fallbackIter);
}

/** `(iter, (seq,), index)` or `(iter, (empty,))`: the __reduce__ result of exhausted/live iterators. */
export function reduceIter(seq: PyValue | null, index: PyValue | null, empty: PyValue): PyValue {
  const it = builtinObject("iter");
  if (seq === null) return newTupleOwned([it, newTupleOwned([empty])]);
  const args = newTupleOwned([newref(seq)]);
  return newTupleOwned(index === null ? [it, args] : [it, args, index]);
}

/** `__class_getitem__` (PEP 585): types.GenericAlias(cls, item) once GenericAlias exists. */
export function defClassGetItem(type: PyType): void {
  defClassMethod(type, "__class_getitem__", (cls, args) => {
    if (args.length !== 1) typeError(`${type.name}.__class_getitem__() takes exactly one argument (${args.length} given)`);
    if (T.genericAliasType.ns.has("__new__") || T.genericAliasType.ns.has("__call__")) return call(T.genericAliasType, [cls, args[0]], null);
    return newref(cls); // placeholder until types.GenericAlias is implemented
  });
}

/** True when `self`'s class overrides __next__ (then native loops must call it). */
function overridesNext(self: PyObject, base: PyType, baseNext: PyValue): boolean {
  return self.type !== base && self.type.lookup("__next__") !== baseNext;
}

/** Calls an overriding __next__ for a native loop, turning StopIteration into STOP. */
function callNextOverride(self: PyObject): PyValue {
  const f = self.type.lookup("__next__")!;
  try {
    return callSpecialFound(f, self);
  } catch (e) {
    if (isPyException(e) && e.type.isSubtypeOf(T.stopIterationType)) {
      decref(e);
      return STOP;
    }
    throw e;
  }
}

/** next() of an iterator for use inside other iterators: STOP on exhaustion or StopIteration. */
const nextOf = iterNext;

// ---- list iterators -----------------------------------------------------------------------

export class ListIterator extends PyNativeIterator {
  constructor(
    public seq: PyList | null,
    public index: number,
  ) {
    super(T.iteratorTypes.list);
  }

  next(): PyValue {
    const seq = this.seq;
    if (seq === null) return STOP;
    const items = seq.items;
    if (this.index < items.length) {
      const v = items[this.index++];
      if (typeof v === "object") v.rc++;
      return v;
    }
    this.seq = null;
    decref(seq);
    return STOP;
  }

  override clearRefs(): void {
    const s = this.seq;
    this.seq = null;
    xdecref(s);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.seq !== null) visit(this.seq);
  }
}

/** iter(list): a new list_iterator over a borrowed list. */
export function listIter(list: PyList): ListIterator {
  list.rc++;
  return new ListIterator(list, 0);
}

export class ListReverseIterator extends PyNativeIterator {
  constructor(
    public seq: PyList | null,
    public index: number,
  ) {
    super(T.iteratorTypes.listReverse);
  }

  next(): PyValue {
    const seq = this.seq;
    if (seq === null) return STOP;
    const index = this.index;
    const items = seq.items;
    if (index >= 0 && index < items.length) {
      this.index = index - 1;
      const v = items[index];
      if (typeof v === "object") v.rc++;
      return v;
    }
    this.index = -1;
    this.seq = null;
    decref(seq);
    return STOP;
  }

  override clearRefs(): void {
    const s = this.seq;
    this.seq = null;
    xdecref(s);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.seq !== null) visit(this.seq);
  }
}

export function listReversed(list: PyList): ListReverseIterator {
  list.rc++;
  return new ListReverseIterator(list, list.items.length - 1);
}

// ---- tuple iterator -----------------------------------------------------------------------

export class TupleIterator extends PyNativeIterator {
  constructor(
    public seq: PyTuple | null,
    public index: number,
  ) {
    super(T.iteratorTypes.tuple);
  }

  next(): PyValue {
    const seq = this.seq;
    if (seq === null) return STOP;
    const items = seq.items;
    if (this.index < items.length) {
      const v = items[this.index++];
      if (typeof v === "object") v.rc++;
      return v;
    }
    this.seq = null;
    decref(seq);
    return STOP;
  }

  override clearRefs(): void {
    const s = this.seq;
    this.seq = null;
    xdecref(s);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.seq !== null) visit(this.seq);
  }
}

export function tupleIter(t: PyTuple): TupleIterator {
  t.rc++;
  return new TupleIterator(t, 0);
}

// ---- the old-style sequence iterator (__getitem__ from 0 until IndexError) -----------------

export class SeqIterator extends PyNativeIterator {
  constructor(
    public seq: PyValue | null,
    public index: number,
  ) {
    super(T.iteratorTypes.seq);
  }

  next(): PyValue {
    const seq = this.seq;
    if (seq === null) return STOP;
    if (this.index >= Number.MAX_SAFE_INTEGER) overflowError("iter index too large");
    let v: PyValue;
    try {
      v = getItem(seq, this.index);
    } catch (e) {
      if (isPyException(e) && (e.type.isSubtypeOf(T.indexErrorType) || e.type.isSubtypeOf(T.stopIterationType))) {
        decref(e);
        this.seq = null;
        decref(seq);
        return STOP;
      }
      throw e;
    }
    this.index++;
    return v;
  }

  override clearRefs(): void {
    const s = this.seq;
    this.seq = null;
    xdecref(s);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (typeof this.seq === "object" && this.seq !== null) visit(this.seq);
  }
}

// ---- iter(callable, sentinel) -------------------------------------------------------------

export class CallableIterator extends PyNativeIterator {
  constructor(
    public func: PyValue | null,
    public sentinel: PyValue | null,
  ) {
    super(T.iteratorTypes.callable);
  }

  next(): PyValue {
    const f = this.func;
    if (f === null) return STOP;
    let r: PyValue;
    try {
      r = call(f, [], null);
    } catch (e) {
      if (isPyException(e) && e.type.isSubtypeOf(T.stopIterationType)) {
        decref(e);
        this.clearRefs();
        return STOP;
      }
      throw e;
    }
    let ok: boolean;
    try {
      ok = compareBool(this.sentinel!, r, Cmp.Eq);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (!ok) return r;
    this.clearRefs();
    decref(r);
    return STOP;
  }

  override clearRefs(): void {
    const f = this.func;
    const s = this.sentinel;
    this.func = null;
    this.sentinel = null;
    xdecref(f);
    xdecref(s);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (typeof this.func === "object" && this.func !== null) visit(this.func);
    if (typeof this.sentinel === "object" && this.sentinel !== null) visit(this.sentinel);
  }
}

/** iter(callable, sentinel): both borrowed. */
export function newCallableIterator(func: PyValue, sentinel: PyValue): CallableIterator {
  return new CallableIterator(newref(func), newref(sentinel));
}

// ---- enumerate ----------------------------------------------------------------------------

let enumerateNext: PyValue = None;

export class Enumerate extends PyNativeIterator {
  constructor(
    type: PyType,
    public it: PyValue,
    public index: I.Int,
  ) {
    super(type);
  }

  next(): PyValue {
    if (overridesNext(this, T.enumerateType, enumerateNext)) return callNextOverride(this);
    return this.step();
  }

  step(): PyValue {
    const item = nextOf(this.it);
    if (item === STOP) return STOP;
    const i = this.index;
    this.index = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : I.add(i, 1);
    return newTupleOwned([i, item]);
  }

  override clearRefs(): void {
    super.clearRefs();
    decref(this.it);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.it === "object") visit(this.it);
  }
}

// ---- zip ----------------------------------------------------------------------------------

let zipNext: PyValue = None;

export class Zip extends PyNativeIterator {
  constructor(
    type: PyType,
    public iters: PyValue[],
    public strict: boolean,
  ) {
    super(type);
  }

  next(): PyValue {
    if (overridesNext(this, T.zipType, zipNext)) return callNextOverride(this);
    return this.step();
  }

  step(): PyValue {
    const iters = this.iters;
    const n = iters.length;
    if (n === 0) return STOP;
    const out: PyValue[] = new Array(n);
    let i = 0;
    try {
      for (; i < n; i++) {
        const v = nextOf(iters[i]);
        if (v === STOP) break;
        out[i] = v;
      }
    } catch (e) {
      for (let k = 0; k < i; k++) decref(out[k]);
      throw e;
    }
    if (i === n) return newTupleOwned(out);
    for (let k = 0; k < i; k++) decref(out[k]);
    if (!this.strict) return STOP;
    // zip_next's strict check: which argument ran out early, or which one is longer
    if (i > 0) valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? " " : "s 1-"}${i}`);
    for (let k = 1; k < n; k++) {
      const v = nextOf(iters[k]);
      if (v !== STOP) {
        decref(v);
        valueError(`zip() argument ${k + 1} is longer than argument${k === 1 ? " " : "s 1-"}${k}`);
      }
    }
    return STOP;
  }

  override clearRefs(): void {
    super.clearRefs();
    const iters = this.iters;
    this.iters = [];
    for (const it of iters) decref(it);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const it of this.iters) if (typeof it === "object") visit(it);
  }
}

// ---- map ----------------------------------------------------------------------------------

let mapNext: PyValue = None;

export class MapIterator extends PyNativeIterator {
  constructor(
    type: PyType,
    public func: PyValue,
    public iters: PyValue[],
  ) {
    super(type);
  }

  next(): PyValue {
    if (overridesNext(this, T.mapType, mapNext)) return callNextOverride(this);
    return this.step();
  }

  step(): PyValue {
    const iters = this.iters;
    const n = iters.length;
    const args: PyValue[] = new Array(n);
    let i = 0;
    try {
      for (; i < n; i++) {
        const v = nextOf(iters[i]);
        if (v === STOP) break;
        args[i] = v;
      }
      if (i < n) return STOP;
      return call(this.func, args, null);
    } finally {
      for (let k = 0; k < i; k++) decref(args[k]);
    }
  }

  override clearRefs(): void {
    super.clearRefs();
    const iters = this.iters;
    this.iters = [];
    decref(this.func);
    for (const it of iters) decref(it);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.func === "object") visit(this.func);
    for (const it of this.iters) if (typeof it === "object") visit(it);
  }
}

// ---- filter -------------------------------------------------------------------------------

let filterNext: PyValue = None;

export class FilterIterator extends PyNativeIterator {
  constructor(
    type: PyType,
    public func: PyValue,
    public it: PyValue,
  ) {
    super(type);
  }

  next(): PyValue {
    if (overridesNext(this, T.filterType, filterNext)) return callNextOverride(this);
    return this.step();
  }

  step(): PyValue {
    const func = this.func;
    const checkTrue = func === None || func === T.boolType;
    for (;;) {
      const item = nextOf(this.it);
      if (item === STOP) return STOP;
      let ok: boolean;
      try {
        if (checkTrue) ok = isTrue(item);
        else {
          const good = call(func, [item], null);
          try {
            ok = isTrue(good);
          } finally {
            decref(good);
          }
        }
      } catch (e) {
        decref(item);
        throw e;
      }
      if (ok) return item;
      decref(item);
    }
  }

  override clearRefs(): void {
    super.clearRefs();
    decref(this.func);
    decref(this.it);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.func === "object") visit(this.func);
    if (typeof this.it === "object") visit(this.it);
  }
}

// ---- reversed (over __len__ + __getitem__) ------------------------------------------------

let reversedNext: PyValue = None;

export class ReversedIterator extends PyNativeIterator {
  constructor(
    type: PyType,
    public seq: PyValue | null,
    public index: number,
  ) {
    super(type);
  }

  next(): PyValue {
    if (overridesNext(this, T.reversedType, reversedNext)) return callNextOverride(this);
    return this.step();
  }

  step(): PyValue {
    const seq = this.seq;
    if (seq === null) return STOP;
    const index = this.index;
    if (index >= 0) {
      try {
        const v = getItem(seq, index);
        this.index = index - 1;
        return v;
      } catch (e) {
        if (!(isPyException(e) && (e.type.isSubtypeOf(T.indexErrorType) || e.type.isSubtypeOf(T.stopIterationType)))) throw e;
        decref(e);
      }
    }
    this.index = -1;
    this.seq = null;
    decref(seq);
    return STOP;
  }

  override clearRefs(): void {
    super.clearRefs();
    const s = this.seq;
    this.seq = null;
    xdecref(s);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.seq === "object" && this.seq !== null) visit(this.seq);
  }
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(o: PyValue): boolean {
  const t = typeOf(o);
  if (t.isSubtypeOf(T.dictType)) return false;
  return t.lookup("__getitem__") !== undefined;
}

/** reversed(seq): __reversed__, else the sequence protocol ("'int' object is not reversible"). */
export function reversedOf(cls: PyType, seq: PyValue): PyValue {
  const t = typeOf(seq);
  const m = t.lookup("__reversed__");
  if (m === None) typeError(`'${t.name}' object is not reversible`);
  if (m !== undefined) return callSpecialFound(m, seq);
  if (!isSequence(seq)) typeError(`'${t.name}' object is not reversible`);
  const n = len(seq);
  cls.rc++;
  return new ReversedIterator(cls, newref(seq), n - 1);
}

// ---- argument parsing in the style of PyArg_ParseTupleAndKeywords ----------------------------

function kwCount(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

// ---- installation -------------------------------------------------------------------------

function asIter<C>(self: PyValue, cls: abstract new (...a: never[]) => C): C {
  if (!(self instanceof cls)) typeError(`descriptor requires a '${typeOf(self).name}' object`);
  return self as C;
}

export function initIterTypes(): void {
  const IT = T.iteratorTypes;

  // list_iterator
  defIterProtocol(IT.list);
  defMethod(IT.list, "__length_hint__", (self) => {
    const it = asIter(self, ListIterator);
    if (it.seq !== null) {
      const n = it.seq.items.length - it.index;
      if (n >= 0) return n;
    }
    return 0;
  });
  defMethod(IT.list, "__reduce__", (self) => {
    const it = asIter(self, ListIterator);
    return it.seq === null ? reduceIter(null, null, newListOwned([])) : reduceIter(it.seq, it.index, None);
  });
  defMethod(IT.list, "__setstate__", (self, args) => {
    const it = asIter(self, ListIterator);
    let index = stateIndex(args[0]);
    if (it.seq !== null) {
      if (index < 0) index = 0;
      else if (index > it.seq.items.length) index = it.seq.items.length;
      it.index = index;
    }
    return None;
  });

  // list_reverseiterator
  defIterProtocol(IT.listReverse);
  defMethod(IT.listReverse, "__length_hint__", (self) => {
    const it = asIter(self, ListReverseIterator);
    if (it.seq === null) return 0;
    const n = it.index + 1;
    return n > it.seq.items.length ? 0 : n;
  });
  defMethod(IT.listReverse, "__reduce__", (self) => {
    const it = asIter(self, ListReverseIterator);
    if (it.seq === null) return reduceIter(null, null, newListOwned([]));
    return newTupleOwned([builtinObject("reversed"), newTupleOwned([newref(it.seq)]), it.index]);
  });
  defMethod(IT.listReverse, "__setstate__", (self, args) => {
    const it = asIter(self, ListReverseIterator);
    let index = stateIndex(args[0]);
    if (it.seq !== null) {
      if (index < -1) index = -1;
      else if (index > it.seq.items.length - 1) index = it.seq.items.length - 1;
      it.index = index;
    }
    return None;
  });

  // tuple_iterator
  defIterProtocol(IT.tuple);
  defMethod(IT.tuple, "__length_hint__", (self) => {
    const it = asIter(self, TupleIterator);
    return it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.index);
  });
  defMethod(IT.tuple, "__reduce__", (self) => {
    const it = asIter(self, TupleIterator);
    return it.seq === null ? reduceIter(null, null, newref(emptyTuple)) : reduceIter(it.seq, it.index, None);
  });
  defMethod(IT.tuple, "__setstate__", (self, args) => {
    const it = asIter(self, TupleIterator);
    let index = stateIndex(args[0]);
    if (it.seq !== null) {
      if (index < 0) index = 0;
      else if (index > it.seq.items.length) index = it.seq.items.length;
      it.index = index;
    }
    return None;
  });

  // iterator (sequence iterator)
  defIterProtocol(IT.seq);
  setSeqIterFactory((o) => new SeqIterator(newref(o), 0));
  defMethod(IT.seq, "__length_hint__", (self) => {
    const it = asIter(self, SeqIterator);
    if (it.seq !== null) {
      if (typeOf(it.seq).lookup("__len__") === undefined) return NotImplemented;
      const n = len(it.seq) - it.index;
      if (n >= 0) return n;
    }
    return 0;
  });
  defMethod(IT.seq, "__reduce__", (self) => {
    const it = asIter(self, SeqIterator);
    return it.seq === null ? reduceIter(null, null, newref(emptyTuple)) : reduceIter(it.seq, it.index, None);
  });
  defMethod(IT.seq, "__setstate__", (self, args) => {
    const it = asIter(self, SeqIterator);
    let index = stateIndex(args[0]);
    if (it.seq !== null) {
      if (index < 0) index = 0;
      it.index = index;
    }
    return None;
  });

  // callable_iterator
  defIterProtocol(IT.callable);
  // builtins.iter(f, sentinel) instantiates this type (CPython has no such constructor).
  defNew(IT.callable, (_cls, args) => {
    if (args.length !== 2) typeError(`cannot create 'callable_iterator' instances`);
    return newCallableIterator(args[0], args[1]);
  });
  defMethod(IT.callable, "__reduce__", (self) => {
    const it = asIter(self, CallableIterator);
    if (it.func === null) return reduceIter(null, null, newref(emptyTuple));
    return newTupleOwned([builtinObject("iter"), newTupleOwned([newref(it.func), newref(it.sentinel!)])]);
  });

  initEnumerate();
  initZip();
  initMap();
  initFilter();
  initReversed();

  nativeIter.set(T.listType, (o) => listIter(o as PyList));
  nativeIter.set(T.tupleType, (o) => tupleIter(o as PyTuple));
}

function initEnumerate(): void {
  const E = T.enumerateType;
  defNew(E, (cls, args, kwnames) => {
    const nkw = kwCount(kwnames);
    const npos = args.length - nkw;
    let iterable: PyValue | undefined = npos > 0 ? args[0] : undefined;
    let start: PyValue | undefined = npos > 1 ? args[1] : undefined;
    if (npos > 2) typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const v = args[npos + k];
      if (name === "iterable" && npos < 1) iterable = v;
      else if (name === "start" && npos < 2) start = v;
      else if (name === "iterable" || name === "start") typeError(`argument for enumerate() given by name ('${name}') and position (${name === "iterable" ? 1 : 2})`);
      else typeError(`'${name}' is an invalid keyword argument for enumerate()`);
    }
    if (iterable === undefined) typeError("enumerate() missing required argument 'iterable'");
    const index: I.Int = start === undefined ? 0 : numberIndex(start);
    const it = getIter(iterable);
    cls.rc++;
    return new Enumerate(cls, it, index);
  });
  enumerateNext = defIterProtocol(E, (self) => (self as Enumerate).step());
  defMethod(E, "__reduce__", (self) => {
    const e = asIter(self, Enumerate);
    const cls = typeOf(self);
    cls.rc++;
    return newTupleOwned([cls, newTupleOwned([newref(e.it), e.index])]);
  });
  defClassGetItem(E);
}

function initZip(): void {
  const Z = T.zipType;
  defNew(Z, (cls, args, kwnames) => {
    const nkw = kwCount(kwnames);
    const npos = args.length - nkw;
    let strict = false;
    for (let k = 0; k < nkw; k++) {
      if (kwnames![k] !== "strict") typeError(`'${kwnames![k]}' is an invalid keyword argument for zip()`);
      strict = isTrue(args[npos + k]);
    }
    const iters: PyValue[] = [];
    try {
      for (let i = 0; i < npos; i++) iters.push(getIter(args[i]));
    } catch (e) {
      for (const it of iters) decref(it);
      throw e;
    }
    cls.rc++;
    return new Zip(cls, iters, strict);
  });
  zipNext = defIterProtocol(Z, (self) => (self as Zip).step());
  defMethod(Z, "__reduce__", (self) => {
    const z = asIter(self, Zip);
    const cls = typeOf(self);
    cls.rc++;
    const its = newTupleOwned(z.iters.map((x) => newref(x)));
    return newTupleOwned(z.strict ? [cls, its, true] : [cls, its]);
  });
  defMethod(Z, "__setstate__", (self, args) => {
    asIter(self, Zip).strict = isTrue(args[0]);
    return None;
  });
}

function initMap(): void {
  const M = T.mapType;
  defNew(M, (cls, args, kwnames) => {
    if (cls === M && kwCount(kwnames) > 0) typeError("map() takes no keyword arguments");
    const npos = args.length - kwCount(kwnames);
    if (npos < 2) typeError("map() must have at least two arguments.");
    const iters: PyValue[] = [];
    try {
      for (let i = 1; i < npos; i++) iters.push(getIter(args[i]));
    } catch (e) {
      for (const it of iters) decref(it);
      throw e;
    }
    cls.rc++;
    return new MapIterator(cls, newref(args[0]), iters);
  });
  mapNext = defIterProtocol(M, (self) => (self as MapIterator).step());
  defMethod(M, "__reduce__", (self) => {
    const m = asIter(self, MapIterator);
    const cls = typeOf(self);
    cls.rc++;
    return newTupleOwned([cls, newTupleOwned([newref(m.func), ...m.iters.map((x) => newref(x))])]);
  });
}

function initFilter(): void {
  const F = T.filterType;
  defNew(F, (cls, args, kwnames) => {
    if (cls === F && kwCount(kwnames) > 0) typeError("filter() takes no keyword arguments");
    const npos = args.length - kwCount(kwnames);
    if (npos !== 2) typeError(`filter expected 2 arguments, got ${npos}`);
    const it = getIter(args[1]);
    cls.rc++;
    return new FilterIterator(cls, newref(args[0]), it);
  });
  filterNext = defIterProtocol(F, (self) => (self as FilterIterator).step());
  defMethod(F, "__reduce__", (self) => {
    const f = asIter(self, FilterIterator);
    const cls = typeOf(self);
    cls.rc++;
    return newTupleOwned([cls, newTupleOwned([newref(f.func), newref(f.it)])]);
  });
}

function initReversed(): void {
  const R = T.reversedType;
  defNew(R, (cls, args, kwnames) => {
    if (cls === R && kwCount(kwnames) > 0) typeError("reversed() takes no keyword arguments");
    const npos = args.length - kwCount(kwnames);
    if (npos !== 1) typeError(`reversed expected 1 argument, got ${npos}`);
    return reversedOf(cls, args[0]);
  });
  reversedNext = defIterProtocol(R, (self) => (self as ReversedIterator).step());
  defMethod(R, "__length_hint__", (self) => {
    const r = asIter(self, ReversedIterator);
    if (r.seq === null) return 0;
    const n = len(r.seq);
    const position = r.index + 1;
    return n < position ? 0 : position;
  });
  defMethod(R, "__reduce__", (self) => {
    const r = asIter(self, ReversedIterator);
    const cls = typeOf(self);
    cls.rc++;
    if (r.seq === null) return newTupleOwned([cls, newTupleOwned([newref(emptyTuple)])]);
    return newTupleOwned([cls, newTupleOwned([newref(r.seq)]), r.index]);
  });
  defMethod(R, "__setstate__", (self, args) => {
    const r = asIter(self, ReversedIterator);
    let index = stateIndex(args[0]);
    if (r.seq !== null) {
      const n = len(r.seq);
      if (index < -1) index = -1;
      else if (index > n - 1) index = n - 1;
      r.index = index;
    }
    return None;
  });
}

