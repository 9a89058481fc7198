// Helpers shared by str, bytes and bytearray: code point indexing of JS strings, the index
// protocol (PyNumber_Index, _PyEval_SliceIndex, PySlice_GetIndicesEx), and argument checks whose
// messages follow the CPython calling conventions each method uses (METH_NOARGS, METH_O,
// PyArg_ParseTuple, Argument Clinic).

import { decref, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import { None } from "../values.js";
import { overflowError, typeError, valueError } from "../errors.js";
import { callSpecialFound } from "../ops/special.js";
import { PyIntSubclass, PyStrSubclass } from "./boxed.js";
import { PySlice } from "./slice.js";
import type { Int } from "../ops/intmath.js";

/** sys.maxsize (PY_SSIZE_T_MAX) as the runtime sees it: indices are clamped to the safe range. */
export const MAX_INDEX = Number.MAX_SAFE_INTEGER;

// ---- code points ------------------------------------------------------------------------------

const SURROGATE = /[\ud800-\udfff]/;

// Facts about the last few long strings asked about: loops that index or measure a string
// (`while i < len(s): s[i]`) must not rescan it each time. JS strings carry no flags, so a small
// round-robin cache keyed by identity (=== on the same string is a pointer comparison) does it.
const CACHE_SIZE = 4;
const MIN_CACHED = 64;
const cacheStr: string[] = new Array(CACHE_SIZE).fill("");
const cacheWide: boolean[] = new Array(CACHE_SIZE).fill(false);
const cacheLen: number[] = new Array(CACHE_SIZE).fill(0);
const cacheCps: (string[] | null)[] = new Array(CACHE_SIZE).fill(null);
let cacheNext = 0;

function cacheSlot(s: string): number {
  for (let k = 0; k < CACHE_SIZE; k++) if (cacheStr[k] === s) return k;
  const k = cacheNext;
  cacheNext = (k + 1) % CACHE_SIZE;
  const wide = SURROGATE.test(s);
  cacheStr[k] = s;
  cacheWide[k] = wide;
  cacheCps[k] = null;
  cacheLen[k] = wide ? countCodePoints(s) : s.length;
  return k;
}

function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** True when `s` holds a surrogate code unit, i.e. code unit and code point indices may differ. */
export function hasSurrogates(s: string): boolean {
  if (s.length < MIN_CACHED) return SURROGATE.test(s);
  return cacheWide[cacheSlot(s)];
}

/** The code points of `s` as JS strings (astral characters are one element each). Do not mutate. */
export function codePoints(s: string): string[] {
  if (s.length < MIN_CACHED) return Array.from(s);
  const k = cacheSlot(s);
  return (cacheCps[k] ??= Array.from(s));
}

/** The number of code points in `s`. */
export function cpLength(s: string): number {
  if (s.length < MIN_CACHED) return SURROGATE.test(s) ? countCodePoints(s) : s.length;
  return cacheLen[cacheSlot(s)];
}

/** The code unit offset of code point `cp` in `s` (cp may equal the length). */
export function cuOffset(s: string, cp: number): number {
  let i = 0;
  while (cp > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
    cp--;
  }
  return i;
}

/** The code point index of code unit offset `cu` in `s`. */
export function cpIndex(s: string, cu: number): number {
  let n = cu;
  for (let i = 0; i < cu - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Code point comparison of two strs (JS `<` compares UTF-16 units, which differs past U+D7FF). */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const ca = a.charCodeAt(i);
  const cb = b.charCodeAt(i);
  if (ca < 0xd800 && cb < 0xd800) return ca - cb;
  // step back to the start of the code point (a shared high surrogate)
  if (i > 0) {
    const p = a.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) i--;
  }
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

/** The str value of an exact str or a str subclass instance; undefined for anything else. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSubclass) return v.value;
  return undefined;
}

// ---- the index protocol -----------------------------------------------------------------------

/** An int's value (bools and int subclasses included), or undefined for a non-int. */
export function intValue(v: PyValue): Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyIntSubclass) return v.value;
  return undefined;
}

/**
 * PyNumber_Index: an int, or the result of __index__. `notIndex` builds the TypeError message for
 * objects without __index__ (default: "'X' object cannot be interpreted as an integer").
 */
export function asIndex(v: PyValue, notIndex?: (typeName: string) => string): Int {
  const i = intValue(v);
  if (i !== undefined) return i;
  const t = typeOf(v);
  const f = t.lookup("__index__");
  if (f === undefined || f === None) {
    typeError(notIndex !== undefined ? notIndex(t.name) : `'${t.name}' object cannot be interpreted as an integer`);
  }
  const r = callSpecialFound(f, v);
  const ri = intValue(r);
  if (ri === undefined) {
    const name = typeOf(r).name;
    decref(r);
    typeError(`__index__ returned non-int (type ${name})`);
  }
  decref(r);
  return ri;
}

