// Searching, splitting and stripping JS strings with str's code point semantics
// (Objects/stringlib/fastsearch.h, split.h, Objects/unicodeobject.c). Strings without surrogates
// are handled on UTF-16 code units directly; otherwise indices are converted between code points
// and code units, and matches that would split a surrogate pair are rejected.

import { adjustRange, cpIndex, cpLength, cuOffset, hasSurrogates } from "./str-util.js";
import { isLineBreak, isSpaceCp } from "./str-unicode.js";

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Does `sub` begin with a low or end with a high surrogate (so a match could split a pair)? */
function edgeSurrogate(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/** True when a match of length n at code unit i does not cut a surrogate pair of s. */
function pairSafe(s: string, i: number, n: number): boolean {
  if (i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) return false;
  const j = i + n;
  if (j < s.length && j > 0 && isLow(s.charCodeAt(j)) && isHigh(s.charCodeAt(j - 1))) return false;
  return true;
}

/** s.indexOf(sub, from) that never matches inside a surrogate pair. */
export function nextMatch(s: string, sub: string, from: number): number {
  let i = s.indexOf(sub, from);
  if (i < 0 || !edgeSurrogate(sub)) return i;
  while (i >= 0 && !pairSafe(s, i, sub.length)) i = s.indexOf(sub, i + 1);
  return i;
}

/** s.lastIndexOf(sub, from) that never matches inside a surrogate pair. */
export function prevMatch(s: string, sub: string, from: number): number {
  let i = s.lastIndexOf(sub, from);
  if (i < 0 || !edgeSurrogate(sub)) return i;
  while (i >= 0 && !pairSafe(s, i, sub.length)) i = i === 0 ? -1 : s.lastIndexOf(sub, i - 1);
  return i;
}

/**
 * find/rfind/index/rindex: the code point index of `sub` in s[start:end], or -1. `start`/`end`
 * are code point indices as given (possibly negative or out of range).
 */
export function findStr(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  const wide = hasSurrogates(s);
  const len = wide ? cpLength(s) : s.length;
  const [a, b] = adjustRange(start, end, len);
  const subLen = wide ? cpLength(sub) : sub.length;
  if (b - a < subLen) return -1;
  const ca = wide ? cuOffset(s, a) : a;
  const cb = wide ? cuOffset(s, b) : b;
  let i: number;
  if (!reverse) {
    i = nextMatch(s, sub, ca);
    if (i < 0 || i + sub.length > cb) return -1;
  } else {
    i = prevMatch(s, sub, cb - sub.length);
    if (i < ca) return -1;
  }
  return wide ? cpIndex(s, i) : i;
}

/** count(sub, start, end) */
export function countStr(s: string, sub: string, start: number, end: number, max = Infinity): number {
  const wide = hasSurrogates(s);
  const len = wide ? cpLength(s) : s.length;
  const [a, b] = adjustRange(start, end, len);
  if (b - a < 0) return 0;
  if (sub.length === 0) return Math.min(b - a + 1, max);
  const ca = wide ? cuOffset(s, a) : a;
  const cb = wide ? cuOffset(s, b) : b;
  let n = 0;
  let i = ca;
  while (n < max) {
    const j = nextMatch(s, sub, i);
    if (j < 0 || j + sub.length > cb) break;
    n++;
    i = j + sub.length;
  }
  return n;
}

/** startswith/endswith on one candidate, with start/end as code point indices. */
export function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const wide = hasSurrogates(s);
  const len = wide ? cpLength(s) : s.length;
  const [a, b] = adjustRange(start, end, len);
  const subLen = wide || hasSurrogates(sub) ? cpLength(sub) : sub.length;
  if (a > len) return false;
  if (b - a < subLen) return false;
  if (subLen === 0) return true;
  const ca = wide ? cuOffset(s, a) : a;
  const cb = wide ? cuOffset(s, b) : b;
  const at = atEnd ? cb - sub.length : ca;
  return s.startsWith(sub, at) && (!wide || pairSafe(s, at, sub.length));
}

/** replace(old, new, count) */
export function replaceStr(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Infinity;
  if (count === 0) return s;
  if (old.length === 0) {
    const out: string[] = [];
    let n = 0;
    let i = 0;
    while (i < s.length && n < count) {
      out.push(rep);
      const c = s.charCodeAt(i);
      const w = isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
      out.push(s.substr(i, w));
      i += w;
      n++;
    }
    if (n < count) out.push(rep);
    out.push(s.slice(i));
    return out.join("");
  }
  if (count === Infinity && !edgeSurrogate(old)) return s.split(old).join(rep);
  const out: string[] = [];
  let i = 0;
  let n = 0;
  while (n < count) {
    const j = nextMatch(s, old, i);
    if (j < 0) break;
    out.push(s.slice(i, j), rep);
    i = j + old.length;
    n++;
  }
  out.push(s.slice(i));
  return out.join("");
}

/** split(sep, maxsplit) for a non-empty separator. */
export function splitStr(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = nextMatch(s, sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** rsplit(sep, maxsplit) for a non-empty separator. */
export function rsplitStr(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  let end = s.length;
  let n = 0;
  while (n < maxsplit && end >= sep.length) {
    const j = prevMatch(s, sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
    n++;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

// Whitespace code points are all in the BMP, so whitespace scanning works on code units.
function isWs(s: string, i: number): boolean {
  return isSpaceCp(s.charCodeAt(i));
}

/** split() on runs of whitespace. */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWs(s, i)) i++;
    if (i === n) break;
    if (out.length >= maxsplit) {
      // the remainder is kept as is, trailing whitespace included
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isWs(s, j)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** rsplit() on runs of whitespace. */
export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isWs(s, i - 1)) i--;
    if (i === 0) break;
    if (out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isWs(s, j - 1)) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

/** splitlines(keepends) */
export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      eol = s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

/** The code point at code unit i (and its width in code units). */
function cpAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}

/** strip/lstrip/rstrip: `chars` null strips whitespace. */
export function stripStr(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isWs(s, i)) i++;
    if (right) while (j > i && isWs(s, j - 1)) j--;
    return s.slice(i, j);
  }
  if (!hasSurrogates(chars) && !hasSurrogates(s)) {
    if (left) while (i < j && chars.indexOf(s[i]) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
    return s.slice(i, j);
  }
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0)!);
  if (left) {
    while (i < j) {
      const c = cpAt(s, i);
      if (!set.has(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      const lo = s.charCodeAt(j - 1);
      const w = isLow(lo) && j - 2 >= i && isHigh(s.charCodeAt(j - 2)) ? 2 : 1;
      const c = cpAt(s, j - w);
      if (!set.has(c)) break;
      j -= w;
    }
  }
  return s.slice(i, j);
}

/** expandtabs(tabsize) */
export function expandTabs(s: string, tabsize: number): string {
  if (s.indexOf("\t") < 0) return s;
  const out: string[] = [];
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out.push(s.slice(from, i));
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out.push(" ".repeat(n));
        col += n;
      }
      from = i + 1;
    } else if (c === 10 || c === 13) {
      col = 0;
    } else if (!(isLow(c) && i > 0 && isHigh(s.charCodeAt(i - 1)))) {
      col++;
    }
  }
  out.push(s.slice(from));
  return out.join("");
}

/** Python's padding: `left` copies of fill, s, `right` copies of fill. */
export function pad(s: string, left: number, right: number, fill: string): string {
  if (left <= 0 && right <= 0) return s;
  return (left > 0 ? fill.repeat(left) : "") + s + (right > 0 ? fill.repeat(right) : "");
}
