// The _collections module (Modules/_collectionsmodule.c): deque, defaultdict, the deque
// iterators, _tuplegetter (namedtuple's field descriptors) and _count_elements (Counter's
// counting loop). The rest of collections is Python (src/runtime/pylib/collections/).

import { PyObject, decref, newref, xdecref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newTupleOwned, emptyTuple } from "../values.js";
import { typeError, valueError, indexError, runtimeError, keyError, raise } from "../errors.js";
import { defGetSet, defMethod, defNew } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyDict } from "../types/dict.js";
import { PyTuple } from "../types/tuple.js";
import { initSlots, clearSlots, traverseSlots } from "../types/list.js";
import { PyNativeIterator, STOP } from "../types/iterator.js";
import { defIterProtocol, defClassGetItem } from "../types/iter-types.js";
import { dictRepr, dictIter, DictIterKind, dictUpdateArg } from "../types/dict-type.js";
import { PyIntSubclass } from "../types/boxed.js";
import { call } from "../ops/call.js";
import { getIter, iterNext } from "../ops/iter.js";
import { compareBool, richCompare, Cmp } from "../ops/compare.js";
import { repr, reprGuard } from "../ops/repr.js";
import { clinicSsize, isIndex, asSsize } from "../ops/index.js";
import { setItem } from "../ops/seq.js";
import { getAttrOpt } from "../ops/attr.js";
import { binaryOp, Op } from "../ops/number.js";
import { defFn, newNativeType, kwCount, clinicArgs, unpackCount, shortName } from "./modutil.js";

// ---- deque --------------------------------------------------------------------------------

let dequeType: PyType;
let dequeIterType: PyType;
let dequeRevIterType: PyType;

/** A deque: a ring buffer whose capacity is a power of two. */
export class PyDeque extends PyObject {
  buf: PyValue[] = new Array(8);
  head = 0;
  size = 0;
  /** -1: unbounded */
  maxlen = -1;
  /** bumped by every structural mutation, to detect mutation during iteration */
  state = 0;
  slots: (PyValue | undefined)[] | null = null;

  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }
  put(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const buf: PyValue[] = new Array(n * 2);
    for (let i = 0; i < this.size; i++) buf[i] = old[(this.head + i) & (n - 1)];
    this.buf = buf;
    this.head = 0;
  }
  /** appends a reference the deque takes over */
  pushRight(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
    this.state++;
  }
  pushLeft(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
    this.state++;
  }
  /** removes and returns (owned) the rightmost item; the deque must not be empty */
  popRight(): PyValue {
    const i = (this.head + this.size - 1) & (this.buf.length - 1);
    const v = this.buf[i];
    this.buf[i] = undefined as never;
    this.size--;
    this.state++;
    return v;
  }
  popLeft(): PyValue {
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as never;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    return v;
  }
  toArray(): PyValue[] {
    const out: PyValue[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }
  /** appends with the maxlen trim (deque_append) */
  append(v: PyValue): void {
    if (this.maxlen === 0) {
      decref(v);
      return;
    }
    this.pushRight(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) decref(this.popLeft());
  }
  appendLeft(v: PyValue): void {
    if (this.maxlen === 0) {
      decref(v);
      return;
    }
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) decref(this.popRight());
  }
  clear(): void {
    const items = this.toArray();
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
    this.state++;
    for (const v of items) decref(v);
  }
  rotate(n: number): void {
    const len = this.size;
    if (len <= 1) return;
    n = n % len;
    if (n === 0) return;
    if (n < 0) n += len;
    // rotating right by n: the last n items move to the front
    const items = this.toArray();
    for (let i = 0; i < len; i++) this.put((i + n) % len, items[i]);
    this.state++;
  }
  override clearRefs(): void {
    clearSlots(this);
    super.clearRefs();
    const items = this.toArray();
    this.buf = [];
    this.size = 0;
    for (const v of items) decref(v);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    traverseSlots(this, visit);
    for (let i = 0; i < this.size; i++) {
      const v = this.at(i);
      if (typeof v === "object") visit(v);
    }
  }
}

