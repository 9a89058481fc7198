// Unit tests for the number formatting, rounding, parsing and libm code, against outputs that
// CPython 3.11 produced (fixtures/numbers.json, written by fixtures/gen_numbers.py).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { initRuntime } from "../init.js";
import { floatFromHex, floatHex } from "../types/float-type.js";
import { formatFloat, formatInt, groupDigits } from "./numformat.js";
import { fixedDigits, floatReprString, roundDouble, significantDigits } from "./floatfmt.js";
import { floatRepr } from "../../shared/repr.js";
import * as M from "./libm.js";
import { lgamma, tgamma } from "../modules/math.js";
import { parseFloatString, parseIntLiteral, parseComplexString } from "./numparse.js";
import { truediv } from "./intmath.js";

initRuntime();

interface Fixtures {
  format: [string, string, string][];
  round: [string, number, string][];
  repr: [string, string][];
  libm1: [string, string, string][];
  libm2: [string, string, string, string][];
}

const fx = JSON.parse(readFileSync(new URL("./fixtures/numbers.json", import.meta.url), "utf8")) as Fixtures;
const h = floatFromHex;

describe("float formatting (dtoa modes 0, 2, 3)", () => {
  it("format(x, spec) matches CPython", () => {
    const bad: string[] = [];
    for (const [xs, spec, want] of fx.format) {
      const got = formatFloat(h(xs), spec);
      if (got !== want) bad.push(`${xs} ${spec}: ${got} != ${want}`);
    }
    expect(bad).toEqual([]);
  });
  it("repr(x) matches CPython", () => {
    for (const [xs, want] of fx.repr) {
      expect(floatReprString(h(xs))).toBe(want);
      expect(floatRepr(h(xs))).toBe(want);
    }
  });
  it("round(x, n) matches CPython (half-even on the exact value)", () => {
    for (const [xs, n, want] of fx.round) {
      const got = roundDouble(h(xs), n);
      expect(got === null ? "overflow" : floatHex(got)).toBe(floatHex(h(want)));
    }
  });
  it("rounds exact ties to even, unlike toFixed", () => {
    expect(fixedDigits(0.125, 2)).toEqual({ digits: "12", decpt: 0 });
    expect(fixedDigits(2.5, 0)).toEqual({ digits: "2", decpt: 1 });
    expect(fixedDigits(0.5, 0)).toEqual({ digits: "", decpt: 0 });
    expect(significantDigits(9.5, 1)).toEqual({ digits: "1", decpt: 2 });
    expect(significantDigits(8.5, 1)).toEqual({ digits: "8", decpt: 1 });
    expect(formatFloat(2.675, ".2f")).toBe("2.67");
    expect(formatFloat(1e16, "")).toBe("1e+16");
  });
  it("groups digits with zero padding as InsertThousandsGrouping", () => {
    expect(groupDigits("1234", 8, ",", 3)).toBe("0,001,234");
    expect(groupDigits("1234567", 0, "_", 3)).toBe("1_234_567");
    expect(formatInt(-1234, "#020_x")).toBe("-0x00_0000_0000_04d2");
    expect(formatInt(2n ** 70n, ",")).toBe("1,180,591,620,717,411,303,424");
  });
});

describe("parsing", () => {
  it("int literals", () => {
    expect(parseIntLiteral(" -0x_1f ", 0)).toBe(-31);
    expect(parseIntLiteral("1_000_000", 10)).toBe(1000000);
    expect(parseIntLiteral("010", 0)).toBe(null);
    expect(parseIntLiteral("0_0", 0)).toBe(0);
    expect(parseIntLiteral("z".repeat(20), 36)).toBe(BigInt(parseInt("z".repeat(10), 36)) * 36n ** 10n + BigInt(parseInt("z".repeat(10), 36)));
    expect(parseIntLiteral("1__0", 10)).toBe(null);
  });
  it("float and complex strings", () => {
    expect(parseFloatString(" 1_000.5 ")).toBe(1000.5);
    expect(parseFloatString("-Infinity")).toBe(-Infinity);
    expect(parseFloatString("1._5")).toBe(null);
    expect(parseFloatString("١٢.٥")).toBe(12.5);
    expect(parseComplexString("(1+2j)")).toEqual([1, 2]);
    expect(parseComplexString("-j")).toEqual([-0 === 0 ? 0 : 0, -1]);
    expect(parseComplexString("1e3-2.5J")).toEqual([1000, -2.5]);
    expect(parseComplexString("1+")).toBe(null);
  });
  it("int true division is correctly rounded", () => {
    expect(truediv(10n ** 400n, 10n ** 399n)).toBe(10);
    expect(truediv(2n ** 1024n - 2n ** 971n, 1)).toBe(1.7976931348623157e308);
    expect(() => truediv(2n ** 1024n - 2n ** 970n, 1)).toThrow();
    expect(truediv(1, 10n ** 400n)).toBe(0);
    expect(truediv(2n ** 54n + 3n, 2)).toBe(9007199254740994);
  });
  it("hex round trip", () => {
    for (const [xs] of fx.repr) expect(floatFromHex(floatHex(h(xs)))).toBe(h(xs));
  });
});

describe("libm against glibc (through CPython's math)", () => {
  const fns1: Record<string, (x: number) => number> = { ...(M as unknown as Record<string, (x: number) => number>), gamma: tgamma, lgamma };
  it("one-argument functions agree in at least 98% of cases, and all of cbrt/erf/tanh", () => {
    const stats = new Map<string, [number, number]>();
    for (const [name, xs, want] of fx.libm1) {
      const f = fns1[name];
      const got = f(h(xs));
      const s = stats.get(name) ?? [0, 0];
      s[1]++;
      if (Object.is(got, h(want))) s[0]++;
      stats.set(name, s);
    }
    for (const [name, [ok, n]] of stats) {
      expect(ok / n, name).toBeGreaterThanOrEqual(name === "cbrt" || name === "erf" || name === "tanh" ? 1 : 0.98);
    }
  });
  it("pow, atan2, hypot agree in at least 99% of cases", () => {
    const fns2: Record<string, (x: number, y: number) => number> = { pow: M.pow, atan2: M.atan2, hypot: M.hypot };
    const stats = new Map<string, [number, number]>();
    for (const [name, as, bs, want] of fx.libm2) {
      const got = fns2[name](h(as), h(bs));
      const s = stats.get(name) ?? [0, 0];
      s[1]++;
      if (Object.is(got, h(want))) s[0]++;
      stats.set(name, s);
    }
    for (const [name, [ok, n]] of stats) expect(ok / n, name).toBeGreaterThanOrEqual(0.99);
  });
  it("special values", () => {
    expect(M.pow(-8, 1 / 3)).toBeNaN();
    expect(M.pow(-2, 3)).toBe(-8);
    expect(M.pow(0, -1)).toBe(Infinity);
    expect(Object.is(M.pow(-0, 3), -0)).toBe(true);
    expect(M.exp(-746)).toBe(0);
    expect(M.exp(-745)).toBe(5e-324);
    expect(M.log(5e-324)).toBe(-744.4400719213812);
    expect(M.atan2(-0, -1)).toBe(-Math.PI);
    expect(M.sin(1e300)).toBe(-0.8178819121159085);
    expect(M.cbrt(-27)).toBe(-3.0000000000000004);
    expect(M.hypot(3e-320, 4e-320)).toBe(5e-320);
  });
});
