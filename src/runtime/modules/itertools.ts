// The itertools module (Modules/itertoolsmodule.c): every iterator of Python 3.11 as a native
// iterator type. Native loops call `next()` (a new reference or STOP); a Python subclass that
// overrides __next__ is honoured by native loops too (slot_tp_iternext), like builtins.enumerate.
// Pickling support (__reduce__/__setstate__) is left out except for count and repeat.

import { PyObject, decref, newref, xdecref, type PyValue } from "../object.js";
import { PyType, TPFLAG_HEAPTYPE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, emptyTuple } from "../values.js";
import { typeError, valueError, runtimeError, isPyException } from "../errors.js";
import { builtinFunction, defClassMethod, defMethod, defNew, parseArgs } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyTuple } from "../types/tuple.js";
import { PyNativeIterator, STOP } from "../types/iterator.js";
import { defIterProtocol, defClassGetItem } from "../types/iter-types.js";
import { PyIntSubclass } from "../types/boxed.js";
import { binaryOp, Op } from "../ops/number.js";
import { compareBool, Cmp, isTrue } from "../ops/compare.js";
import { call } from "../ops/call.js";
import { getIter, iterNext, iterToArray } from "../ops/iter.js";
import { getAttrOpt } from "../ops/attr.js";
import { callSpecialFound } from "../ops/special.js";
import { numberIndex, asSsize } from "../ops/index.js";
import { isNumber } from "../ops/numconv.js";
import { repr } from "../ops/repr.js";
import { newNativeType, kwCount, splitArgs, unpackCount, clinicArgs, shortName } from "./modutil.js";

// ---- the common base ----------------------------------------------------------------------

/** __next__ descriptors of the native types, to detect overrides in Python subclasses. */
const baseNext = new Map<PyType, PyValue>();

abstract class ItIter extends PyNativeIterator {
  constructor(
    type: PyType,
    /** the itertools type this object's class derives from */
    readonly base: PyType,
  ) {
    super(type);
  }

  next(): PyValue {
    const t = this.type;
    if (t !== this.base && t.tflags & TPFLAG_HEAPTYPE && t.lookup("__next__") !== baseNext.get(this.base)) return callNextOverride(this);
    return this.step();
  }

  /** the type's own tp_iternext: a new reference or STOP */
  abstract step(): PyValue;
  /** the object references this iterator owns, for clearRefs/traverse */
  abstract refs(): PyValue[];
  /** drops every owned reference */
  abstract drop(): void;

  override clearRefs(): void {
    super.clearRefs();
    this.drop();
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const v of this.refs()) if (typeof v === "object" && v !== null) visit(v);
  }
}

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

function xrefs(...vs: (PyValue | null)[]): PyValue[] {
  const out: PyValue[] = [];
  for (const v of vs) if (v !== null) out.push(v);
  return out;
}

/** Installs __iter__/__next__ and remembers __next__ for override detection. */
function iterType(t: PyType): void {
  baseNext.set(t, defIterProtocol(t, (self) => (self as ItIter).step()));
}

function alloc(cls: PyType): PyType {
  cls.rc++;
  return cls;
}

/** Keyword check of the types that take none ("chain() takes no keyword arguments"). */
function noKw(cls: PyType, base: PyType, name: string, kwnames: string[] | null): void {
  if (kwCount(kwnames) > 0 && (cls === base || cls.lookup("__init__") === T.objectType.ns.get("__init__"))) {
    typeError(`${name}() takes no keyword arguments`);
  }
}

/** Positional arguments after a keyword check. */
function positional(args: PyValue[], kwnames: string[] | null): PyValue[] {
  const n = kwCount(kwnames);
  return n === 0 ? args : args.slice(0, args.length - n);
}

function typeNameOf(self: PyValue): string {
  return shortName(typeOf(self));
}

/** the tuple of an iterable's items (PySequence_Tuple) */
function toTuple(v: PyValue): PyTuple {
  if (v instanceof PyTuple && v.type === T.tupleType) {
    v.rc++;
    return v;
  }
  return newTupleOwned(iterToArray(v)) as PyTuple;
}

// ---- count --------------------------------------------------------------------------------

let countType: PyType;

class Count extends ItIter {
  constructor(
    type: PyType,
    public cnt: PyValue,
    public stepv: PyValue,
  ) {
    super(type, countType);
  }
  step(): PyValue {
    const c = this.cnt;
    const s = this.stepv;
    if (typeof c === "number" && typeof s === "number") {
      const n = c + s;
      if (Number.isSafeInteger(n)) {
        this.cnt = n;
        return c;
      }
    }
    this.cnt = binaryOp(c, s, Op.Add);
    return c; // the old count's reference passes to the caller
  }
  refs(): PyValue[] {
    return [this.cnt, this.stepv];
  }
  drop(): void {
    const c = this.cnt;
    const s = this.stepv;
    this.cnt = 0;
    this.stepv = 0;
    decref(c);
    decref(s);
  }
}

function isIntLike(v: PyValue): boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntSubclass;
}

