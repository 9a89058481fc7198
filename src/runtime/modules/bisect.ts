// The _bisect module (Modules/_bisectmodule.c): binary search and insertion in sorted sequences,
// with the key= argument of Python 3.10 (applied to the sequence's items, not to x for bisect).

import { decref, type PyValue } from "../object.js";
import * as T from "../typeobjects.js";
import { None } from "../values.js";
import { valueError } from "../errors.js";
import { PyModule } from "../types/module.js";
import { PyList } from "../types/list.js";
import { compareBool, Cmp } from "../ops/compare.js";
import { getItem, len } from "../ops/seq.js";
import { call, callMethod } from "../ops/call.js";
import { asSsize } from "../ops/index.js";
import { defFn, clinicArgs } from "./modutil.js";

function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return compareBool(a, b, Cmp.Lt);
}

/** the item at i, keyed (new reference) */
function keyed(seq: PyValue, i: number, key: PyValue): PyValue {
  const item = seq instanceof PyList && seq.type === T.listType && i < seq.items.length ? seq.items[i] : undefined;
  if (item !== undefined) {
    if (typeof item === "object") item.rc++;
    if (key === None) return item;
    try {
      return call(key, [item], null);
    } finally {
      decref(item);
    }
  }
  const v = getItem(seq, i);
  if (key === None) return v;
  try {
    return call(key, [v], null);
  } finally {
    decref(v);
  }
}

function search(seq: PyValue, x: PyValue, lo: number, hi: number, key: PyValue, right: boolean): number {
  if (lo < 0) valueError("lo must be non-negative");
  if (hi === -1) hi = len(seq);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const item = keyed(seq, mid, key);
    let goLeft: boolean;
    try {
      goLeft = right ? lessThan(x, item) : !lessThan(item, x);
    } finally {
      decref(item);
    }
    if (goLeft) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bounds(lo: PyValue | undefined, hi: PyValue | undefined): [number, number] {
  const l = lo === undefined ? 0 : asSsize(lo, T.overflowErrorType);
  const h = hi === undefined || hi === None ? -1 : asSsize(hi, T.overflowErrorType);
  if (l < 0) valueError("lo must be non-negative");
  return [l, h];
}

export function createBisectNativeModule(): PyModule {
  const m = new PyModule("_bisect", "Bisection algorithms for keeping lists sorted.");
  for (const right of [true, false]) {
    const suffix = right ? "right" : "left";
    defFn(m, `bisect_${suffix}`, (args, kwnames) => {
      const [a, x, lo, hi, key = None] = clinicArgs(`bisect_${suffix}`, args, kwnames, ["a", "x", "lo=", "hi=", "*", "key="]);
      const [l, h] = bounds(lo, hi);
      return search(a!, x!, l, h, key, right);
    }, right
      ? "The index where x would be inserted into the sorted a[lo:hi] after any equal items (items compared by key(item) when key is given)."
      : "The index where x would be inserted into the sorted a[lo:hi] before any equal items (items compared by key(item) when key is given).");
    defFn(m, `insort_${suffix}`, (args, kwnames) => {
      const [a, x, lo, hi, key = None] = clinicArgs(`insort_${suffix}`, args, kwnames, ["a", "x", "lo=", "hi=", "*", "key="]);
      const [l, h] = bounds(lo, hi);
      let i: number;
      if (key === None) i = search(a!, x!, l, h, None, right);
      else {
        const k = call(key, [x!], null);
        try {
          i = search(a!, k, l, h, key, right);
        } finally {
          decref(k);
        }
      }
      if (a instanceof PyList && a.type === T.listType) {
        const items = a.items;
        if (typeof x === "object") x.rc++;
        items.splice(Math.min(i, items.length), 0, x!);
      } else {
        decref(callMethod(a!, "insert", [i, x!]));
      }
      return None;
    }, right
      ? "Inserts x into the sorted list a, after any equal items (see bisect_right)."
      : "Inserts x into the sorted list a, before any equal items (see bisect_left).");
  }
  return m;
}