function dq(self: PyValue): PyDeque {
  if (!(self instanceof PyDeque)) typeError(`descriptor requires a 'collections.deque' object but received a '${typeOf(self).name}'`);
  return self;
}

function mutated(): never {
  return runtimeError("deque mutated during iteration");
}

/** deque.extend(iterable) */
function dequeExtend(d: PyDeque, iterable: PyValue, left: boolean): void {
  if (iterable === d) {
    // extending a deque with itself: iterate over a snapshot
    for (const v of d.toArray().map((x) => newref(x))) {
      if (left) d.appendLeft(v);
      else d.append(v);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) break;
      if (left) d.appendLeft(v);
      else d.append(v);
    }
  } finally {
    decref(it);
  }
}

/** deque_copy: a new deque of the same type and maxlen */
function dequeCopy(d: PyDeque): PyValue {
  if (d.type === dequeType) {
    const n = new PyDeque(dequeType);
    dequeType.rc++;
    n.maxlen = d.maxlen;
    for (let i = 0; i < d.size; i++) n.append(newref(d.at(i)));
    return n;
  }
  if (d.maxlen < 0) return call(d.type, [d], null);
  return call(d.type, [d, d.maxlen], null);
}

/** the sequence protocol's index conversion for __getitem__/__setitem__/__delitem__ */
function seqIndex(d: PyDeque, key: PyValue): number {
  if (!isIndex(key)) typeError(`sequence index must be integer, not '${typeOf(key).name}'`);
  let i = asSsize(key, T.indexErrorType);
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) indexError("deque index out of range");
  return i;
}

/** index of the first item equal to v in [start, stop), or -1 */
function dequeFind(d: PyDeque, v: PyValue, start: number, stop: number, msg = "deque mutated during iteration"): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const item = newref(d.at(i));
    let found: boolean;
    try {
      found = compareBool(item, v, Cmp.Eq);
    } finally {
      decref(item);
    }
    if (d.state !== state) runtimeError(msg);
    if (found) return i;
  }
  return -1;
}

function dequeRepr(d: PyDeque): string {
  const name = shortName(d.type);
  return reprGuard(d, "[...]", () => {
    const parts: string[] = [];
    for (const v of d.toArray()) {
      const r = newref(v);
      try {
        parts.push(repr(r));
      } finally {
        decref(r);
      }
    }
    const list = `[${parts.join(", ")}]`;
    return d.maxlen < 0 ? `${name}(${list})` : `${name}(${list}, maxlen=${d.maxlen})`;
  });
}

function dequeCompare(a: PyDeque, b: PyValue, op: Cmp): PyValue {
  if (!(b instanceof PyDeque)) return NotImplemented;
  const x = a.toArray().map((v) => newref(v));
  const y = b.toArray().map((v) => newref(v));
  try {
    const n = Math.min(x.length, y.length);
    let i = 0;
    for (; i < n; i++) if (!compareBool(x[i], y[i], Cmp.Eq)) break;
    if (i >= n) {
      const c = x.length - y.length;
      switch (op) {
        case Cmp.Lt: return c < 0;
        case Cmp.Le: return c <= 0;
        case Cmp.Eq: return c === 0;
        case Cmp.Ne: return c !== 0;
        case Cmp.Gt: return c > 0;
        default: return c >= 0;
      }
    }
    if (op === Cmp.Eq) return false;
    if (op === Cmp.Ne) return true;
    return richCompare(x[i], y[i], op);
  } finally {
    for (const v of x) decref(v);
    for (const v of y) decref(v);
  }
}

