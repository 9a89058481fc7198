// Python's repr() of floats, str and bytes, shared by the parser (AST dumps) and the runtime.
// CPython routines mirrored: float_repr (format code 'r'), unicode_repr, bytes_repr.
import { inRanges } from "./ranges.js";
import { NONPRINTABLE_RANGES } from "./unicode-nonprintable.js";

/** Shortest round-trip digits and decimal exponent of a finite, non-zero |x|. */
function shortestDigits(x: number): { digits: string; decpt: number } {
  const s = Math.abs(x).toExponential(); // spec: undefined fractionDigits gives the shortest round-trip form
  const e = s.indexOf("e");
  const digits = s.slice(0, e).replace(".", "");
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

/**
 * repr(float) as CPython's float_repr: fixed notation when -4 <= exponent < 16, otherwise
 * scientific with a signed exponent of at least two digits. `addDotZero` is false for the
 * parts of a complex repr, which print `1j`, not `1.0j`.
 */
export function floatRepr(x: number, addDotZero = true): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDotZero ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const { digits, decpt } = shortestDigits(x);
  if (decpt > -4 && decpt <= 16) {
    let body: string;
    if (decpt <= 0) body = "0." + "0".repeat(-decpt) + digits;
    else if (decpt >= digits.length) body = digits + "0".repeat(decpt - digits.length) + (addDotZero ? ".0" : "");
    else body = digits.slice(0, decpt) + "." + digits.slice(decpt);
    return sign + body;
  }
  const exp = decpt - 1;
  const mantissa = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
  const expText = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
  return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + expText;
}

/** repr(complex): `1j`, `(1+2j)`, `(-0-1j)`, as complex_repr. */
export function complexRepr(real: number, imag: number): string {
  const im = floatRepr(imag, false);
  if (real === 0 && !Object.is(real, -0)) return im + "j";
  const re = floatRepr(real, false);
  const imSigned = im[0] === "-" ? im : "+" + im;
  return "(" + re + imSigned + "j)";
}

/**
 * Does str.isprintable() reject this code point? Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp and
 * Zs other than the ASCII space (Objects/unicodectype.c, _PyUnicode_IsPrintable), from CPython
 * 3.11's Unicode 14 tables rather than the JavaScript engine's newer ones.
 */
export function isNonPrintable(cp: number): boolean {
  return inRanges(NONPRINTABLE_RANGES, cp);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** repr(str) for a string of code points held as a JS string (astral characters as surrogate pairs). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let plainFrom = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x5c && c !== quote.charCodeAt(0)) continue;
    let esc: string | null = null;
    if (c === 0x5c) esc = "\\\\";
    else if (c === quote.charCodeAt(0)) esc = "\\" + quote;
    else if (c === 0x09) esc = "\\t";
    else if (c === 0x0a) esc = "\\n";
    else if (c === 0x0d) esc = "\\r";
    else if (c < 0x20 || c === 0x7f) esc = "\\x" + hex(c, 2);
    else {
      const cp = s.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      if (isNonPrintable(cp)) {
        esc = cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
      }
      if (esc === null) {
        i += width - 1;
        continue;
      }
      out += s.slice(plainFrom, i) + esc;
      i += width - 1;
      plainFrom = i + 1;
      continue;
    }
    out += s.slice(plainFrom, i) + esc;
    plainFrom = i + 1;
  }
  return out + s.slice(plainFrom) + quote;
}

/** repr(bytes) as bytes_repr. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
