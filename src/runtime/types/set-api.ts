// Small constructors for sets used by the interpreter (set displays and comprehensions).

import type { PyValue } from "../object.js";
import { setType } from "../typeobjects.js";
import { PySet } from "./set.js";

/** A new set of `n` borrowed values from `src[start..]`, added in order. */
export function newSetFrom(src: ArrayLike<PyValue>, start: number, n: number): PySet {
  const s = new PySet(setType);
  for (let i = 0; i < n; i++) s.add(src[start + i]);
  return s;
}

export function setAdd(s: PyValue, v: PyValue): void {
  (s as PySet).add(v);
}
