// tuple: the Python-visible behaviour of PyTuple (Objects/tupleobject.c).

import { newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { NotImplemented, emptyTuple, newTupleOwned } from "../values.js";
import { typeError, valueError, indexError } from "../errors.js";
import { checkArgCount, defMethod, defNew, noKwargs } from "../define.js";
import { defSlot, defSlotU } from "./slot-args.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PySlice } from "./slice.js";
import { STOP } from "./iterator.js";
import { TupleIterator, defClassGetItem } from "./iter-types.js";
import { compareLengths, memoryError } from "./list-type.js";
import { sequenceSlots } from "../ops/number.js";
import { Cmp, compareBool, richCompare } from "../ops/compare.js";
import { getIter, iterNext } from "../ops/iter.js";
import { repr, reprGuard } from "../ops/repr.js";
import { hashTuple } from "../ops/hash.js";
import { asSsize, isIndex, sliceIndexNoNone, SSIZE_MAX_NUM } from "../ops/index.js";
import { sliceIndices } from "../ops/slices.js";
import { decref } from "../object.js";

/** tuple(iterable) as an exact tuple (PySequence_Tuple): a new reference. */
export function tupleFromIterable(v: PyValue): PyTuple {
  if (typeof v === "object") {
    if (v.type === T.tupleType) return newref(v as PyTuple);
    if (v.type === T.listType) return newTupleOwned((v as PyList).items.map((x) => newref(x)));
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return newTupleOwned(out);
}

/** A tuple of type `cls` (a subclass of tuple or tuple itself) owning `items`. */
export function newTupleOfType(cls: PyType, items: PyValue[]): PyTuple {
  if (cls === T.tupleType) return newTupleOwned(items);
  cls.rc++;
  return new PyTuple(cls, items);
}

/** tuple_repr */
export function tupleRepr(t: PyTuple): string {
  const n = t.items.length;
  if (n === 0) return "()";
  return reprGuard(t, "(...)", () => {
    let s = "(";
    for (let i = 0; i < n; i++) {
      if (i > 0) s += ", ";
      s += repr(t.items[i]);
    }
    return n === 1 ? s + ",)" : s + ")";
  });
}

/** tuplerichcompare */
export function tupleRichCompare(v: PyValue[], w: PyValue[], op: Cmp): PyValue {
  const vlen = v.length;
  const wlen = w.length;
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    if (!compareBool(v[i], w[i], Cmp.Eq)) break;
  }
  if (i >= vlen || i >= wlen) return compareLengths(vlen, wlen, op);
  if (op === Cmp.Eq) return false;
  if (op === Cmp.Ne) return true;
  return richCompare(v[i], w[i], op);
}

/** tuple[item] (tuplesubscript) */
export function tupleGetItem(self: PyTuple, item: PyValue): PyValue {
  const items = self.items;
  if (typeof item === "number" || isIndex(item)) {
    let i = asSsize(item, T.indexErrorType);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) indexError("tuple index out of range");
    return newref(items[i]);
  }
  if (item instanceof PySlice) {
    const b = sliceIndices(item, items.length);
    if (b.length <= 0) return newref(emptyTuple);
    if (b.start === 0 && b.step === 1 && b.length === items.length && self.type === T.tupleType) return newref(self);
    const out: PyValue[] = [];
    for (let k = 0, cur = b.start, step = b.step; k < b.length; k++, cur += step) {
      const v = items[cur];
      if (typeof v === "object") v.rc++;
      out.push(v);
    }
    return newTupleOwned(out);
  }
  return typeError(`tuple indices must be integers or slices, not ${typeOf(item).name}`);
}

