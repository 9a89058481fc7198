// The _heapq module (Modules/_heapqmodule.c): the heap primitives on lists, with CPython's
// sift order (so heaps hold their items in the same positions) and its errors. heapq.py adds
// merge, nlargest and nsmallest.

import { decref, newref, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import { None } from "../values.js";
import { typeError, indexError, runtimeError } from "../errors.js";
import { PyModule } from "../types/module.js";
import { PyList } from "../types/list.js";
import { compareBool, Cmp } from "../ops/compare.js";
import { defFn, kwCount, unpackCount } from "./modutil.js";

/** a < b (max heaps: b < a), holding both while Python code may run */
function less(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strLess(a, b);
  if (typeof a === "object") a.rc++;
  if (typeof b === "object") b.rc++;
  try {
    return compareBool(a, b, Cmp.Lt);
  } finally {
    decref(a);
    decref(b);
  }
}

function hasAstral(a: string, b: string): boolean {
  return /[\ud800-\udfff]/.test(a) || /[\ud800-\udfff]/.test(b);
}

/** code point order (JS compares UTF-16 units) */
function strLess(a: string, b: string): boolean {
  if (!hasAstral(a, b)) return a < b;
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x[i].codePointAt(0)!;
    const q = y[i].codePointAt(0)!;
    if (p !== q) return p < q;
  }
  return x.length < y.length;
}

function lt(a: PyValue, b: PyValue, max: boolean): boolean {
  return max ? less(b, a) : less(a, b);
}

/** siftdown: moves the item at pos up towards startpos while it is smaller than its parent */
function siftDown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  const newitem = heap.items[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    const smaller = lt(newitem, parent, max);
    if (size !== heap.items.length) runtimeError("list changed size during iteration");
    if (!smaller) break;
    // swap, as _heapqmodule.c does (the items stay owned by the list)
    const items = heap.items;
    const p = items[parentpos];
    items[parentpos] = items[pos];
    items[pos] = p;
    pos = parentpos;
  }
}

/** siftup: bubbles the smaller child up from pos to a leaf, then sifts the item down */
function siftUp(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const smaller = lt(heap.items[childpos], heap.items[childpos + 1], max);
      if (endpos !== heap.items.length) runtimeError("list changed size during iteration");
      if (!smaller) childpos += 1;
    }
    const items = heap.items;
    const t = items[childpos];
    items[childpos] = items[pos];
    items[pos] = t;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, max);
}

function listArg(name: string, v: PyValue, argument1: boolean): PyList {
  if (!(v instanceof PyList)) typeError(`${name}() argument${argument1 ? " 1" : ""} must be list, not ${v === None ? "None" : typeOf(v).name}`);
  return v;
}

function noKw(name: string, kwnames: string[] | null): void {
  if (kwCount(kwnames) > 0) typeError(`_heapq.${name}() takes no keyword arguments`);
}

function oneArg(name: string, args: PyValue[], kwnames: string[] | null): void {
  noKw(name, kwnames);
  if (args.length !== 1) typeError(`_heapq.${name}() takes exactly one argument (${args.length} given)`);
}

function heappop(heap: PyList, max: boolean): PyValue {
  const items = heap.items;
  if (items.length === 0) indexError("index out of range");
  const last = items.pop()!;
  if (items.length === 0) return last;
  const result = items[0];
  items[0] = last;
  siftUp(heap, 0, max);
  return result;
}

function heapreplace(heap: PyList, item: PyValue, max: boolean): PyValue {
  const items = heap.items;
  if (items.length === 0) indexError("index out of range");
  const result = items[0];
  items[0] = newref(item);
  siftUp(heap, 0, max);
  return result;
}

function heapify(heap: PyList, max: boolean): void {
  const n = heap.items.length;
  for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
}

export function createHeapqNativeModule(): PyModule {
  const m = new PyModule("_heapq", "Heap queue algorithm (a.k.a. priority queue).");
  defFn(m, "heappush", (args, kw) => {
    noKw("heappush", kw);
    unpackCount("heappush", args.length, 2, 2);
    const heap = listArg("heappush", args[0], true);
    heap.items.push(newref(args[1]));
    siftDown(heap, 0, heap.items.length - 1, false);
    return None;
  }, "Push item onto heap, maintaining the heap invariant.");
  defFn(m, "heappop", (args, kw) => {
    oneArg("heappop", args, kw);
    return heappop(listArg("heappop", args[0], false), false);
  }, "Pop the smallest item off the heap, maintaining the heap invariant.");
  defFn(m, "heapreplace", (args, kw) => {
    noKw("heapreplace", kw);
    unpackCount("heapreplace", args.length, 2, 2);
    return heapreplace(listArg("heapreplace", args[0], true), args[1], false);
  }, "Pop and return the current smallest value, and add the new item.");
  defFn(m, "heappushpop", (args, kw) => {
    noKw("heappushpop", kw);
    unpackCount("heappushpop", args.length, 2, 2);
    const heap = listArg("heappushpop", args[0], true);
    const item = args[1];
    if (heap.items.length === 0) return newref(item);
    const top = heap.items[0];
    if (!less(top, item)) return newref(item);
    if (heap.items.length === 0) indexError("index out of range");
    return heapreplace(heap, item, false);
  }, "Push item on the heap, then pop and return the smallest item from the heap.");
  defFn(m, "heapify", (args, kw) => {
    oneArg("heapify", args, kw);
    heapify(listArg("heapify", args[0], false), false);
    return None;
  }, "Transform list into a heap, in-place, in O(len(heap)) time.");
  defFn(m, "_heappop_max", (args, kw) => {
    oneArg("_heappop_max", args, kw);
    return heappop(listArg("_heappop_max", args[0], false), true);
  }, "Maxheap variant of heappop.");
  defFn(m, "_heapreplace_max", (args, kw) => {
    noKw("_heapreplace_max", kw);
    unpackCount("_heapreplace_max", args.length, 2, 2);
    return heapreplace(listArg("_heapreplace_max", args[0], true), args[1], true);
  }, "Maxheap variant of heapreplace.");
  defFn(m, "_heapify_max", (args, kw) => {
    oneArg("_heapify_max", args, kw);
    heapify(listArg("_heapify_max", args[0], false), true);
    return None;
  }, "Maxheap variant of heapify.");
  return m;
}