function initCount(): void {
  countType = newNativeType("count", "itertools", true, T.objectType,
    "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step");
  defNew(countType, (cls, args, kwnames) => {
    let [start = 0, step = 1] = clinicArgs("count", args, kwnames, ["start=", "step="]);
    if (!isNumber(start) || !isNumber(step)) typeError("a number is required");
    // count_new's fast mode: an int start that fits a Py_ssize_t with an int step of 1 counts
    // with plain ints (so count(True) gives 1, 2, ...)
    if (isIntLike(step) && numberIndex(step) === 1 && isIntLike(start)) {
      const s = numberIndex(start);
      if (typeof s === "number") {
        start = s;
        step = 1;
      }
    }
    return new Count(alloc(cls), newref(start), newref(step));
  });
  iterType(countType);
  defMethod(countType, "__repr__", (self) => {
    const c = self as Count;
    const name = typeNameOf(self);
    const s = c.stepv;
    const isIntOne = (typeof s === "number" && s === 1) || s === true || (s instanceof PyIntSubclass && s.value === 1);
    if (isIntOne) return `${name}(${repr(c.cnt)})`;
    return `${name}(${repr(c.cnt)}, ${repr(s)})`;
  });
  defMethod(countType, "__reduce__", (self) => {
    const c = self as Count;
    const cls = alloc(typeOf(self));
    const s = c.stepv;
    if (typeof s === "number" && s === 1) return newTupleOwned([cls, newTupleOwned([newref(c.cnt)])]);
    return newTupleOwned([cls, newTupleOwned([newref(c.cnt), newref(s)])]);
  });
}

// ---- cycle --------------------------------------------------------------------------------

let cycleType: PyType;

class Cycle extends ItIter {
  saved: PyValue[] = [];
  index = 0;
  constructor(
    type: PyType,
    public it: PyValue | null,
  ) {
    super(type, cycleType);
  }
  step(): PyValue {
    const it = this.it;
    if (it !== null) {
      const item = iterNext(it);
      if (item !== STOP) {
        this.saved.push(newref(item));
        return item;
      }
      this.it = null;
      decref(it);
    }
    const saved = this.saved;
    if (saved.length === 0) return STOP;
    const v = saved[this.index];
    this.index++;
    if (this.index >= saved.length) this.index = 0;
    return newref(v);
  }
  refs(): PyValue[] {
    return [...xrefs(this.it), ...this.saved];
  }
  drop(): void {
    const it = this.it;
    const saved = this.saved;
    this.it = null;
    this.saved = [];
    xdecref(it);
    for (const v of saved) decref(v);
  }
}

