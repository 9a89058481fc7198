// Parsing numbers from text the way int(), float() and complex() do (Objects/longobject.c
// PyLong_FromString, Objects/floatobject.c float_from_string_inner, Python/pystrtod.c
// _Py_string_to_number_with_underscores, Objects/complexobject.c complex_from_string_inner),
// including _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII decimal digits count as digits
// and non-ASCII whitespace as spaces.

import type { Int } from "./intmath.js";
import { maxStrDigits } from "./intmath.js";
import { valueError } from "../errors.js";

const ND = /\p{Nd}/u;

/** Py_UNICODE_ISSPACE: the characters str.isspace() accepts. */
export function isPySpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 ||
    cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** Py_UNICODE_TODECIMAL: the decimal value of a code point in category Nd, or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80) return -1;
  if (!ND.test(String.fromCodePoint(cp))) return -1;
  // Nd characters come in runs of ten, zero first (a Unicode stability policy); runs may abut,
  // so find the start of this block of consecutive Nd characters and count in tens.
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII stays; other whitespace becomes ' ', other
 * decimal digits their ASCII digit; anything else ends the text with '?' (an invalid character).
 */
export function toAsciiDecimal(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isPySpace(cp)) out += " ";
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + "?";
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 9 && c <= 13);
}

/** Strips Py_ISSPACE (ASCII) whitespace from both ends. */
export function stripAsciiSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

/**
 * PyLong_FromString on ASCII text (already transformed): returns the value, or null for an
 * invalid literal. `base` is 0 or 2..36. Leading/trailing whitespace, a sign, a base prefix
 * (for base 0 and the matching base) and single underscores between digits are accepted.
 * Raises the int_max_str_digits ValueError for long decimal-like literals.
 */
