// Reference-count balance of the container operations: every marker object must end with the
// single reference the test holds, whatever the operations did with it in between.
import { describe, expect, it } from "vitest";
import { initRuntime } from "../init.js";
import * as T from "../typeobjects.js";
import { PyObject, decref, type PyValue } from "../object.js";
import { newList, newTuple, None } from "../values.js";
import { PyDict } from "./dict.js";
import { call, callMethod } from "../ops/call.js";
import { iterToArray } from "../ops/iter.js";
import { repr } from "../ops/repr.js";
import { PySlice } from "./slice.js";
import { getItem, setItem, delItem } from "../ops/seq.js";
import { binaryOp, inplaceOp, Op } from "../ops/number.js";
import { compareBool, Cmp } from "../ops/compare.js";

initRuntime();

function obj(): PyObject {
  return new PyObject(T.objectType);
}

let temps: PyValue[] = [];

/** A temporary list/tuple argument, released when the check ends. */
function L(...items: PyValue[]): PyValue {
  const l = newList(items);
  temps.push(l);
  return l;
}

/** Runs `f` with fresh markers and checks that only the test's references remain. */
function balanced(f: (m: PyObject[]) => void): void {
  const m = [obj(), obj(), obj()];
  temps = [];
  f(m);
  for (const t of temps) decref(t);
  expect(m.map((o) => o.rc)).toEqual([1, 1, 1]);
}

/** Calls a method and drops the result. */
function run(o: PyValue, name: string, ...args: PyValue[]): void {
  decref(callMethod(o, name, args));
}

function drop(v: PyValue): void {
  decref(v);
}

const sl = (a: PyValue, b: PyValue, c: PyValue = None) => new PySlice(a, b, c);

describe("reference counts stay balanced", () => {
  it("list", () => {
    balanced(([a, b, c]) => {
      const l = newList([a, b]);
      run(l, "append", c);
      run(l, "extend", L(a, b));
      run(l, "insert", 0, c);
      drop(callMethod(l, "pop", []));
      drop(callMethod(l, "pop", [0]));
      run(l, "remove", a);
      run(l, "index", b);
      run(l, "count", b);
      run(l, "reverse");
      run(l, "__contains__", c);
      drop(getItem(l, sl(None, None, -1)));
      drop(getItem(l, 0));
      setItem(l, sl(0, 1), L(c, c, c));
      {
        const part = getItem(l, sl(None, None, 2));
        setItem(l, sl(None, None, 2), part);
        decref(part);
      }
      delItem(l, sl(None, None, 3));
      setItem(l, 0, a);
      drop(binaryOp(l, l, Op.Add));
      drop(binaryOp(l, 3, Op.Mul));
      drop(inplaceOp(l, L(b), Op.Add));
      drop(inplaceOp(l, 2, Op.Mul));
      drop(callMethod(l, "copy", []));
      compareBool(l, L(a), Cmp.Eq);
      repr(l);
      drop(call(T.listType, [l], null));
      run(l, "clear");
      run(l, "extend", L(a, b, c));
      decref(l);
    });
  });

  it("list.sort with keys, and a failing sort", () => {
    balanced(([a, b, c]) => {
      const ts = [newTuple([3, a]), newTuple([1, b]), newTuple([2, c])];
      const l = newList(ts);
      for (const t of ts) decref(t);
      run(l, "sort");
      decref(callMethod(l, "sort", [true], ["reverse"]));
      decref(callMethod(l, "sort", [T.tupleType], ["key"]));
      const bad = newList([a, b]);
      expect(() => run(bad, "sort")).toThrow();
      decref(bad);
      decref(l);
    });
  });

  it("tuple", () => {
    balanced(([a, b, c]) => {
      const t = newTuple([a, b, c]);
      drop(getItem(t, sl(1, None)));
      drop(getItem(t, 2));
      drop(binaryOp(t, t, Op.Add));
      drop(binaryOp(t, 2, Op.Mul));
      run(t, "count", a);
      run(t, "index", c);
      drop(call(T.tupleType, [L(a, b)], null));
      iterToArray(t).forEach(drop);
      repr(t);
      decref(t);
    });
  });

  it("dict", () => {
    balanced(([a, b, c]) => {
      const d = new PyDict(T.dictType);
      d.set(a, b);
      d.set("k", c);
      setItem(d, b, a);
      drop(getItem(d, a));
      run(d, "get", c, a);
      run(d, "setdefault", c, a);
      drop(callMethod(d, "pop", [c]));
      run(d, "pop", "missing", a);
      const copy = callMethod(d, "copy", []);
      run(copy, "update", d);
      drop(binaryOp(d, copy, Op.Or));
      drop(callMethod(copy, "popitem", []));
      decref(copy);
      for (const view of ["keys", "values", "items"]) {
        const v = callMethod(d, view, []);
        iterToArray(v).forEach(drop);
        repr(v);
        decref(v);
      }
      const keys = callMethod(d, "keys", []);
      drop(binaryOp(keys, L(a), Op.And));
      drop(binaryOp(keys, L(c), Op.Or));
      drop(binaryOp(keys, L(a), Op.Sub));
      drop(binaryOp(keys, L(a), Op.Xor));
      decref(keys);
      drop(callMethod(T.dictType, "fromkeys", [L(a, b), c]));
      delItem(d, a);
      repr(d);
      run(d, "clear");
      d.set(c, c);
      decref(d);
    });
  });

  it("set and frozenset", () => {
    balanced(([a, b, c]) => {
      const s = call(T.setType, [L(a, b)], null);
      run(s, "add", c);
      run(s, "discard", a);
      run(s, "remove", b);
      drop(callMethod(s, "pop", []));
      run(s, "update", L(a, b, c));
      const f = call(T.frozensetType, [L(b, c)], null);
      for (const op of [Op.Or, Op.And, Op.Sub, Op.Xor]) drop(binaryOp(s, f, op));
      for (const name of ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]) run(s, name, L(a, c));
      const s2 = callMethod(s, "copy", []);
      run(s2, "intersection_update", f);
      run(s2, "difference_update", L(a));
      run(s2, "symmetric_difference_update", L(a, b));
      drop(inplaceOp(s2, f, Op.Or));
      drop(inplaceOp(s2, f, Op.Xor));
      iterToArray(s2).forEach(drop);
      repr(s2);
      decref(s2);
      run(s, "__contains__", a);
      run(f, "__hash__");
      decref(f);
      run(s, "clear");
      decref(s);
    });
  });

  it("iterators", () => {
    balanced(([a, b, c]) => {
      const l = newList([a, b, c]);
      for (const t of [T.reversedType]) iterToArray(call(t, [l], null)).forEach(drop);
      const it = call(T.enumerateType, [l], null);
      iterToArray(it).forEach(drop);
      decref(it);
      const z = call(T.zipType, [l, l], null);
      iterToArray(z).forEach(drop);
      decref(z);
      const f = call(T.filterType, [None, l], null);
      iterToArray(f).forEach(drop);
      decref(f);
      const li = callMethod(l, "__iter__", []);
      drop(callMethod(li, "__next__", []));
      drop(callMethod(li, "__reduce__", []));
      decref(li);
      decref(l);
    });
  });
});