class DequeIter extends PyNativeIterator {
  index = 0;
  state: number;
  constructor(
    type: PyType,
    public d: PyDeque | null,
    public reverse: boolean,
  ) {
    super(type);
    this.state = d === null ? 0 : d.state;
  }
  next(): PyValue {
    const d = this.d;
    if (d === null) return STOP;
    if (d.state !== this.state) {
      this.index = d.size;
      mutated();
    }
    if (this.index >= d.size) return STOP;
    const i = this.reverse ? d.size - 1 - this.index : this.index;
    this.index++;
    return newref(d.at(i));
  }
  override clearRefs(): void {
    const d = this.d;
    this.d = null;
    xdecref(d);
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (this.d !== null) visit(this.d);
  }
}

function maxlenArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (!(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntSubclass)) typeError("an integer is required");
  const n = asSsize(v, T.overflowErrorType);
  if (n < 0) valueError("maxlen must be non-negative");
  return n;
}

function initDeque(): void {
  dequeType = newNativeType("deque", "collections", true, T.objectType, "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.");
  const D = dequeType;
  defNew(D, (cls) => {
    cls.rc++;
    const d = new PyDeque(cls);
    initSlots(d, cls);
    return d;
  });
  defMethod(D, "__init__", (self, args, kwnames) => {
    const d = dq(self);
    const [iterable, maxlen] = clinicArgs("deque", args, kwnames, ["iterable=", "maxlen="]);
    const m = maxlenArg(maxlen);
    if (d.size > 0) d.clear();
    d.maxlen = m;
    if (iterable !== undefined) dequeExtend(d, iterable, false);
    return None;
  });
  defMethod(D, "append", (self, args, kwnames) => {
    oneArg("append", args, kwnames);
    dq(self).append(newref(args[0]));
    return None;
  }, "Add an element to the right side of the deque.");
  defMethod(D, "appendleft", (self, args, kwnames) => {
    oneArg("appendleft", args, kwnames);
    dq(self).appendLeft(newref(args[0]));
    return None;
  }, "Add an element to the left side of the deque.");
  defMethod(D, "pop", (self, args, kwnames) => {
    noArgs("pop", args, kwnames);
    const d = dq(self);
    if (d.size === 0) indexError("pop from an empty deque");
    return d.popRight();
  }, "Remove and return the rightmost element.");
  defMethod(D, "popleft", (self, args, kwnames) => {
    noArgs("popleft", args, kwnames);
    const d = dq(self);
    if (d.size === 0) indexError("pop from an empty deque");
    return d.popLeft();
  }, "Remove and return the leftmost element.");
  defMethod(D, "extend", (self, args, kwnames) => {
    oneArg("extend", args, kwnames);
    dequeExtend(dq(self), args[0], false);
    return None;
  }, "Extend the right side of the deque with elements from the iterable");
  defMethod(D, "extendleft", (self, args, kwnames) => {
    oneArg("extendleft", args, kwnames);
    dequeExtend(dq(self), args[0], true);
    return None;
  }, "Extend the left side of the deque with elements from the iterable");
  defMethod(D, "clear", (self, args, kwnames) => {
    noArgs("clear", args, kwnames);
    dq(self).clear();
    return None;
  }, "Remove all elements from the deque.");
  defMethod(D, "copy", (self, args, kwnames) => {
    noArgs("copy", args, kwnames);
    return dequeCopy(dq(self));
  }, "Return a shallow copy of a deque.");
  defMethod(D, "__copy__", (self, args, kwnames) => {
    noArgs("__copy__", args, kwnames);
    return dequeCopy(dq(self));
  }, "Return a shallow copy of a deque.");
  defMethod(D, "count", (self, args, kwnames) => {
    oneArg("count", args, kwnames);
    const d = dq(self);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.size; i++) {
      const item = newref(d.at(i));
      let found: boolean;
      try {
        found = compareBool(item, args[0], Cmp.Eq);
      } finally {
        decref(item);
      }
      if (d.state !== state) mutated();
      if (found) n++;
    }
    return n;
  }, "D.count(value) -> integer -- return number of occurrences of value");
  defMethod(D, "index", (self, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("index() takes no keyword arguments");
    unpackCount("index", args.length, 1, 3);
    const d = dq(self);
    let start = args.length > 1 ? sliceArg(args[1]) : 0;
    let stop = args.length > 2 ? sliceArg(args[2]) : d.size;
    if (start < 0) {
      start += d.size;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += d.size;
      if (stop < 0) stop = 0;
    }
    if (stop > d.size) stop = d.size;
    const i = dequeFind(d, args[0], start, stop);
    if (i < 0) valueError(`${repr(args[0])} is not in deque`);
    return i;
  }, "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present.");
  defMethod(D, "insert", (self, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("insert() takes no keyword arguments");
    unpackCount("insert", args.length, 2, 2);
    const d = dq(self);
    const index = clinicSsize(args[0]);
    if (d.maxlen >= 0 && d.size >= d.maxlen) indexError("deque already at its maximum size");
    const n = d.size;
    if (index >= n) {
      d.append(newref(args[1]));
      return None;
    }
    if (index <= -n || index === 0) {
      d.appendLeft(newref(args[1]));
      return None;
    }
    const i = index < 0 ? index + n : index;
    d.rotate(-i);
    d.appendLeft(newref(args[1]));
    d.rotate(i);
    return None;
  }, "D.insert(index, object) -- insert object before index");
  defMethod(D, "remove", (self, args, kwnames) => {
    oneArg("remove", args, kwnames);
    const d = dq(self);
    const i = dequeFind(d, args[0], 0, d.size, "deque mutated during remove().");
    if (i < 0) valueError(`${repr(args[0])} is not in deque`);
    d.rotate(-i);
    decref(d.popLeft());
    d.rotate(i);
    return None;
  }, "D.remove(value) -- remove first occurrence of value.");
  defMethod(D, "reverse", (self, args, kwnames) => {
    noArgs("reverse", args, kwnames);
    const d = dq(self);
    const items = d.toArray();
    for (let i = 0; i < items.length; i++) d.put(i, items[items.length - 1 - i]);
    d.state++;
    return None;
  }, "D.reverse() -- reverse *IN PLACE*");
  defMethod(D, "rotate", (self, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("rotate() takes no keyword arguments");
    unpackCount("rotate", args.length, 0, 1);
    const n = args.length > 0 ? clinicSsize(args[0]) : 1;
    dq(self).rotate(n);
    return None;
  }, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.");
  defGetSet(D, "maxlen", (self) => (dq(self).maxlen < 0 ? None : dq(self).maxlen), null, "maximum size of a deque or None if unbounded");
  defMethod(D, "__len__", (self) => dq(self).size);
  defMethod(D, "__bool__", (self) => dq(self).size > 0);
  defMethod(D, "__contains__", (self, args) => dequeFind(dq(self), args[0], 0, dq(self).size) >= 0);
  defMethod(D, "__getitem__", (self, args) => {
    const d = dq(self);
    return newref(d.at(seqIndex(d, args[0])));
  });
  defMethod(D, "__setitem__", (self, args) => {
    const d = dq(self);
    const i = seqIndex(d, args[0]);
    const old = d.at(i);
    d.put(i, newref(args[1]));
    decref(old);
    return None;
  });
  defMethod(D, "__delitem__", (self, args) => {
    const d = dq(self);
    const i = seqIndex(d, args[0]);
    d.rotate(-i);
    decref(d.popLeft());
    d.rotate(i);
    return None;
  });
  defMethod(D, "__iter__", (self) => {
    const d = dq(self);
    d.rc++;
    return new DequeIter(dequeIterType, d, false);
  });
  defMethod(D, "__reversed__", (self) => {
    const d = dq(self);
    d.rc++;
    return new DequeIter(dequeRevIterType, d, true);
  }, "D.__reversed__() -- return a reverse iterator over the deque");
  defMethod(D, "__repr__", (self) => dequeRepr(dq(self)));
  const cmps: [string, Cmp][] = [["__lt__", Cmp.Lt], ["__le__", Cmp.Le], ["__eq__", Cmp.Eq], ["__ne__", Cmp.Ne], ["__gt__", Cmp.Gt], ["__ge__", Cmp.Ge]];
  for (const [name, op] of cmps) defMethod(D, name, (self, args) => dequeCompare(dq(self), args[0], op));
  D.ns.set("__hash__", None);
  defMethod(D, "__add__", (self, args) => {
    const d = dq(self);
    const other = args[0];
    if (!(other instanceof PyDeque)) typeError(`can only concatenate deque (not "${typeOf(other).name}") to deque`);
    const n = dequeCopy(d);
    try {
      dequeExtend(n as PyDeque, other, false);
    } catch (e) {
      decref(n);
      throw e;
    }
    return n;
  });
  defMethod(D, "__iadd__", (self, args) => {
    dequeExtend(dq(self), args[0], false);
    return newref(self);
  });
  const repeat = (d: PyDeque, nArg: PyValue): void => {
    const n = clinicSsize(nArg);
    if (n <= 0) {
      d.clear();
      return;
    }
    const items = d.toArray().map((v) => newref(v));
    const len = items.length;
    if (len === 0 || n === 1) {
      for (const v of items) decref(v);
      return;
    }
    const total = n * len;
    // the result is the last maxlen items of items * n
    const first = d.maxlen >= 0 && total > d.maxlen ? total - d.maxlen : 0;
    if (total - first > 1e8) {
      for (const v of items) decref(v);
      raise(T.memoryErrorType);
    }
    d.clear();
    for (let j = first; j < total; j++) d.append(newref(items[j % len]));
    for (const v of items) decref(v);
  };
  defMethod(D, "__mul__", (self, args) => {
    if (!isIndex(args[0])) return NotImplemented;
    const n = dequeCopy(dq(self)) as PyDeque;
    try {
      repeat(n, args[0]);
    } catch (e) {
      decref(n);
      throw e;
    }
    return n;
  });
  D.ns.set("__rmul__", D.ns.get("__mul__")!);
  defMethod(D, "__imul__", (self, args) => {
    if (!isIndex(args[0])) return NotImplemented;
    repeat(dq(self), args[0]);
    return newref(self);
  });
  defMethod(D, "__reduce__", (self) => {
    const d = dq(self);
    const state = d.dict !== null && d.dict.size > 0 ? newref(d.dict) : None;
    const it = getIter(d);
    d.type.rc++;
    if (d.maxlen < 0) return newTupleOwned([d.type, newref(emptyTuple), state, it]);
    return newTupleOwned([d.type, newTupleOwned([newref(emptyTuple), d.maxlen]), state, it]);
  }, "Return state information for pickling.");
  defMethod(D, "__sizeof__", (self) => 64 + 8 * dq(self).buf.length);
  defClassGetItem(D);

  dequeIterType = newNativeType("_deque_iterator", "_collections", false);
  dequeRevIterType = newNativeType("_deque_reverse_iterator", "_collections", false);
  for (const t of [dequeIterType, dequeRevIterType]) {
    defIterProtocol(t);
    defMethod(t, "__length_hint__", (self) => {
      const it = self as DequeIter;
      return it.d === null ? 0 : Math.max(0, it.d.size - it.index);
    });
  }
}

