// Literal values: numbers (Python/ast.c parsenumber) and the bodies of string and bytes literals
// (Parser/string_parser.c: _PyPegen_parsestr, decode_unicode_with_escapes, and the escape rules of
// Language Reference 2.4.1).
import { ComplexConst, FloatConst, type ConstantValue } from "./constants.js";
import { lookupName } from "./unicode-names.js";

/** The value of a NUMBER token. */
export function parseNumber(text: string): ConstantValue {
  if (text.indexOf("_") >= 0) text = text.replace(/_/g, "");
  const last = text.charCodeAt(text.length - 1);
  if (last === 106 || last === 74) return new ComplexConst(0, Number(text.slice(0, -1)));
  const c1 = text.charCodeAt(1) | 0x20;
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    const big = BigInt(text);
    return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return new FloatConst(Number(text));
  }
  if (text.length < 16) return Number(text);
  const big = BigInt(text);
  return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** What the prefix of a STRING token says. */
export interface StringPrefix {
  bytes: boolean;
  raw: boolean;
  fmode: boolean;
  u: boolean;
  /** offset of the body in the token image, and its length */
  bodyStart: number;
  bodyEnd: number;
}

export function stringPrefix(image: string): StringPrefix {
  let i = 0;
  let bytes = false, raw = false, fmode = false, u = false;
  for (;;) {
    const c = image.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fmode = true;
    else if (c === 117) u = true;
    else break;
    i++;
  }
  const q = image.charCodeAt(i);
  const triple = image.length - i >= 6 && image.charCodeAt(i + 1) === q && image.charCodeAt(i + 2) === q;
  const qs = triple ? 3 : 1;
  return { bytes, raw, fmode, u, bodyStart: i + qs, bodyEnd: image.length - qs };
}

/** An escape-sequence failure, reported by the caller as "(unicode error) ..." (bytes: "(value error) ...") at the string token. */
export class EscapeError {
  constructor(readonly message: string, readonly kind: "unicode" | "value" = "unicode") {}
}

function hexValue(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(from + i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

/**
 * Decode the escapes of a str literal body (s[from, to)). `codec` positions count UTF-8 bytes of the
 * body, as the unicodeescape codec reports them.
 */
/**
 * `onInvalid`: called with the first invalid escape (decode_unicode_with_escapes'
 * first_invalid_escape, which the parser turns into a DeprecationWarning): the character after
 * the backslash, or the three digits of an octal escape above 0o377.
 */
export function decodeStrEscapes(s: string, from: number, to: number, onInvalid?: (ch: string) => void): string {
  let i = s.indexOf("\\", from);
  if (i < 0 || i >= to) return s.slice(from, to);
  let out = s.slice(from, i);
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      let j = s.indexOf("\\", i);
      if (j < 0 || j > to) j = to;
      out += s.slice(i, j);
      i = j;
      continue;
    }
    const escStart = i;
    i++;
    if (i >= to) {
      throw new EscapeError(`'unicodeescape' codec can't decode byte 0x5c in position ${pos(s, from, escStart)}: \\ at end of string`);
    }
    const e = s[i++];
    switch (e) {
      case "\n": break;
      case "\\": out += "\\"; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case "a": out += "\x07"; break;
      case "b": out += "\b"; break;
      case "f": out += "\f"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "v": out += "\v"; break;
      case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < to; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + d - 48;
          i++;
        }
        // 3.11.7: an octal escape above 0o377 is deprecated ("invalid octal escape sequence")
        if (v > 0o377 && onInvalid !== undefined) {
          onInvalid(s.slice(i - 3, i));
          onInvalid = undefined;
        }
        out += String.fromCharCode(v);
        break;
      }
      case "x": case "u": case "U": {
        const n = e === "x" ? 2 : e === "u" ? 4 : 8;
        const v = i + n <= to ? hexValue(s, i, n) : -1;
        if (v < 0) {
          let k = 0;
          while (k < n && i + k < to && hexValue(s, i + k, 1) >= 0) k++;
          const what = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
          throw new EscapeError(
            `'unicodeescape' codec can't decode bytes in position ${pos(s, from, escStart)}-${pos(s, from, i + k) - 1}: truncated ${what} escape`,
          );
        }
        if (v > 0x10ffff) {
          throw new EscapeError(
            `'unicodeescape' codec can't decode bytes in position ${pos(s, from, escStart)}-${pos(s, from, i + n) - 1}: illegal Unicode character`,
          );
        }
        out += String.fromCodePoint(v);
        i += n;
        break;
      }
      case "N": {
        const close = s.charCodeAt(i) === 123 ? s.indexOf("}", i) : -1;
        const cp = close > i + 1 && close < to ? lookupName(s.slice(i + 1, close)) : -1;
        if (cp < 0) {
          const endPos = close > i && close < to ? close + 1 : Math.min(to, i + 1);
          throw new EscapeError(
            `'unicodeescape' codec can't decode bytes in position ${pos(s, from, escStart)}-${pos(s, from, endPos) - 1}: ${close > i + 1 && close < to ? "unknown Unicode character name" : "malformed \\N character escape"}`,
          );
        }
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        // Unknown escapes keep their backslash; the first is reported (a DeprecationWarning).
        if (onInvalid !== undefined) {
          onInvalid(e);
          onInvalid = undefined;
        }
        out += "\\" + e;
        // An astral character is two code units: copy the second too.
        break;
    }
  }
  return out;
}

/** Byte position of s[at] in the UTF-8 encoding of the body starting at `from`. */
function pos(s: string, from: number, at: number): number {
  let n = 0;
  for (let i = from; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Decode a bytes literal body (ASCII only, checked by the caller). */
export function decodeBytes(s: string, from: number, to: number, raw: boolean, onInvalid?: (ch: string) => void): Uint8Array {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i++);
    if (c !== 92 || raw) {
      out.push(c);
      continue;
    }
    if (i >= to) throw new EscapeError(`\\ at end of string`);
    const e = s[i++];
    switch (e) {
      case "\n": break;
      case "\\": out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case "a": out.push(7); break;
      case "b": out.push(8); break;
      case "f": out.push(12); break;
      case "n": out.push(10); break;
      case "r": out.push(13); break;
      case "t": out.push(9); break;
      case "v": out.push(11); break;
      case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < to; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + d - 48;
          i++;
        }
        if (v > 0o377 && onInvalid !== undefined) {
          onInvalid(s.slice(i - 3, i));
          onInvalid = undefined;
        }
        out.push(v & 0xff);
        break;
      }
      case "x": {
        const v = i + 2 <= to ? hexValue(s, i, 2) : -1;
        if (v < 0) {
          // _PyBytes_DecodeEscape raises ValueError: "(value error) ..."
          throw new EscapeError(`invalid \\x escape at position ${i - 2 - from}`, "value");
        }
        out.push(v);
        i += 2;
        break;
      }
      default:
        // _PyBytes_DecodeEscape's first_invalid_escape
        if (onInvalid !== undefined) {
          onInvalid(e);
          onInvalid = undefined;
        }
        out.push(92, e.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}
