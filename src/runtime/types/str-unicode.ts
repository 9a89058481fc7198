// Unicode character properties and case conversion with CPython 3.11's tables (Unicode 14.0),
// decoded on first use from str-unicode-data.ts (see scripts/gen-unicode-ctype.py). Mirrors
// Objects/unicodectype.c (_PyUnicode_IsAlpha, _PyUnicode_ToUpperFull, ...) and the case routines
// of Objects/unicodeobject.c (do_upper, do_lower with handle_capital_sigma, do_title, ...).
// ASCII is answered without the tables.

import {
  CASE_CASEFOLD,
  CASE_LOWER,
  CASE_TITLE,
  CASE_UPPER,
  FLAG_RUNS,
  FLAG_SETS,
  SPECIAL_CASEFOLD,
  SPECIAL_LOWER,
  SPECIAL_TITLE,
  SPECIAL_UPPER,
} from "./str-unicode-data.js";

export const ALPHA = 1;
export const DECIMAL = 2;
export const DIGIT = 4;
export const NUMERIC = 8;
export const SPACE = 16;
export const LOWER = 32;
export const UPPER = 64;
export const TITLE = 128;
export const CASED = 256;
export const CASE_IGNORABLE = 512;
export const PRINTABLE = 1024;
export const XID_START = 2048;
export const XID_CONTINUE = 4096;

let bmpFlags: Uint16Array | null = null;
let astralStarts: number[] = [];
let astralFlags: number[] = [];

function loadFlags(): Uint16Array {
  const bmp = new Uint16Array(0x10000);
  let cp = 0;
  for (const run of FLAG_RUNS.split(",")) {
    const colon = run.indexOf(":");
    const n = parseInt(run.slice(0, colon), 36);
    const f = FLAG_SETS[parseInt(run.slice(colon + 1), 36)];
    const end = cp + n;
    if (cp < 0x10000) bmp.fill(f, cp, Math.min(end, 0x10000));
    if (end > 0x10000) {
      astralStarts.push(Math.max(cp, 0x10000));
      astralFlags.push(f);
    }
    cp = end;
  }
  bmpFlags = bmp;
  return bmp;
}

/** The property flags of code point `cp`. */
export function cpFlags(cp: number): number {
  const bmp = bmpFlags ?? loadFlags();
  if (cp < 0x10000) return bmp[cp];
  let lo = 0;
  let hi = astralStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (astralStarts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return astralFlags[lo];
}

export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
  return (cpFlags(cp) & SPACE) !== 0;
}

/** Py_UNICODE_ISLINEBREAK */
export function isLineBreak(cp: number): boolean {
  return (cp >= 10 && cp <= 13) || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** Py_UNICODE_TODECIMAL: the decimal value of a decimal digit, or -1. */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  if (!(cpFlags(cp) & DECIMAL)) return -1;
  // Decimal digits come in contiguous sets of ten, zero first (Unicode's stability policy), and
  // adjacent sets are aligned, so the value is the distance from the run's start modulo 10.
  let zero = cp;
  while (zero > 0 && cpFlags(zero - 1) & DECIMAL) zero--;
  return (cp - zero) % 10;
}

// ---- case mappings --------------------------------------------------------------------------

type CaseMap = Map<number, number | string>;
const maps: (CaseMap | null)[] = [null, null, null, null];
const SOURCES: [string, [number, string][]][] = [
  [CASE_LOWER, SPECIAL_LOWER],
  [CASE_UPPER, SPECIAL_UPPER],
  [CASE_TITLE, SPECIAL_TITLE],
  [CASE_CASEFOLD, SPECIAL_CASEFOLD],
];
const enum Kind {
  Lower = 0,
  Upper = 1,
  Title = 2,
  Fold = 3,
}

function loadMap(kind: Kind): CaseMap {
  const m: CaseMap = new Map();
  const [runs, special] = SOURCES[kind];
  for (const run of runs.split(",")) {
    const [s, n, stride, d] = run.split(":").map((x) => parseInt(x, 36));
    for (let k = 0; k < n; k++) m.set(s + k * stride, s + k * stride + d);
  }
  for (const [cp, text] of special) m.set(cp, text);
  maps[kind] = m;
  return m;
}

