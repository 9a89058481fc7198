// range and its iterators (Objects/rangeobject.c). A range holds unbounded ints; iteration uses
// JS numbers whenever every value it yields is a safe integer, bigints otherwise.

import { PyObject, immortal, decref, type PyValue } from "../object.js";
import { PyType, Layout, TPFLAG_IMMUTABLE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newTupleOwned } from "../values.js";
import { typeError, valueError, indexError, overflowError } from "../errors.js";
import { defGetSet, defMember, defMethod, defNew, checkArgCount } from "../define.js";
import { defSlot } from "./slot-args.js";
import { PySlice } from "./slice.js";
import { PyNativeIterator, STOP } from "./iterator.js";
import { PyIntSubclass } from "./boxed.js";
import { defIterProtocol, reduceIter } from "./iter-types.js";
import { Cmp, compareBool } from "../ops/compare.js";
import { hashTuple } from "../ops/hash.js";
import { nativeIter } from "../ops/iter.js";
import { repr } from "../ops/repr.js";
import { isIndex, numberIndex } from "../ops/index.js";
import { sliceIndicesLong, rangeLength } from "../ops/slices.js";
import * as I from "../ops/intmath.js";

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

export class PyRange extends PyObject {
  constructor(
    readonly start: I.Int,
    readonly stop: I.Int,
    readonly step: I.Int,
    readonly length: I.Int,
  ) {
    super(T.rangeType);
  }
}

/** range(start, stop, step) from ints (step != 0). */
export function newRange(start: I.Int, stop: I.Int, step: I.Int): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

// ---- iterators ----------------------------------------------------------------------------

/** range_iterator over safe integers: `remaining` values from `cur`, stepping by `step`. */
export class RangeIterator extends PyNativeIterator {
  constructor(
    type: PyType,
    readonly start: number,
    public cur: number,
    readonly step: number,
    readonly len: number,
    public remaining: number,
  ) {
    super(type);
  }

  next(): PyValue {
    if (this.remaining > 0) {
      this.remaining--;
      const v = this.cur;
      this.cur = v + this.step;
      return v;
    }
    return STOP;
  }

  get index(): number {
    return this.len - this.remaining;
  }
}

/** longrange_iterator: bigint arithmetic. */
export class LongRangeIterator extends PyNativeIterator {
  constructor(
    type: PyType,
    readonly start: bigint,
    readonly step: bigint,
    readonly len: bigint,
    public index: bigint,
  ) {
    super(type);
  }

  next(): PyValue {
    if (this.index < this.len) {
      const v = this.start + this.index * this.step;
      this.index++;
      return I.norm(v);
    }
    return STOP;
  }
}

let longRangeIteratorType: PyType;

function fitsLong(v: I.Int): boolean {
  return typeof v === "number" ? Math.abs(v) <= 9223372036854775807 : v >= LONG_MIN && v <= LONG_MAX;
}

/** The type CPython would give an iterator from `start` with `len` values by `step`. */
function iterTypeFor(start: I.Int, step: I.Int, len: I.Int): PyType {
  const last = I.add(start, I.mul(len, step));
  return fitsLong(start) && fitsLong(step) && fitsLong(len) && fitsLong(last) ? T.iteratorTypes.range : longRangeIteratorType;
}

function makeIter(start: I.Int, step: I.Int, len: I.Int): PyNativeIterator {
  const type = iterTypeFor(start, step, len);
  if (typeof start === "number" && typeof step === "number" && typeof len === "number") {
    const last = start + (len - 1) * step;
    if (len === 0 || (Number.isSafeInteger(last) && Number.isSafeInteger((len - 1) * step))) {
      return new RangeIterator(type, start, start, step, len, len);
    }
  }
  return new LongRangeIterator(type, I.big(start), I.big(step), I.big(len), 0n);
}

/** iter(range) */
export function rangeIter(r: PyRange): PyNativeIterator {
  return makeIter(r.start, r.step, r.length);
}

/** reversed(range) */
export function rangeReversed(r: PyRange): PyNativeIterator {
  if (I.isZero(r.length)) return makeIter(r.start, I.neg(r.step), 0);
  const last = I.add(r.start, I.mul(I.sub(r.length, 1), r.step));
  return makeIter(last, I.neg(r.step), r.length);
}

// ---- helpers ------------------------------------------------------------------------------

