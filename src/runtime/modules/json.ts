// The _json accelerator (Modules/_json.c): scanstring, the scanner (make_scanner) and the
// encoder (make_encoder), plus encode_basestring(_ascii). The json package (pylib/json) uses
// them the way CPython's uses _json; the scanner's errors and positions are _json.c's.
//
// Positions are code point indices, as in Python: an input with astral characters is scanned
// as an array of code points.

import { PyObject, decref, newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newListOwned, newDict, newFloat } from "../values.js";
import { typeError, valueError, raise } from "../errors.js";
import { isTrue } from "../ops/compare.js";
import { defMethod, defNew } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyDict } from "../types/dict.js";
import { PyList } from "../types/list.js";
import { PyTuple } from "../types/tuple.js";
import { PyFloat } from "../types/float.js";
import { PyIntSubclass, PyStrSubclass } from "../types/boxed.js";
import { STOP } from "../types/iterator.js";
import { builtinObject } from "../types/iter-types.js";
import { call, callMethod } from "../ops/call.js";
import { getAttr } from "../ops/attr.js";
import { getIter, iterNext } from "../ops/iter.js";
import { listSort } from "../ops/sort.js";
import { toDecimalString, norm } from "../ops/intmath.js";
import { floatRepr } from "../../shared/repr.js";
import { defFn, newNativeType, kwCount, clinicArgs, unpackCount } from "./modutil.js";

// ---- helpers ------------------------------------------------------------------------------

function importAttr(module: string, name: string): PyValue {
  const imp = builtinObject("__import__");
  let m: PyValue;
  try {
    m = call(imp, [module, None, None, newListOwned([name])], null);
  } finally {
    decref(imp);
  }
  try {
    return getAttr(m, name);
  } finally {
    decref(m);
  }
}

/** raise_errmsg: JSONDecodeError(msg, doc, pos) */
function decodeError(msg: string, doc: PyValue, pos: number): never {
  const cls = importAttr("json.decoder", "JSONDecodeError");
  let exc: PyValue;
  try {
    exc = call(cls, [msg, doc, pos], null);
  } finally {
    decref(cls);
  }
  throw exc;
}

/** StopIteration(idx): the scanner found no value at idx */
function stopIteration(idx: number): never {
  throw call(T.stopIterationType, [idx], null);
}

function strValue(v: PyValue): string | null {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSubclass) return v.value;
  return null;
}

let recursionLimitCache = -1;
function recursionLimit(): number {
  if (recursionLimitCache > 0) return recursionLimitCache;
  const f = importAttr("sys", "getrecursionlimit");
  try {
    const n = call(f, [], null);
    return typeof n === "number" ? n : 1000;
  } finally {
    decref(f);
  }
}

// ---- the source text ----------------------------------------------------------------------

/** A str as code points: JS units when it has no surrogates, else an array of code points. */
class Source {
  readonly cps: number[] | null;
  readonly length: number;
  constructor(readonly text: string) {
    if (/[\ud800-\udfff]/.test(text)) {
      const cps: number[] = [];
      for (const ch of text) cps.push(ch.codePointAt(0)!);
      this.cps = cps;
      this.length = cps.length;
    } else {
      this.cps = null;
      this.length = text.length;
    }
  }
  at(i: number): number {
    return this.cps === null ? this.text.charCodeAt(i) : this.cps[i];
  }
  slice(a: number, b: number): string {
    if (this.cps === null) return this.text.slice(a, b);
    let s = "";
    for (let i = a; i < b; i++) s += String.fromCodePoint(this.cps[i]);
    return s;
  }
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** scanstring_unicode: the string starting after the quote at end-1; returns [value, end] */
function scanString(src: Source, doc: PyValue, end: number, strict: boolean): [string, number] {
  const len = src.length;
  const begin = end - 1;
  if (end < 0 || len < end) valueError("end is out of bounds");
  let out = "";
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = src.at(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) decodeError("Invalid control character at", doc, next);
    }
    if (next >= len || (c !== 0x22 && c !== 0x5c)) decodeError("Unterminated string starting at", doc, begin);
    if (next > end) out += src.slice(end, next);
    next++;
    if (c === 0x22) {
      end = next;
      break;
    }
    if (next === len) decodeError("Unterminated string starting at", doc, begin);
    c = src.at(next);
    if (c !== 0x75) {
      end = next + 1;
      let ch: string | null;
      switch (c) {
        case 0x22: ch = '"'; break;
        case 0x5c: ch = "\\"; break;
        case 0x2f: ch = "/"; break;
        case 0x62: ch = "\b"; break;
        case 0x66: ch = "\f"; break;
        case 0x6e: ch = "\n"; break;
        case 0x72: ch = "\r"; break;
        case 0x74: ch = "\t"; break;
        default: ch = null;
      }
      if (ch === null) decodeError("Invalid \\escape", doc, end - 2);
      out += ch;
    } else {
      let u = 0;
      next++;
      end = next + 4;
      if (end >= len) decodeError("Invalid \\uXXXX escape", doc, next - 1);
      for (; next < end; next++) {
        const d = hexValue(src.at(next));
        if (d < 0) decodeError("Invalid \\uXXXX escape", doc, end - 5);
        u = (u << 4) | d;
      }
      // a high surrogate followed by an escaped low surrogate makes one character
      if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && src.at(next) === 0x5c && src.at(next + 1) === 0x75) {
        next += 2;
        let u2 = 0;
        end += 6;
        for (; next < end; next++) {
          const d = hexValue(src.at(next));
          if (d < 0) decodeError("Invalid \\uXXXX escape", doc, end - 5);
          u2 = (u2 << 4) | d;
        }
        if (u2 >= 0xdc00 && u2 <= 0xdfff) u = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
        else end -= 6;
      }
      out += String.fromCodePoint(u);
    }
  }
  return [out, end];
}

