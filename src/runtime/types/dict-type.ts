// dict, its views (dict_keys, dict_values, dict_items) and its iterators (Objects/dictobject.c).
//
// Iteration follows dictiter_iternextkey & co.: an iterator remembers the dict's size when it was
// made ("dictionary changed size during iteration", sticky once raised) and how many entries it
// still expects ("dictionary keys changed during iteration" when the size is unchanged but
// different keys turned up).

import { PyObject, decref, newref, xdecref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newTupleOwned, newListOwned } from "../values.js";
import { keyError, typeError, valueError, runtimeError, isPyException } from "../errors.js";
import { checkArgCount, defClassMethod, defGetSet, defMethod, defNew, noKwargs } from "../define.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { PyList, initSlots } from "./list.js";
import { PySet, DUMMY } from "./set.js";
import { PyNativeIterator, STOP } from "./iterator.js";
import { MappingProxy } from "./mappingproxy.js";
import { defSlot, defSlotU } from "./slot-args.js";
import { defClassGetItem, defIterProtocol, builtinObject } from "./iter-types.js";
import { sequenceFast } from "./list-type.js";
import { getAttrOpt } from "../ops/attr.js";
import { call, callMethod } from "../ops/call.js";
import { Cmp, compareBool } from "../ops/compare.js";
import { getIter, iterNext, nativeIter } from "../ops/iter.js";
import { contains, getItem, len, setItem } from "../ops/seq.js";
import { repr, reprGuard } from "../ops/repr.js";
import { callSpecialFound } from "../ops/special.js";

// ---- iterators ----------------------------------------------------------------------------

export const enum DictIterKind {
  Keys = 0,
  Values = 1,
  Items = 2,
}

/** dict_keyiterator / dict_valueiterator / dict_itemiterator */
export class DictIterator extends PyNativeIterator {
  /** the dict's size when iteration began; -1 once "changed size" was raised (sticky) */
  used: number;
  /** entries still expected */
  len: number;
  pos: number;

  constructor(
    type: PyType,
    public target: PyDict | null,
    readonly kind: DictIterKind,
  ) {
    super(type);
    this.used = target === null ? 0 : target.size;
    this.len = this.used;
    this.pos = 0;
  }

  next(): PyValue {
    const d = this.target;
    if (d === null) return STOP;
    if (this.used !== d.size) {
      this.used = -1;
      runtimeError("dictionary changed size during iteration");
    }
    const keys = d.keys;
    const n = keys.length;
    let i = this.pos;
    while (i < n && keys[i] === undefined) i++;
    if (i >= n) return this.fail(d);
    if (this.len === 0) {
      this.fail(d);
      runtimeError("dictionary keys changed during iteration");
    }
    this.pos = i + 1;
    this.len--;
    const key = keys[i]!;
    switch (this.kind) {
      case DictIterKind.Keys:
        if (typeof key === "object") key.rc++;
        return key;
      case DictIterKind.Values: {
        const v = d.values[i]!;
        if (typeof v === "object") v.rc++;
        return v;
      }
      default:
        return newTupleOwned([newref(key), newref(d.values[i]!)]);
    }
  }

  private fail(d: PyDict): PyValue {
    this.target = null;
    decref(d);
    return STOP;
  }

  override clearRefs(): void {
    const d = this.target;
    this.target = null;
    xdecref(d);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.target !== null) visit(this.target);
  }
}

/** dict_reversekeyiterator & co. */
export class DictReverseIterator extends PyNativeIterator {
  used: number;
  len: number;
  pos: number;

  constructor(
    type: PyType,
    public target: PyDict | null,
    readonly kind: DictIterKind,
  ) {
    super(type);
    this.used = target === null ? 0 : target.size;
    this.len = this.used;
    this.pos = target === null || target.size === 0 ? -1 : target.keys.length - 1;
  }

  next(): PyValue {
    const d = this.target;
    if (d === null) return STOP;
    if (this.used !== d.size) {
      this.used = -1;
      runtimeError("dictionary changed size during iteration");
    }
    let i = this.pos;
    const keys = d.keys;
    if (i >= keys.length) i = keys.length - 1;
    while (i >= 0 && keys[i] === undefined) i--;
    if (i < 0) {
      this.target = null;
      decref(d);
      return STOP;
    }
    this.pos = i - 1;
    this.len--;
    const key = keys[i]!;
    switch (this.kind) {
      case DictIterKind.Keys:
        return newref(key);
      case DictIterKind.Values:
        return newref(d.values[i]!);
      default:
        return newTupleOwned([newref(key), newref(d.values[i]!)]);
    }
  }

