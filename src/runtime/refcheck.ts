// The reference-count checker (debug mode, PYFRAME_REFCHECK=1): watches every object allocated
// while it is on, then checks the counts for the errors that would free something too early
// or touch something already freed. The test suite runs the conformance cases with it.
//
// What it can prove: an object freed twice; a count that went negative; a freed object whose
// count changed afterwards (a use after free); a live object that still refers to a freed one
// (freed while referenced); and a live object referenced by more live objects than its count
// says (too low a count: it will be freed early). Owned references are found with `traverse`,
// so a type whose traverse misses references only weakens the check, never fails it falsely.

import { PyObject, FLAG_FREED, FLAG_IMMORTAL, setRefCheckHooks } from "./object.js";

export interface RefProblem {
  kind: "double free" | "negative count" | "used after free" | "freed while referenced" | "count too low";
  detail: string;
}

let tracked: PyObject[] = [];
let doubleFrees: RefProblem[] = [];

function describe(o: PyObject): string {
  const t = o.type as { name?: string } | undefined;
  return `${t?.name ?? "?"} object (${o.constructor.name})`;
}

function onAlloc(o: PyObject): void {
  tracked.push(o);
}

function onFree(o: PyObject): void {
  if (o.flags & FLAG_FREED) doubleFrees.push({ kind: "double free", detail: describe(o) });
  o.flags |= FLAG_FREED;
}

/** Starts watching allocations (forgets anything watched before). */
export function startRefCheck(): void {
  tracked = [];
  doubleFrees = [];
  setRefCheckHooks(onAlloc, onFree);
}

export function refCheckActive(): boolean {
  return tracked.length > 0 || doubleFrees.length > 0;
}

/** Stops watching and returns what is wrong with the counts of the objects watched. */
export function finishRefCheck(): RefProblem[] {
  setRefCheckHooks(null, null);
  const problems = doubleFrees;
  const objects = tracked;
  tracked = [];
  doubleFrees = [];
  const inbound = new Map<PyObject, number>();
  for (const o of objects) {
    if (o.flags & FLAG_IMMORTAL) continue;
    if (o.rc < 0) {
      problems.push({ kind: "negative count", detail: `${describe(o)}: ${o.rc}` });
      continue;
    }
    if (o.flags & FLAG_FREED) {
      // a frame on its code's free list is freed storage kept for reuse, with a count of 0
      if (o.rc !== 0) problems.push({ kind: "used after free", detail: `${describe(o)}: count ${o.rc} after it was freed` });
      continue;
    }
    if (o.rc === 0) continue;
    o.traverse((ref) => {
      if (ref.flags & FLAG_FREED && ref.rc === 0) {
        problems.push({ kind: "freed while referenced", detail: `${describe(ref)}, referenced by a live ${describe(o)}` });
        return;
      }
      inbound.set(ref, (inbound.get(ref) ?? 0) + 1);
    });
  }
  for (const [o, n] of inbound) {
    if (o.flags & (FLAG_IMMORTAL | FLAG_FREED)) continue;
    if (n > o.rc) problems.push({ kind: "count too low", detail: `${describe(o)}: count ${o.rc}, referenced by ${n} live objects` });
  }
  return problems;
}