function sliceArg(v: PyValue): number {
  if (!isIndex(v)) typeError("slice indices must be integers or have an __index__ method");
  return asSsize(v, null);
}

function oneArg(name: string, args: PyValue[], kwnames: string[] | null): void {
  if (kwCount(kwnames) > 0) typeError(`deque.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`deque.${name}() takes exactly one argument (${args.length} given)`);
}

function noArgs(name: string, args: PyValue[], kwnames: string[] | null): void {
  if (kwCount(kwnames) > 0) typeError(`deque.${name}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`deque.${name}() takes no arguments (${args.length} given)`);
}

// ---- defaultdict --------------------------------------------------------------------------

let defaultdictType: PyType;

export class PyDefaultDict extends PyDict {
  factory: PyValue = None;
  override clearRefs(): void {
    const f = this.factory;
    this.factory = None;
    super.clearRefs();
    decref(f);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.factory === "object") visit(this.factory);
  }
}

function dd(self: PyValue): PyDefaultDict {
  if (!(self instanceof PyDefaultDict)) typeError(`descriptor requires a 'collections.defaultdict' object but received a '${typeOf(self).name}'`);
  return self;
}

/** new_defdict: type(dd)(dd.default_factory, arg) */
function newDefdict(d: PyDefaultDict, arg: PyValue): PyValue {
  return call(d.type, [d.factory, arg], null);
}