export function initTupleType(): void {
  const TT = T.tupleType;
  const tup = (self: PyValue) => self as PyTuple;

  defNew(TT, (cls, args, kwnames) => {
    if (cls === TT || cls.lookup("__init__") === T.objectType.ns.get("__init__")) noKwargs("tuple", kwnames);
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos > 1) typeError(`tuple expected at most 1 argument, got ${npos}`);
    if (cls === TT) return npos === 0 ? newref(emptyTuple) : tupleFromIterable(args[0]);
    // tuple_subtype_new: build the tuple, then copy it into an instance of the subclass
    const tmp = npos === 0 ? newref(emptyTuple) : tupleFromIterable(args[0]);
    try {
      return newTupleOfType(cls, tmp.items.map((x) => newref(x)));
    } finally {
      decref(tmp);
    }
  });

  defSlot(TT, "__repr__", 0, (self) => tupleRepr(tup(self)));
  defSlot(TT, "__hash__", 0, (self) => hashTuple(tup(self)));
  defSlot(TT, "__len__", 0, (self) => tup(self).items.length);
  defSlot(TT, "__iter__", 0, (self) => {
    const t = tup(self);
    t.rc++;
    return new TupleIterator(t, 0);
  });
  defSlot(TT, "__contains__", 1, (self, args) => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    const items = tup(self).items;
    for (let i = 0; i < items.length; i++) if (compareBool(items[i], args[0], Cmp.Eq)) return true;
    return false;
  });
  defSlot(TT, "__getitem__", 1, (self, args) => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    return tupleGetItem(tup(self), args[0]);
  });
  sequenceSlots.add(defSlot(TT, "__add__", 1, (self, args) => {
    const a = tup(self);
    const b = args[0];
    if (!(b instanceof PyTuple)) typeError(`can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
    if (b.items.length === 0 && a.type === TT) return newref(a);
    if (a.items.length === 0 && b.type === TT) return newref(b);
    const out: PyValue[] = new Array(a.items.length + b.items.length);
    for (let i = 0; i < a.items.length; i++) out[i] = newref(a.items[i]);
    for (let i = 0; i < b.items.length; i++) out[a.items.length + i] = newref(b.items[i]);
    return newTupleOwned(out);
  }));
  const mul = (self: PyValue, args: PyValue[]) => {
    const a = tup(self);
    const n = asSsize(args[0], T.overflowErrorType);
    const size = a.items.length;
    if (size === 0 || n === 1) {
      if (a.type === TT) return newref(a);
    }
    if (size === 0 || n <= 0) return newref(emptyTuple);
    if (size > SSIZE_MAX_NUM / n || size * n > 0xffffffff) memoryError();
    const out: PyValue[] = new Array(size * n);
    let k = 0;
    for (let r = 0; r < n; r++) for (let i = 0; i < size; i++) out[k++] = a.items[i];
    for (const v of a.items) if (typeof v === "object") v.rc += n;
    return newTupleOwned(out);
  };
  sequenceSlots.add(defSlotU(TT, "__mul__", 1, mul));
  sequenceSlots.add(defSlotU(TT, "__rmul__", 1, mul));

  const cmp = (op: Cmp) => (self: PyValue, args: PyValue[]) => {
    const other = args[0];
    if (!(other instanceof PyTuple)) return NotImplemented;
    return tupleRichCompare(tup(self).items, other.items, op);
  };
  defSlot(TT, "__lt__", 1, cmp(Cmp.Lt));
  defSlot(TT, "__le__", 1, cmp(Cmp.Le));
  defSlot(TT, "__eq__", 1, cmp(Cmp.Eq));
  defSlot(TT, "__ne__", 1, cmp(Cmp.Ne));
  defSlot(TT, "__gt__", 1, cmp(Cmp.Gt));
  defSlot(TT, "__ge__", 1, cmp(Cmp.Ge));

  defMethod(TT, "index", (self, args, kwnames) => {
    checkArgCount("index", args, kwnames, 1, 3);
    const items = tup(self).items;
    let start = args.length > 1 ? sliceIndexNoNone(args[1]) : 0;
    let stop = args.length > 2 ? sliceIndexNoNone(args[2]) : SSIZE_MAX_NUM;
    if (start < 0) {
      start += items.length;
      if (start < 0) start = 0;
    }
    if (stop < 0) stop += items.length;
    else if (stop > items.length) stop = items.length;
    for (let i = start; i < stop; i++) if (compareBool(items[i], args[0], Cmp.Eq)) return i;
    return valueError("tuple.index(x): x not in tuple");
  });
  defMethod(TT, "count", (self, args, kwnames) => {
    noKwargs("tuple.count", kwnames);
    if (args.length !== 1) typeError(`tuple.count() takes exactly one argument (${args.length} given)`);
    let n = 0;
    for (const v of tup(self).items) if (compareBool(v, args[0], Cmp.Eq)) n++;
    return n;
  });
  defMethod(TT, "__getnewargs__", (self, args, kwnames) => {
    checkArgCount("tuple.__getnewargs__", args, kwnames, 0, 0);
    return newTupleOwned([newTupleOwned(tup(self).items.map((x) => newref(x)))]);
  });
  defMethod(TT, "__sizeof__", (self) => 24 + 8 * tup(self).items.length);
  defClassGetItem(TT);
}
