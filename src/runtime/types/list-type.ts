// list: the Python-visible behaviour of PyList (Objects/listobject.c).
//
// Reference-count order follows CPython where __del__ could observe it: removed items are
// released after the list is back in shape (list_ass_slice's "recycle" array), list.clear()
// releases from the end, pop() hands the list's reference to the caller.

import { decref, newref, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented } from "../values.js";
import { raise, typeError, valueError, indexError, isPyException } from "../errors.js";
import { checkArgCount, defMethod, defNew, noKwargs } from "../define.js";
import { defSlot, defSlotU } from "./slot-args.js";
import { PyList, initSlots } from "./list.js";
import { PyTuple } from "./tuple.js";
import { PySlice } from "./slice.js";
import { STOP } from "./iterator.js";
import { ListIterator, listReversed, defClassGetItem } from "./iter-types.js";
import { TPFLAG_HEAPTYPE } from "../type.js";
import { sequenceSlots } from "../ops/number.js";
import { Cmp, compareBool, richCompare } from "../ops/compare.js";
import { getIter, iterNext } from "../ops/iter.js";
import { lengthHint } from "../ops/seq.js";
import { repr, reprGuard } from "../ops/repr.js";
import { asSsize, clinicSsize, isIndex, sliceIndexNoNone, SSIZE_MAX_NUM } from "../ops/index.js";
import { sliceIndices } from "../ops/slices.js";
import { listSort } from "../ops/sort.js";
import { numberIndex } from "../ops/index.js";

/** The largest list pyframe builds (JS arrays hold at most 2**32 - 1 elements). */
const MAX_LIST = 0xffffffff;

export function memoryError(): never {
  return raise(T.memoryErrorType);
}

// ---- helpers for other modules --------------------------------------------------------------

/** A new empty list of type `cls` (list.__new__). */
export function allocList(cls: PyType): PyList {
  cls.rc++;
  const l = new PyList(cls, []);
  if (cls !== T.listType) initSlots(l, cls);
  return l;
}

/**
 * PySequence_Fast: a new reference to an exact list or tuple with the items of `v` (v itself when
 * it already is one). A TypeError from iter(v) is replaced by `msg`.
 */
export function sequenceFast(v: PyValue, msg: string): PyList | PyTuple {
  if (typeof v === "object" && (v.type === T.listType || v.type === T.tupleType)) {
    v.rc++;
    return v as PyList | PyTuple;
  }
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (isPyException(e) && e.type.isSubtypeOf(T.typeErrorType)) {
      decref(e);
      typeError(msg);
    }
    throw e;
  }
  const out = new PyList(T.listType, []);
  try {
    extendFromIterator(out, it);
  } catch (e) {
    decref(out);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** Appends everything `it` (an iterator) yields; items already appended stay on error. */
function extendFromIterator(list: PyList, it: PyValue): void {
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return;
    list.items.push(v);
  }
}

