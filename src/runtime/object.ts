// The object model's base: how Python values are represented in JS, and reference counting.
//
// A Python value (PyValue) is one of:
//   - a JS number: an int whose value is a safe integer (|v| <= 2**53 - 1);
//   - a JS bigint: an int outside that range (never inside it: results are normalised);
//   - a JS boolean: True / False;
//   - a JS string: a str (code points; astral characters are surrogate pairs);
//   - a PyObject: everything else, None included.
// Only PyObjects are reference counted (ARCHITECTURE.md, decision 3): the primitives hold no
// references and cannot have finalizers, so counting them would change nothing observable.
//
// Ownership follows CPython: a function that returns a value returns a new reference; arguments
// are borrowed; containers, attributes, frames and cells own theirs. One pyframe rule on top:
// the JS constructor of a PyObject class *steals* the references it is given (the new object
// owns them), so callers incref what they keep.

import type { PyType } from "./type.js";
import type { PyDict } from "./types/dict.js";

export type PyValue = number | bigint | boolean | string | PyObject;

/** The reference-count checker's view of allocation and freeing (debug mode only; see refcheck.ts). */
let allocHook: ((o: PyObject) => void) | null = null;
let freeHook: ((o: PyObject) => void) | null = null;

export function setRefCheckHooks(onAlloc: ((o: PyObject) => void) | null, onFree: ((o: PyObject) => void) | null): void {
  allocHook = onAlloc;
  freeHook = onFree;
}

export class PyObject {
  /** the reference count (ob_refcnt) */
  rc: number;
  /** ob_type; may be reassigned by `__class__ =` */
  type: PyType;
  /** the instance __dict__, for instances of classes that have one; null otherwise */
  dict: PyDict | null;
  /** weak references to this object, newest last; null when there are none */
  weakrefs: PyObject[] | null;
  /** bit flags: FINALIZED (PEP 442: __del__ ran once), ... */
  flags: number;

  constructor(type: PyType) {
    this.rc = 1;
    this.type = type;
    this.dict = null;
    this.weakrefs = null;
    this.flags = 0;
    if (allocHook !== null) allocHook(this);
  }

  /**
   * Releases the references this object owns (tp_dealloc's second half). Called once, when the
   * count reached zero and finalization did not resurrect the object. Subclasses call `decref`
   * on each reference they own; nested deallocation is handled by `decref`.
   */
  clearRefs(): void {
    const d = this.dict;
    if (d !== null) {
      this.dict = null;
      decref(d);
    }
  }

  /** tp_traverse: calls `visit` on every object reference this object owns (for the cycle collector). */
  traverse(visit: (o: PyObject) => void): void {
    if (this.dict !== null) visit(this.dict);
  }
}

export const FLAG_FINALIZED = 1;
/** set on objects that must never be deallocated (types, singletons, interned constants) */
export const FLAG_IMMORTAL = 2;
/** set while the object sits in a deallocation queue, to catch double frees in debug mode */
export const FLAG_FREED = 4;
/** the object carries a `slots` array its own class does not manage (see ops/attr.ts slotStorage) */
export const FLAG_LAZY_SLOTS = 8;

// ---- reference counting -------------------------------------------------------------------

export function incref(v: PyValue): void {
  if (typeof v === "object") v.rc++;
}

export function decref(v: PyValue): void {
  if (typeof v === "object" && --v.rc === 0) dealloc(v);
}

/** decref for fields that may hold null/undefined */
export function xdecref(v: PyValue | null | undefined): void {
  if (typeof v === "object" && v !== null && --v.rc === 0) dealloc(v);
}

/** incref and return: for building owned references inline */
export function newref<T extends PyValue>(v: T): T {
  if (typeof v === "object") v.rc++;
  return v;
}

// Deallocation. CPython frees depth-first and at once (a list's items die in reverse order, inside
// the list's own dealloc), except that container deallocation nested deeper than
// PyTrash_UNWIND_LEVEL (50) is postponed until the outer deallocation finishes (the "trashcan"),
// so that freeing a million-long chain does not exhaust the C stack. pyframe mirrors that: the
// same order, the same bound, no JS stack overflow.
const TRASH_UNWIND_LEVEL = 50;
let deallocDepth = 0;
const trash: PyObject[] = [];

/** The finalization hook: set by the interpreter (it knows how to call __del__ and close generators). */
export interface Finalizer {
  /**
   * Runs the object's finalizer if it has one and it has not run (PEP 442), with the object's
   * count temporarily raised. Returns true if the object was resurrected.
   */
  finalize(o: PyObject): boolean;
}

let finalizer: Finalizer = { finalize: () => false };

export function setFinalizer(f: Finalizer): void {
  finalizer = f;
}

function dealloc(o: PyObject): void {
  if (deallocDepth >= TRASH_UNWIND_LEVEL) {
    trash.push(o);
    return;
  }
  deallocDepth++;
  try {
    deallocNow(o);
  } finally {
    deallocDepth--;
  }
  if (deallocDepth === 0 && trash.length > 0) emptyTrash();
}

function emptyTrash(): void {
  while (trash.length > 0) {
    const o = trash.pop()!;
    deallocDepth++;
    try {
      deallocNow(o);
    } finally {
      deallocDepth--;
    }
  }
}

/** Heap types (possible __del__) and TPFLAG_FINALIZE types go through the finalizer hook. */
const NEEDS_FINALIZER = 1 | 64;

function deallocNow(o: PyObject): void {
  if (o.flags & FLAG_IMMORTAL) {
    o.rc = 1 << 30;
    return;
  }
  if ((o.type.tflags & NEEDS_FINALIZER) !== 0 || o.weakrefs !== null) {
    if (finalizer.finalize(o)) return; // resurrected: the object lives on
  }
  if (freeHook !== null) freeHook(o);
  o.clearRefs();
  if (o.flags & FLAG_LAZY_SLOTS) releaseLazySlots(o);
}

function releaseLazySlots(o: PyObject): void {
  const holder = o as unknown as { slots: (PyValue | undefined)[] | null };
  const slots = holder.slots;
  holder.slots = null;
  o.flags &= ~FLAG_LAZY_SLOTS;
  if (slots !== null) for (const v of slots) if (v !== undefined && typeof v === "object") decref(v);
}

/** Marks an object as never freed: singletons, types, interned module-level constants. */
export function immortal<T extends PyObject>(o: T): T {
  o.flags |= FLAG_IMMORTAL;
  o.rc = 1 << 30;
  return o;
}
