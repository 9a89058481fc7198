import { describe, expect, it } from "vitest";
import { initRuntime } from "../init.js";
import * as T from "../typeobjects.js";
import { PyObject, type PyValue } from "../object.js";
import { newFloat, newList, newTuple, None } from "../values.js";
import { PyDict } from "./dict.js";
import { PyList } from "./list.js";
import { PySet } from "./set.js";
import { PyException } from "./exception.js";
import { frozensetHash, setFromIterable } from "./set-type.js";
import { listAssignSlice, listClear, listFromIterable, listPop, listRepr } from "./list-type.js";
import { dictRepr, dictCopy, dictEqual } from "./dict-type.js";
import { newRange, rangeIter, rangeReversed } from "./range-type.js";
import { STOP } from "./iterator.js";
import { listSort } from "../ops/sort.js";
import { call, callMethod } from "../ops/call.js";
import { repr } from "../ops/repr.js";
import { getItem, len } from "../ops/seq.js";
import { iterToArray } from "../ops/iter.js";
import { PySlice } from "./slice.js";

initRuntime();

function pyErr(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return `${e.type.name}: ${repr(e)}`;
    throw e;
  }
  return "no error";
}

/** A fresh object compared by identity, to watch reference counts. */
function obj(): PyObject {
  return new PyObject(T.objectType);
}

describe("dict", () => {
  it("treats 1, 1.0 and True as one key, keeps insertion order", () => {
    const d = new PyDict(T.dictType);
    d.set(1, "a");
    d.set(newFloat(1.0), "b");
    d.set(true, "c");
    d.set("x", 1);
    expect(d.size).toBe(2);
    expect(dictRepr(d)).toBe("{1: 'c', 'x': 1}");
    expect(d.get(newFloat(1))).toBe("c");
  });

  it("looks tuple keys up by value and deletes without disturbing order", () => {
    const d = new PyDict(T.dictType);
    for (let i = 0; i < 40; i++) d.set(newTuple([i, "k"]), i);
    for (let i = 0; i < 40; i += 2) expect(d.pop(newTuple([i, "k"]))).toBe(i);
    expect(d.size).toBe(20);
    d.set("late", 1);
    expect(d.keyList().length).toBe(21);
    expect(d.get(newTuple([39, "k"]))).toBe(39);
    expect(d.get(newTuple([38, "k"]))).toBe(undefined);
    expect(repr(d.keyList()[0])).toBe("(1, 'k')");
  });

  it("owns its keys and values", () => {
    const k = obj();
    const v = obj();
    const d = new PyDict(T.dictType);
    d.set(k, v);
    expect([k.rc, v.rc]).toEqual([2, 2]);
    d.set(k, None);
    expect([k.rc, v.rc]).toEqual([2, 1]);
    const c = dictCopy(d);
    expect(k.rc).toBe(3);
    expect(dictEqual(c, d)).toBe(true);
    c.clear();
    d.pop(k);
    expect(k.rc).toBe(1);
  });

  it("popLast removes the last entry", () => {
    const d = new PyDict(T.dictType);
    d.set("a", 1);
    d.set("b", 2);
    expect(d.popLast()).toEqual(["b", 2]);
    d.set("c", 3);
    expect(d.keyList()).toEqual(["a", "c"]);
  });
});

describe("list", () => {
  it("assigns slices and releases what it removed", () => {
    const a = obj();
    const b = obj();
    const l = newList([a, b, 1, 2]);
    expect([a.rc, b.rc]).toEqual([2, 2]);
    listAssignSlice(l, 0, 2, newList(["x"]));
    expect(listRepr(l)).toBe("['x', 1, 2]");
    expect([a.rc, b.rc]).toEqual([1, 1]);
    expect(listPop(l, 0)).toBe("x");
    listClear(l);
    expect(l.items.length).toBe(0);
  });

  it("sorts with keys and reverse, stably", () => {
    const l = listFromIterable(newList([3, 1, 2, 1.5, -1].map((x) => (Number.isInteger(x) ? x : newFloat(x)))));
    listSort(l, null, false);
    expect(listRepr(l)).toBe("[-1, 1, 1.5, 2, 3]");
    listSort(l, null, true);
    expect(listRepr(l)).toBe("[3, 2, 1.5, 1, -1]");
    const words = newList(["bb", "a", "ccc", "dd", "e"]);
    listSort(words, T.strType.lookup("__len__")!, false);
    expect(listRepr(words)).toBe("['a', 'e', 'bb', 'dd', 'ccc']");
    listSort(words, T.strType.lookup("__len__")!, true);
    expect(listRepr(words)).toBe("['ccc', 'bb', 'dd', 'a', 'e']");
  });

  it("reports unorderable items", () => {
    expect(pyErr(() => listSort(newList([1, "a"]), null, false))).toContain("TypeError");
  });

  it("indexes through the sequence protocol", () => {
    const l = newList([10, 20, 30]);
    expect(getItem(l, -1)).toBe(30);
    expect(repr(getItem(l, new PySlice(None, None, -2)))).toBe("[30, 10]");
    expect(pyErr(() => getItem(l, 3))).toContain("list index out of range");
    expect(pyErr(() => getItem(l, "a"))).toContain("list indices must be integers or slices, not str");
  });
});

