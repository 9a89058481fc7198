// printf-style formatting: str % args (Objects/unicodeobject.c PyUnicode_Format and its helpers
// unicode_format_arg_parse, unicode_format_arg_format, unicode_format_arg_output, formatchar,
// mainformatlong, _PyUnicode_FormatLong, formatfloat) and bytes % args (Objects/bytesobject.c
// _PyBytes_FormatEx). One engine serves both: bytes are handled as latin-1 text.

import { decref, type PyValue } from "../object.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyTuple } from "../types/tuple.js";
import { PyBytes, PyByteArray } from "../types/bytes.js";
import { PyIntSubclass, PyStrSubclass } from "../types/boxed.js";
import { PyException } from "../types/exception.js";
import { overflowError, raise, typeError, valueError } from "../errors.js";
import { repr, str } from "./repr.js";
import { ascii } from "./ascii.js";
import { getItem } from "./seq.js";
import { lookupSpecial } from "./attr.js";
import { call } from "./call.js";
import { numberIndex } from "./index.js";
import * as I from "./intmath.js";
import { DTSF_ALT, doubleToString } from "./floatfmt.js";
import { asDouble, intOf, isNumber, numberLong } from "./numconv.js";
import { bufferBytes } from "../types/bytes-type.js";

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const SSIZE_MAX = 9223372036854775807;
const INT_MAX = 2147483647;

interface Ctx {
  fmt: string;
  pos: number;
  args: PyValue;
  arglen: number;
  argidx: number;
  dict: PyValue | null;
  /** the current args came from a %(key) lookup and are owned */
  argsOwned: boolean;
  bytes: boolean;
}

function getNextArg(ctx: Ctx): PyValue {
  const i = ctx.argidx;
  if (i < ctx.arglen) {
    ctx.argidx++;
    if (ctx.arglen < 0) return ctx.args;
    return (ctx.args as PyTuple).items[i];
  }
  return typeError("not enough arguments for format string");
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The code-point index of JS string position `pos` (for error messages). */
function cpIndex(s: string, pos: number): number {
  let n = 0;
  for (let i = 0; i < pos; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < pos) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function rethrowTypeErrorAs(e: unknown, msg: string): never {
  if (e instanceof PyException && e.type.isSubtypeOf(T.typeErrorType)) {
    decref(e);
    typeError(msg);
  }
  throw e;
}

/** _PyUnicode_FormatLong: sign, optional 0x/0X/0o prefix, digits zero-filled to `prec`. */
export function formatLongText(v: I.Int, alt: boolean, prec: number, type: string): string {
  const neg = I.sign(v) < 0;
  const a = neg ? I.neg(v) : v;
  let digits: string;
  let prefix = "";
  switch (type) {
    case "o":
      digits = a.toString(8);
      if (alt) prefix = "0o";
      break;
    case "x":
      digits = a.toString(16);
      if (alt) prefix = "0x";
      break;
    case "X":
      digits = a.toString(16).toUpperCase();
      if (alt) prefix = "0X";
      break;
    default:
      digits = I.toDecimalString(a);
      break;
  }
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  return (neg ? "-" : "") + prefix + digits;
}

/** mainformatlong: the text of an integer conversion (d i u o x X). */
function formatIntArg(v: PyValue, type: string, alt: boolean, prec: number): string {
  let iv = intOf(v);
  if (iv === undefined) {
    const wrong = type === "o" || type === "x" || type === "X" ? `%${type} format: an integer is required, not ${typeOf(v).name}` : `%${type} format: a real number is required, not ${typeOf(v).name}`;
    if (!isNumber(v)) typeError(wrong);
    try {
      iv = type === "o" || type === "x" || type === "X" ? numberIndex(v) : numberLong(v);
    } catch (e) {
      rethrowTypeErrorAs(e, wrong);
    }
  }
  return formatLongText(iv, alt, prec, type);
}

/** formatchar for str: an int in range(0x110000) or a str of length 1. */
function formatCharStr(v: PyValue): string {
  if (typeof v === "string" || v instanceof PyStrSubclass) {
    const s = typeof v === "string" ? v : v.value;
    const n = s.length === 2 && s.codePointAt(0)! > 0xffff ? 1 : s.length;
    if (n === 1) return s;
    typeError("%c requires int or char");
  }
  let x: I.Int;
  try {
    x = numberIndex(v);
  } catch (e) {
    rethrowTypeErrorAs(e, "%c requires int or char");
  }
  if (typeof x === "bigint" || x < 0 || x > 0x10ffff) overflowError("%c arg not in range(0x110000)");
  return String.fromCodePoint(x);
}

/** formatchar for bytes: an int in range(256) or a bytes/bytearray of length 1. */
function formatCharBytes(v: PyValue): string {
  if (v instanceof PyBytes && v.bytes.length === 1) return String.fromCharCode(v.bytes[0]);
  if (v instanceof PyByteArray && v.length === 1) return String.fromCharCode(v.bytes[0]);
  let x: I.Int;
  try {
    x = numberIndex(v);
  } catch (e) {
    rethrowTypeErrorAs(e, "%c requires an integer in range(256) or a single byte");
  }
  if (typeof x === "bigint" || x < 0 || x > 255) overflowError("%c arg not in range(256)");
  return String.fromCharCode(x);
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(b.length, i + 8192)));
  return s;
}