/** list.extend(iterable) (list_extend). */
export function listExtend(list: PyList, iterable: PyValue): void {
  if (typeof iterable === "object" && (iterable.type === T.listType || iterable.type === T.tupleType || iterable === list)) {
    const src = (iterable as PyList | PyTuple).items;
    const n = src.length;
    if (n === 0) return;
    const items = list.items;
    for (let i = 0; i < n; i++) {
      const v = src[i];
      if (typeof v === "object") v.rc++;
      items.push(v);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    // The length hint only presizes the list in CPython, but a user-defined __len__ or
    // __length_hint__ can see the call.
    if (typeof iterable === "object" && iterable.type.tflags & TPFLAG_HEAPTYPE) lengthHint(iterable, 8);
    extendFromIterator(list, it);
  } finally {
    decref(it);
  }
}

/** list(iterable): a new exact list. */
export function listFromIterable(iterable: PyValue): PyList {
  const l = new PyList(T.listType, []);
  try {
    listExtend(l, iterable);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** _list_clear: empties the list first, then releases the old items from the end. */
export function listClear(list: PyList): void {
  const items = list.items;
  if (items.length === 0) return;
  list.items = [];
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
}

/** list_ass_slice: a[ilow:ihigh] = v (v null: delete). Old items are released last, from the end. */
export function listAssignSlice(a: PyList, ilow: number, ihigh: number, v: PyValue | null): void {
  let newItems: PyValue[] | null = null;
  let owner: PyList | PyTuple | null = null;
  if (v !== null) {
    if (v === a) {
      const copy = new PyList(T.listType, a.items.map((x) => newref(x)));
      try {
        listAssignSlice(a, ilow, ihigh, copy);
      } finally {
        decref(copy);
      }
      return;
    }
    owner = sequenceFast(v, "can only assign an iterable");
    newItems = owner.items;
  }
  try {
    const items = a.items;
    const size = items.length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const n = newItems === null ? 0 : newItems.length;
    const norig = ihigh - ilow;
    if (size + n - norig === 0) {
      listClear(a);
      return;
    }
    for (let k = 0; k < n; k++) {
      const w = newItems![k];
      if (typeof w === "object") w.rc++;
    }
    let recycle: PyValue[];
    if (n === 0) recycle = items.splice(ilow, norig);
    else if (n === 1 && norig === 1) {
      recycle = [items[ilow]];
      items[ilow] = newItems![0];
    } else if (n < 4096) recycle = items.splice(ilow, norig, ...newItems!);
    else {
      recycle = items.slice(ilow, ihigh);
      a.items = items.slice(0, ilow).concat(newItems!, items.slice(ihigh));
    }
    for (let k = norig - 1; k >= 0; k--) decref(recycle[k]);
  } finally {
    if (owner !== null) decref(owner);
  }
}

/** ins1: list.insert semantics. `v` borrowed. */
export function listInsert(list: PyList, where: number, v: PyValue): void {
  const items = list.items;
  const n = items.length;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  if (typeof v === "object") v.rc++;
  if (where === n) items.push(v);
  else items.splice(where, 0, v);
}

/** list.pop(index): the removed item (owned by the caller). */
export function listPop(list: PyList, index: number): PyValue {
  const items = list.items;
  const size = items.length;
  if (size === 0) indexError("pop from empty list");
  if (index < 0) index += size;
  if (index < 0 || index >= size) indexError("pop index out of range");
  if (index === size - 1) return items.pop()!;
  const v = items[index];
  items.splice(index, 1);
  return v;
}

/** list_repeat */
export function listRepeat(src: PyValue[], n: number, cls: PyType = T.listType): PyList {
  if (n < 0) n = 0;
  const size = src.length;
  if (n > 0 && size > SSIZE_MAX_NUM / n) memoryError();
  if (size * n > MAX_LIST) memoryError();
  const out: PyValue[] = new Array(size * n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < size; i++) out[k++] = src[i];
  }
  for (let i = 0; i < size; i++) {
    const v = src[i];
    if (typeof v === "object") v.rc += n;
  }
  cls.rc++;
  return new PyList(cls, out);
}

/** list_richcompare for two lists (or list subclasses). */
export function listRichCompare(vl: PyList, wl: PyList, op: Cmp): PyValue {
  if (vl.items.length !== wl.items.length && (op === Cmp.Eq || op === Cmp.Ne)) return op === Cmp.Ne;
  let i = 0;
  for (; i < vl.items.length && i < wl.items.length; i++) {
    const a = vl.items[i];
    const b = wl.items[i];
    if (a === b) continue;
    if (typeof a === "object") a.rc++;
    if (typeof b === "object") b.rc++;
    let k: boolean;
    try {
      k = compareBool(a, b, Cmp.Eq);
    } finally {
      decref(a);
      decref(b);
    }
    if (!k) break;
  }
  const vlen = vl.items.length;
  const wlen = wl.items.length;
  if (i >= vlen || i >= wlen) return compareLengths(vlen, wlen, op);
  if (op === Cmp.Eq) return false;
  if (op === Cmp.Ne) return true;
  return richCompare(vl.items[i], wl.items[i], op);
}

export function compareLengths(a: number, b: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.Lt:
      return a < b;
    case Cmp.Le:
      return a <= b;
    case Cmp.Eq:
      return a === b;
    case Cmp.Ne:
      return a !== b;
    case Cmp.Gt:
      return a > b;
    default:
      return a >= b;
  }
}

/** list_repr */
export function listRepr(l: PyList): string {
  if (l.items.length === 0) return "[]";
  return reprGuard(l, "[...]", () => {
    let s = "[";
    for (let i = 0; i < l.items.length; i++) {
      if (i > 0) s += ", ";
      s += repr(l.items[i]);
    }
    return s + "]";
  });
}

/** The items a slice selects, as a new array of new references (packed, for V8's fast elements). */
export function sliceItems(items: PyValue[], slice: PySlice): PyValue[] {
  const b = sliceIndices(slice, items.length);
  const n = b.length;
  let out: PyValue[];
  if (n <= 0) return [];
  if (b.step === 1) out = items.slice(b.start, b.start + n);
  else {
    out = [];
    for (let k = 0, cur = b.start, step = b.step; k < n; k++, cur += step) out.push(items[cur]);
  }
  for (let k = 0; k < n; k++) {
    const v = out[k];
    if (typeof v === "object") v.rc++;
  }
  return out;
}

/** list[item] for an index or slice (list_subscript). */
export function listGetItem(self: PyList, item: PyValue): PyValue {
  if (typeof item === "number" || isIndex(item)) {
    let i = asSsize(item, T.indexErrorType);
    const items = self.items;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) indexError("list index out of range");
    return newref(items[i]);
  }
  if (item instanceof PySlice) return new PyList(T.listType, sliceItems(self.items, item));
  return typeError(`list indices must be integers or slices, not ${typeOf(item).name}`);
}

