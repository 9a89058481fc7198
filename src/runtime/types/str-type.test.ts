import { describe, expect, it } from "vitest";
import { initRuntime } from "../init.js";
import * as T from "../typeobjects.js";
import type { PyValue } from "../object.js";
import { callMethod, call } from "../ops/call.js";
import { getIter, iterNext } from "../ops/iter.js";
import { getItem, len } from "../ops/seq.js";
import { binaryOp, Op } from "../ops/number.js";
import { richCompare, Cmp } from "../ops/compare.js";
import { repr } from "../ops/repr.js";
import { STOP } from "./iterator.js";
import { PyException } from "./exception.js";
import { PyStrSubclass } from "./boxed.js";
import { PyBytes, PyByteArray } from "./bytes.js";
import { PySlice } from "./slice.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { None } from "../values.js";
import { PyType, Layout, TPFLAG_BASETYPE, TPFLAG_HEAPTYPE } from "../type.js";
import { cpFlags, ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE, strUpper, strLower, strTitle, strCasefold, decimalValue } from "./str-unicode.js";
import { cpLength, cuOffset, cpIndex, strCompare } from "./str-util.js";
import { encodeStr, decodeBytes } from "../codecs.js";
import { parseFormatSpec, formatStr, splitFieldName } from "../ops/strformat.js";
import { unicodeName } from "./str-names.js";

initRuntime();

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) {
      const a = e.args.items[0];
      return `${e.type.name}: ${typeof a === "string" ? a : ""}`;
    }
    throw e;
  }
  return "no error";
}

const m = (self: PyValue, name: string, ...args: PyValue[]): PyValue => callMethod(self, name, args);
const list = (v: PyValue): PyValue[] => (v as PyList).items;

describe("code points", () => {
  it("counts and converts indices", () => {
    expect(cpLength("a😀b")).toBe(3);
    expect(cuOffset("a😀b", 2)).toBe(3);
    expect(cpIndex("a😀b", 3)).toBe(2);
    expect(len("😀")).toBe(1);
  });
  it("compares in code point order", () => {
    expect(strCompare("\uffff", "😀")).toBeLessThan(0);
    expect(strCompare("a", "b")).toBeLessThan(0);
    expect(strCompare("ab", "a")).toBeGreaterThan(0);
    expect(strCompare("\ud83d\ude00", "\ud83d\ue000")).toBeGreaterThan(0);
    expect(richCompare("\ue000", "😀", Cmp.Lt)).toBe(true);
  });
});

describe("Unicode tables (CPython 3.11 / Unicode 14)", () => {
  it("classifies characters", () => {
    expect(cpFlags(0x41) & ALPHA).toBeTruthy();
    expect(cpFlags(0xb2) & DIGIT).toBeTruthy();
    expect(cpFlags(0xb2) & DECIMAL).toBeFalsy();
    expect(cpFlags(0x4e00) & NUMERIC).toBeTruthy();
    expect(cpFlags(0x3000) & SPACE).toBeTruthy();
    expect(cpFlags(0x180e) & SPACE).toBeFalsy();
    expect(decimalValue(0x663)).toBe(3);
    expect(decimalValue(0x1d7d8)).toBe(0);
  });
  it("maps case with special casing and final sigma", () => {
    expect(strUpper("straße")).toBe("STRASSE");
    expect(strLower("ΑΣ Σ")).toBe("ας σ");
    expect(strTitle("ǆa ﬁb")).toBe("ǅa Fib");
    expect(strCasefold("ß")).toBe("ss");
    expect(strLower("İ")).toBe("i\u0307");
  });
  it("names code points", () => {
    expect(unicodeName(0xe9)).toBe("LATIN SMALL LETTER E WITH ACUTE");
    expect(unicodeName(0x4e00)).toBe("CJK UNIFIED IDEOGRAPH-4E00");
    expect(unicodeName(0xac00)).toBe("HANGUL SYLLABLE GA");
    expect(unicodeName(0xe000)).toBe(null);
  });
});

describe("str methods", () => {
  it("searches and splits by code points", () => {
    expect(m("a😀b😀c", "find", "c")).toBe(4);
    expect(m("a😀b😀c", "rfind", "😀")).toBe(3);
    expect(m("a😀b😀c", "count", "😀")).toBe(2);
    expect(list(m("a😀b😀c", "split", "😀"))).toEqual(["a", "b", "c"]);
    expect(list(m("  a  b ", "split"))).toEqual(["a", "b"]);
    expect(m("abc", "replace", "", "-")).toBe("-a-b-c-");
    expect(m("abc", "center", 6, "*")).toBe("*abc**");
    expect(m("-42", "zfill", 6)).toBe("-00042");
  });
  it("indexes and slices", () => {
    expect(getItem("a😀b", 1)).toBe("😀");
    expect(getItem("abcdef", new PySlice(None, None, -2))).toBe("fdb");
    expect(err(() => getItem("ab", 5))).toBe("IndexError: string index out of range");
  });
  it("iterates code points", () => {
    const it = getIter("a😀");
    expect(iterNext(it)).toBe("a");
    expect(iterNext(it)).toBe("😀");
    expect(iterNext(it)).toBe(STOP);
    expect((it as PyException).type.name).toBe("str_iterator");
    expect((getIter("ab") as PyException).type.name).toBe("str_ascii_iterator");
  });
  it("raises CPython's errors", () => {
    expect(err(() => m("a", "find"))).toBe("TypeError: find() takes at least 1 argument (0 given)");
    expect(err(() => m("a", "center"))).toBe("TypeError: center expected at least 1 argument, got 0");
    expect(err(() => m("a", "lower", 1))).toBe("TypeError: str.lower() takes no arguments (1 given)");
    expect(err(() => m("a", "split", ""))).toBe("ValueError: empty separator");
    expect(err(() => binaryOp("a", 1, Op.Add))).toBe('TypeError: can only concatenate str (not "int") to str');
  });
  it("accepts str subclass instances and returns exact strs", () => {
    const cls = new PyType(T.typeType, "S", [T.strType], Layout.Str, TPFLAG_HEAPTYPE | TPFLAG_BASETYPE);
    cls.mro = [cls, T.strType, T.objectType];
    cls.solidBase = T.strType;
    const s = call(cls, ["Hello"], null);
    expect(s).toBeInstanceOf(PyStrSubclass);
    expect(m(s, "upper")).toBe("HELLO");
    expect(m(s, "__str__")).toBe("Hello");
    expect(len(s)).toBe(5);
    expect(richCompare(s, "Hello", Cmp.Eq)).toBe(true);
  });
});