  override clearRefs(): void {
    const d = this.target;
    this.target = null;
    xdecref(d);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.target !== null) visit(this.target);
  }
}

const IT = T.iteratorTypes;
const FORWARD = [IT.dictKeys, IT.dictValues, IT.dictItems];
const REVERSE = [IT.dictReverseKeys, IT.dictReverseValues, IT.dictReverseItems];

/** iter(dict) / iter(view) over a borrowed dict. */
export function dictIter(d: PyDict, kind: DictIterKind = DictIterKind.Keys): DictIterator {
  d.rc++;
  return new DictIterator(FORWARD[kind], d, kind);
}

export function dictReversed(d: PyDict, kind: DictIterKind = DictIterKind.Keys): DictReverseIterator {
  d.rc++;
  return new DictReverseIterator(REVERSE[kind], d, kind);
}

// ---- views --------------------------------------------------------------------------------

export class DictView extends PyObject {
  constructor(
    type: PyType,
    readonly target: PyDict,
    readonly kind: DictIterKind,
  ) {
    super(type);
  }

  override clearRefs(): void {
    decref(this.target);
  }

  override traverse(visit: (o: PyObject) => void): void {
    visit(this.target);
  }
}

const VIEW_TYPES = [T.dictKeysType, T.dictValuesType, T.dictItemsType];

export function dictView(d: PyDict, kind: DictIterKind): DictView {
  d.rc++;
  return new DictView(VIEW_TYPES[kind], d, kind);
}

// ---- the mapping protocol helpers (used by dict(), update(), |=, and by other modules) -------

let dictIterDescr: PyValue = None;

/** PyDict_Check(b) && tp_iter is dict's own: entries can be read directly. */
function isPlainDict(b: PyValue): b is PyDict {
  return b instanceof PyDict && (b.type === T.dictType || b.type.lookup("__iter__") === dictIterDescr);
}