/** list[item] = value, or del list[item] when value is null (list_ass_subscript). */
export function listSetItem(self: PyList, item: PyValue, value: PyValue | null): void {
  if (typeof item === "number" || isIndex(item)) {
    let i = asSsize(item, T.indexErrorType);
    const items = self.items;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) indexError("list assignment index out of range");
    if (value === null) {
      listAssignSlice(self, i, i + 1, null);
      return;
    }
    const old = items[i];
    if (typeof value === "object") value.rc++;
    items[i] = value;
    decref(old);
    return;
  }
  if (!(item instanceof PySlice)) typeError(`list indices must be integers or slices, not ${typeOf(item).name}`);
  const b = sliceIndices(item, self.items.length);
  let { start, stop, step } = b;
  const slicelength = b.length;
  if (step === 1) {
    listAssignSlice(self, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === null) {
    if (slicelength <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const items = self.items;
    const garbage: PyValue[] = new Array(slicelength);
    const kept: PyValue[] = [];
    let g = 0;
    for (let i = 0; i < items.length; i++) {
      if (i >= start && g < slicelength && (i - start) % step === 0) garbage[g++] = items[i];
      else kept.push(items[i]);
    }
    self.items = kept;
    for (let i = 0; i < slicelength; i++) decref(garbage[i]);
    return;
  }
  const seq = value === self ? new PyList(T.listType, self.items.map((x) => newref(x))) : sequenceFast(value, "must assign iterable to extended slice");
  try {
    const seqItems = seq.items;
    if (seqItems.length !== slicelength) {
      valueError(`attempt to assign sequence of size ${seqItems.length} to extended slice of size ${slicelength}`);
    }
    if (slicelength === 0) return;
    const items = self.items;
    const garbage: PyValue[] = new Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      garbage[i] = items[cur];
      const ins = seqItems[i];
      if (typeof ins === "object") ins.rc++;
      items[cur] = ins;
    }
    for (let i = 0; i < slicelength; i++) decref(garbage[i]);
  } finally {
    decref(seq);
  }
}

// ---- installation ---------------------------------------------------------------------------

function exactlyOne(fname: string, args: PyValue[], kwnames: string[] | null): PyValue {
  noKwargs(fname, kwnames);
  if (args.length !== 1) typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** bool(accept={int}): the `reverse` argument of sort ("'NoneType' object cannot be interpreted as an integer"). */
function intFlag(v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "object" && v.type === T.floatType) typeError("'float' object cannot be interpreted as an integer");
  const i = numberIndex(v);
  if (typeof i === "bigint") raise(T.overflowErrorType, "Python int too large to convert to C int");
  if (i > 2147483647 || i < -2147483648) raise(T.overflowErrorType, "Python int too large to convert to C int");
  return i !== 0;
}

/** list.sort(*, key=None, reverse=False) argument handling. */
export function listSortMethod(self: PyList, args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw > 0) typeError("sort() takes no positional arguments");
  if (nkw > 2) typeError(`sort() takes at most 2 keyword arguments (${nkw} given)`);
  let key: PyValue = None;
  let reverse = false;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[k];
    if (name === "key") key = v;
    else if (name === "reverse") reverse = intFlag(v);
    else typeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  listSort(self, key === None ? null : key, reverse);
  return None;
}