/** format_obj of bytesobject.c: %b / %s take bytes-like objects or __bytes__. */
function bytesArg(v: PyValue): string {
  const b = bufferBytes(v);
  if (b !== null) return latin1(b);
  if (typeof v === "object") {
    const f = lookupSpecial(v, "__bytes__");
    if (f !== undefined) {
      let r: PyValue;
      try {
        r = call(f, [], null);
      } finally {
        decref(f);
      }
      if (!(r instanceof PyBytes)) {
        const name = typeOf(r).name;
        decref(r);
        typeError(`__bytes__ returned non-bytes (type ${name})`);
      }
      const s = latin1(r.bytes);
      decref(r);
      return s;
    }
  }
  return typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

/** Runs the formatter over `fmt` (for bytes: latin-1 text) and returns the text. */
function format(fmt: string, args: PyValue, bytes: boolean): string {
  const isTuple = args instanceof PyTuple;
  const ctx: Ctx = {
    fmt,
    pos: 0,
    args,
    arglen: isTuple ? (args as PyTuple).items.length : -1,
    argidx: isTuple ? 0 : -2,
    dict: null,
    argsOwned: false,
    bytes,
  };
  if (!isTuple && typeof args !== "string" && !(args instanceof PyStrSubclass) && typeOf(args).lookup("__getitem__") !== undefined) {
    if (!bytes || !(args instanceof PyBytes || args instanceof PyByteArray)) ctx.dict = args;
  }
  let out = "";
  const n = fmt.length;
  try {
    while (ctx.pos < n) {
      const next = fmt.indexOf("%", ctx.pos);
      if (next < 0) {
        out += ctx.pos === 0 ? fmt : fmt.slice(ctx.pos);
        break;
      }
      if (next > ctx.pos) out += fmt.slice(ctx.pos, next);
      ctx.pos = next + 1;
      out += formatOne(ctx);
    }
    if (ctx.argidx < ctx.arglen && ctx.dict === null) {
      typeError(bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
    }
  } finally {
    if (ctx.argsOwned) decref(ctx.args);
  }
  return out;
}

/** One conversion, `ctx.pos` just past its '%'. Returns the output text. */
function formatOne(ctx: Ctx): string {
  const fmt = ctx.fmt;
  const n = fmt.length;
  if (ctx.pos >= n) valueError("incomplete format");
  let ch = fmt[ctx.pos];
  if (ch === "%") {
    ctx.pos++;
    return "%";
  }
  let flags = 0;
  let width = -1;
  let prec = -1;
  // %(key)
  if (ch === "(") {
    if (ctx.dict === null) typeError("format requires a mapping");
    ctx.pos++;
    const keyStart = ctx.pos;
    let depth = 1;
    while (depth > 0 && ctx.pos < n) {
      const c = fmt[ctx.pos];
      if (c === ")") depth--;
      else if (c === "(") depth++;
      ctx.pos++;
    }
    if (depth > 0) valueError("incomplete format key");
    const keyText = fmt.slice(keyStart, ctx.pos - 1);
    const key: PyValue = ctx.bytes ? new PyBytes(T.bytesType, Uint8Array.from(keyText, (c) => c.charCodeAt(0))) : keyText;
    let item: PyValue;
    try {
      item = getItem(ctx.dict, key);
    } finally {
      if (typeof key === "object") decref(key);
    }
    if (ctx.argsOwned) decref(ctx.args);
    ctx.args = item;
    ctx.argsOwned = true;
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  // flags
  let c = -1;
  for (;;) {
    if (ctx.pos >= n) {
      c = -1;
      break;
    }
    ch = fmt[ctx.pos++];
    if (ch === "-") flags |= F_LJUST;
    else if (ch === "+") flags |= F_SIGN;
    else if (ch === " ") flags |= F_BLANK;
    else if (ch === "#") flags |= F_ALT;
    else if (ch === "0") flags |= F_ZERO;
    else {
      c = ch.charCodeAt(0);
      break;
    }
  }
  if (c < 0) valueError("incomplete format");
  // width
  if (ch === "*") {
    const v = getNextArg(ctx);
    const wi = intOf(v);
    if (wi === undefined) typeError("* wants int");
    if (typeof wi === "bigint") overflowError("Python int too large to convert to C ssize_t");
    width = wi;
    if (width < 0) {
      flags |= F_LJUST;
      width = -width;
    }
    if (ctx.pos < n) ch = fmt[ctx.pos++];
    else ch = "";
  } else if (isDigit(c)) {
    width = c - 0x30;
    ch = "";
    while (ctx.pos < n) {
      ch = fmt[ctx.pos++];
      if (!isDigit(ch.charCodeAt(0))) break;
      const d = ch.charCodeAt(0) - 0x30;
      if (width > (SSIZE_MAX - d) / 10) valueError("width too big");
      width = width * 10 + d;
      ch = "";
    }
  }
  // precision
  if (ch === ".") {
    prec = 0;
    ch = ctx.pos < n ? fmt[ctx.pos++] : "";
    if (ch === "*") {
      const v = getNextArg(ctx);
      const pi = intOf(v);
      if (pi === undefined) typeError("* wants int");
      if (typeof pi === "bigint" || pi > INT_MAX || pi < -INT_MAX - 1) overflowError("Python int too large to convert to C int");
      prec = pi < 0 ? 0 : pi;
      ch = ctx.pos < n ? fmt[ctx.pos++] : "";
    } else if (ch !== "" && isDigit(ch.charCodeAt(0))) {
      prec = ch.charCodeAt(0) - 0x30;
      ch = "";
      while (ctx.pos < n) {
        ch = fmt[ctx.pos++];
        if (!isDigit(ch.charCodeAt(0))) break;
        const d = ch.charCodeAt(0) - 0x30;
        if (prec > (INT_MAX - d) / 10) valueError("precision too big");
        prec = prec * 10 + d;
        ch = "";
      }
    }
  }
  if (ch === "h" || ch === "l" || ch === "L") ch = ctx.pos < n ? fmt[ctx.pos++] : "";
  if (ch === "") valueError("incomplete format");
  // a surrogate pair is one character
  const cc = ch.charCodeAt(0);
  if (cc >= 0xd800 && cc <= 0xdbff && ctx.pos < n) {
    const d = fmt.charCodeAt(ctx.pos);
    if (d >= 0xdc00 && d <= 0xdfff) {
      ch += fmt[ctx.pos];
      ctx.pos++;
    }
  }

  const v = getNextArg(ctx);
  let text: string;
  let numeric = false;
  switch (ch) {
    case "s":
    case "r":
    case "a":
    case "b":
      if (ctx.bytes) {
        if (ch === "s" || ch === "b") text = bytesArg(v);
        else text = ascii(v);
      } else {
        if (ch === "b") return unsupported(ctx, ch);
        text = ch === "s" ? (typeof v === "string" ? v : str(v)) : ch === "r" ? repr(v) : ascii(v);
      }
      break;
    case "i":
    case "d":
    case "u":
    case "o":
    case "x":
    case "X":
      text = formatIntArg(v, ch, (flags & F_ALT) !== 0, prec);
      numeric = true;
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      let x: number;
      if (ctx.bytes) {
        try {
          x = asDouble(v);
        } catch (e) {
          rethrowTypeErrorAs(e, `float argument required, not ${typeOf(v).name}`);
        }
      } else x = asDouble(v);
      text = doubleToString(x, ch, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
      numeric = true;
      break;
    }
    case "c":
      text = ctx.bytes ? formatCharBytes(v) : formatCharStr(v);
      break;
    default:
      return unsupported(ctx, ch);
  }
  const r = output(text, ch, flags, width, prec, numeric);
  if (ctx.dict !== null && ctx.argidx < ctx.arglen) {
    typeError(ctx.bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
  }
  return r;
}

function unsupported(ctx: Ctx, ch: string): never {
  const cp = ch.codePointAt(0)!;
  const index = ctx.bytes ? ctx.pos - 1 : cpIndex(ctx.fmt, ctx.pos - ch.length);
  if (ctx.bytes && cp >= 128) overflowError("character argument not in range(0x110000)");
  const shown = cp >= 31 && cp <= 126 ? ch : "?";
  return raise(T.valueErrorType, `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

/** unicode_format_arg_output: sign, alternate prefix, padding. */
function output(str0: string, ch: string, flags: number, width: number, prec: number, numeric: boolean): string {
  const fill = numeric && flags & F_ZERO ? "0" : " ";
  let s = str0;
  let len = cpLength(s);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return s;
  if (ch === "s" || ch === "r" || ch === "a" || ch === "b") {
    if (prec >= 0 && len > prec) {
      s = cpSlice(s, prec);
      len = prec;
    }
  }
  let pindex = 0;
  let sign = numeric;
  let signchar = "";
  if (sign) {
    const c0 = s[0];
    if (c0 === "-" || c0 === "+") {
      signchar = c0;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signchar = "+";
    else if (flags & F_BLANK) signchar = " ";
    else sign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (sign) {
    if (fill !== " ") out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === "x" || ch === "X" || ch === "o");
  if (altPrefix) {
    if (fill !== " ") {
      out += "0" + ch;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (sign) out += signchar;
    if (altPrefix) {
      out += "0" + ch;
      pindex += 2;
    }
  }
  out += s.slice(pindex, pindex + cpSliceLength(s, pindex, len));
  if (width > len) out += " ".repeat(width - len);
  return out;
}

function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `count` code points of s. */
function cpSlice(s: string, count: number): string {
  return s.slice(0, cpSliceLength(s, 0, count));
}

/** The number of UTF-16 units of `count` code points starting at `from`. */
function cpSliceLength(s: string, from: number, count: number): number {
  let i = from;
  for (let k = 0; k < count && i < s.length; k++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    i++;
  }
  return i - from;
}

/** fmt % args for str (PyUnicode_Format). */
export function percentFormat(fmt: string, args: PyValue): string {
  return format(fmt, args, false);
}

/** fmt % args for bytes (_PyBytes_FormatEx); returns the new bytes' content. */
export function percentFormatBytes(fmt: Uint8Array, args: PyValue): Uint8Array {
  const text = format(latin1(fmt), args, true);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

void PyIntSubclass;