export function parseIntLiteral(s: string, base: number): Int | null {
  let i = 0;
  const n = s.length;
  while (i < n && isPySpaceAscii(s.charCodeAt(i))) i++;
  let neg = false;
  if (i < n && (s[i] === "+" || s[i] === "-")) {
    neg = s[i] === "-";
    i++;
  }
  let underscoreAllowed = false; // after a base prefix, one underscore may follow
  if (base === 0) {
    if (s[i] === "0" && i + 1 < n) {
      const c = s[i + 1].toLowerCase();
      if (c === "x") base = 16;
      else if (c === "o") base = 8;
      else if (c === "b") base = 2;
      else base = 10;
      if (base !== 10) {
        i += 2;
        underscoreAllowed = true;
      }
    } else base = 10;
    if (base === 10 && s[i] === "0") {
      // base 0 rejects leading zeros unless the whole literal is zeros (and underscores)
      let j = i;
      let prevUnderscore = true;
      let ok = true;
      while (j < n && (s[j] === "0" || s[j] === "_")) {
        if (s[j] === "_") {
          if (prevUnderscore) {
            ok = false;
            break;
          }
          prevUnderscore = true;
        } else prevUnderscore = false;
        j++;
      }
      if (!ok || prevUnderscore) return null;
      while (j < n && isPySpaceAscii(s.charCodeAt(j))) j++;
      return j === n ? 0 : null;
    }
  } else if (s[i] === "0" && i + 1 < n) {
    const c = s[i + 1].toLowerCase();
    if ((base === 16 && c === "x") || (base === 8 && c === "o") || (base === 2 && c === "b")) {
      i += 2;
      underscoreAllowed = true;
    }
  }
  // digits with single underscores between them
  const start = i;
  let digits = "";
  let plain = true;
  let prevDigit = underscoreAllowed; // an underscore may directly follow the prefix
  let sawDigit = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (!prevDigit) return null;
      prevDigit = false;
      if (plain) {
        digits = s.slice(start, i).replace(/_/g, "");
        plain = false;
      }
      continue;
    }
    const d = digitValue(c);
    if (d >= base) break;
    prevDigit = true;
    sawDigit = true;
    if (!plain) digits += s[i];
  }
  if (!sawDigit || !prevDigit) return null;
  const end = i;
  while (i < n && isPySpaceAscii(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  if (plain) digits = s.slice(start, end);
  // PyLong_FromString's limit applies to bases that are not powers of two
  if ((base & (base - 1)) !== 0 && maxStrDigits > 0 && digits.length > maxStrDigits) {
    valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return digitsToInt(digits, base, neg);
}

/** Py_ISSPACE: ASCII whitespace only (the text was transformed to ASCII first). */
function isPySpaceAscii(c: number): boolean {
  return c === 0x20 || (c >= 9 && c <= 13);
}

const CHUNK: number[] = [];
for (let b = 0; b <= 36; b++) CHUNK.push(b < 2 ? 0 : Math.floor(52 / Math.log2(b)));

/** Converts validated digits (no sign, no underscores) in `base` to an int. */
export function digitsToInt(digits: string, base: number, neg: boolean): Int {
  const chunk = CHUNK[base];
  if (digits.length <= chunk) {
    const v = parseInt(digits, base);
    return neg ? (v === 0 ? 0 : -v) : v;
  }
  let r: bigint;
  if (base === 10) r = BigInt(digits);
  else if (base === 16) r = BigInt("0x" + digits);
  else if (base === 8) r = BigInt("0o" + digits);
  else if (base === 2) r = BigInt("0b" + digits);
  else {
    r = 0n;
    const bb = BigInt(base);
    for (let i = 0; i < digits.length; i += chunk) {
      const part = digits.slice(i, i + chunk);
      r = r * bb ** BigInt(part.length) + BigInt(parseInt(part, base));
    }
  }
  if (neg) r = -r;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/**
 * Python's float syntax on ASCII text (after stripping): decimal literal with optional
 * exponent, or inf/infinity/nan, with an optional sign. Underscores are handled by the caller.
 * Returns null when the text is not a float literal.
 */
const FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

export function parseFloatAscii(s: string): number | null {
  if (FLOAT_RE.test(s)) return Number(s);
  const m = SPECIAL_RE.exec(s);
  if (m !== null) {
    if (m[2].toLowerCase() === "nan") return NaN;
    return m[1] === "-" ? -Infinity : Infinity;
  }
  return null;
}

/** _Py_string_to_number_with_underscores: removes underscores that sit between digits, or null if misplaced. */
export function removeUnderscores(s: string): string | null {
  if (s.indexOf("_") < 0) return s;
  let out = "";
  let prev = "";
  for (const ch of s) {
    if (ch === "_") {
      if (!(prev >= "0" && prev <= "9")) return null;
    } else {
      if (prev === "_" && !(ch >= "0" && ch <= "9")) return null;
      out += ch;
    }
    prev = ch;
  }
  if (prev === "_") return null;
  return out;
}

/** float(str): the value, or null ("could not convert string to float"). */
export function parseFloatString(text: string): number | null {
  const s = stripAsciiSpace(toAsciiDecimal(text));
  const t = removeUnderscores(s);
  if (t === null) return null;
  return parseFloatAscii(t);
}

/**
 * complex(str) (complex_from_string_inner): the parts, or null for a malformed string.
 * Forms: "<real>", "<imag>j", "<real>(+|-)<imag>j", with "j" alone meaning 1j, optional
 * surrounding parentheses and whitespace.
 */
export function parseComplexString(text: string): [number, number] | null {
  let s = stripAsciiSpace(toAsciiDecimal(text));
  if (s.startsWith("(")) {
    if (!s.endsWith(")")) return null;
    s = stripAsciiSpace(s.slice(1, -1));
  }
  const t = removeUnderscores(s);
  if (t === null || t.length === 0) return null;
  // a leading number (real or imaginary), then possibly a signed imaginary part
  const num = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i;
  const m1 = num.exec(t);
  if (m1 === null) {
    // "j", "+j", "-j"
    if (/^[+-]?j$/i.test(t)) return [0, t[0] === "-" ? -1 : 1];
    return null;
  }
  const first = parseFloatAscii(m1[0])!;
  let rest = t.slice(m1[0].length);
  if (rest === "") return [first, 0];
  if (rest === "j" || rest === "J") return [0, first];
  if (rest[0] !== "+" && rest[0] !== "-") return null;
  const m2 = num.exec(rest);
  let second: number;
  if (m2 === null) {
    if (!/^[+-]j$/i.test(rest)) return null;
    return [first, rest[0] === "-" ? -1 : 1];
  }
  second = parseFloatAscii(m2[0])!;
  rest = rest.slice(m2[0].length);
  if (rest !== "j" && rest !== "J") return null;
  return [first, second];
}