function initDefaultdict(): void {
  defaultdictType = newNativeType("defaultdict", "collections", true, T.dictType, "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n");
  const DD = defaultdictType;
  defNew(DD, (cls) => {
    cls.rc++;
    const d = new PyDefaultDict(cls);
    initSlots(d, cls);
    return d;
  });
  defMethod(DD, "__init__", (self, args, kwnames) => {
    const d = dd(self);
    const npos = args.length - kwCount(kwnames);
    let rest = args;
    if (npos > 0) {
      const f = args[0];
      if (f !== None && typeOf(f).lookup("__call__") === undefined) typeError("first argument must be callable or None");
      const old = d.factory;
      d.factory = newref(f);
      decref(old);
      rest = args.slice(1);
    }
    const init = T.dictType.ns.get("__init__")!;
    return call(init, [d, ...rest], kwnames);
  });
  defMethod(DD, "__missing__", (self, args) => {
    const d = dd(self);
    if (args.length !== 1) typeError(`defaultdict.__missing__() takes exactly one argument (${args.length} given)`);
    const key = args[0];
    if (d.factory === None) keyError(key);
    const value = call(d.factory, [], null);
    try {
      setItem(d, key, value);
    } catch (e) {
      decref(value);
      throw e;
    }
    return value;
  }, "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n");
  defGetSet(DD, "default_factory", (self) => newref(dd(self).factory), (self, v) => {
    const d = dd(self);
    const old = d.factory;
    d.factory = v === undefined ? None : newref(v);
    decref(old);
  }, "Factory for default value called by __missing__().");
  defMethod(DD, "__repr__", (self) => {
    const d = dd(self);
    const name = shortName(d.type);
    const f = d.factory;
    const fr = f === None ? "None" : reprGuard(f as PyObject, "...", () => repr(f));
    return `${name}(${fr}, ${dictRepr(d)})`;
  });
  const copy = (self: PyValue) => newDefdict(dd(self), self);
  defMethod(DD, "copy", copy, "D.copy() -> a shallow copy of D.");
  defMethod(DD, "__copy__", copy, "D.copy() -> a shallow copy of D.");
  defMethod(DD, "__reduce__", (self) => {
    const d = dd(self);
    d.type.rc++;
    const args = d.factory === None ? newref(emptyTuple) : newTupleOwned([newref(d.factory)]);
    return newTupleOwned([d.type, args, None, None, dictIter(d, DictIterKind.Items)]);
  }, "Return state information for pickling.");
  const or = (left: PyValue, right: PyValue): PyValue => {
    let self: PyValue;
    let other: PyValue;
    if (left instanceof PyDefaultDict) {
      self = left;
      other = right;
    } else {
      self = right;
      other = left;
    }
    if (!(other instanceof PyDict)) return NotImplemented;
    const n = newDefdict(self as PyDefaultDict, left);
    try {
      if (n instanceof PyDict) dictUpdateArg(n, right);
      else decref(call(getAttrOpt(n, "update")!, [right], null));
    } catch (e) {
      decref(n);
      throw e;
    }
    return n;
  };
  defMethod(DD, "__or__", (self, args) => or(self, args[0]));
  defMethod(DD, "__ror__", (self, args) => or(args[0], self));
  defClassGetItem(DD);
}

