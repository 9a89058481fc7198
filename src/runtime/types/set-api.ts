// Small constructors for sets used by the interpreter (set displays and comprehensions).
//
// CPython builds set displays three ways, and the iteration order of the result depends on
// which (the table layout differs):
//   - `{a, b, c}` with non-constant items: BUILD_SET adds the items in order      -> newSetFrom
//   - `{1, 2, 3}`, more than two items all constants: the compiler folds them into a frozenset
//     constant and emits BUILD_SET 0 + SET_UPDATE (Python/compile.c starunpack_helper) -> newSetFromConstants
//   - `{*it, x}`: SET_UPDATE for starred items (set_update_internal: a set argument is merged
//     table to table), SET_ADD for the others                                        -> setUpdate / setAdd

import type { PyValue } from "../object.js";
import { frozensetType, setType } from "../typeobjects.js";
import { PySet } from "./set.js";
import { setUpdateInternal } from "./set-type.js";
import { decref } from "../object.js";

/** BUILD_SET: a new set of `n` borrowed values from `src[start..]`, added in order. */
export function newSetFrom(src: ArrayLike<PyValue>, start: number, n: number): PySet {
  const s = new PySet(setType);
  try {
    for (let i = 0; i < n; i++) s.add(src[start + i]);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

/**
 * A display of more than two constants: the folded frozenset constant merged into a new set.
 * The compiler builds that constant twice: frozenset(items), then, when merging constants
 * (compile.c merge_consts_recursive), a new frozenset of the first one's items in table order.
 */
export function newSetFromConstants(src: ArrayLike<PyValue>, start: number, n: number): PySet {
  const first = new PySet(frozensetType);
  const folded = new PySet(frozensetType);
  try {
    for (let i = 0; i < n; i++) first.add(src[start + i]);
    for (const k of first.keyList()) folded.add(k);
    const s = new PySet(setType);
    s.mergeSet(folded);
    return s;
  } finally {
    decref(first);
    decref(folded);
  }
}

/** SET_ADD */
export function setAdd(s: PyValue, v: PyValue): void {
  (s as PySet).add(v);
}

/** SET_UPDATE: `s |= iterable` as set.update does it. */
export function setUpdate(s: PyValue, iterable: PyValue): void {
  setUpdateInternal(s as PySet, iterable);
}