describe("set", () => {
  it("computes CPython's frozenset hashes", () => {
    const fs = (items: PyValue[]) => setFromIterable(newList(items), T.frozensetType);
    expect(frozensetHash(fs([]))).toBe(133146708735736);
    expect(frozensetHash(fs([1, 2, 3]))).toBe(-272375401224217160n);
    expect(frozensetHash(fs([newTuple([1, 2]), newFloat(3.5), None]))).not.toBe(0);
  });

  it("iterates in CPython's table order", () => {
    const s = setFromIterable(newList([5, 3, 1, 9, 17, 33]));
    expect(repr(s)).toBe("{1, 33, 3, 5, 9, 17}");
    const t = new PySet(T.setType);
    for (const v of [0, 8, 16]) t.add(v);
    t.discard(0);
    t.discard(16);
    t.add(24);
    expect(repr(t)).toBe("{8, 24}");
  });

  it("supports the operators through the dunders", () => {
    const a = setFromIterable(newList([1, 2, 3, 4, 8, 16]));
    const b = setFromIterable(newList([3, 4, 5, 6, 32]));
    expect(repr(callMethod(a, "__or__", [b]))).toBe("{32, 1, 2, 3, 4, 5, 6, 8, 16}");
    expect(repr(callMethod(a, "__and__", [b]))).toBe("{3, 4}");
    expect(repr(callMethod(a, "__xor__", [b]))).toBe("{32, 1, 2, 16, 5, 6, 8}");
    expect(callMethod(a, "__or__", [newList([1])])).toBe(callMethod(a, "__or__", [1]));
  });
});

describe("range", () => {
  it("iterates numbers and bigints", () => {
    const collect = (it: PyValue): PyValue[] => iterToArray(it);
    expect(collect(rangeIter(newRange(0, 10, 3)))).toEqual([0, 3, 6, 9]);
    expect(collect(rangeReversed(newRange(0, 10, 3)))).toEqual([9, 6, 3, 0]);
    const big = rangeIter(newRange(2n ** 64n, 2n ** 64n + 2n, 1));
    expect(collect(big)).toEqual([2n ** 64n, 2n ** 64n + 1n]);
    expect(len(newRange(-5, 5, 2))).toBe(5);
    const r = call(T.rangeType, [10], null);
    expect(repr(r)).toBe("range(0, 10)");
    const it = rangeIter(newRange(0, 3, 1));
    expect([it.next(), it.next(), it.next(), it.next()]).toEqual([0, 1, 2, STOP]);
  });
});

describe("iterators", () => {
  it("zip, enumerate, map, filter, reversed", () => {
    expect(repr(call(T.listType, [call(T.zipType, [newList([1, 2]), "ab"], null)], null))).toBe("[(1, 'a'), (2, 'b')]");
    expect(repr(call(T.listType, [call(T.enumerateType, ["ab", 5], null)], null))).toBe("[(5, 'a'), (6, 'b')]");
    expect(repr(call(T.listType, [call(T.reversedType, [newList([1, 2, 3])], null)], null))).toBe("[3, 2, 1]");
    expect(repr(call(T.listType, [call(T.filterType, [None, newList([0, 1, "", "x"])], null)], null))).toBe("[1, 'x']");
    expect(pyErr(() => call(T.reversedType, [1], null))).toContain("'int' object is not reversible");
  });

  it("list iterators see appends and release the list when exhausted", () => {
    const l = newList([1]) as PyList;
    const it = callMethod(l, "__iter__", []) as PyObject & { next(): PyValue };
    expect(l.rc).toBe(2);
    expect(it.next()).toBe(1);
    l.items.push(2);
    expect(it.next()).toBe(2);
    expect(it.next()).toBe(STOP);
    expect(l.rc).toBe(1);
  });
});