// ---- _tuplegetter -------------------------------------------------------------------------

let tuplegetterType: PyType;

class TupleGetter extends PyObject {
  constructor(
    public index: number,
    public doc: PyValue,
  ) {
    super(tuplegetterType);
  }
  override clearRefs(): void {
    const d = this.doc;
    this.doc = None;
    decref(d);
  }
}

function initTuplegetter(): void {
  tuplegetterType = newNativeType("_tuplegetter", "_collections", false);
  const TG = tuplegetterType;
  defNew(TG, (_cls, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("_tuplegetter() takes no keyword arguments");
    unpackCount("_tuplegetter", args.length, 2, 2);
    const i = clinicSsize(args[0]);
    return new TupleGetter(i, newref(args[1]));
  });
  defMethod(TG, "__get__", (self, args) => {
    const g = self as TupleGetter;
    const obj = args[0];
    if (obj === None || obj === undefined) return newref(g);
    if (!(obj instanceof PyTuple)) {
      typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${typeOf(obj).name}' object`);
    }
    if (g.index >= obj.items.length) indexError("tuple index out of range");
    return newref(obj.items[g.index]);
  });
  defMethod(TG, "__set__", () => raise(T.attributeErrorType, "can't set attribute"));
  defMethod(TG, "__delete__", () => raise(T.attributeErrorType, "can't delete attribute"));
  defGetSet(TG, "__doc__", (self) => newref((self as TupleGetter).doc), (self, v) => {
    const g = self as TupleGetter;
    const old = g.doc;
    g.doc = v === undefined ? None : newref(v);
    decref(old);
  });
  defMethod(TG, "__reduce__", (self) => {
    const g = self as TupleGetter;
    TG.rc++;
    return newTupleOwned([TG, newTupleOwned([g.index, newref(g.doc)])]);
  });
}