/** compute_range_item without bounds checks */
function itemAt(r: PyRange, i: I.Int): I.Int {
  return I.add(r.start, I.mul(i, r.step));
}

/** range_contains_long: exact ints and bools by arithmetic */
function containsInt(r: PyRange, ob: I.Int): boolean {
  const pos = I.sign(r.step) > 0;
  if (pos) {
    if (!(I.compare(r.start, ob) <= 0 && I.compare(ob, r.stop) < 0)) return false;
  } else if (!(I.compare(r.stop, ob) < 0 && I.compare(ob, r.start) <= 0)) return false;
  return I.isZero(I.mod(I.sub(ob, r.start), r.step));
}

/** The int value of an exact int or bool (PyLong_CheckExact || PyBool_Check), else undefined. */
function exactInt(v: PyValue): I.Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  return undefined;
}

/** _PySequence_IterSearch over the range's values: index of the first item == ob, or -1; counts with `count`. */
function iterSearch(r: PyRange, ob: PyValue, count: boolean): I.Int {
  const it = rangeIter(r);
  let n: I.Int = 0;
  let i: I.Int = 0;
  try {
    for (;;) {
      const v = it.next();
      if (v === STOP) return count ? n : -1;
      if (compareBool(v, ob, Cmp.Eq)) {
        if (!count) return i;
        n = I.add(n, 1);
      }
      i = I.add(i, 1);
    }
  } finally {
    decref(it);
  }
}

function rangeIndexArg(v: PyValue): I.Int {
  return numberIndex(v);
}

export function rangeContains(r: PyRange, ob: PyValue): boolean {
  const i = exactInt(ob);
  if (i !== undefined) return containsInt(r, i);
  return I.sign(iterSearch(r, ob, false)) >= 0;
}

export function rangeGetItem(r: PyRange, item: PyValue): PyValue {
  if (typeof item === "number" || isIndex(item)) {
    let i = numberIndex(item);
    if (I.sign(i) < 0) i = I.add(i, r.length);
    if (I.sign(i) < 0 || I.compare(i, r.length) >= 0) indexError("range object index out of range");
    return itemAt(r, i);
  }
  if (item instanceof PySlice) {
    const [sstart, sstop, sstep] = sliceIndicesLong(item, r.length);
    return newRange(itemAt(r, sstart), itemAt(r, sstop), I.mul(r.step, sstep));
  }
  return typeError(`range indices must be integers or slices, not ${typeOf(item).name}`);
}

/** range_equals */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (I.compare(a.length, b.length) !== 0) return false;
  if (I.isZero(a.length)) return true;
  if (I.compare(a.start, b.start) !== 0) return false;
  if (a.length === 1) return true;
  return I.compare(a.step, b.step) === 0;
}

// ---- installation -------------------------------------------------------------------------

