import { describe, expect, it } from "vitest";
import { initRuntime } from "../init.js";
import { newFloat, newTuple, None } from "../values.js";
import { hashTuple, hashTupleReference } from "./hash.js";
import type { PyValue } from "../object.js";

initRuntime();

describe("hashTuple", () => {
  it("agrees with the BigInt reference", () => {
    let x = 12345;
    const rnd = () => {
      x = (x * 48271) % 2147483647;
      return x;
    };
    const values = (): PyValue => {
      switch (rnd() % 8) {
        case 0:
          return rnd() - 1073741824;
        case 1:
          return -1;
        case 2:
          return BigInt(rnd()) * BigInt(rnd()) * BigInt(rnd()) - 2n ** 80n;
        case 3:
          return newFloat(rnd() / 7);
        case 4:
          return rnd() % 2 === 0;
        case 5:
          return newTuple([rnd(), -rnd()]);
        case 6:
          return None;
        default:
          return (rnd() % 9007199254740991) * (rnd() % 2 ? 1 : -1);
      }
    };
    for (let n = 0; n < 3000; n++) {
      const items: PyValue[] = [];
      const len = rnd() % 6;
      for (let i = 0; i < len; i++) items.push(values());
      const t = newTuple(items);
      expect(hashTuple(t)).toEqual(hashTupleReference(t));
    }
    expect(hashTuple(newTuple([]))).toBe(5740354900026072187n);
    expect(hashTuple(newTuple([1, 2]))).toBe(-3550055125485641917n);
  });
});