/** PyMapping_Keys as a JS array of new references. */
function mappingKeys(o: PyValue): PyValue[] {
  if (o instanceof PyDict && o.type === T.dictType) return o.keyList().map((k) => newref(k));
  const r = callMethod(o, "keys", []);
  let it: PyValue;
  try {
    try {
      it = getIter(r);
    } catch (e) {
      if (isPyException(e) && e.type.isSubtypeOf(T.typeErrorType)) {
        decref(e);
        typeError(`${typeOf(o).name}.keys() returned a non-iterable (type ${typeOf(r).name})`);
      }
      throw e;
    }
  } finally {
    decref(r);
  }
  const out: PyValue[] = [];
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === STOP) break;
      out.push(k);
    }
  } catch (e) {
    for (const k of out) decref(k);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/**
 * dict_merge(a, b, override): override 1 replaces existing keys, 0 keeps them, 2 raises KeyError
 * on a duplicate (used for ** in calls).
 */
export function dictMergeFrom(a: PyDict, b: PyValue, override: 0 | 1 | 2): void {
  if (isPlainDict(b)) {
    if (b === a || b.size === 0) return;
    const keys = b.keys;
    const values = b.values;
    const n = keys.length;
    // into an empty dict the keys are known distinct: dict_merge clones the table (no __hash__
    // or __eq__ runs, so b cannot change meanwhile)
    if (a.size === 0) {
      for (let i = 0; i < n; i++) {
        const k = keys[i];
        if (k !== undefined) a.appendAbsent(k, values[i]!, b.entryHash(i));
      }
      return;
    }
    for (let i = 0; i < n && i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const v = values[i]!;
      if (typeof k === "object") k.rc++;
      if (typeof v === "object") v.rc++;
      try {
        // dict_merge inserts with the hash b keeps (no second __hash__ call)
        const h = b.entryHash(i);
        if (override === 1) a.setKnownHash(k, v, h);
        else if (a.findKnownHash(k, h) < 0) a.setKnownHash(k, v, h);
        else if (override === 2) keyError(k);
      } finally {
        decref(k);
        decref(v);
      }
      if (keys.length !== n || b.keys !== keys) runtimeError("dict mutated during update");
    }
    return;
  }
  const keys = mappingKeys(b);
  try {
    for (const k of keys) {
      if (override !== 1 && a.find(k) >= 0) {
        if (override === 0) continue;
        keyError(k);
      }
      const v = getItem(b, k);
      try {
        a.set(k, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    for (const k of keys) decref(k);
  }
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
export function dictMergeFromSeq2(d: PyDict, seq: PyValue, override: boolean): void {
  const it = getIter(seq);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === STOP) break;
      let fast: PyList | PyTuple;
      try {
        try {
          fast = sequenceFast(item, "");
        } catch (e) {
          if (isPyException(e) && e.type.isSubtypeOf(T.typeErrorType)) {
            decref(e);
            typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
      } finally {
        decref(item);
      }
      try {
        const n = fast.items.length;
        if (n !== 2) valueError(`dictionary update sequence element #${i} has length ${n}; 2 is required`);
        const key = newref(fast.items[0]);
        const value = newref(fast.items[1]);
        try {
          if (override || d.find(key) < 0) d.set(key, value);
        } finally {
          decref(key);
          decref(value);
        }
      } finally {
        decref(fast);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_update_arg: a mapping (anything with .keys) or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.type === T.dictType) {
    dictMergeFrom(d, arg, 1);
    return;
  }
  const keysAttr = getAttrOpt(arg, "keys");
  if (keysAttr !== undefined) {
    decref(keysAttr);
    dictMergeFrom(d, arg, 1);
    return;
  }
  dictMergeFromSeq2(d, arg, true);
}

/** dict_update_common: (*args, **kwargs) of dict() and dict.update(). */
function dictUpdateCommon(d: PyDict, args: PyValue[], kwnames: string[] | null, fname: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) typeError(`${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let k = 0; k < nkw; k++) d.set(kwnames![k], args[npos + k]);
}

/** A new exact dict with the entries of `d` (PyDict_Copy). */
export function dictCopy(d: PyDict): PyDict {
  const out = new PyDict(T.dictType);
  const keys = d.keys;
  const values = d.values;
  // the keys are distinct and their hashes known: like CPython's clone of the keys table, the
  // copy runs no __hash__ or __eq__
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined) continue;
    out.appendAbsent(k, values[i]!, d.entryHash(i));
  }
  return out;
}

/** d[key] with __missing__ for subclasses (dict_subscript). */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return newref(v);
  if (d.type !== T.dictType) {
    const missing = d.type.lookup("__missing__");
    if (missing !== undefined) return callSpecialFound(missing, d, key);
  }
  return keyError(key);
}

/** dict_repr */
export function dictRepr(d: PyDict): string {
  return reprGuard(d, "{...}", () => {
    if (d.size === 0) return "{}";
    let s = "{";
    let first = true;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === undefined) continue;
      const v = d.values[i]!;
      if (typeof k === "object") k.rc++;
      if (typeof v === "object") v.rc++;
      try {
        if (!first) s += ", ";
        first = false;
        s += repr(k);
        s += ": ";
        s += repr(v);
      } finally {
        decref(k);
        decref(v);
      }
    }
    return s + "}";
  });
}

/** dict_equal */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const key = a.keys[i];
    if (key === undefined) continue;
    const aval = a.values[i]!;
    if (typeof aval === "object") aval.rc++;
    if (typeof key === "object") key.rc++;
    try {
      const bval = b.get(key);
      if (bval === undefined) return false;
      if (typeof bval === "object") bval.rc++;
      try {
        if (!compareBool(aval, bval, Cmp.Eq)) return false;
      } finally {
        decref(bval);
      }
    } finally {
      decref(aval);
      decref(key);
    }
  }
  return true;
}

/** An approximation of CPython's dict.__sizeof__ (the table a dict of this size grows to). */
function dictSizeof(d: PyDict): number {
  if (d.size === 0 && d.keys.length === 0) return 48;
  let size = 8;
  const n = Math.max(d.keys.length, 1);
  while (Math.floor((size * 2) / 3) < n) {
    const used = Math.floor((size * 2) / 3);
    let s = 8;
    while (s < used * 3) s *= 2;
    size = s;
  }
  const usable = Math.floor((size * 2) / 3);
  let allStr = true;
  for (const k of d.keys) if (k !== undefined && typeof k !== "string") allStr = false;
  const indexBytes = size <= 0xff ? 1 : size <= 0xffff ? 2 : 4;
  return 48 + 32 + size * indexBytes + usable * (allStr ? 16 : 24);
}

// ---- view operations ----------------------------------------------------------------------

function viewLen(v: PyValue): number {
  return v instanceof DictView ? v.target.size : len(v);
}

function isSetLikeView(v: PyValue): v is DictView {
  return v instanceof DictView && v.kind !== DictIterKind.Values;
}

function isAnySet(v: PyValue): boolean {
  return v instanceof PySet;
}

function viewContains(v: DictView, item: PyValue): boolean {
  if (v.kind === DictIterKind.Keys) return v.target.find(item) >= 0;
  // dictitems_contains
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const found = v.target.get(item.items[0]);
  if (found === undefined) return false;
  if (typeof found === "object") found.rc++;
  try {
    return compareBool(found, item.items[1], Cmp.Eq);
  } finally {
    decref(found);
  }
}

/** dictviews_to_set */
function viewsToSet(self: PyValue): PyValue {
  let left = self;
  if (self instanceof DictView && self.kind === DictIterKind.Keys && self.target.type === T.dictType) left = self.target;
  return call(T.setType, [left], null);
}

function withMethod(result: PyValue, name: string, other: PyValue): PyValue {
  try {
    decref(callMethod(result, name, [other]));
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function viewsSub(a: PyValue, b: PyValue): PyValue {
  return withMethod(viewsToSet(a), "difference_update", b);
}

function viewsOr(a: PyValue, b: PyValue): PyValue {
  return withMethod(viewsToSet(a), "update", b);
}

/** _PyDictView_Intersect */
function viewsAnd(self: PyValue, other: PyValue): PyValue {
  if (!isSetLikeView(self)) {
    const t = other;
    other = self;
    self = t;
  }
  let view = self as DictView;
  const lenSelf = view.target.size;
  if (other instanceof PySet && other.type === T.setType && lenSelf <= len(other)) return callMethod(other, "intersection", [view]);
  if (isSetLikeView(other) && other.target.size > lenSelf) {
    const t = other;
    other = view;
    view = t;
  }
  const result = call(T.setType, [], null) as PySet;
  try {
    const it = getIter(other);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === STOP) break;
        try {
          if (viewContains(view, key)) result.add(key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dictitems_xor */
function itemsXor(self: DictView, other: DictView): PyValue {
  const temp = dictCopy(self.target);
  const result = call(T.setType, [], null) as PySet;
  try {
    const d2 = other.target;
    for (let i = 0; i < d2.keys.length; i++) {
      const key = d2.keys[i];
      if (key === undefined) continue;
      const val2 = d2.values[i]!;
      if (typeof key === "object") key.rc++;
      if (typeof val2 === "object") val2.rc++;
      try {
        const val1 = temp.get(key);
        let toDelete = false;
        if (val1 !== undefined) {
          if (typeof val1 === "object") val1.rc++;
          try {
            toDelete = compareBool(val1, val2, Cmp.Eq);
          } finally {
            decref(val1);
          }
        }
        if (toDelete) decref(temp.pop(key)!);
        else {
          const pair = newTupleOwned([newref(key), newref(val2)]);
          try {
            result.add(pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        decref(val2);
      }
    }
    const remaining = dictView(temp, DictIterKind.Items);
    try {
      decref(callMethod(result, "update", [remaining]));
    } finally {
      decref(remaining);
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(temp);
  }
  return result;
}

function viewsXor(a: PyValue, b: PyValue): PyValue {
  if (a instanceof DictView && a.kind === DictIterKind.Items && b instanceof DictView && b.kind === DictIterKind.Items) return itemsXor(a, b);
  return withMethod(viewsToSet(a), "symmetric_difference_update", b);
}

/** all_contained_in */
function allContainedIn(self: PyValue, other: PyValue): boolean {
  const it = getIter(self);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) return true;
      try {
        if (!contains(other, v)) return false;
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** dictview_richcompare */
function viewCompare(self: DictView, other: PyValue, op: Cmp): PyValue {
  if (!isAnySet(other) && !isSetLikeView(other)) return NotImplemented;
  const lenSelf = self.target.size;
  const lenOther = viewLen(other);
  let ok = false;
  switch (op) {
    case Cmp.Eq:
    case Cmp.Ne:
      if (lenSelf === lenOther) ok = allContainedIn(self, other);
      if (op === Cmp.Ne) ok = !ok;
      break;
    case Cmp.Lt:
      if (lenSelf < lenOther) ok = allContainedIn(self, other);
      break;
    case Cmp.Le:
      if (lenSelf <= lenOther) ok = allContainedIn(self, other);
      break;
    case Cmp.Gt:
      if (lenSelf > lenOther) ok = allContainedIn(other, self);
      break;
    case Cmp.Ge:
      if (lenSelf >= lenOther) ok = allContainedIn(other, self);
      break;
  }
  return ok;
}

/** dictviews_isdisjoint */
function viewIsDisjoint(self: DictView, other: PyValue): boolean {
  if (self === other) return self.target.size === 0;
  let a: PyValue = self;
  let b: PyValue = other;
  if (isAnySet(other) || isSetLikeView(other)) {
    const lenSelf = self.target.size;
    const lenOther = viewLen(other);
    if (lenOther > lenSelf) {
      a = other;
      b = self;
    }
  }
  const it = getIter(b);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === STOP) return true;
      try {
        const found = a instanceof DictView ? viewContains(a, item) : contains(a, item);
        if (found) return false;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

// ---- installation -------------------------------------------------------------------------

function initViews(): void {
  const names = ["dict_keys", "dict_values", "dict_items"];
  VIEW_TYPES.forEach((V, kind) => {
    const view = (self: PyValue) => self as DictView;
    defSlot(V, "__len__", 0, (self) => view(self).target.size);
    defSlot(V, "__iter__", 0, (self) => dictIter(view(self).target, kind));
    defMethod(V, "__reversed__", (self) => dictReversed(view(self).target, kind));
    defGetSet(V, "mapping", (self) => new MappingProxy(view(self).target));
    defSlot(V, "__repr__", 0, (self) =>
      reprGuard(self as PyObject, "...", () => {
        const it = dictIter(view(self).target, kind);
        const items: PyValue[] = [];
        try {
          for (;;) {
            const v = it.next();
            if (v === STOP) break;
            items.push(v);
          }
        } catch (e) {
          for (const v of items) decref(v);
          throw e;
        } finally {
          decref(it);
        }
        const l = newListOwned(items);
        try {
          return `${names[kind]}(${repr(l)})`;
        } finally {
          decref(l);
        }
      }),
    );
    if (kind === DictIterKind.Values) return;
    V.ns.set("__hash__", None);
    defSlot(V, "__contains__", 1, (self, args) => {
      if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
      return viewContains(view(self), args[0]);
    });
    defSlot(V, "__sub__", 1, (self, args) => viewsSub(self, args[0]));
    defSlot(V, "__rsub__", 1, (self, args) => viewsSub(args[0], self));
    defSlot(V, "__and__", 1, (self, args) => viewsAnd(self, args[0]));
    defSlot(V, "__rand__", 1, (self, args) => viewsAnd(args[0], self));
    defSlot(V, "__or__", 1, (self, args) => viewsOr(self, args[0]));
    defSlot(V, "__ror__", 1, (self, args) => viewsOr(args[0], self));
    defSlot(V, "__xor__", 1, (self, args) => viewsXor(self, args[0]));
    defSlot(V, "__rxor__", 1, (self, args) => viewsXor(args[0], self));
    defMethod(V, "isdisjoint", (self, args, kwnames) => {
      noKwargs(`${names[kind]}.isdisjoint`, kwnames);
      if (args.length !== 1) typeError(`${names[kind]}.isdisjoint() takes exactly one argument (${args.length} given)`);
      return viewIsDisjoint(view(self), args[0]);
    });
    const cmp = (op: Cmp) => (self: PyValue, args: PyValue[]) => viewCompare(view(self), args[0], op);
    defSlot(V, "__lt__", 1, cmp(Cmp.Lt));
    defSlot(V, "__le__", 1, cmp(Cmp.Le));
    defSlot(V, "__eq__", 1, cmp(Cmp.Eq));
    defSlot(V, "__ne__", 1, cmp(Cmp.Ne));
    defSlot(V, "__gt__", 1, cmp(Cmp.Gt));
    defSlot(V, "__ge__", 1, cmp(Cmp.Ge));
  });
}

function initDictIterators(): void {
  for (const t of FORWARD) {
    defIterProtocol(t);
    defMethod(t, "__length_hint__", (self) => {
      const it = self as DictIterator;
      return it.target !== null && it.used === it.target.size ? it.len : 0;
    });
    defMethod(t, "__reduce__", (self) => {
      const it = self as DictIterator;
      const copy = new DictIterator(it.type, it.target === null ? null : newref(it.target), it.kind);
      copy.used = it.used;
      copy.len = it.len;
      copy.pos = it.pos;
      const items: PyValue[] = [];
      try {
        for (;;) {
          const v = copy.next();
          if (v === STOP) break;
          items.push(v);
        }
      } catch (e) {
        for (const v of items) decref(v);
        throw e;
      } finally {
        decref(copy);
      }
      return newTupleOwned([builtinObject("iter"), newTupleOwned([newListOwned(items)])]);
    });
  }
  for (const t of REVERSE) {
    defIterProtocol(t);
    defMethod(t, "__length_hint__", (self) => {
      const it = self as DictReverseIterator;
      return it.target !== null && it.used === it.target.size ? it.len : 0;
    });
    defMethod(t, "__reduce__", (self) => {
      const it = self as DictReverseIterator;
      const copy = new DictReverseIterator(it.type, it.target === null ? null : newref(it.target), it.kind);
      copy.used = it.used;
      copy.len = it.len;
      copy.pos = it.pos;
      const items: PyValue[] = [];
      try {
        for (;;) {
          const v = copy.next();
          if (v === STOP) break;
          items.push(v);
        }
      } catch (e) {
        for (const v of items) decref(v);
        throw e;
      } finally {
        decref(copy);
      }
      return newTupleOwned([builtinObject("iter"), newTupleOwned([newListOwned(items)])]);
    });
  }
}

export function initDictType(): void {
  const D = T.dictType;
  const dct = (self: PyValue) => self as PyDict;

  defNew(D, (cls) => {
    if (cls === D) return new PyDict(D);
    cls.rc++;
    const d = new PyDict(cls);
    initSlots(d, cls);
    return d;
  });
  defMethod(D, "__init__", (self, args, kwnames) => {
    dictUpdateCommon(dct(self), args, kwnames, "dict");
    return None;
  });
  defSlot(D, "__repr__", 0, (self) => dictRepr(dct(self)));
  D.ns.set("__hash__", None);
  defSlot(D, "__len__", 0, (self) => dct(self).size);
  dictIterDescr = defSlot(D, "__iter__", 0, (self) => dictIter(dct(self)));
  defMethod(D, "__reversed__", (self, args, kwnames) => {
    checkArgCount("dict.__reversed__", args, kwnames, 0, 0);
    return dictReversed(dct(self));
  });
  defMethod(D, "__contains__", (self, args, kwnames) => {
    noKwargs("dict.__contains__", kwnames);
    if (args.length !== 1) typeError(`dict.__contains__() takes exactly one argument (${args.length} given)`);
    return dct(self).find(args[0]) >= 0;
  });
  defMethod(D, "__getitem__", (self, args) => {
    if (args.length !== 1) typeError(`dict.__getitem__() takes exactly one argument (${args.length} given)`);
    return dictGetItem(dct(self), args[0]);
  });
  defSlotU(D, "__setitem__", 2, (self, args) => {
    if (args.length !== 2) typeError(`expected 2 arguments, got ${args.length}`);
    dct(self).set(args[0], args[1]);
    return None;
  });
  defSlot(D, "__delitem__", 1, (self, args) => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    const old = dct(self).pop(args[0]);
    if (old === undefined) keyError(args[0]);
    decref(old);
    return None;
  });
  defMethod(D, "get", (self, args, kwnames) => {
    checkArgCount("get", args, kwnames, 1, 2);
    const v = dct(self).get(args[0]);
    return v === undefined ? newref(args.length > 1 ? args[1] : None) : newref(v);
  });
  defMethod(D, "setdefault", (self, args, kwnames) => {
    checkArgCount("setdefault", args, kwnames, 1, 2);
    return newref(dct(self).setDefault(args[0], args.length > 1 ? args[1] : None));
  });
  defMethod(D, "pop", (self, args, kwnames) => {
    checkArgCount("pop", args, kwnames, 1, 2);
    const d = dct(self);
    if (d.size === 0) {
      if (args.length > 1) return newref(args[1]);
      keyError(args[0]);
    }
    const v = d.pop(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return newref(args[1]);
    return keyError(args[0]);
  });
  defMethod(D, "popitem", (self, args, kwnames) => {
    checkArgCount("dict.popitem", args, kwnames, 0, 0);
    const r = dct(self).popLast();
    if (r === undefined) keyError("popitem(): dictionary is empty");
    return newTupleOwned(r);
  });
  defMethod(D, "keys", (self, args, kwnames) => {
    checkArgCount("dict.keys", args, kwnames, 0, 0);
    return dictView(dct(self), DictIterKind.Keys);
  });
  defMethod(D, "values", (self, args, kwnames) => {
    checkArgCount("dict.values", args, kwnames, 0, 0);
    return dictView(dct(self), DictIterKind.Values);
  });
  defMethod(D, "items", (self, args, kwnames) => {
    checkArgCount("dict.items", args, kwnames, 0, 0);
    return dictView(dct(self), DictIterKind.Items);
  });
  defMethod(D, "update", (self, args, kwnames) => {
    dictUpdateCommon(dct(self), args, kwnames, "update");
    return None;
  });
  defMethod(D, "copy", (self, args, kwnames) => {
    checkArgCount("dict.copy", args, kwnames, 0, 0);
    return dictCopy(dct(self));
  });
  defMethod(D, "clear", (self, args, kwnames) => {
    checkArgCount("dict.clear", args, kwnames, 0, 0);
    dct(self).clear();
    return None;
  });
  defClassMethod(D, "fromkeys", (cls, args, kwnames) => {
    checkArgCount("fromkeys", args, kwnames, 1, 2);
    const iterable = args[0];
    const value = args.length > 1 ? args[1] : None;
    const d = call(cls, [], null);
    try {
      const exact = d instanceof PyDict && d.type === D;
      // _PyDict_FromKeys: an empty exact dict filled from an exact dict, set or frozenset takes
      // the hashes their tables keep (the keys' __hash__ is not called again).
      if (exact && (d as PyDict).size === 0) {
        if (iterable instanceof PyDict && iterable.type === D) {
          for (let i = 0; i < iterable.keys.length; i++) {
            const k = iterable.keys[i];
            if (k === undefined) continue;
            const h = iterable.entryHash(i);
            if (typeof k === "object") k.rc++;
            try {
              (d as PyDict).setKnownHash(k, value, h);
            } finally {
              decref(k);
            }
          }
          return d;
        }
        if (iterable instanceof PySet && (iterable.type === T.setType || iterable.type === T.frozensetType)) {
          for (let i = 0; i <= iterable.mask; i++) {
            const k = iterable.keys[i];
            if (k === undefined || k === DUMMY) continue;
            const h = iterable.hashes[i];
            if (typeof k === "object") k.rc++;
            try {
              (d as PyDict).setKnownHash(k, value, h);
            } finally {
              decref(k);
            }
          }
          return d;
        }
      }
      const it = getIter(iterable);
      try {
        for (;;) {
          const key = iterNext(it);
          if (key === STOP) break;
          try {
            if (exact) (d as PyDict).set(key, value);
            else setItem(d, key, value);
          } finally {
            decref(key);
          }
        }
      } finally {
        decref(it);
      }
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  const eqne = (ne: boolean) => (self: PyValue, args: PyValue[]) => {
    const other = args[0];
    if (!(other instanceof PyDict)) return NotImplemented;
    return dictEqual(dct(self), other) !== ne;
  };
  defSlot(D, "__eq__", 1, eqne(false));
  defSlot(D, "__ne__", 1, eqne(true));
  for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) defSlot(D, name, 1, () => NotImplemented);
  defSlot(D, "__or__", 1, (self, args) => {
    const other = args[0];
    if (!(other instanceof PyDict)) return NotImplemented;
    const d = dictCopy(dct(self));
    try {
      dictUpdateArg(d, other);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  defSlot(D, "__ror__", 1, (self, args) => {
    const other = args[0];
    if (!(other instanceof PyDict)) return NotImplemented;
    const d = dictCopy(other);
    try {
      dictUpdateArg(d, self);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  defSlot(D, "__ior__", 1, (self, args) => {
    dictUpdateArg(dct(self), args[0]);
    return newref(self);
  });
  defMethod(D, "__sizeof__", (self) => dictSizeof(dct(self)));
  defClassGetItem(D);

  initViews();
  initDictIterators();
  nativeIter.set(D, (o) => dictIter(o as PyDict));
}
