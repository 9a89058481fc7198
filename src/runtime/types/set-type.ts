// set and frozenset (Objects/setobject.c). The table (types/set.ts) is CPython's, and every
// operation below walks tables and inserts in CPython's order, so results iterate in the same
// order as in CPython (for keys whose hashes are deterministic: ints, floats, tuples, None, ...).

import { PyObject, decref, newref, xdecref, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newTupleOwned, newListOwned } from "../values.js";
import { keyError, typeError, runtimeError, isPyException } from "../errors.js";
import { checkArgCount, defMethod, defNew, noKwargs } from "../define.js";
import { PySet, DUMMY, setLookupHash, frozensetHash } from "./set.js";
import { PyDict } from "./dict.js";
import { initSlots } from "./list.js";
import { PyNativeIterator, STOP } from "./iterator.js";
import { defSlot } from "./slot-args.js";
import { defClassGetItem, defIterProtocol, builtinObject } from "./iter-types.js";
import { callMethod } from "../ops/call.js";
import { TPFLAG_HAS_DICT } from "../type.js";
import { hash } from "../ops/hash.js";
import { getIter, iterNext, nativeIter } from "../ops/iter.js";
import { repr, reprGuard } from "../ops/repr.js";
import type { Int } from "../ops/intmath.js";

// ---- construction -------------------------------------------------------------------------

/** A new empty set/frozenset of exactly `type` (make_new_set without the iterable). */
export function allocSet(type: PyType): PySet {
  const s = new PySet(type);
  if (type !== T.setType && type !== T.frozensetType) {
    type.rc++;
    initSlots(s, type);
  }
  return s;
}

/** make_new_set_basetype: results of set operations are plain set/frozenset even for subclasses. */
function baseTypeOf(s: PySet): PyType {
  const t = s.type;
  if (t === T.setType || t === T.frozensetType) return t;
  return t.isSubtypeOf(T.setType) ? T.setType : T.frozensetType;
}

function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

function isSetNotFrozen(v: PyValue): v is PySet {
  return v instanceof PySet && v.type.isSubtypeOf(T.setType);
}