function initCycle(): void {
  cycleType = newNativeType("cycle", "itertools", true, T.objectType, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
  defNew(cycleType, (cls, args, kwnames) => {
    noKw(cls, cycleType, "cycle", kwnames);
    const pos = positional(args, kwnames);
    unpackCount("cycle", pos.length, 1, 1);
    return new Cycle(alloc(cls), getIter(pos[0]));
  });
  iterType(cycleType);
}

// ---- repeat -------------------------------------------------------------------------------

let repeatType: PyType;

class Repeat extends ItIter {
  constructor(
    type: PyType,
    public element: PyValue,
    /** remaining count; -1 for forever */
    public cnt: number,
  ) {
    super(type, repeatType);
  }
  step(): PyValue {
    if (this.cnt === 0) return STOP;
    if (this.cnt > 0) this.cnt--;
    return newref(this.element);
  }
  refs(): PyValue[] {
    return [this.element];
  }
  drop(): void {
    const e = this.element;
    this.element = None;
    decref(e);
  }
}

function initRepeat(): void {
  repeatType = newNativeType("repeat", "itertools", true, T.objectType, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.");
  defNew(repeatType, (cls, args, kwnames) => {
    const [element, times] = clinicArgs("repeat", args, kwnames, ["object", "times="]);
    let cnt = -1;
    if (times !== undefined) {
      cnt = asSsize(times, T.overflowErrorType);
      if (cnt < 0) cnt = 0;
    }
    return new Repeat(alloc(cls), newref(element!), cnt);
  });
  iterType(repeatType);
  defMethod(repeatType, "__repr__", (self) => {
    const r = self as Repeat;
    const name = typeNameOf(self);
    if (r.cnt === -1) return `${name}(${repr(r.element)})`;
    return `${name}(${repr(r.element)}, ${r.cnt})`;
  });
  defMethod(repeatType, "__length_hint__", (self) => {
    const r = self as Repeat;
    if (r.cnt === -1) typeError("len() of unsized object");
    return r.cnt;
  });
  defMethod(repeatType, "__reduce__", (self) => {
    const r = self as Repeat;
    const cls = alloc(typeOf(self));
    if (r.cnt >= 0) return newTupleOwned([cls, newTupleOwned([newref(r.element), r.cnt])]);
    return newTupleOwned([cls, newTupleOwned([newref(r.element)])]);
  });
}

// ---- accumulate ---------------------------------------------------------------------------

let accumulateType: PyType;

class Accumulate extends ItIter {
  constructor(
    type: PyType,
    public it: PyValue,
    public func: PyValue,
    public total: PyValue | null,
    public initial: PyValue | null,
  ) {
    super(type, accumulateType);
  }
  step(): PyValue {
    if (this.initial !== null) {
      const init = this.initial;
      this.initial = null;
      this.total = newref(init);
      return init;
    }
    const val = iterNext(this.it);
    if (val === STOP) return STOP;
    const total = this.total;
    if (total === null) {
      this.total = newref(val);
      return val;
    }
    let next: PyValue;
    try {
      next = this.func === None ? binaryOp(total, val, Op.Add) : call(this.func, [total, val], null);
    } finally {
      decref(val);
    }
    this.total = newref(next);
    decref(total);
    return next;
  }
  refs(): PyValue[] {
    return xrefs(this.it, this.func, this.total, this.initial);
  }
  drop(): void {
    const r = this.refs();
    this.it = None;
    this.func = None;
    this.total = null;
    this.initial = null;
    for (const v of r) decref(v);
  }
}

function initAccumulate(): void {
  accumulateType = newNativeType("accumulate", "itertools", true, T.objectType, "Return series of accumulated sums (or other binary function results).");
  defNew(accumulateType, (cls, args, kwnames) => {
    const [iterable, func = None, initial = None] = clinicArgs("accumulate", args, kwnames, ["iterable", "func=", "*", "initial="]);
    const it = getIter(iterable!);
    return new Accumulate(alloc(cls), it, newref(func), null, initial === None ? null : newref(initial));
  });
  iterType(accumulateType);
}

// ---- chain --------------------------------------------------------------------------------

let chainType: PyType;

class Chain extends ItIter {
  constructor(
    type: PyType,
    /** iterator over the iterables */
    public source: PyValue | null,
    /** the current iterable's iterator */
    public active: PyValue | null,
  ) {
    super(type, chainType);
  }
  step(): PyValue {
    for (;;) {
      if (this.active === null) {
        const src = this.source;
        if (src === null) return STOP;
        const iterable = iterNext(src);
        if (iterable === STOP) {
          this.source = null;
          decref(src);
          return STOP;
        }
        try {
          this.active = getIter(iterable);
        } catch (e) {
          this.source = null;
          decref(src);
          throw e;
        } finally {
          decref(iterable);
        }
      }
      const item = iterNext(this.active);
      if (item !== STOP) return item;
      const a = this.active;
      this.active = null;
      decref(a);
    }
  }
  refs(): PyValue[] {
    return xrefs(this.source, this.active);
  }
  drop(): void {
    const s = this.source;
    const a = this.active;
    this.source = null;
    this.active = null;
    xdecref(s);
    xdecref(a);
  }
}

function initChain(): void {
  chainType = newNativeType("chain", "itertools", true, T.objectType, "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
  defNew(chainType, (cls, args, kwnames) => {
    noKw(cls, chainType, "chain", kwnames);
    const pos = positional(args, kwnames);
    const t = newTupleOwned(pos.map((v) => newref(v)));
    const src = getIter(t);
    decref(t);
    return new Chain(alloc(cls), src, null);
  });
  iterType(chainType);
  defClassMethod(chainType, "from_iterable", (cls, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("chain.from_iterable() takes no keyword arguments");
    if (args.length !== 1) typeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
    const src = getIter(args[0]);
    return new Chain(alloc(cls as PyType), src, null);
  }, "Alternative chain() constructor taking a single iterable argument that evaluates lazily.");
  defClassGetItem(chainType);
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap -----------------------------------

let compressType: PyType;

class Compress extends ItIter {
  constructor(
    type: PyType,
    public data: PyValue | null,
    public selectors: PyValue | null,
  ) {
    super(type, compressType);
  }
  step(): PyValue {
    const data = this.data;
    const sel = this.selectors;
    if (data === null || sel === null) return STOP;
    for (;;) {
      const d = iterNext(data);
      if (d === STOP) return STOP;
      const s = iterNext(sel);
      if (s === STOP) {
        decref(d);
        return STOP;
      }
      let ok: boolean;
      try {
        ok = isTrue(s);
      } catch (e) {
        decref(d);
        throw e;
      } finally {
        decref(s);
      }
      if (ok) return d;
      decref(d);
    }
  }
  refs(): PyValue[] {
    return xrefs(this.data, this.selectors);
  }
  drop(): void {
    const a = this.data;
    const b = this.selectors;
    this.data = null;
    this.selectors = null;
    xdecref(a);
    xdecref(b);
  }
}

let dropwhileType: PyType;
let takewhileType: PyType;
let filterfalseType: PyType;
let starmapType: PyType;

class PredicateIter extends ItIter {
  /** dropwhile: the predicate has failed once; takewhile: the predicate has failed */
  done = false;
  constructor(
    type: PyType,
    base: PyType,
    public func: PyValue,
    public it: PyValue,
  ) {
    super(type, base);
  }
  test(item: PyValue): boolean {
    const r = call(this.func, [item], null);
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  }
  step(): PyValue {
    const base = this.base;
    if (base === starmapType) {
      const args = iterNext(this.it);
      if (args === STOP) return STOP;
      let t: PyTuple;
      try {
        t = toTuple(args);
      } finally {
        decref(args);
      }
      try {
        return call(this.func, t.items, null);
      } finally {
        decref(t);
      }
    }
    if (base === takewhileType && this.done) return STOP;
    for (;;) {
      const item = iterNext(this.it);
      if (item === STOP) return STOP;
      if (base === dropwhileType && this.done) return item;
      let ok: boolean;
      try {
        if (base === filterfalseType && (this.func === None || this.func === T.boolType)) ok = isTrue(item);
        else ok = this.test(item);
      } catch (e) {
        decref(item);
        throw e;
      }
      if (base === dropwhileType) {
        if (!ok) {
          this.done = true;
          return item;
        }
      } else if (base === takewhileType) {
        if (ok) return item;
        this.done = true;
        decref(item);
        return STOP;
      } else if (!ok) return item; // filterfalse
      decref(item);
    }
  }
  refs(): PyValue[] {
    return [this.func, this.it];
  }
  drop(): void {
    const f = this.func;
    const it = this.it;
    this.func = None;
    this.it = None;
    decref(f);
    decref(it);
  }
}

function initPredicates(): void {
  compressType = newNativeType("compress", "itertools", true, T.objectType, "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.");
  defNew(compressType, (cls, args, kwnames) => {
    const [data, selectors] = clinicArgs("compress", args, kwnames, ["data", "selectors"]);
    const d = getIter(data!);
    let s: PyValue;
    try {
      s = getIter(selectors!);
    } catch (e) {
      decref(d);
      throw e;
    }
    return new Compress(alloc(cls), d, s);
  });
  iterType(compressType);

  const defs: [string, string][] = [
    ["dropwhile", "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted."],
    ["takewhile", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."],
    ["filterfalse", "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false."],
    ["starmap", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."],
  ];
  const types: PyType[] = [];
  for (const [name, doc] of defs) {
    const t = newNativeType(name, "itertools", true, T.objectType, doc);
    types.push(t);
    defNew(t, (cls, args, kwnames) => {
      noKw(cls, t, name, kwnames);
      const pos = positional(args, kwnames);
      unpackCount(name, pos.length, 2, 2);
      const it = getIter(pos[1]);
      return new PredicateIter(alloc(cls), t, newref(pos[0]), it);
    });
    iterType(t);
  }
  [dropwhileType, takewhileType, filterfalseType, starmapType] = types;
}

// ---- groupby ------------------------------------------------------------------------------

let groupbyType: PyType;
let grouperType: PyType;

class GroupBy extends ItIter {
  tgtkey: PyValue | null = null;
  currkey: PyValue | null = null;
  currvalue: PyValue | null = null;
  /** the grouper currently allowed to advance (borrowed) */
  currgrouper: Grouper | null = null;
  constructor(
    type: PyType,
    public it: PyValue,
    public keyfunc: PyValue,
  ) {
    super(type, groupbyType);
  }

  /** groupby_step: advances to the next value and computes its key; false at the end */
  advance(): boolean {
    const v = iterNext(this.it);
    if (v === STOP) return false;
    let k: PyValue;
    if (this.keyfunc === None) k = newref(v);
    else {
      try {
        k = call(this.keyfunc, [v], null);
      } catch (e) {
        decref(v);
        throw e;
      }
    }
    const oldv = this.currvalue;
    const oldk = this.currkey;
    this.currvalue = v;
    this.currkey = k;
    xdecref(oldv);
    xdecref(oldk);
    return true;
  }

  step(): PyValue {
    this.currgrouper = null;
    // skip to the next iteration group
    for (;;) {
      if (this.currkey === null) {
        // pass
      } else if (this.tgtkey === null) break;
      else if (!compareBool(this.tgtkey, this.currkey, Cmp.Eq)) break;
      if (!this.advance()) return STOP;
    }
    const old = this.tgtkey;
    this.tgtkey = newref(this.currkey!);
    xdecref(old);
    this.rc++;
    const g = new Grouper(this, newref(this.tgtkey));
    this.currgrouper = g;
    return newTupleOwned([newref(this.currkey!), g]);
  }
  refs(): PyValue[] {
    return xrefs(this.it, this.keyfunc, this.tgtkey, this.currkey, this.currvalue);
  }
  drop(): void {
    const r = this.refs();
    this.it = None;
    this.keyfunc = None;
    this.tgtkey = this.currkey = this.currvalue = null;
    for (const v of r) decref(v);
  }
}

class Grouper extends ItIter {
  constructor(
    public parent: GroupBy | null,
    public tgtkey: PyValue,
  ) {
    super(grouperType, grouperType);
  }
  step(): PyValue {
    const gbo = this.parent;
    if (gbo === null || gbo.currgrouper !== this) return STOP;
    if (gbo.currvalue === null) {
      if (!gbo.advance()) return STOP;
    }
    if (!compareBool(this.tgtkey, gbo.currkey!, Cmp.Eq)) return STOP;
    const r = gbo.currvalue!;
    gbo.currvalue = null;
    const k = gbo.currkey;
    gbo.currkey = null;
    xdecref(k);
    return r;
  }
  refs(): PyValue[] {
    return xrefs(this.parent, this.tgtkey);
  }
  drop(): void {
    const p = this.parent;
    const k = this.tgtkey;
    this.parent = null;
    this.tgtkey = None;
    if (p !== null && p.currgrouper === this) p.currgrouper = null;
    xdecref(p);
    decref(k);
  }
}

function initGroupby(): void {
  groupbyType = newNativeType("groupby", "itertools", true, T.objectType, "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.");
  defNew(groupbyType, (cls, args, kwnames) => {
    const [iterable, key = None] = clinicArgs("groupby", args, kwnames, ["iterable", "key="]);
    const it = getIter(iterable!);
    return new GroupBy(alloc(cls), it, newref(key));
  });
  iterType(groupbyType);
  grouperType = newNativeType("_grouper", "itertools", false);
  iterType(grouperType);
}

// ---- islice -------------------------------------------------------------------------------

let isliceType: PyType;

class ISlice extends ItIter {
  cnt = 0;
  constructor(
    type: PyType,
    public it: PyValue | null,
    public nextIndex: number,
    /** -1: no stop */
    public stop: number,
    public stepSize: number,
  ) {
    super(type, isliceType);
  }
  step(): PyValue {
    const it = this.it;
    if (it === null) return STOP;
    const stop = this.stop;
    while (this.cnt < this.nextIndex) {
      const item = iterNext(it);
      if (item === STOP) return this.empty();
      decref(item);
      this.cnt++;
    }
    if (stop !== -1 && this.cnt >= stop) return this.empty();
    const item = iterNext(it);
    if (item === STOP) return this.empty();
    this.cnt++;
    const old = this.nextIndex;
    this.nextIndex += this.stepSize;
    if (this.nextIndex < old || (stop !== -1 && this.nextIndex > stop)) this.nextIndex = stop;
    return item;
  }
  empty(): PyValue {
    const it = this.it;
    this.it = null;
    xdecref(it);
    return STOP;
  }
  refs(): PyValue[] {
    return xrefs(this.it);
  }
  drop(): void {
    const it = this.it;
    this.it = null;
    xdecref(it);
  }
}

const ISLICE_STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_STEP_MSG = "Step for islice() must be a positive integer or None.";

/** PyNumber_AsSsize_t(v, OverflowError), any error becoming ValueError(msg); -1 is an error too */
function isliceArg(v: PyValue, msg: string): number {
  let n: number;
  try {
    n = asSsize(v, T.overflowErrorType);
  } catch (e) {
    if (!isPyException(e)) throw e;
    decref(e);
    return valueError(msg);
  }
  if (n === -1) valueError(msg);
  return n;
}

/** start and step: an unusable value counts as -1 (and fails the range checks) */
function isliceArgOrMinus1(v: PyValue): number {
  try {
    return asSsize(v, T.overflowErrorType);
  } catch (e) {
    if (!isPyException(e)) throw e;
    decref(e);
    return -1;
  }
}

function initIslice(): void {
  isliceType = newNativeType("islice", "itertools", true, T.objectType, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.");
  defNew(isliceType, (cls, args, kwnames) => {
    noKw(cls, isliceType, "islice", kwnames);
    const pos = positional(args, kwnames);
    unpackCount("islice", pos.length, 2, 4);
    let start = 0;
    let stop = -1;
    let step = 1;
    if (pos.length === 2) {
      if (pos[1] !== None) stop = isliceArg(pos[1], ISLICE_STOP_MSG);
    } else {
      if (pos[1] !== None) start = isliceArgOrMinus1(pos[1]);
      if (pos[2] !== None) stop = isliceArg(pos[2], ISLICE_STOP_MSG);
    }
    if (start < 0 || stop < -1) valueError(ISLICE_INDEX_MSG);
    if (pos.length === 4 && pos[3] !== None) {
      step = isliceArgOrMinus1(pos[3]);
    }
    if (step < 1) valueError(ISLICE_STEP_MSG);
    const it = getIter(pos[0]);
    return new ISlice(alloc(cls), it, start, stop, step);
  });
  iterType(isliceType);
}

// ---- pairwise -----------------------------------------------------------------------------

let pairwiseType: PyType;

class Pairwise extends ItIter {
  old: PyValue | null = null;
  constructor(
    type: PyType,
    public it: PyValue | null,
  ) {
    super(type, pairwiseType);
  }
  step(): PyValue {
    const it = this.it;
    if (it === null) return STOP;
    if (this.old === null) {
      const o = iterNext(it);
      if (o === STOP) {
        this.drop();
        return STOP;
      }
      this.old = o;
    }
    const n = iterNext(it);
    if (n === STOP) {
      this.drop();
      return STOP;
    }
    const old = this.old;
    this.old = newref(n);
    return newTupleOwned([old, n]);
  }
  refs(): PyValue[] {
    return xrefs(this.it, this.old);
  }
  drop(): void {
    const it = this.it;
    const old = this.old;
    this.it = null;
    this.old = null;
    xdecref(it);
    xdecref(old);
  }
}

function initPairwise(): void {
  pairwiseType = newNativeType("pairwise", "itertools", true, T.objectType, "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...");
  defNew(pairwiseType, (cls, args, kwnames) => {
    noKw(cls, pairwiseType, "pairwise", kwnames);
    const pos = positional(args, kwnames);
    unpackCount("pairwise", pos.length, 1, 1);
    return new Pairwise(alloc(cls), getIter(pos[0]));
  });
  iterType(pairwiseType);
}

// ---- tee ----------------------------------------------------------------------------------

const LINKCELLS = 57;

let teeType: PyType;
let teeDataType: PyType;

/** teedataobject: a chunk of buffered values shared by tee iterators, linked to the next chunk. */
class TeeData extends PyObject {
  values: PyValue[] = [];
  nextlink: TeeData | null = null;
  running = false;
  constructor(public it: PyValue) {
    super(teeDataType);
  }
  jumplink(): TeeData {
    if (this.nextlink === null) this.nextlink = new TeeData(newref(this.it));
    this.nextlink.rc++;
    return this.nextlink;
  }
  getitem(i: number): PyValue {
    if (i < this.values.length) return newref(this.values[i]);
    if (this.running) runtimeError("cannot re-enter the tee iterator");
    this.running = true;
    let v: PyValue;
    try {
      v = iterNext(this.it);
    } finally {
      this.running = false;
    }
    if (v === STOP) return STOP;
    this.values.push(v);
    return newref(v);
  }
  override clearRefs(): void {
    const it = this.it;
    const values = this.values;
    this.it = None;
    this.values = [];
    decref(it);
    for (const v of values) decref(v);
    // release the chain of links iteratively (teedataobject_safe_decref)
    let link = this.nextlink;
    this.nextlink = null;
    while (link !== null && link.rc === 1) {
      const next = link.nextlink;
      link.nextlink = null;
      decref(link);
      link = next;
    }
    if (link !== null) decref(link);
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (typeof this.it === "object") visit(this.it);
    for (const v of this.values) if (typeof v === "object") visit(v);
    if (this.nextlink !== null) visit(this.nextlink);
  }
}

class Tee extends ItIter {
  constructor(
    public data: TeeData,
    public index: number,
  ) {
    super(teeType, teeType);
  }
  step(): PyValue {
    if (this.index >= LINKCELLS) {
      const link = this.data.jumplink();
      const old = this.data;
      this.data = link;
      this.index = 0;
      decref(old);
    }
    const v = this.data.getitem(this.index);
    if (v === STOP) return STOP;
    this.index++;
    return v;
  }
  copy(): Tee {
    this.data.rc++;
    return new Tee(this.data, this.index);
  }
  refs(): PyValue[] {
    return [this.data];
  }
  drop(): void {
    // left to clearRefs: the data link stays valid until the tee dies
  }
  override clearRefs(): void {
    super.clearRefs();
    decref(this.data);
  }
}

/** tee_fromiterable: a tee over iter(iterable), or a copy when that is already a tee */
function teeFromIterable(iterable: PyValue): PyValue {
  const it = getIter(iterable);
  try {
    if (it instanceof Tee) return it.copy();
    return new Tee(new TeeData(newref(it)), 0);
  } finally {
    decref(it);
  }
}

function initTee(): void {
  teeDataType = newNativeType("_tee_dataobject", "itertools", false, T.objectType, "Data container common to multiple tee objects.");
  teeType = newNativeType("_tee", "itertools", false, T.objectType, "Iterator wrapped to make it copyable.");
  defNew(teeType, (_cls, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("_tee() takes no keyword arguments");
    unpackCount("_tee", args.length, 1, 1);
    return teeFromIterable(args[0]);
  });
  iterType(teeType);
  defMethod(teeType, "__copy__", (self) => (self as Tee).copy(), "Returns an independent iterator.");
}

function tee(args: PyValue[], kwnames: string[] | null): PyValue {
  if (kwCount(kwnames) > 0) typeError("tee() takes no keyword arguments");
  unpackCount("tee", args.length, 1, 2);
  let n = 2;
  if (args.length > 1) {
    const v = args[1];
    if (typeof v === "object" && v.type === T.floatType) typeError("'float' object cannot be interpreted as an integer");
    const i = numberIndex(v);
    n = typeof i === "number" ? i : i < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  }
  if (n < 0) valueError("n must be >= 0");
  if (n === 0) return newref(emptyTuple);
  const it = getIter(args[0]);
  const out: PyValue[] = [];
  try {
    const copyfunc = getAttrOpt(it, "__copy__");
    let copyable: PyValue;
    let cf: PyValue;
    if (copyfunc !== undefined) {
      copyable = newref(it);
      cf = copyfunc;
    } else {
      copyable = teeFromIterable(it);
      out.push(copyable);
      cf = getAttrOpt(copyable, "__copy__")!;
      copyable = newref(copyable);
    }
    try {
      if (out.length === 0) out.push(copyable);
      else decref(copyable);
      for (let i = 1; i < n; i++) out.push(call(cf, [], null));
    } finally {
      decref(cf);
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  return newTupleOwned(out);
}

// ---- zip_longest --------------------------------------------------------------------------

let zipLongestType: PyType;

class ZipLongest extends ItIter {
  numactive: number;
  constructor(
    type: PyType,
    /** null entries are exhausted */
    public iters: (PyValue | null)[],
    public fill: PyValue,
  ) {
    super(type, zipLongestType);
    this.numactive = iters.length;
  }
  step(): PyValue {
    const n = this.iters.length;
    if (n === 0 || this.numactive === 0) return STOP;
    const out: PyValue[] = [];
    try {
      for (let i = 0; i < n; i++) {
        const it = this.iters[i];
        if (it === null) {
          out.push(newref(this.fill));
          continue;
        }
        const v = iterNext(it);
        if (v !== STOP) {
          out.push(v);
          continue;
        }
        this.numactive--;
        this.iters[i] = null;
        decref(it);
        if (this.numactive === 0) {
          for (const x of out) decref(x);
          return STOP;
        }
        out.push(newref(this.fill));
      }
    } catch (e) {
      for (const x of out) decref(x);
      throw e;
    }
    return newTupleOwned(out);
  }
  refs(): PyValue[] {
    return [...xrefs(...this.iters), this.fill];
  }
  drop(): void {
    const r = this.refs();
    this.iters = [];
    this.fill = None;
    this.numactive = 0;
    for (const v of r) decref(v);
  }
}

function initZipLongest(): void {
  zipLongestType = newNativeType("zip_longest", "itertools", true, T.objectType, "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.");
  defNew(zipLongestType, (cls, args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    let fill: PyValue = None;
    if (kw.size > 0) {
      const f = kw.get("fillvalue");
      if (f === undefined || kw.size > 1) typeError("zip_longest() got an unexpected keyword argument");
      fill = f;
    }
    const iters: PyValue[] = [];
    try {
      for (const a of pos) iters.push(getIter(a));
    } catch (e) {
      for (const it of iters) decref(it);
      throw e;
    }
    return new ZipLongest(alloc(cls), iters, newref(fill));
  });
  iterType(zipLongestType);
}

// ---- combinatorics ------------------------------------------------------------------------

let productType: PyType;
let permutationsType: PyType;
let combinationsType: PyType;
let cwrType: PyType;

/** product, permutations, combinations, combinations_with_replacement over index vectors */
class Combinatoric extends ItIter {
  /** the current result's indices (product: one per pool; others: into `pool`) */
  indices: number[] = [];
  cycles: number[] = [];
  /** the last result, reused when nobody else holds it (as CPython does) */
  result: PyTuple | null = null;
  stopped = false;
  constructor(
    type: PyType,
    base: PyType,
    /** product: one tuple per pool (repeat applied); others: a single pool */
    public pools: PyValue[][],
    public r: number,
  ) {
    super(type, base);
  }

  build(): PyValue {
    const base = this.base;
    const items: PyValue[] = [];
    if (base === productType) {
      for (let i = 0; i < this.pools.length; i++) items.push(newref(this.pools[i][this.indices[i]]));
    } else {
      const pool = this.pools[0];
      for (let i = 0; i < this.r; i++) items.push(newref(pool[this.indices[i]]));
    }
    return newTupleOwned(items);
  }

  step(): PyValue {
    if (this.stopped) return STOP;
    const base = this.base;
    if (this.result === null) {
      // first result
      if (base === productType) {
        for (const p of this.pools) if (p.length === 0) return this.stop();
        this.indices = this.pools.map(() => 0);
      } else {
        const n = this.pools[0].length;
        const r = this.r;
        if (base === cwrType ? n === 0 && r > 0 : r > n) return this.stop();
        if (base === permutationsType) {
          this.indices = Array.from({ length: n }, (_, i) => i);
          this.cycles = Array.from({ length: r }, (_, i) => n - i);
        } else if (base === combinationsType) {
          this.indices = Array.from({ length: r }, (_, i) => i);
        } else {
          this.indices = new Array(r).fill(0);
        }
      }
      this.result = this.build() as PyTuple;
      return newref(this.result);
    }
    if (!this.advance()) return this.stop();
    const old = this.result;
    this.result = this.build() as PyTuple;
    decref(old);
    return newref(this.result);
  }

  /** moves the index vector to the next result; false when exhausted */
  advance(): boolean {
    const base = this.base;
    const idx = this.indices;
    if (base === productType) {
      const pools = this.pools;
      for (let i = pools.length - 1; i >= 0; i--) {
        idx[i]++;
        if (idx[i] < pools[i].length) return true;
        idx[i] = 0;
      }
      return false;
    }
    const n = this.pools[0].length;
    const r = this.r;
    if (base === permutationsType) {
      if (n === 0) return false;
      const cycles = this.cycles;
      for (let i = r - 1; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          // rotate indices[i:] left by one
          const first = idx[i];
          for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
          idx[n - 1] = first;
          cycles[i] = n - i;
        } else {
          const j = cycles[i];
          const t = idx[i];
          idx[i] = idx[n - j];
          idx[n - j] = t;
          return true;
        }
      }
      return false;
    }
    if (base === combinationsType) {
      let i = r - 1;
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) return false;
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
      return true;
    }
    // combinations_with_replacement
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) return false;
    const v = idx[i] + 1;
    for (let j = i; j < r; j++) idx[j] = v;
    return true;
  }

  stop(): PyValue {
    this.stopped = true;
    return STOP;
  }
  refs(): PyValue[] {
    const out: PyValue[] = [];
    for (const p of this.pools) out.push(...p);
    if (this.result !== null) out.push(this.result);
    return out;
  }
  drop(): void {
    const r = this.refs();
    this.pools = [];
    this.result = null;
    for (const v of r) decref(v);
  }
}

/** the r argument of permutations ("Expected int as r") */
function permutationsR(v: PyValue): number {
  if (!(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntSubclass)) typeError("Expected int as r");
  const n = asSsize(v, T.overflowErrorType);
  if (n < 0) valueError("r must be non-negative");
  return n;
}

function ssizeArg(v: PyValue): number {
  if (typeof v === "object" && v.type === T.floatType) typeError("'float' object cannot be interpreted as an integer");
  return asSsize(v, T.overflowErrorType);
}

function initCombinatorics(): void {
  productType = newNativeType("product", "itertools", true, T.objectType, "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");
  defNew(productType, (cls, args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    let repeat = 1;
    for (const [k, v] of kw) {
      if (k !== "repeat") typeError(`'${k}' is an invalid keyword argument for product()`);
      repeat = ssizeArg(v);
      if (repeat < 0) valueError("repeat argument cannot be negative");
    }
    const base: PyValue[][] = [];
    try {
      for (const a of pos) base.push(iterToArray(a));
    } catch (e) {
      for (const p of base) for (const v of p) decref(v);
      throw e;
    }
    const pools: PyValue[][] = [];
    for (let r = 0; r < repeat; r++) for (const p of base) pools.push(p.map((v) => newref(v)));
    for (const p of base) for (const v of p) decref(v);
    return new Combinatoric(alloc(cls), productType, pools, pools.length);
  });
  iterType(productType);

  permutationsType = newNativeType("permutations", "itertools", true, T.objectType, "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
  defNew(permutationsType, (cls, args, kwnames) => {
    const [iterable, rArg = None] = clinicArgs("permutations", args, kwnames, ["iterable", "r="]);
    const pool = iterToArray(iterable!);
    let r: number;
    try {
      r = rArg === None ? pool.length : permutationsR(rArg);
    } catch (e) {
      for (const v of pool) decref(v);
      throw e;
    }
    return new Combinatoric(alloc(cls), permutationsType, [pool], r);
  });
  iterType(permutationsType);

  combinationsType = newNativeType("combinations", "itertools", true, T.objectType, "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
  cwrType = newNativeType("combinations_with_replacement", "itertools", true, T.objectType, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')");
  for (const [t, name] of [[combinationsType, "combinations"], [cwrType, "combinations_with_replacement"]] as [PyType, string][]) {
    defNew(t, (cls, args, kwnames) => {
      const [iterable, rArg] = clinicArgs(name, args, kwnames, ["iterable", "r"]);
      const pool = iterToArray(iterable!);
      let r: number;
      try {
        r = ssizeArg(rArg!);
        if (r < 0) valueError("r must be non-negative");
      } catch (e) {
        for (const v of pool) decref(v);
        throw e;
      }
      return new Combinatoric(alloc(cls), t, [pool], r);
    });
    iterType(t);
  }
}

// ---- the module ---------------------------------------------------------------------------

let typesReady = false;

function initTypes(): void {
  if (typesReady) return;
  typesReady = true;
  initCount();
  initCycle();
  initRepeat();
  initAccumulate();
  initChain();
  initPredicates();
  initGroupby();
  initIslice();
  initPairwise();
  initTee();
  initZipLongest();
  initCombinatorics();
}

export function createItertoolsModule(): PyModule {
  initTypes();
  const m = new PyModule("itertools", "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n");
  const d = m.dict;
  const types: PyType[] = [
    accumulateType, chainType, combinationsType, cwrType, compressType, countType, cycleType, dropwhileType,
    filterfalseType, groupbyType, isliceType, pairwiseType, permutationsType, productType, repeatType, starmapType,
    takewhileType, zipLongestType, grouperType, teeType, teeDataType,
  ];
  for (const t of types) d.set(t.qualname, t);
  d.set("tee", builtinFn("tee", tee, "Returns a tuple of n independent iterators."));
  return m;
}

function builtinFn(name: string, fn: (args: PyValue[], kwnames: string[] | null) => PyValue, doc: string): PyValue {
  return builtinFunction(name, fn, "itertools", doc);
}