/** PyNumber_AsSsize_t(v, OverflowError) with CPython's message for ints beyond ssize_t. */
export function asSsize(v: PyValue, notIndex?: (typeName: string) => string, tooBig = "Python int too large to convert to C ssize_t"): number {
  const i = asIndex(v, notIndex);
  if (typeof i === "number") return i;
  // ints that fit a ssize_t but not a JS safe integer act as +-sys.maxsize (no length gets there)
  if (i >= -(2n ** 63n) && i < 2n ** 63n) return i < 0n ? -MAX_INDEX : MAX_INDEX;
  return overflowError(tooBig);
}

/** PyNumber_AsSsize_t(v, NULL): out-of-range ints are clamped (used for slice indices). */
export function asClampedIndex(v: PyValue, notIndex?: (typeName: string) => string): number {
  const i = asIndex(v, notIndex);
  if (typeof i === "number") return i;
  return i < 0n ? -MAX_INDEX : MAX_INDEX;
}

const SLICE_INDEX_MSG = (): string => "slice indices must be integers or None or have an __index__ method";

/** _PyEval_SliceIndex: None gives `dflt`, otherwise an index clamped to the ssize_t range. */
export function sliceIndex(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (typeof v === "number") return v;
  return asClampedIndex(v, SLICE_INDEX_MSG);
}

/** Normalises find-style start/end (ADJUST_INDICES) against a length. */
export function adjustRange(start: number, end: number, length: number): [number, number] {
  if (end > length) end = length;
  else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength]. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step: number;
  if (s.step === None) step = 1;
  else {
    step = asClampedIndex(s.step, SLICE_INDEX_MSG);
    if (step === 0) valueError("slice step cannot be zero");
  }
  let start = s.start === None ? (step < 0 ? MAX_INDEX : 0) : asClampedIndex(s.start, SLICE_INDEX_MSG);
  let stop = s.stop === None ? (step < 0 ? -MAX_INDEX : MAX_INDEX) : asClampedIndex(s.stop, SLICE_INDEX_MSG);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

// ---- argument checks --------------------------------------------------------------------------

/** METH_NOARGS: "str.lower() takes no arguments (1 given)". `qual` is "type.method". */
export function noArgs(qual: string, args: PyValue[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`${qual}() takes no arguments (${args.length} given)`);
}

/** METH_O: "str.join() takes exactly one argument (0 given)". Returns the argument. */
export function oneArg(qual: string, args: PyValue[], kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Slot wrappers (__add__, __len__, ...): "expected 1 argument, got 0". */
export function wrapperArgs(name: string, args: PyValue[], kwnames: string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/** Argument Clinic, positional-only with optional arguments: "center expected at least 1 argument, got 0". */
export function clinicPositional(name: string, qual: string, args: PyValue[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qual}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** PyArg_ParseTuple with optional arguments: "find() takes at least 1 argument (0 given)". */
export function tupleArgs(name: string, args: PyValue[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name}() takes ${min === max ? "exactly" : "at least"} ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  if (n > max) typeError(`${name}() takes ${min === max ? "exactly" : "at most"} ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
}

/**
 * Argument Clinic with keyword arguments (_PyArg_UnpackKeywords): binds `args` to `names`, of
 * which the first `required` are required. Returns the values (undefined when absent).
 */
export function clinicKeywords(name: string, args: PyValue[], kwnames: string[] | null, names: readonly string[], required: number, posOnly = 0): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  if (args.length > names.length) {
    typeError(`${name}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  }
  if (npos < required && required <= posOnly) {
    typeError(`${name}() takes ${required === names.length ? "exactly" : "at least"} ${required} positional argument${required === 1 ? "" : "s"} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const idx = names.indexOf(kw);
    if (idx < posOnly) {
      if (idx >= 0 && idx < posOnly) typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${kw}'`);
      typeError(`'${kw}' is an invalid keyword argument for ${name}()`);
    }
    if (out[idx] !== undefined) typeError(`argument for ${name}() given by name ('${kw}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** The type name Argument Clinic puts in "must be str, not X" messages ("None" for None). */
export function clinicTypeName(v: PyValue): string {
  return v === None ? "None" : typeOf(v).name;
}

/** "must be str, not int" for a str argument. */
export function needStr(v: PyValue, msg: (typeName: string) => string = (n) => `must be str, not ${n}`): string {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSubclass) return v.value;
  return typeError(msg(typeOf(v).name));
}

export function isStrType(v: PyValue): boolean {
  return typeof v === "string" || v instanceof PyStrSubclass;
}
