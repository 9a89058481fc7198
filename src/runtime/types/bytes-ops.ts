// Byte-string algorithms shared by bytes and bytearray (Objects/bytes_methods.c and
// Objects/stringlib/*): searching, splitting, stripping, ASCII case and character classes, hex.
// All functions take Uint8Array views and return new arrays.

import { adjustRange } from "./str-util.js";

export const EMPTY = new Uint8Array(0);

/** Py_ISSPACE on bytes: space, \t, \n, \v, \f, \r. */
export function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
export function isLowerByte(c: number): boolean {
  return c >= 97 && c <= 122;
}
export function isUpperByte(c: number): boolean {
  return c >= 65 && c <= 90;
}
export function isAlphaByte(c: number): boolean {
  return isLowerByte(c) || isUpperByte(c);
}
export function isDigitByte(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The index of `needle` in hay[from:to] (code: -1 when absent). */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  if (n === 0) return from <= to ? from : -1;
  const last = to - n;
  const first = needle[0];
  let i = from;
  while (i <= last) {
    i = hay.indexOf(first, i);
    if (i < 0 || i > last) return -1;
    let k = 1;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
    i++;
  }
  return -1;
}

export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  for (let i = to - n; i >= from; i--) {
    let k = 0;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** find/rfind with raw start/end arguments. */
export function findBytes(hay: Uint8Array, needle: Uint8Array, start: number, end: number, reverse: boolean): number {
  const [a, b] = adjustRange(start, end, hay.length);
  if (b - a < needle.length) return -1;
  return reverse ? lastIndexOfBytes(hay, needle, a, b) : indexOfBytes(hay, needle, a, b);
}

export function countBytes(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const [a, b] = adjustRange(start, end, hay.length);
  if (b - a < 0) return 0;
  if (needle.length === 0) return b - a + 1;
  let n = 0;
  let i = a;
  for (;;) {
    const j = indexOfBytes(hay, needle, i, b);
    if (j < 0) return n;
    n++;
    i = j + needle.length;
  }
}

export function tailMatchBytes(hay: Uint8Array, sub: Uint8Array, start: number, end: number, atEnd: boolean): boolean {
  const [a, b] = adjustRange(start, end, hay.length);
  if (b - a < sub.length) return false;
  if (a > hay.length) return false;
  const at = atEnd ? b - sub.length : a;
  for (let k = 0; k < sub.length; k++) if (hay[at + k] !== sub[k]) return false;
  return true;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function replaceBytes(s: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = Infinity;
  const parts: Uint8Array[] = [];
  let n = 0;
  if (old.length === 0) {
    let i = 0;
    while (i < s.length && n < count) {
      parts.push(rep, s.subarray(i, i + 1));
      i++;
      n++;
    }
    if (n < count) parts.push(rep);
    parts.push(s.subarray(i));
    return concatBytes(parts);
  }
  let i = 0;
  while (n < count) {
    const j = indexOfBytes(s, old, i, s.length);
    if (j < 0) break;
    parts.push(s.subarray(i, j), rep);
    i = j + old.length;
    n++;
  }
  parts.push(s.subarray(i));
  return concatBytes(parts);
}

export function splitBytes(s: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: Uint8Array[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = indexOfBytes(s, sep, i, s.length);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

export function rsplitBytes(s: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: Uint8Array[] = [];
  let end = s.length;
  let n = 0;
  while (n < maxsplit) {
    const j = lastIndexOfBytes(s, sep, 0, end);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
    n++;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

export function splitWhitespaceBytes(s: Uint8Array, maxsplit: number): Uint8Array[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: Uint8Array[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceByte(s[i])) i++;
    if (i === n) break;
    if (out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceByte(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

export function rsplitWhitespaceBytes(s: Uint8Array, maxsplit: number): Uint8Array[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: Uint8Array[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceByte(s[i - 1])) i--;
    if (i === 0) break;
    if (out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpaceByte(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

/** splitlines: \n, \r and \r\n only. */
export function splitLinesBytes(s: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && s[j] !== 10 && s[j] !== 13) j++;
    let eol = j;
    if (j < n) eol = s[j] === 13 && j + 1 < n && s[j + 1] === 10 ? j + 2 : j + 1;
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

export function stripBytes(s: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  let i = 0;
  let j = s.length;
  const strip = chars === null ? isSpaceByte : (c: number) => chars.indexOf(c) >= 0;
  if (left) while (i < j && strip(s[i])) i++;
  if (right) while (j > i && strip(s[j - 1])) j--;
  return s.slice(i, j);
}

export function expandTabsBytes(s: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of s) {
    if (c === 9) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        for (let k = 0; k < n; k++) out.push(32);
        col += n;
      }
    } else {
      out.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

export function mapBytes(s: Uint8Array, f: (c: number) => number): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = f(s[i]);
  return out;
}

export const lowerByte = (c: number): number => (isUpperByte(c) ? c + 32 : c);
export const upperByte = (c: number): number => (isLowerByte(c) ? c - 32 : c);
export const swapByte = (c: number): number => (isUpperByte(c) ? c + 32 : isLowerByte(c) ? c - 32 : c);

export function titleBytes(s: Uint8Array): Uint8Array {
  const out = new Uint8Array(s.length);
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (isLowerByte(c)) {
      out[i] = prevCased ? c : c - 32;
      prevCased = true;
    } else if (isUpperByte(c)) {
      out[i] = prevCased ? c + 32 : c;
      prevCased = true;
    } else {
      out[i] = c;
      prevCased = false;
    }
  }
  return out;
}

export function capitalizeBytes(s: Uint8Array): Uint8Array {
  const out = mapBytes(s, lowerByte);
  if (out.length > 0) out[0] = upperByte(s[0]);
  return out;
}

export function allBytes(s: Uint8Array, f: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!f(c)) return false;
  return true;
}

export function isLowerBytes(s: Uint8Array): boolean {
  let cased = false;
  for (const c of s) {
    if (isUpperByte(c)) return false;
    if (isLowerByte(c)) cased = true;
  }
  return cased;
}

export function isUpperBytes(s: Uint8Array): boolean {
  let cased = false;
  for (const c of s) {
    if (isLowerByte(c)) return false;
    if (isUpperByte(c)) cased = true;
  }
  return cased;
}

export function isTitleBytes(s: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of s) {
    if (isUpperByte(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerByte(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function padBytes(s: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(left + s.length + right).fill(fill);
  out.set(s, left);
  return out;
}

export function zfillBytes(s: Uint8Array, width: number): Uint8Array {
  if (width <= s.length) return s.slice();
  const fill = width - s.length;
  const out = padBytes(s, fill, 0, 48);
  if (s.length > 0 && (s[0] === 43 || s[0] === 45)) {
    out[0] = s[0];
    out[fill] = 48;
  }
  return out;
}

const HEX = "0123456789abcdef";

/** bytes.hex(sep, bytes_per_sep) (Python/pystrhex.c). */
export function hexBytes(s: Uint8Array, sep: string, perSep: number): string {
  if (sep === "" || s.length === 0 || perSep === 0) {
    let out = "";
    for (const c of s) out += HEX[c >> 4] + HEX[c & 15];
    return out;
  }
  const n = Math.abs(perSep);
  const groups: string[] = [];
  if (perSep > 0) {
    // groups counted from the right
    let end = s.length;
    while (end > 0) {
      const start = Math.max(0, end - n);
      groups.unshift(hexBytes(s.subarray(start, end), "", 0));
      end = start;
    }
  } else {
    for (let start = 0; start < s.length; start += n) groups.push(hexBytes(s.subarray(start, Math.min(s.length, start + n)), "", 0));
  }
  return groups.join(sep);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** bytes.fromhex(s): the bytes, or the position of the first bad character. */
export function fromHex(s: string): Uint8Array | number {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceByte(c)) {
      i++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) return i;
    if (i + 1 >= n) return i + 1;
    const lo = hexValue(s.charCodeAt(i + 1));
    if (lo < 0) return i + 1;
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A hash of the contents (bytes hashes are seeded per process in CPython; any good hash is faithful). */
export function hashBytes(b: Uint8Array): number {
  if (b.length === 0) return 0; // _Py_HashBytes: empty input hashes to 0
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < b.length; i++) {
    h ^= b[i];
    h = Math.imul(h, 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 12;
  return h === -1 ? -2 : h;
}