// ---- the scanner --------------------------------------------------------------------------

let scannerType: PyType;

class Scanner extends PyObject {
  constructor(
    type: PyType,
    public strict: boolean,
    public objectHook: PyValue,
    public pairsHook: PyValue,
    public parseFloat: PyValue,
    public parseInt: PyValue,
    public parseConstant: PyValue,
  ) {
    super(type);
  }
  override clearRefs(): void {
    const refs = [this.objectHook, this.pairsHook, this.parseFloat, this.parseInt, this.parseConstant];
    this.objectHook = this.pairsHook = this.parseFloat = this.parseInt = this.parseConstant = None;
    for (const r of refs) decref(r);
  }
  override traverse(visit: (o: PyObject) => void): void {
    for (const r of [this.objectHook, this.pairsHook, this.parseFloat, this.parseInt, this.parseConstant]) if (typeof r === "object") visit(r);
  }
}

class ScanState {
  depth = 0;
  limit: number;
  memo = new Map<string, string>();
  /** the index after the value scanOnce() returned */
  pos = 0;
  constructor(
    readonly s: Scanner,
    readonly src: Source,
    readonly doc: PyValue,
  ) {
    this.limit = recursionLimit();
  }

  enter(what: string): void {
    if (++this.depth > this.limit) raise(T.recursionErrorType, `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
  }

  skip(idx: number): number {
    const src = this.src;
    const len = src.length;
    while (idx < len && isWhitespace(src.at(idx))) idx++;
    return idx;
  }

  matchWord(idx: number, word: string): boolean {
    const src = this.src;
    if (idx + word.length > src.length) return false;
    for (let i = 0; i < word.length; i++) if (src.at(idx + i) !== word.charCodeAt(i)) return false;
    return true;
  }

  /** scan_once_unicode: the value at idx (new reference); this.pos is set past it */
  scanOnce(idx: number): PyValue {
    const src = this.src;
    const len = src.length;
    if (idx < 0) valueError("idx cannot be negative");
    if (idx >= len) stopIteration(idx);
    const c = src.at(idx);
    switch (c) {
      case 0x22: {
        const [v, end] = scanString(src, this.doc, idx + 1, this.s.strict);
        this.pos = end;
        return v;
      }
      case 0x7b: {
        this.enter("object");
        try {
          return this.parseObject(idx + 1);
        } finally {
          this.depth--;
        }
      }
      case 0x5b: {
        this.enter("array");
        try {
          return this.parseArray(idx + 1);
        } finally {
          this.depth--;
        }
      }
      case 0x6e:
        if (this.matchWord(idx, "null")) {
          this.pos = idx + 4;
          return None;
        }
        break;
      case 0x74:
        if (this.matchWord(idx, "true")) {
          this.pos = idx + 4;
          return true;
        }
        break;
      case 0x66:
        if (this.matchWord(idx, "false")) {
          this.pos = idx + 5;
          return false;
        }
        break;
      case 0x4e:
        if (this.matchWord(idx, "NaN")) return this.constant("NaN", idx + 3);
        break;
      case 0x49:
        if (this.matchWord(idx, "Infinity")) return this.constant("Infinity", idx + 8);
        break;
      case 0x2d:
        if (this.matchWord(idx, "-Infinity")) return this.constant("-Infinity", idx + 9);
        break;
    }
    return this.matchNumber(idx);
  }

  constant(name: string, end: number): PyValue {
    const v = call(this.s.parseConstant, [name], null);
    this.pos = end;
    return v;
  }

  parseObject(idx: number): PyValue {
    const src = this.src;
    const len = src.length;
    const doc = this.doc;
    const pairsHook = this.s.pairsHook !== None;
    const pairs: PyValue[] = [];
    const dict = pairsHook ? null : newDict();
    try {
      idx = this.skip(idx);
      if (idx >= len || src.at(idx) !== 0x7d) {
        for (;;) {
          if (idx >= len || src.at(idx) !== 0x22) decodeError("Expecting property name enclosed in double quotes", doc, idx);
          let [key, next] = scanString(src, doc, idx + 1, this.s.strict);
          const memo = this.memo.get(key);
          if (memo !== undefined) key = memo;
          else this.memo.set(key, key);
          idx = this.skip(next);
          if (idx >= len || src.at(idx) !== 0x3a) decodeError("Expecting ':' delimiter", doc, idx);
          idx = this.skip(idx + 1);
          const val = this.scanOnce(idx);
          if (pairsHook) pairs.push(newTupleOwned([key, val]));
          else {
            dict!.set(key, val);
            if (typeof val === "object") decref(val);
          }
          idx = this.skip(this.pos);
          if (idx < len && src.at(idx) === 0x7d) break;
          if (idx >= len || src.at(idx) !== 0x2c) decodeError("Expecting ',' delimiter", doc, idx);
          idx = this.skip(idx + 1);
        }
      }
    } catch (e) {
      for (const p of pairs) decref(p);
      if (dict !== null) decref(dict);
      throw e;
    }
    const end = idx + 1;
    let result: PyValue;
    if (pairsHook) {
      const list = newListOwned(pairs);
      try {
        result = call(this.s.pairsHook, [list], null);
      } finally {
        decref(list);
      }
    } else if (this.s.objectHook !== None) {
      try {
        result = call(this.s.objectHook, [dict!], null);
      } finally {
        decref(dict!);
      }
    } else result = dict!;
    this.pos = end;
    return result;
  }

  parseArray(idx: number): PyValue {
    const src = this.src;
    const len = src.length;
    const items: PyValue[] = [];
    try {
      idx = this.skip(idx);
      if (idx >= len || src.at(idx) !== 0x5d) {
        for (;;) {
          items.push(this.scanOnce(idx));
          idx = this.skip(this.pos);
          if (idx < len && src.at(idx) === 0x5d) break;
          if (idx >= len || src.at(idx) !== 0x2c) decodeError("Expecting ',' delimiter", this.doc, idx);
          idx = this.skip(idx + 1);
        }
      }
    } catch (e) {
      for (const v of items) decref(v);
      throw e;
    }
    this.pos = idx + 1;
    return newListOwned(items);
  }

  /** _match_number_unicode */
  matchNumber(start: number): PyValue {
    const src = this.src;
    const endIdx = src.length - 1;
    let idx = start;
    if (src.at(idx) === 0x2d) {
      idx++;
      if (idx > endIdx) stopIteration(start);
    }
    let c = src.at(idx);
    if (c >= 0x31 && c <= 0x39) {
      idx++;
      while (idx <= endIdx && (c = src.at(idx)) >= 0x30 && c <= 0x39) idx++;
    } else if (c === 0x30) idx++;
    else stopIteration(start);
    let isFloat = false;
    if (idx < endIdx && src.at(idx) === 0x2e && (c = src.at(idx + 1)) >= 0x30 && c <= 0x39) {
      isFloat = true;
      idx += 2;
      while (idx <= endIdx && (c = src.at(idx)) >= 0x30 && c <= 0x39) idx++;
    }
    if (idx < endIdx && (src.at(idx) === 0x65 || src.at(idx) === 0x45)) {
      const eStart = idx;
      idx++;
      if (idx < endIdx && (src.at(idx) === 0x2d || src.at(idx) === 0x2b)) idx++;
      while (idx <= endIdx && (c = src.at(idx)) >= 0x30 && c <= 0x39) idx++;
      c = src.at(idx - 1);
      if (c >= 0x30 && c <= 0x39) isFloat = true;
      else idx = eStart;
    }
    this.pos = idx;
    const text = src.slice(start, idx);
    const custom = isFloat ? (this.s.parseFloat !== T.floatType ? this.s.parseFloat : null) : this.s.parseInt !== T.intType ? this.s.parseInt : null;
    if (custom !== null) {
      const v = call(custom, [text], null);
      this.pos = idx;
      return v;
    }
    if (isFloat) return newFloat(Number(text));
    if (text.length <= 15) return Number(text) + 0;
    if (text.length > 4300) return call(T.intType, [text], null);
    return norm(BigInt(text));
  }
}

function initScanner(): void {
  scannerType = newNativeType("Scanner", "_json", true, T.objectType, "JSON scanner object");
  defNew(scannerType, (cls, args, kwnames) => {
    const [ctx] = clinicArgs("make_scanner", args, kwnames, ["context"]);
    const get = (name: string) => getAttr(ctx!, name);
    const strictV = get("strict");
    let strict: boolean;
    try {
      strict = isTrue(strictV);
    } finally {
      decref(strictV);
    }
    const objectHook = get("object_hook");
    const pairsHook = get("object_pairs_hook");
    const parseFloat = get("parse_float");
    const parseInt = get("parse_int");
    const parseConstant = get("parse_constant");
    cls.rc++;
    return new Scanner(cls, strict, objectHook, pairsHook, parseFloat, parseInt, parseConstant);
  });
  defMethod(scannerType, "__call__", (self, args, kwnames) => {
    const s = self as Scanner;
    const [string, idxArg] = clinicArgs("scan_once", args, kwnames, ["string", "idx"]);
    const text = strValue(string!);
    if (text === null) typeError(`first argument must be a string, not ${typeOf(string!).name}`);
    const idx = typeof idxArg === "number" ? idxArg : Number(idxArg);
    const state = new ScanState(s, new Source(text), string!);
    const v = state.scanOnce(idx);
    return newTupleOwned([v, state.pos]);
  });
}

// ---- string encoding ----------------------------------------------------------------------

function hex4(n: number): string {
  return "\\u" + n.toString(16).padStart(4, "0");
}

/** ascii_escape_unicode: "..." with everything outside printable ASCII escaped */
export function encodeAscii(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i);
    run = i + 1;
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += "\\\\"; break;
      case 0x08: out += "\\b"; break;
      case 0x0c: out += "\\f"; break;
      case 0x0a: out += "\\n"; break;
      case 0x0d: out += "\\r"; break;
      case 0x09: out += "\\t"; break;
      default: out += hex4(c); // UTF-16 units: astral characters come out as surrogate pairs
    }
  }
  return out + s.slice(run) + '"';
}

/** escape_unicode: "..." with only quotes, backslashes and control characters escaped */
export function encodeUnicode(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i);
    run = i + 1;
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += "\\\\"; break;
      case 0x08: out += "\\b"; break;
      case 0x0c: out += "\\f"; break;
      case 0x0a: out += "\\n"; break;
      case 0x0d: out += "\\r"; break;
      case 0x09: out += "\\t"; break;
      default: out += hex4(c);
    }
  }
  return out + s.slice(run) + '"';
}

let encodeAsciiFn: PyValue;
let encodeUnicodeFn: PyValue;

// ---- the encoder --------------------------------------------------------------------------

let encoderType: PyType;

class Encoder extends PyObject {
  constructor(
    type: PyType,
    public markers: PyValue,
    public dflt: PyValue,
    public encoder: PyValue,
    /** the indent string; null for none (the one-line form) */
    public indent: string | null,
    public keySep: string,
    public itemSep: string,
    public sortKeys: boolean,
    public skipKeys: boolean,
    public allowNan: boolean,
  ) {
    super(type);
  }
  override clearRefs(): void {
    const refs = [this.markers, this.dflt, this.encoder];
    this.markers = this.dflt = this.encoder = None;
    for (const r of refs) decref(r);
  }
  override traverse(visit: (o: PyObject) => void): void {
    for (const r of [this.markers, this.dflt, this.encoder]) if (typeof r === "object") visit(r);
  }
}

/** A growable UTF-16 buffer: the encoder writes code units here instead of building strings. */
class Writer {
  buf = new Uint16Array(4096);
  len = 0;

  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const nb = new Uint16Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }

  raw(s: string): void {
    const n = s.length;
    if (this.len + n > this.buf.length) this.grow(n);
    const buf = this.buf;
    let len = this.len;
    for (let i = 0; i < n; i++) buf[len++] = s.charCodeAt(i);
    this.len = len;
  }

  /** a JSON string literal of s: quotes, escapes, and \uXXXX for non-ASCII when ascii */
  quoted(s: string, ascii: boolean): void {
    const n = s.length;
    if (this.len + n * 6 + 2 > this.buf.length) this.grow(n * 6 + 2);
    const buf = this.buf;
    let len = this.len;
    buf[len++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c <= 0x7e || !ascii)) {
        buf[len++] = c;
        continue;
      }
      buf[len++] = 0x5c;
      switch (c) {
        case 0x22: buf[len++] = 0x22; break;
        case 0x5c: buf[len++] = 0x5c; break;
        case 0x08: buf[len++] = 0x62; break;
        case 0x0c: buf[len++] = 0x66; break;
        case 0x0a: buf[len++] = 0x6e; break;
        case 0x0d: buf[len++] = 0x72; break;
        case 0x09: buf[len++] = 0x74; break;
        default: {
          buf[len++] = 0x75;
          for (let shift = 12; shift >= 0; shift -= 4) {
            const d = (c >> shift) & 15;
            buf[len++] = d < 10 ? 0x30 + d : 0x61 + d - 10;
          }
        }
      }
    }
    buf[len++] = 0x22;
    this.len = len;
  }

  finish(): string {
    const parts: string[] = [];
    const buf = this.buf;
    for (let i = 0; i < this.len; i += 8192) {
      parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(this.len, i + 8192)) as unknown as number[]));
    }
    return parts.join("");
  }
}

class EncodeState {
  w = new Writer();
  depth = 0;
  limit: number;
  /** the containers being encoded (markers), when checking for cycles */
  active: Set<PyObject> | null;
  constructor(readonly e: Encoder) {
    this.limit = recursionLimit();
    this.active = e.markers === None ? null : new Set();
  }

  encodeStr(s: string, obj: PyValue): void {
    const f = this.e.encoder;
    if (f === encodeAsciiFn) this.w.quoted(s, true);
    else if (f === encodeUnicodeFn) this.w.quoted(s, false);
    else {
      const r = call(f, [obj], null);
      try {
        const t = strValue(r);
        if (t === null) typeError(`encoder() must return a string, not ${typeOf(r).name}`);
        this.w.raw(t);
      } finally {
        decref(r);
      }
    }
  }

  floatStr(x: number): string {
    if (Number.isFinite(x)) return floatRepr(x);
    if (!this.e.allowNan) {
      if (this.e.indent === null) valueError("Out of range float values are not JSON compliant");
      valueError(`Out of range float values are not JSON compliant: ${floatRepr(x)}`);
    }
    return x !== x ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  }

  enter(): void {
    if (++this.depth > this.limit) {
      raise(T.recursionErrorType, this.e.indent === null ? "maximum recursion depth exceeded while encoding a JSON object" : "maximum recursion depth exceeded");
    }
  }

  mark(o: PyObject): void {
    const active = this.active;
    if (active === null) return;
    if (active.has(o)) valueError("Circular reference detected");
    active.add(o);
  }

  unmark(o: PyObject): void {
    if (this.active !== null) this.active.delete(o);
  }

  newline(level: number): string {
    return "\n" + this.e.indent!.repeat(level);
  }

  encode(o: PyValue, level: number): void {
    if (typeof o === "string") return this.encodeStr(o, o);
    if (o === None) return void this.w.raw("null");
    if (o === true) return void this.w.raw("true");
    if (o === false) return void this.w.raw("false");
    if (typeof o === "number" || typeof o === "bigint") return void this.w.raw(toDecimalString(o));
    if (o instanceof PyStrSubclass) return this.encodeStr(o.value, o);
    if (o instanceof PyIntSubclass) return void this.w.raw(toDecimalString(o.value));
    if (o instanceof PyFloat) return void this.w.raw(this.floatStr(o.value));
    if (o instanceof PyList || o instanceof PyTuple) return this.encodeList(o, level);
    if (o instanceof PyDict) return this.encodeDict(o, level);
    // anything else goes through default()
    this.mark(o);
    const replacement = call(this.e.dflt, [o], null);
    this.enter();
    try {
      this.encode(replacement, level);
    } finally {
      this.depth--;
      decref(replacement);
    }
    this.unmark(o);
  }

  encodeList(seq: PyList | PyTuple, level: number): void {
    if (seq.items.length === 0) return void this.w.raw("[]");
    this.mark(seq);
    this.enter();
    try {
      const indent = this.e.indent;
      let sep = this.e.itemSep;
      this.w.raw("[");
      if (indent !== null) {
        level++;
        const nl = this.newline(level);
        sep = this.e.itemSep + nl;
        this.w.raw(nl);
      }
      const items = seq.items.slice();
      for (const v of items) if (typeof v === "object") v.rc++;
      try {
        for (let i = 0; i < items.length; i++) {
          if (i > 0) this.w.raw(sep);
          this.encode(items[i], level);
        }
      } finally {
        for (const v of items) decref(v);
      }
      if (indent !== null) {
        level--;
        this.w.raw(this.newline(level));
      }
      this.w.raw("]");
    } finally {
      this.depth--;
    }
    this.unmark(seq);
  }

  keyStr(key: PyValue): string | null {
    if (typeof key === "string") return key;
    if (key instanceof PyStrSubclass) return key.value;
    if (key instanceof PyFloat) return this.floatStr(key.value);
    if (key === true) return "true";
    if (key === false) return "false";
    if (key === None) return "null";
    if (typeof key === "number" || typeof key === "bigint") return toDecimalString(key);
    if (key instanceof PyIntSubclass) return toDecimalString(key.value);
    if (this.e.skipKeys) return null;
    return typeError(`keys must be str, int, float, bool or None, not ${typeOf(key).name}`);
  }

  encodeDict(d: PyDict, level: number): void {
    if (d.size === 0) return void this.w.raw("{}");
    this.mark(d);
    if (d.type === T.dictType && !this.e.sortKeys) {
      this.enter();
      try {
        this.encodeDictFast(d, level);
      } finally {
        this.depth--;
      }
      this.unmark(d);
      return;
    }
    this.enter();
    try {
      // the items (PyMapping_Items), sorted as tuples with sort_keys
      let pairs: PyValue[];
      if (d.type === T.dictType) {
        pairs = [];
        for (let i = 0; i < d.keys.length; i++) {
          const k = d.keys[i];
          if (k === undefined) continue;
          pairs.push(newTupleOwned([newref(k), newref(d.values[i]!)]));
        }
      } else {
        const items = callMethod(d, "items", []);
        pairs = [];
        try {
          const it = getIter(items);
          try {
            for (;;) {
              const p = iterNext(it);
              if (p === STOP) break;
              pairs.push(p);
            }
          } finally {
            decref(it);
          }
        } finally {
          decref(items);
        }
      }
      const list = newListOwned(pairs);
      try {
        if (this.e.sortKeys) listSort(list, null, false);
        const indent = this.e.indent;
        let sep = this.e.itemSep;
        this.w.raw("{");
        if (indent !== null) {
          level++;
          const nl = this.newline(level);
          sep = this.e.itemSep + nl;
          this.w.raw(nl);
        }
        let first = true;
        for (const pair of list.items.slice()) {
          if (!(pair instanceof PyTuple) || pair.items.length !== 2) valueError("items must return 2-tuples");
          const [k, v] = pair.items;
          const ks = this.keyStr(k);
          if (ks === null) continue;
          if (!first) this.w.raw(sep);
          first = false;
          this.encodeStr(ks, typeof k === "string" ? k : ks);
          this.w.raw(this.e.keySep);
          this.encode(v, level);
        }
        if (indent !== null) {
          level--;
          this.w.raw(this.newline(level));
        }
        this.w.raw("}");
      } finally {
        decref(list);
      }
    } finally {
      this.depth--;
    }
    this.unmark(d);
  }

  /** an exact dict in insertion order: no item tuples */
  encodeDictFast(d: PyDict, level: number): void {
    const indent = this.e.indent;
    let sep = this.e.itemSep;
    this.w.raw("{");
    if (indent !== null) {
      level++;
      const nl = this.newline(level);
      sep = this.e.itemSep + nl;
      this.w.raw(nl);
    }
    const keys = d.keys.slice();
    const values = d.values.slice();
    const n = keys.length;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (k !== undefined && typeof k === "object") k.rc++;
      const v = values[i];
      if (v !== undefined && typeof v === "object") v.rc++;
    }
    try {
      let first = true;
      for (let i = 0; i < n; i++) {
        const k = keys[i];
        if (k === undefined) continue;
        const ks = typeof k === "string" ? k : this.keyStr(k);
        if (ks === null) continue;
        if (!first) this.w.raw(sep);
        first = false;
        this.encodeStr(ks, typeof k === "string" ? k : ks);
        this.w.raw(this.e.keySep);
        this.encode(values[i]!, level);
      }
    } finally {
      for (let i = 0; i < n; i++) {
        const k = keys[i];
        if (k !== undefined) decref(k);
        const v = values[i];
        if (v !== undefined) decref(v);
      }
    }
    if (indent !== null) {
      level--;
      this.w.raw(this.newline(level));
    }
    this.w.raw("}");
  }
}

function initEncoder(): void {
  encoderType = newNativeType("Encoder", "_json", true, T.objectType, "_iterencode(obj, _current_indent_level) -> iterable");
  defNew(encoderType, (cls, args, kwnames) => {
    const [markers, dflt, encoder, indent, keySep, itemSep, sortKeys, skipKeys, allowNan] = clinicArgs("make_encoder", args, kwnames, [
      "markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan",
    ]);
    if (markers !== None && !(markers instanceof PyDict)) typeError(`make_encoder() argument 1 must be dict or None, not ${typeOf(markers!).name}`);
    const ks = strValue(keySep!);
    if (ks === null) typeError(`make_encoder() argument 5 must be str, not ${typeOf(keySep!).name}`);
    const is = strValue(itemSep!);
    if (is === null) typeError(`make_encoder() argument 6 must be str, not ${typeOf(itemSep!).name}`);
    let ind: string | null = null;
    if (indent !== None) {
      const s = strValue(indent!);
      ind = s !== null ? s : " ".repeat(Number(indent));
    }
    cls.rc++;
    return new Encoder(cls, newref(markers!), newref(dflt!), newref(encoder!), ind, ks, is, truth(sortKeys!), truth(skipKeys!), truth(allowNan!));
  });
  defMethod(encoderType, "__call__", (self, args, kwnames) => {
    const e = self as Encoder;
    const [obj, level] = clinicArgs("_iterencode", args, kwnames, ["obj", "_current_indent_level"]);
    const state = new EncodeState(e);
    state.encode(obj!, typeof level === "number" ? level : 0);
    return newTupleOwned([state.w.finish()]);
  });
}

function truth(v: PyValue): boolean {
  return isTrue(v);
}

// ---- the module ---------------------------------------------------------------------------

let ready = false;

export function createJsonNativeModule(): PyModule {
  if (!ready) {
    ready = true;
    initScanner();
    initEncoder();
  }
  const m = new PyModule("_json", "json speedups\n");
  defFn(m, "scanstring", (args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("scanstring() takes no keyword arguments");
    unpackCount("scanstring", args.length, 2, 3);
    const text = strValue(args[0]);
    if (text === null) typeError(`first argument must be a string, not ${typeOf(args[0]).name}`);
    const end = typeof args[1] === "number" ? args[1] : Number(args[1]);
    const strict = args.length > 2 ? truth(args[2]) : true;
    const [v, next] = scanString(new Source(text), args[0], end, strict);
    return newTupleOwned([v, next]);
  }, "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.");
  defFn(m, "encode_basestring_ascii", (args) => {
    unpackCount("encode_basestring_ascii", args.length, 1, 1);
    const s = strValue(args[0]);
    if (s === null) typeError(`first argument must be a string, not ${typeOf(args[0]).name}`);
    return encodeAscii(s);
  }, "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string");
  encodeAsciiFn = m.dict.getStr("encode_basestring_ascii")!;
  defFn(m, "encode_basestring", (args) => {
    unpackCount("encode_basestring", args.length, 1, 1);
    const s = strValue(args[0]);
    if (s === null) typeError(`first argument must be a string, not ${typeOf(args[0]).name}`);
    return encodeUnicode(s);
  }, "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string");
  encodeUnicodeFn = m.dict.getStr("encode_basestring")!;
  m.dict.set("make_scanner", scannerType);
  m.dict.set("make_encoder", encoderType);
  return m;
}
