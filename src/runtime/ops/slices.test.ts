import { describe, expect, it } from "vitest";
import { initRuntime } from "../init.js";
import { PySlice } from "../types/slice.js";
import { None } from "../values.js";
import { sliceIndices, sliceIndicesLong, rangeLength } from "./slices.js";
import { asSsize, clinicSsize, numberIndex } from "./index.js";
import { PyException } from "../types/exception.js";
import * as T from "../typeobjects.js";

initRuntime();

function sl(a: unknown, b: unknown, c: unknown): PySlice {
  return new PySlice(a as never, b as never, c as never);
}

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return `${e.type.name}`;
    throw e;
  }
  return "no error";
}

describe("slices", () => {
  it("adjusts like PySlice_AdjustIndices", () => {
    const b = sliceIndices(sl(None, None, None), 10);
    expect([b.start, b.stop, b.step, b.length]).toEqual([0, 10, 1, 10]);
    const r = sliceIndices(sl(None, None, -1), 10);
    expect([r.start, r.stop, r.step, r.length]).toEqual([9, -1, -1, 10]);
    const c = sliceIndices(sl(-3, 100, 2), 10);
    expect([c.start, c.stop, c.step, c.length]).toEqual([7, 10, 2, 2]);
    const d = sliceIndices(sl(5, 2, 1), 10);
    expect(d.length).toBe(0);
    const e = sliceIndices(sl(2n ** 100n, None, -(2n ** 100n)), 3);
    expect([e.start, e.length]).toEqual([2, 1]);
    expect(err(() => sliceIndices(sl(None, None, 0), 3))).toBe("ValueError");
    expect(err(() => sliceIndices(sl("a", None, None), 3))).toBe("TypeError");
  });
  it("computes long indices", () => {
    expect(sliceIndicesLong(sl(None, None, -(2n ** 100n)), 10n ** 30n)).toEqual([10n ** 30n - 1n, -1, -(2n ** 100n)]);
    expect(sliceIndicesLong(sl(-100, 5, None), 10)).toEqual([0, 5, 1]);
  });
  it("range lengths", () => {
    expect(rangeLength(0, 10, 3)).toBe(4);
    expect(rangeLength(10, 0, -3)).toBe(4);
    expect(rangeLength(0, 2n ** 64n, 1)).toBe(2n ** 64n);
    expect(rangeLength(-(2 ** 53 - 1), 2 ** 53 - 1, 2 ** 52)).toBe(4);
  });
  it("index conversions", () => {
    expect(numberIndex(true)).toBe(1);
    expect(asSsize(2n ** 62n, T.indexErrorType)).toBe(2 ** 62);
    expect(err(() => asSsize(2n ** 63n, T.indexErrorType))).toBe("IndexError");
    expect(asSsize(-(2n ** 70n), null)).toBe(-(2 ** 63));
    expect(err(() => clinicSsize(2n ** 63n))).toBe("OverflowError");
    expect(err(() => numberIndex("x"))).toBe("TypeError");
  });
});