export function initRangeType(): void {
  const R = T.rangeType;
  const rg = (self: PyValue) => self as PyRange;

  longRangeIteratorType = immortal(new PyType(T.typeType, "longrange_iterator", [T.objectType], Layout.Other, TPFLAG_IMMUTABLE));
  longRangeIteratorType.mro = [longRangeIteratorType, T.objectType];
  longRangeIteratorType.solidBase = longRangeIteratorType;

  defNew(R, (_cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("range() takes no keyword arguments");
    const n = args.length;
    if (n < 1) typeError(`range expected at least 1 argument, got ${n}`);
    if (n > 3) typeError(`range expected at most 3 arguments, got ${n}`);
    if (n === 1) {
      const stop = rangeIndexArg(args[0]);
      return newRange(0, stop, 1);
    }
    const start = rangeIndexArg(args[0]);
    const stop = rangeIndexArg(args[1]);
    let step: I.Int = 1;
    if (n === 3) {
      step = rangeIndexArg(args[2]);
      if (I.isZero(step)) valueError("range() arg 3 must not be zero");
    }
    return newRange(start, stop, step);
  });

  defMember(R, "start", (self) => rg(self).start);
  defMember(R, "stop", (self) => rg(self).stop);
  defMember(R, "step", (self) => rg(self).step);

  defSlot(R, "__repr__", 0, (self) => {
    const r = rg(self);
    if (r.step === 1) return `range(${repr(r.start)}, ${repr(r.stop)})`;
    return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
  });
  defSlot(R, "__len__", 0, (self) => {
    const n = rg(self).length;
    if (typeof n === "bigint" && n > LONG_MAX) overflowError("Python int too large to convert to C ssize_t");
    return n;
  });
  defSlot(R, "__bool__", 0, (self) => !I.isZero(rg(self).length));
  defSlot(R, "__iter__", 0, (self) => rangeIter(rg(self)));
  defMethod(R, "__reversed__", (self) => rangeReversed(rg(self)));
  defSlot(R, "__contains__", 1, (self, args) => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    return rangeContains(rg(self), args[0]);
  });
  defSlot(R, "__getitem__", 1, (self, args) => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    return rangeGetItem(rg(self), args[0]);
  });
  defMethod(R, "count", (self, args, kwnames) => {
    checkArgCount("range.count", args, kwnames, 1, 1);
    const r = rg(self);
    const i = exactInt(args[0]);
    if (i !== undefined) return containsInt(r, i) ? 1 : 0;
    return iterSearch(r, args[0], true);
  });
  defMethod(R, "index", (self, args, kwnames) => {
    checkArgCount("range.index", args, kwnames, 1, 1);
    const r = rg(self);
    const ob = args[0];
    const i = exactInt(ob);
    if (i !== undefined) {
      if (!containsInt(r, i)) valueError(`${repr(ob)} is not in range`);
      return I.floordiv(I.sub(i, r.start), r.step);
    }
    const k = iterSearch(r, ob, false);
    if (I.sign(k) < 0) valueError("sequence.index(x): x not in sequence");
    return k;
  });
  const eqne = (ne: boolean) => (self: PyValue, args: PyValue[]) => {
    const other = args[0];
    if (!(other instanceof PyRange)) return NotImplemented;
    return rangeEquals(rg(self), other) !== ne;
  };
  defSlot(R, "__eq__", 1, eqne(false));
  defSlot(R, "__ne__", 1, eqne(true));
  for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) defSlot(R, name, 1, () => NotImplemented);
  defSlot(R, "__hash__", 0, (self) => {
    const r = rg(self);
    const t = newTupleOwned(I.isZero(r.length) ? [r.length, None, None] : r.length === 1 ? [r.length, r.start, None] : [r.length, r.start, r.step]);
    try {
      return hashTuple(t);
    } finally {
      decref(t);
    }
  });
  defMethod(R, "__reduce__", (self) => {
    const r = rg(self);
    R.rc++;
    return newTupleOwned([R, newTupleOwned([r.start, r.stop, r.step])]);
  });

  // range_iterator / longrange_iterator
  for (const IT of [T.iteratorTypes.range, longRangeIteratorType]) {
    defIterProtocol(IT);
    defMethod(IT, "__length_hint__", (self) => {
      if (self instanceof RangeIterator) return self.remaining;
      const it = self as LongRangeIterator;
      return I.norm(it.len - it.index);
    });
    defMethod(IT, "__reduce__", (self) => {
      let start: I.Int, step: I.Int, len: I.Int, index: I.Int;
      if (self instanceof RangeIterator) {
        start = self.start;
        step = self.step;
        len = self.len;
        index = self.index;
      } else {
        const it = self as LongRangeIterator;
        start = I.norm(it.start);
        step = I.norm(it.step);
        len = I.norm(it.len);
        index = I.norm(it.index);
      }
      const r = newRange(start, I.add(start, I.mul(len, step)), step);
      try {
        return reduceIter(r, index, None);
      } finally {
        decref(r);
      }
    });
    defMethod(IT, "__setstate__", (self, args) => {
      const state = args[0];
      let v: I.Int;
      if (typeof state === "number" || typeof state === "bigint") v = state;
      else if (typeof state === "boolean") v = state ? 1 : 0;
      else if (state instanceof PyIntSubclass) v = state.value;
      else return typeError("an integer is required");
      if (self instanceof RangeIterator) {
        if (!fitsLong(v)) overflowError("Python int too large to convert to C long");
        let index = Number(v);
        if (index < 0) index = 0;
        else if (index > self.len) index = self.len;
        const start = self.start;
        self.remaining = self.len - index;
        self.cur = start + index * self.step;
      } else {
        const it = self as LongRangeIterator;
        let index = I.big(v);
        if (index < 0n) index = 0n;
        else if (index > it.len) index = it.len;
        it.index = index;
      }
      return None;
    });
  }

  nativeIter.set(R, (o) => rangeIter(o as PyRange));
}