describe("str.format and __format__", () => {
  it("parses specs", () => {
    const f = parseFormatSpec("*^10.3s", "str", "s");
    expect([f.fill, f.align, f.width, f.precision, f.type]).toEqual(["*", "^", 10, 3, "s"]);
    expect(formatStr("abc", "0>5")).toBe("00abc");
    expect(err(() => formatStr("abc", "d"))).toBe("ValueError: Unknown format code 'd' for object of type 'str'");
    expect(err(() => formatStr("abc", "+"))).toBe("ValueError: Sign not allowed in string format specifier");
  });
  it("splits field names", () => {
    const r = splitFieldName("0.a[1][k]");
    expect(r.firstIndex).toBe(0);
    expect(r.rest.map((s) => [s.isAttr, s.name, s.index])).toEqual([
      [true, "a", -1],
      [false, "1", 1],
      [false, "k", -1],
    ]);
  });
  it("formats", () => {
    expect(m("{} {!r} {:>4}", "format", "a", "b", "c")).toBe("a 'b'    c");
    expect(err(() => m("{0}{}", "format", 1, 2))).toBe("ValueError: cannot switch from manual field specification to automatic field numbering");
    expect(err(() => m("}", "format"))).toBe("ValueError: Single '}' encountered in format string");
  });
});

describe("codecs", () => {
  it("round-trips", () => {
    for (const enc of ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "utf-8-sig", "unicode_escape"]) {
      expect(decodeBytes(encodeStr("aé€😀", enc), enc)).toBe("aé€😀");
    }
    expect(Array.from(encodeStr("é", "latin-1"))).toEqual([0xe9]);
    expect(Array.from(encodeStr("€", "cp1252"))).toEqual([0x80]);
  });
  it("applies error handlers", () => {
    expect(decodeBytes(Uint8Array.of(0x61, 0xff, 0xc3), "utf-8", "replace")).toBe("a\ufffd\ufffd");
    expect(decodeBytes(Uint8Array.of(0xff), "utf-8", "surrogateescape")).toBe("\udcff");
    expect(Array.from(encodeStr("\udcff", "utf-8", "surrogateescape"))).toEqual([0xff]);
    expect(String.fromCharCode(...encodeStr("é😀", "ascii", "namereplace"))).toBe("\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{GRINNING FACE}");
    expect(err(() => encodeStr("aé", "ascii"))).toBe("UnicodeEncodeError: ascii");
    let msg = "";
    try {
      decodeBytes(Uint8Array.of(0x61, 0xf0, 0x90), "utf-8");
    } catch (e) {
      msg = repr(e as PyException);
    }
    expect(msg).toBe("UnicodeDecodeError('utf-8', b'a\\xf0\\x90', 1, 3, 'unexpected end of data')");
  });
});

describe("bytes and bytearray", () => {
  it("constructs and indexes", () => {
    const b = call(T.bytesType, ["hé", "utf-8"], null) as PyBytes;
    expect(Array.from(b.bytes)).toEqual([0x68, 0xc3, 0xa9]);
    expect(getItem(b, 0)).toBe(0x68);
    expect(repr(b)).toBe("b'h\\xc3\\xa9'");
    expect(m(b, "decode")).toBe("hé");
    const t = m(b, "split", new PyBytes(T.bytesType, Uint8Array.of(0xc3))) as PyList;
    expect(t.items.length).toBe(2);
  });
  it("mutates bytearrays", () => {
    const a = call(T.bytearrayType, [new PyBytes(T.bytesType, Uint8Array.of(1, 2, 3))], null) as PyByteArray;
    m(a, "append", 4);
    m(a, "__setitem__", new PySlice(0, 2, None), new PyBytes(T.bytesType, Uint8Array.of(9)));
    expect(Array.from(a.bytes.subarray(0, a.length))).toEqual([9, 3, 4]);
    m(a, "__delitem__", 0);
    expect(repr(a)).toBe("bytearray(b'\\x03\\x04')");
    expect(err(() => m(a, "append", 256))).toBe("ValueError: byte must be in range(0, 256)");
    const p = m(a, "partition", new PyBytes(T.bytesType, Uint8Array.of(3))) as PyTuple;
    expect(p.items.length).toBe(3);
  });
  it("iterates", () => {
    const it = getIter(new PyBytes(T.bytesType, Uint8Array.of(7, 8)));
    expect(iterNext(it)).toBe(7);
    expect(iterNext(it)).toBe(8);
    expect(iterNext(it)).toBe(STOP);
  });
});