function mapCp(kind: Kind, cp: number): number | string {
  const m = maps[kind] ?? loadMap(kind);
  const r = m.get(cp);
  return r === undefined ? cp : r;
}

function appendMapped(out: string[], r: number | string): void {
  out.push(typeof r === "number" ? String.fromCodePoint(r) : r);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function isAsciiStr(s: string): boolean {
  return ASCII_ONLY.test(s);
}

/** Code points of `s` (lone surrogates included as themselves). */
function cps(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function isCased(cp: number): boolean {
  return (cpFlags(cp) & CASED) !== 0;
}

function isCaseIgnorable(cp: number): boolean {
  return (cpFlags(cp) & CASE_IGNORABLE) !== 0;
}

/** handle_capital_sigma: U+03A3 lowers to final sigma after a cased letter and not before one. */
function sigmaAt(data: number[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(data[j])) j--;
  let final = j >= 0 && isCased(data[j]);
  if (final) {
    j = i + 1;
    while (j < data.length && isCaseIgnorable(data[j])) j++;
    final = j === data.length || !isCased(data[j]);
  }
  return final ? 0x3c2 : 0x3c3;
}

function lowerAt(data: number[], i: number): number | string {
  const c = data[i];
  if (c === 0x3a3) return sigmaAt(data, i);
  return mapCp(Kind.Lower, c);
}

export function strLower(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  const data = cps(s);
  const out: string[] = [];
  for (let i = 0; i < data.length; i++) appendMapped(out, lowerAt(data, i));
  return out.join("");
}

export function strUpper(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toUpperCase();
  const data = cps(s);
  const out: string[] = [];
  for (let i = 0; i < data.length; i++) appendMapped(out, mapCp(Kind.Upper, data[i]));
  return out.join("");
}

export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  const data = cps(s);
  const out: string[] = [];
  for (let i = 0; i < data.length; i++) appendMapped(out, mapCp(Kind.Fold, data[i]));
  return out.join("");
}

export function strSwapcase(s: string): string {
  const data = cps(s);
  const out: string[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c < 128) {
      if (c >= 65 && c <= 90) out.push(String.fromCharCode(c + 32));
      else if (c >= 97 && c <= 122) out.push(String.fromCharCode(c - 32));
      else out.push(String.fromCharCode(c));
      continue;
    }
    const f = cpFlags(c);
    if (f & UPPER) appendMapped(out, lowerAt(data, i));
    else if (f & LOWER) appendMapped(out, mapCp(Kind.Upper, c));
    else out.push(String.fromCodePoint(c));
  }
  return out.join("");
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const data = cps(s);
  const out: string[] = [];
  appendMapped(out, mapCp(Kind.Title, data[0]));
  for (let i = 1; i < data.length; i++) appendMapped(out, lowerAt(data, i));
  return out.join("");
}

export function strTitle(s: string): string {
  const data = cps(s);
  const out: string[] = [];
  let prevCased = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    appendMapped(out, prevCased ? lowerAt(data, i) : mapCp(Kind.Title, c));
    prevCased = isCased(c);
  }
  return out.join("");
}

// ---- predicates -------------------------------------------------------------------------------

/** True when every code point of non-empty `s` has one of `mask`'s flags. */
export function allHave(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (!(cpFlags(c) & mask)) return false;
  }
  return true;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of cps(s)) {
    const f = cpFlags(c);
    if (f & (UPPER | TITLE)) return false;
    if (f & LOWER) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of cps(s)) {
    const f = cpFlags(c);
    if (f & (LOWER | TITLE)) return false;
    if (f & UPPER) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of cps(s)) {
    const f = cpFlags(c);
    if (f & (UPPER | TITLE)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (f & LOWER) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function strIsPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!(cpFlags(cp) & PRINTABLE)) return false;
  }
  return true;
}

export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  const data = cps(s);
  if (!(cpFlags(data[0]) & XID_START)) return false;
  for (let i = 1; i < data.length; i++) if (!(cpFlags(data[i]) & XID_CONTINUE)) return false;
  return true;
}