/** set(iterable) as an exact set. */
export function setFromIterable(iterable: PyValue | null, type: PyType = T.setType): PySet {
  const s = allocSet(type);
  if (iterable !== null) {
    try {
      setUpdateInternal(s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

// ---- the internal operations ----------------------------------------------------------------

/** set_update_internal */
export function setUpdateInternal(so: PySet, other: PyValue): void {
  if (isAnySet(other)) {
    so.mergeSet(other);
    return;
  }
  if (other instanceof PyDict && other.type === T.dictType) {
    const dictsize = other.size;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) so.resize((so.used + dictsize) * 2);
    // _PyDict_Next reads the dict's current entries at every step, and the key is held while
    // it is added: an __eq__ run by the add may clear or shrink the dict.
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k === undefined) continue;
      const h = other.entryHash(i);
      if (typeof k === "object") k.rc++;
      try {
        so.addHashed(k, h);
      } finally {
        decref(k);
      }
    }
    return;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === STOP) break;
      try {
        so.add(key);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}


/** set_copy (make_new_set_basetype + set_merge) */
function setCopy(so: PySet): PySet {
  const r = allocSet(baseTypeOf(so));
  r.mergeSet(so);
  return r;
}

function containsEntry(s: PySet, key: PyValue, h: Int): boolean {
  return s.findHashed(key, h) >= 0;
}

/** set_intersection */
function setIntersection(so: PySet, other: PyValue): PySet {
  if (so === other) return setCopy(so);
  const result = allocSet(baseTypeOf(so));
  try {
    if (isAnySet(other)) {
      let a = so;
      let b: PySet = other;
      if (b.used > a.used) {
        const t = a;
        a = b;
        b = t;
      }
      for (let i = 0; i <= b.mask; i++) {
        const key = b.keys[i];
        if (key === undefined || key === DUMMY) continue;
        const h = b.hashes[i];
        if (typeof key === "object") key.rc++;
        try {
          if (containsEntry(a, key, h)) result.addHashed(key, h);
        } finally {
          decref(key);
        }
      }
      return result;
    }
    const it = getIter(other);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === STOP) break;
        try {
          const h = hash(key);
          if (containsEntry(so, key, h)) {
            result.addHashed(key, h);
            if (result.used >= so.used) break;
          }
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** set_swap_bodies: `a` takes over the table of `b` (b gets a's). */
function swapBodies(a: PySet, b: PySet): void {
  const keys = a.keys;
  const hashes = a.hashes;
  const mask = a.mask;
  const used = a.used;
  const fill = a.fill;
  a.keys = b.keys;
  a.hashes = b.hashes;
  a.mask = b.mask;
  a.used = b.used;
  a.fill = b.fill;
  b.keys = keys;
  b.hashes = hashes;
  b.mask = mask;
  b.used = used;
  b.fill = fill;
  if (a.type.isSubtypeOf(T.frozensetType) && b.type.isSubtypeOf(T.frozensetType)) {
    const h = a.cachedHash;
    a.cachedHash = b.cachedHash;
    b.cachedHash = h;
  } else {
    a.cachedHash = -1;
    b.cachedHash = -1;
  }
}

function setIntersectionUpdate(so: PySet, other: PyValue): void {
  const tmp = setIntersection(so, other);
  swapBodies(so, tmp);
  decref(tmp);
}

/** set_difference_update_internal */
function setDifferenceUpdateInternal(so: PySet, other: PyValue): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (isAnySet(other)) {
    let o: PySet = other;
    if (o.used >> 3 > so.used) o = setIntersection(so, o);
    else o.rc++;
    try {
      for (let i = 0; i <= o.mask; i++) {
        const key = o.keys[i];
        if (key === undefined || key === DUMMY) continue;
        if (typeof key === "object") key.rc++;
        try {
          so.discardHashed(key, o.hashes[i]);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(o);
    }
  } else {
    const it = getIter(other);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === STOP) break;
        try {
          so.discard(key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  }
  // If more than 1/4th are dummies, then resize them away.
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setCopyAndDifference(so: PySet, other: PyValue): PySet {
  const result = setCopy(so);
  try {
    setDifferenceUpdateInternal(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_difference */
function setDifference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.used;
  else if (other instanceof PyDict && other.type === T.dictType) otherSize = other.size;
  else return setCopyAndDifference(so, other);
  if (so.used >> 2 > otherSize) return setCopyAndDifference(so, other);
  const result = allocSet(baseTypeOf(so));
  try {
    for (let i = 0; i <= so.mask; i++) {
      const key = so.keys[i];
      if (key === undefined || key === DUMMY) continue;
      const h = so.hashes[i];
      if (typeof key === "object") key.rc++;
      try {
        const found = other instanceof PyDict ? other.findKnownHash(key, h) >= 0 : containsEntry(other as PySet, key, h);
        if (!found) result.addHashed(key, h);
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_symmetric_difference_update */
function setSymmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PyDict && other.type === T.dictType) {
    // the dict's current entries at every step (an __eq__ may clear it), as _PyDict_Next
    for (let i = 0; i < other.keys.length; i++) {
      const key = other.keys[i];
      if (key === undefined) continue;
      const h = other.entryHash(i);
      if (typeof key === "object") key.rc++;
      try {
        if (!so.discardHashed(key, h)) so.addHashed(key, h);
      } finally {
        decref(key);
      }
    }
    return;
  }
  let otherset: PySet;
  if (isAnySet(other)) {
    otherset = other;
    other.rc++;
  } else otherset = setFromIterable(other, baseTypeOf(so));
  try {
    for (let i = 0; i <= otherset.mask; i++) {
      const key = otherset.keys[i];
      if (key === undefined || key === DUMMY) continue;
      const h = otherset.hashes[i];
      if (typeof key === "object") key.rc++;
      try {
        if (!so.discardHashed(key, h)) so.addHashed(key, h);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(otherset);
  }
}

/** set_symmetric_difference */
function setSymmetricDifference(so: PySet, other: PyValue): PySet {
  const result = setFromIterable(other, baseTypeOf(so));
  try {
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_issubset */
function setIsSubset(so: PySet, other: PyValue): boolean {
  if (!isAnySet(other)) {
    const tmp = setFromIterable(other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (so.used > other.used) return false;
  for (let i = 0; i <= so.mask; i++) {
    const key = so.keys[i];
    if (key === undefined || key === DUMMY) continue;
    if (typeof key === "object") key.rc++;
    try {
      if (!containsEntry(other, key, so.hashes[i])) return false;
    } finally {
      decref(key);
    }
  }
  return true;
}

/** set_issuperset */
function setIsSuperset(so: PySet, other: PyValue): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  const it = getIter(other);
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === STOP) return true;
      try {
        if (!so.has(key)) return false;
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** set_isdisjoint */
function setIsDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.type === T.setType || other.type === T.frozensetType)) {
    let a: PySet = so;
    let b: PySet = other;
    if (b.used > a.used) {
      const t = a;
      a = b;
      b = t;
    }
    for (let i = 0; i <= b.mask; i++) {
      const key = b.keys[i];
      if (key === undefined || key === DUMMY) continue;
      if (typeof key === "object") key.rc++;
      try {
        if (containsEntry(a, key, b.hashes[i])) return false;
      } finally {
        decref(key);
      }
    }
    return true;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === STOP) return true;
      try {
        if (so.has(key)) return false;
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

// ---- frozenset hash ------------------------------------------------------------------------

export { frozensetHash };

/** The hash used for membership tests: a set argument is hashed as the equivalent frozenset. */
function lookupHash(key: PyValue): Int {
  return setLookupHash(key);
}

// ---- repr ---------------------------------------------------------------------------------

export function setRepr(s: PySet): string {
  const name = s.type.name;
  return reprGuard(s, `${name}(...)`, () => {
    if (s.used === 0) return `${name}()`;
    const keys = s.keyList().map((k) => newref(k));
    const l = newListOwned(keys);
    let lr: string;
    try {
      lr = repr(l);
    } finally {
      decref(l);
    }
    const inner = lr.slice(1, -1);
    return s.type === T.setType ? `{${inner}}` : `${name}({${inner}})`;
  });
}

// ---- iterator -----------------------------------------------------------------------------

export class SetIterator extends PyNativeIterator {
  used: number;
  pos: number;
  len: number;

  constructor(public target: PySet | null) {
    super(T.iteratorTypes.set);
    this.used = target === null ? 0 : target.used;
    this.pos = 0;
    this.len = this.used;
  }

  next(): PyValue {
    const so = this.target;
    if (so === null) return STOP;
    if (this.used !== so.used) {
      this.used = -1;
      runtimeError("Set changed size during iteration");
    }
    let i = this.pos;
    const keys = so.keys;
    const mask = so.mask;
    while (i <= mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > mask) {
      this.target = null;
      decref(so);
      return STOP;
    }
    this.len--;
    const k = keys[i]!;
    if (typeof k === "object") k.rc++;
    return k;
  }

  override clearRefs(): void {
    const s = this.target;
    this.target = null;
    xdecref(s);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.target !== null) visit(this.target);
  }
}

export function setIter(s: PySet): SetIterator {
  s.rc++;
  return new SetIterator(s);
}

// ---- installation -------------------------------------------------------------------------

function oneArg(fname: string, args: PyValue[], kwnames: string[] | null): PyValue {
  noKwargs(fname, kwnames);
  if (args.length !== 1) typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function installCommon(S: PyType, frozen: boolean): void {
  const qual = frozen ? "frozenset" : "set";
  const st = (self: PyValue) => self as PySet;

  defSlot(S, "__repr__", 0, (self) => setRepr(st(self)));
  defSlot(S, "__len__", 0, (self) => st(self).used);
  defSlot(S, "__iter__", 0, (self) => setIter(st(self)));
  defMethod(S, "__contains__", (self, args, kwnames) => {
    const key = oneArg(`${qual}.__contains__`, args, kwnames);
    return containsEntry(st(self), key, lookupHash(key));
  });
  defMethod(S, "copy", (self, args, kwnames) => {
    checkArgCount(`${qual}.copy`, args, kwnames, 0, 0);
    const s = st(self);
    if (frozen && s.type === T.frozensetType) return newref(s);
    return setCopy(s);
  });
  defMethod(S, "union", (self, args, kwnames) => {
    noKwargs(`${qual}.union`, kwnames);
    const so = st(self);
    const result = setCopy(so);
    try {
      for (const other of args) {
        if (other === so) continue;
        setUpdateInternal(result, other);
      }
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  });
  defMethod(S, "intersection", (self, args, kwnames) => {
    noKwargs(`${qual}.intersection`, kwnames);
    const so = st(self);
    if (args.length === 0) return setCopy(so);
    let result: PySet = newref(so);
    for (const other of args) {
      let next: PySet;
      try {
        next = setIntersection(result, other);
      } catch (e) {
        decref(result);
        throw e;
      }
      decref(result);
      result = next;
    }
    return result;
  });
  defMethod(S, "difference", (self, args, kwnames) => {
    noKwargs(`${qual}.difference`, kwnames);
    const so = st(self);
    if (args.length === 0) return setCopy(so);
    const result = setDifference(so, args[0]);
    try {
      for (let i = 1; i < args.length; i++) setDifferenceUpdateInternal(result, args[i]);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  });
  defMethod(S, "symmetric_difference", (self, args, kwnames) =>
    setSymmetricDifference(st(self), oneArg(`${qual}.symmetric_difference`, args, kwnames)),
  );
  defMethod(S, "issubset", (self, args, kwnames) => setIsSubset(st(self), oneArg(`${qual}.issubset`, args, kwnames)));
  defMethod(S, "issuperset", (self, args, kwnames) => setIsSuperset(st(self), oneArg(`${qual}.issuperset`, args, kwnames)));
  defMethod(S, "isdisjoint", (self, args, kwnames) => setIsDisjoint(st(self), oneArg(`${qual}.isdisjoint`, args, kwnames)));

  // binary operators: NotImplemented unless both operands are sets (set_or & co.)
  const bin = (f: (a: PySet, b: PySet) => PyValue) => ({
    fwd: (self: PyValue, args: PyValue[]) => (isAnySet(self) && isAnySet(args[0]) ? f(self, args[0]) : NotImplemented),
    rev: (self: PyValue, args: PyValue[]) => (isAnySet(self) && isAnySet(args[0]) ? f(args[0], self) : NotImplemented),
  });
  const or = bin((a, b) => {
    const result = setCopy(a);
    if (a === b) return result;
    try {
      setUpdateInternal(result, b);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  });
  const and = bin((a, b) => setIntersection(a, b));
  const sub = bin((a, b) => setDifference(a, b));
  const xor = bin((a, b) => setSymmetricDifference(a, b));
  defSlot(S, "__or__", 1, or.fwd);
  defSlot(S, "__ror__", 1, or.rev);
  defSlot(S, "__and__", 1, and.fwd);
  defSlot(S, "__rand__", 1, and.rev);
  defSlot(S, "__sub__", 1, sub.fwd);
  defSlot(S, "__rsub__", 1, sub.rev);
  defSlot(S, "__xor__", 1, xor.fwd);
  defSlot(S, "__rxor__", 1, xor.rev);

  // comparisons: subset ordering (set_richcompare)
  const eqTest = (v: PySet, w: PySet): boolean => {
    if (v.used !== w.used) return false;
    if (v.cachedHash !== -1 && w.cachedHash !== -1 && v.cachedHash !== w.cachedHash) return false;
    return setIsSubset(v, w);
  };
  defSlot(S, "__eq__", 1, (self, args) => (isAnySet(args[0]) ? eqTest(st(self), args[0]) : NotImplemented));
  defSlot(S, "__ne__", 1, (self, args) => (isAnySet(args[0]) ? !eqTest(st(self), args[0]) : NotImplemented));
  defSlot(S, "__le__", 1, (self, args) => (isAnySet(args[0]) ? setIsSubset(st(self), args[0]) : NotImplemented));
  defSlot(S, "__ge__", 1, (self, args) => (isAnySet(args[0]) ? setIsSuperset(st(self), args[0]) : NotImplemented));
  defSlot(S, "__lt__", 1, (self, args) => {
    const w = args[0];
    if (!isAnySet(w)) return NotImplemented;
    const v = st(self);
    return v.used >= w.used ? false : setIsSubset(v, w);
  });
  defSlot(S, "__gt__", 1, (self, args) => {
    const w = args[0];
    if (!isAnySet(w)) return NotImplemented;
    const v = st(self);
    return v.used <= w.used ? false : setIsSuperset(v, w);
  });

  defMethod(S, "__reduce__", (self) => {
    const s = st(self);
    const keys = newListOwned(s.keyList().map((k) => newref(k)));
    const state = s.dict === null && !(s.type.tflags & TPFLAG_HAS_DICT) ? None : callMethod(s, "__getstate__", []);
    const t = typeOf(s);
    t.rc++;
    return newTupleOwned([t, newTupleOwned([keys]), state]);
  });
  defMethod(S, "__sizeof__", (self) => {
    const s = st(self);
    return 200 + (s.mask > 7 ? (s.mask + 1) * 16 : 0);
  });
  defClassGetItem(S);
}

export function initSetTypes(): void {
  const S = T.setType;
  const F = T.frozensetType;
  const st = (self: PyValue) => self as PySet;

  // ---- set
  defNew(S, (cls, _args, kwnames) => {
    if (cls === S || cls.lookup("__init__") === S.ns.get("__init__")) noKwargs("set", kwnames);
    return allocSet(cls);
  });
  defMethod(S, "__init__", (self, args, kwnames) => {
    const s = st(self);
    noKwargs("set", kwnames);
    if (args.length > 1) typeError(`${s.type.name} expected at most 1 argument, got ${args.length}`);
    if (s.fill > 0) s.clear();
    s.cachedHash = -1;
    if (args.length === 1) setUpdateInternal(s, args[0]);
    return None;
  });
  installCommon(S, false);
  S.ns.set("__hash__", None);
  defMethod(S, "add", (self, args, kwnames) => {
    st(self).add(oneArg("set.add", args, kwnames));
    return None;
  });
  defMethod(S, "discard", (self, args, kwnames) => {
    const key = oneArg("set.discard", args, kwnames);
    st(self).discardHashed(key, lookupHash(key));
    return None;
  });
  defMethod(S, "remove", (self, args, kwnames) => {
    const key = oneArg("set.remove", args, kwnames);
    if (!st(self).discardHashed(key, lookupHash(key))) keyError(key);
    return None;
  });
  defMethod(S, "pop", (self, args, kwnames) => {
    checkArgCount("set.pop", args, kwnames, 0, 0);
    const so = st(self);
    if (so.used === 0) keyError("pop from an empty set");
    let i = so.finger & so.mask;
    while (so.keys[i] === undefined || so.keys[i] === DUMMY) {
      i++;
      if (i > so.mask) i = 0;
    }
    const key = so.keys[i]!;
    so.keys[i] = DUMMY;
    so.hashes[i] = -1;
    so.used--;
    so.finger = i + 1;
    return key;
  });
  defMethod(S, "clear", (self, args, kwnames) => {
    checkArgCount("set.clear", args, kwnames, 0, 0);
    st(self).clear();
    return None;
  });
  defMethod(S, "update", (self, args, kwnames) => {
    noKwargs("set.update", kwnames);
    for (const other of args) setUpdateInternal(st(self), other);
    return None;
  });
  defMethod(S, "intersection_update", (self, args, kwnames) => {
    noKwargs("set.intersection_update", kwnames);
    const so = st(self);
    if (args.length === 0) return None;
    let result: PySet = newref(so);
    for (const other of args) {
      let next: PySet;
      try {
        next = setIntersection(result, other);
      } catch (e) {
        decref(result);
        throw e;
      }
      decref(result);
      result = next;
    }
    swapBodies(so, result);
    decref(result);
    return None;
  });
  defMethod(S, "difference_update", (self, args, kwnames) => {
    noKwargs("set.difference_update", kwnames);
    for (const other of args) setDifferenceUpdateInternal(st(self), other);
    return None;
  });
  defMethod(S, "symmetric_difference_update", (self, args, kwnames) => {
    setSymmetricDifferenceUpdate(st(self), oneArg("set.symmetric_difference_update", args, kwnames));
    return None;
  });
  defSlot(S, "__ior__", 1, (self, args) => {
    if (!isAnySet(args[0])) return NotImplemented;
    setUpdateInternal(st(self), args[0]);
    return newref(self);
  });
  defSlot(S, "__iand__", 1, (self, args) => {
    if (!isAnySet(args[0])) return NotImplemented;
    setIntersectionUpdate(st(self), args[0]);
    return newref(self);
  });
  defSlot(S, "__isub__", 1, (self, args) => {
    if (!isAnySet(args[0])) return NotImplemented;
    setDifferenceUpdateInternal(st(self), args[0]);
    return newref(self);
  });
  defSlot(S, "__ixor__", 1, (self, args) => {
    if (!isAnySet(args[0])) return NotImplemented;
    setSymmetricDifferenceUpdate(st(self), args[0]);
    return newref(self);
  });

  // ---- frozenset
  defNew(F, (cls, args, kwnames) => {
    // frozenset_new: `type->tp_init == PyFrozenSet_Type.tp_init`, which is object's (inherited)
    if (cls === F || cls.lookup("__init__") === F.lookup("__init__")) noKwargs("frozenset", kwnames);
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos > 1) typeError(`${cls.name} expected at most 1 argument, got ${npos}`);
    const iterable = npos === 1 ? args[0] : null;
    if (cls === F && iterable !== null && iterable instanceof PySet && iterable.type === F) return newref(iterable);
    return setFromIterable(iterable, cls);
  });
  installCommon(F, true);
  defSlot(F, "__hash__", 0, (self) => {
    const s = st(self);
    if (s.cachedHash === -1) s.cachedHash = frozensetHash(s);
    return s.cachedHash;
  });

  // ---- iterator
  const SI = T.iteratorTypes.set;
  defIterProtocol(SI);
  defMethod(SI, "__length_hint__", (self) => {
    const it = self as SetIterator;
    return it.target !== null && it.used === it.target.used ? it.len : 0;
  });
  defMethod(SI, "__reduce__", (self) => {
    const it = self as SetIterator;
    const copy = new SetIterator(it.target === null ? null : newref(it.target));
    copy.used = it.used;
    copy.pos = it.pos;
    copy.len = it.len;
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

  nativeIter.set(S, (o) => setIter(o as PySet));
  nativeIter.set(F, (o) => setIter(o as PySet));
}

