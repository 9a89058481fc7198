// Weak references: weakref.ref objects registered on their referent. When the referent dies,
// every reference is cleared first, then the callbacks run in list order (PyObject_ClearWeakRefs).
// The list is ordered as CPython's: the basic reference (exact weakref.ref, no callback: the one
// weakref.ref(o) shares) first, then the others, each new one inserted right after the basic one
// (or first), so callbacks run newest first and getweakrefs()/__weakref__ agree with CPython.

import { PyObject, decref, xdecref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { hooks } from "../hooks.js";
import { call } from "../ops/call.js";
import { PyException } from "./exception.js";

export class PyWeakref extends PyObject {
  /** the referent; null once it died */
  referent: PyObject | null;
  callback: PyValue | null;
  /** hash of the referent, remembered for after its death (-1: not computed) */
  cachedHash: number | bigint;

  constructor(type: PyType, referent: PyObject, callback: PyValue | null) {
    super(type);
    this.referent = referent;
    this.callback = callback;
    this.cachedHash = -1;
    const list = referent.weakrefs;
    if (list === null) referent.weakrefs = [this];
    else if (this.basic || !(list[0] as PyWeakref).basic) list.unshift(this);
    else list.splice(1, 0, this);
  }

  /** an exact weakref.ref without callback: the one reference weakref.ref(o) shares */
  get basic(): boolean {
    return this.type === T.weakrefType && this.callback === null;
  }

  override clearRefs(): void {
    super.clearRefs();
    this.detach();
    const cb = this.callback;
    this.callback = null;
    xdecref(cb);
  }

  /** Removes this reference from its referent's list. */
  detach(): void {
    const r = this.referent;
    if (r === null) return;
    this.referent = null;
    const list = r.weakrefs;
    if (list !== null) {
      const i = list.indexOf(this);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) r.weakrefs = null;
    }
  }
}

/** Clears all weak references to a dying object and calls their callbacks in list order. */
export function clearWeakrefs(o: PyObject): void {
  const list = o.weakrefs;
  if (list === null) return;
  o.weakrefs = null;
  const refs = list as PyWeakref[];
  for (const w of refs) w.referent = null;
  for (const w of refs) {
    const cb = w.callback;
    if (cb === null) continue;
    w.callback = null;
    w.rc++;
    try {
      decref(call(cb, [w], null));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      hooks.writeUnraisable(e, null, cb);
      decref(e);
    } finally {
      decref(cb);
      decref(w);
    }
  }
}
