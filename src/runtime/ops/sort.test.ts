import { describe, expect, it } from "vitest";
import { initRuntime } from "../init.js";
import { timsort, strLess } from "./sort.js";
import type { PyValue } from "../object.js";

initRuntime();

// The same data generator as the Python script that produced EXPECTED (MINSTD LCG).
class R {
  constructor(public x: number) {}
  next(n: number): number {
    this.x = (this.x * 48271) % 2147483647;
    return this.x % n;
  }
}

function* cases(): Generator<number[]> {
  const r = new R(12345);
  const range = (a: number, b: number, s = 1) => {
    const out: number[] = [];
    for (let i = a; s > 0 ? i < b : i > b; i += s) out.push(i);
    return out;
  };
  const rep = (n: number, f: () => number) => Array.from({ length: n }, f);
  yield range(0, 10);
  yield range(10, 0, -1);
  yield rep(50, () => r.next(100));
  yield rep(300, () => r.next(5));
  yield rep(2000, () => r.next(10000));
  const x = range(0, 1000);
  const mid = x.slice(500, 510).reverse();
  x.splice(500, 10, ...mid);
  yield x;
  const a = rep(700, () => r.next(1000)).sort((p, q) => p - q);
  yield a.concat(rep(300, () => r.next(1000)));
  let y: number[] = [];
  for (let k = 0; k < 30; k++) {
    const n = r.next(199) + 1;
    const run = rep(n, () => r.next(10000)).sort((p, q) => p - q);
    if (r.next(2)) run.reverse();
    y = y.concat(run);
  }
  yield y;
  yield rep(5000, () => r.next(1000));
  let z: number[] = [];
  for (let k = 0; k < 50; k++) {
    const v = r.next(3);
    const n = r.next(99) + 1;
    z = z.concat(Array(n).fill(v));
  }
  yield z;
}

// [number of __lt__ calls, hash of the (left index, right index) sequence], from CPython 3.11.
const EXPECTED = [[9, 554206782], [9, 554206782], [217, 376878556], [1655, 598093477], [19246, 596546617], [1232, 387210200], [3786, 429238120], [19303, 860271388], [54859, 571749689], [2895, 161219003]];

describe("timsort", () => {
  it("makes CPython's comparisons, in CPython's order", () => {
    let c = 0;
    for (const data of cases()) {
      const keys = data.map((v, i) => ({ v, i })) as unknown as PyValue[];
      let h = 0;
      let count = 0;
      timsort(keys, null, (a, b) => {
        const x = a as unknown as { v: number; i: number };
        const y = b as unknown as { v: number; i: number };
        h = (h * 31 + x.i * 7919 + y.i) % 1000000007;
        count++;
        return x.v < y.v;
      });
      expect([count, h]).toEqual(EXPECTED[c]);
      const got = (keys as unknown as { v: number; i: number }[]).map((k) => k.i);
      const want = data.map((v, i) => ({ v, i })).sort((p, q) => p.v - q.v || p.i - q.i).map((k) => k.i);
      expect(got).toEqual(want);
      c++;
    }
    expect(c).toBe(EXPECTED.length);
  });

  it("keeps a permutation when a comparison raises", () => {
    for (const limit of [5, 50, 500, 3000]) {
      const data = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009);
      const keys = data.slice() as unknown as PyValue[];
      let n = 0;
      expect(() =>
        timsort(keys, null, (a, b) => {
          if (++n > limit) throw new Error("boom");
          return (a as unknown as number) < (b as unknown as number);
        }),
      ).toThrow("boom");
      expect((keys as unknown as number[]).slice().sort((p, q) => p - q)).toEqual(data.slice().sort((p, q) => p - q));
    }
  });

  it("moves values with keys", () => {
    const keys = [3, 1, 2, 1] as PyValue[];
    const values = ["a", "b", "c", "d"] as PyValue[];
    timsort(keys, values, (a, b) => (a as number) < (b as number));
    expect(values).toEqual(["b", "d", "c", "a"]);
  });

  it("orders strs by code point", () => {
    expect(strLess("\uffff", "\u{10000}")).toBe(true);
    expect(strLess("\u{10000}", "\uffff")).toBe(false);
    expect(strLess("ab", "abc")).toBe(true);
  });
});