export function initListType(): void {
  const L = T.listType;
  const lst = (self: PyValue) => self as PyList;

  defNew(L, (cls) => allocList(cls));
  defMethod(L, "__init__", (self, args, kwnames) => {
    const l = lst(self);
    if (kwnames !== null && kwnames.length > 0 && (l.type === L || l.type.lookup("__new__") === L.ns.get("__new__"))) {
      typeError("list() takes no keyword arguments");
    }
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos > 1) typeError(`list expected at most 1 argument, got ${npos}`);
    listClear(l);
    if (npos === 1) listExtend(l, args[0]);
    return None;
  });

  defSlot(L, "__repr__", 0, (self) => listRepr(lst(self)));
  L.ns.set("__hash__", None);
  defSlot(L, "__len__", 0, (self) => lst(self).items.length);
  defSlot(L, "__iter__", 0, (self) => {
    self = lst(self);
    (self as PyList).rc++;
    return new ListIterator(self as PyList, 0);
  });
  defMethod(L, "__reversed__", (self, args, kwnames) => {
    checkArgCount("list.__reversed__", args, kwnames, 0, 0);
    return listReversed(lst(self));
  });
  defSlot(L, "__contains__", 1, (self, args) => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    const l = lst(self);
    const el = args[0];
    for (let i = 0; i < l.items.length; i++) {
      const item = l.items[i];
      if (typeof item === "object") item.rc++;
      try {
        if (compareBool(item, el, Cmp.Eq)) return true;
      } finally {
        decref(item);
      }
    }
    return false;
  });
  defMethod(L, "__getitem__", (self, args) => listGetItem(lst(self), exactlyOne("list.__getitem__", args, null)));
  defSlotU(L, "__setitem__", 2, (self, args) => {
    if (args.length !== 2) typeError(`expected 2 arguments, got ${args.length}`);
    listSetItem(lst(self), args[0], args[1]);
    return None;
  });
  defSlot(L, "__delitem__", 1, (self, args) => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    listSetItem(lst(self), args[0], null);
    return None;
  });

  // sequence slots (sq_concat, sq_repeat, sq_inplace_*): see ops/number.ts sequenceSlots
  sequenceSlots.add(defSlot(L, "__add__", 1, (self, args) => {
    const other = args[0];
    if (!(other instanceof PyList)) typeError(`can only concatenate list (not "${typeOf(other).name}") to list`);
    const a = lst(self).items;
    const b = other.items;
    const out: PyValue[] = new Array(a.length + b.length);
    for (let i = 0; i < a.length; i++) out[i] = newref(a[i]);
    for (let i = 0; i < b.length; i++) out[a.length + i] = newref(b[i]);
    return new PyList(T.listType, out);
  }));
  const mul = (self: PyValue, args: PyValue[]) => listRepeat(lst(self).items, asSsize(args[0], T.overflowErrorType));
  sequenceSlots.add(defSlotU(L, "__mul__", 1, mul));
  sequenceSlots.add(defSlotU(L, "__rmul__", 1, mul));
  sequenceSlots.add(defSlot(L, "__iadd__", 1, (self, args) => {
    listExtend(lst(self), args[0]);
    return newref(self);
  }));
  sequenceSlots.add(defSlotU(L, "__imul__", 1, (self, args) => {
    const l = lst(self);
    const n = asSsize(args[0], T.overflowErrorType);
    const size = l.items.length;
    if (size === 0 || n === 1) return newref(l);
    if (n < 1) {
      listClear(l);
      return newref(l);
    }
    if (size > SSIZE_MAX_NUM / n || size * n > MAX_LIST) memoryError();
    const items = l.items;
    for (let r = 1; r < n; r++) {
      for (let j = 0; j < size; j++) {
        const o = items[j];
        if (typeof o === "object") o.rc++;
        items.push(o);
      }
    }
    return newref(l);
  }));

  const cmp = (op: Cmp) => (self: PyValue, args: PyValue[]) => {
    const other = args[0];
    if (!(other instanceof PyList)) return NotImplemented;
    return listRichCompare(lst(self), other, op);
  };
  defSlot(L, "__lt__", 1, cmp(Cmp.Lt));
  defSlot(L, "__le__", 1, cmp(Cmp.Le));
  defSlot(L, "__eq__", 1, cmp(Cmp.Eq));
  defSlot(L, "__ne__", 1, cmp(Cmp.Ne));
  defSlot(L, "__gt__", 1, cmp(Cmp.Gt));
  defSlot(L, "__ge__", 1, cmp(Cmp.Ge));

  defMethod(L, "append", (self, args, kwnames) => {
    const v = exactlyOne("list.append", args, kwnames);
    if (typeof v === "object") v.rc++;
    lst(self).items.push(v);
    return None;
  });
  defMethod(L, "extend", (self, args, kwnames) => {
    listExtend(lst(self), exactlyOne("list.extend", args, kwnames));
    return None;
  });
  defMethod(L, "insert", (self, args, kwnames) => {
    checkArgCount("insert", args, kwnames, 2, 2);
    listInsert(lst(self), clinicSsize(args[0]), args[1]);
    return None;
  });
  defMethod(L, "pop", (self, args, kwnames) => {
    checkArgCount("pop", args, kwnames, 0, 1);
    return listPop(lst(self), args.length === 0 ? -1 : clinicSsize(args[0]));
  });
  defMethod(L, "remove", (self, args, kwnames) => {
    const value = exactlyOne("list.remove", args, kwnames);
    const l = lst(self);
    for (let i = 0; i < l.items.length; i++) {
      const obj = l.items[i];
      if (typeof obj === "object") obj.rc++;
      let found: boolean;
      try {
        found = compareBool(obj, value, Cmp.Eq);
      } finally {
        decref(obj);
      }
      if (found) {
        listAssignSlice(l, i, i + 1, null);
        return None;
      }
    }
    return valueError("list.remove(x): x not in list");
  });
  defMethod(L, "index", (self, args, kwnames) => {
    checkArgCount("index", args, kwnames, 1, 3);
    const l = lst(self);
    const value = args[0];
    let start = args.length > 1 ? sliceIndexNoNone(args[1]) : 0;
    let stop = args.length > 2 ? sliceIndexNoNone(args[2]) : SSIZE_MAX_NUM;
    if (start < 0) {
      start += l.items.length;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += l.items.length;
      if (stop < 0) stop = 0;
    }
    for (let i = start; i < stop && i < l.items.length; i++) {
      const obj = l.items[i];
      if (typeof obj === "object") obj.rc++;
      let found: boolean;
      try {
        found = compareBool(obj, value, Cmp.Eq);
      } finally {
        decref(obj);
      }
      if (found) return i;
    }
    return valueError(`${repr(value)} is not in list`);
  });
  defMethod(L, "count", (self, args, kwnames) => {
    const value = exactlyOne("list.count", args, kwnames);
    const l = lst(self);
    let count = 0;
    for (let i = 0; i < l.items.length; i++) {
      const obj = l.items[i];
      if (obj === value) {
        count++;
        continue;
      }
      if (typeof obj === "object") obj.rc++;
      try {
        if (compareBool(obj, value, Cmp.Eq)) count++;
      } finally {
        decref(obj);
      }
    }
    return count;
  });
  defMethod(L, "reverse", (self, args, kwnames) => {
    checkArgCount("list.reverse", args, kwnames, 0, 0);
    lst(self).items.reverse();
    return None;
  });
  defMethod(L, "sort", (self, args, kwnames) => listSortMethod(lst(self), args, kwnames));
  defMethod(L, "copy", (self, args, kwnames) => {
    checkArgCount("list.copy", args, kwnames, 0, 0);
    return new PyList(T.listType, lst(self).items.map((x) => newref(x)));
  });
  defMethod(L, "clear", (self, args, kwnames) => {
    checkArgCount("list.clear", args, kwnames, 0, 0);
    listClear(lst(self));
    return None;
  });
  defMethod(L, "__sizeof__", (self, args, kwnames) => {
    checkArgCount("list.__sizeof__", args, kwnames, 0, 0);
    // CPython: 40 + 8 * allocated; pyframe does not track over-allocation
    return 40 + 8 * lst(self).items.length;
  });
  defClassGetItem(L);
}