// ---- _count_elements ----------------------------------------------------------------------

/** _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each element */
function countElements(args: PyValue[], kwnames: string[] | null): PyValue {
  if (kwCount(kwnames) > 0) typeError("_count_elements() takes no keyword arguments");
  unpackCount("_count_elements", args.length, 2, 2);
  const mapping = args[0];
  const it = getIter(args[1]);
  try {
    const fast = mapping instanceof PyDict && typeOf(mapping).lookup("get") === T.dictType.ns.get("get") && typeOf(mapping).lookup("__setitem__") === T.dictType.ns.get("__setitem__");
    for (;;) {
      const elem = iterNext(it);
      if (elem === STOP) break;
      try {
        if (fast) {
          const d = mapping as PyDict;
          const old = d.get(elem);
          if (old === undefined) d.set(elem, 1);
          else if (typeof old === "number" && old < Number.MAX_SAFE_INTEGER) d.set(elem, old + 1);
          else {
            const n = binaryOp(old, 1, Op.Add);
            d.set(elem, n);
            decref(n);
          }
        } else {
          const get = getAttrOpt(mapping, "get")!;
          let old: PyValue;
          try {
            old = call(get, [elem, 0], null);
          } finally {
            decref(get);
          }
          const n = binaryOp(old, 1, Op.Add);
          decref(old);
          try {
            setItem(mapping, elem, n);
          } finally {
            decref(n);
          }
        }
      } finally {
        decref(elem);
      }
    }
  } finally {
    decref(it);
  }
  return None;
}

// ---- the module ---------------------------------------------------------------------------

let ready = false;

export function createCollectionsNativeModule(): PyModule {
  if (!ready) {
    ready = true;
    initDeque();
    initDefaultdict();
    initTuplegetter();
  }
  const m = new PyModule("_collections", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
  const d = m.dict;
  d.set("deque", dequeType);
  d.set("defaultdict", defaultdictType);
  d.set("_deque_iterator", dequeIterType);
  d.set("_deque_reverse_iterator", dequeRevIterType);
  d.set("_tuplegetter", tuplegetterType);
  defFn(m, "_count_elements", countElements, "Count elements in the iterable, updating the mapping");
  return m;
}
