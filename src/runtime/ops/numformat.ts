// The format-spec mini-language for numbers (Python/formatter_unicode.c:
// parse_internal_render_format_spec, calc_number_widths, fill_number, format_long_internal,
// format_float_internal, format_complex_internal; Python/pystrtod.c for the digits).
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// 'n' uses the current locale, which in pyframe is always the C locale: no grouping, '.' as
// the decimal point.

import { overflowError, valueError } from "../errors.js";
import * as I from "./intmath.js";
import { decimalValue } from "./numparse.js";
import { DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, doubleToString } from "./floatfmt.js";

export const enum Grouping {
  None = 0,
  Comma = 1, // LT_DEFAULT_LOCALE
  Underscore = 2, // LT_UNDERSCORE_LOCALE
  UnderscoreFour = 3, // LT_UNDER_FOUR_LOCALE (b, o, x, X)
  Locale = 4, // 'n'
}

export interface FormatSpec {
  /** one code point (may be a surrogate pair) */
  fill: string;
  fillSpecified: boolean;
  /** '<' '>' '=' '^' */
  align: string;
  alignSpecified: boolean;
  /** '' '+' '-' ' ' */
  sign: string;
  /** 'z': coerce negative zero (3.11, PEP 682) */
  noNeg0: boolean;
  alternate: boolean;
  /** -1 when absent */
  width: number;
  grouping: Grouping;
  /** -1 when absent */
  precision: number;
  /** '' when absent (the caller's default applies) */
  type: string;
}

const SSIZE_MAX = 9223372036854775807;

function isAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

let intValue = 0;

/** get_integer: a run of decimal digits (any Nd character) from `pos`; the value goes to intValue, the end position is returned. */
function getInteger(spec: string, pos: number): number {
  let acc = 0;
  while (pos < spec.length) {
    const c = spec.charCodeAt(pos);
    let d: number;
    let w = 1;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c < 0x80) break;
    else {
      const cp = spec.codePointAt(pos)!;
      d = decimalValue(cp);
      if (d < 0) break;
      w = cp > 0xffff ? 2 : 1;
    }
    if (acc > (SSIZE_MAX - d) / 10) valueError("Too many decimal digits in format string");
    acc = acc * 10 + d;
    pos += w;
  }
  intValue = acc;
  return pos;
}

function presentation(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : "\\x" + cp.toString(16);
}

/** "Cannot specify ',' with 'x'." */
function invalidCommaType(type: string): never {
  return valueError(`Cannot specify ',' with '${presentation(type)}'.`);
}

/** parse_internal_render_format_spec. `defaultType` '' means no type; `defaultAlign` is '<' or '>'. */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string): FormatSpec {
  const end = spec.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ",
    fillSpecified: false,
    align: defaultAlign,
    alignSpecified: false,
    sign: "",
    noNeg0: false,
    alternate: false,
    width: -1,
    grouping: Grouping.None,
    precision: -1,
    type: defaultType,
  };
  // [[fill]align]: the fill is one code point
  if (end > 0) {
    const c0 = spec.charCodeAt(0);
    const w0 = c0 >= 0xd800 && c0 <= 0xdbff && end > 1 ? 2 : 1;
    if (end - w0 >= 1 && isAlign(spec[w0])) {
      f.fill = spec.slice(0, w0);
      f.align = spec[w0];
      f.fillSpecified = true;
      f.alignSpecified = true;
      pos = w0 + 1;
    } else if (isAlign(spec[0])) {
      f.align = spec[0];
      f.alignSpecified = true;
      pos = 1;
    }
  }
  let ch = spec[pos];
  if (ch === " " || ch === "+" || ch === "-") {
    f.sign = ch;
    ch = spec[++pos];
  }
  if (ch === "z") {
    f.noNeg0 = true;
    ch = spec[++pos];
  }
  if (ch === "#") {
    f.alternate = true;
    ch = spec[++pos];
  }
  if (!f.fillSpecified && ch === "0") {
    f.fill = "0";
    if (!f.alignSpecified) f.align = "=";
    pos++;
  }
  const wEnd = getInteger(spec, pos);
  if (wEnd > pos) f.width = intValue;
  pos = wEnd;
  if (spec[pos] === ",") {
    f.grouping = Grouping.Comma;
    pos++;
  }
  if (spec[pos] === "_") {
    if (f.grouping !== Grouping.None) valueError("Cannot specify both ',' and '_'.");
    f.grouping = Grouping.Underscore;
    pos++;
  }
  if (spec[pos] === ",") valueError("Cannot specify both ',' and '_'.");
  if (spec[pos] === ".") {
    pos++;
    const pEnd = getInteger(spec, pos);
    if (pEnd === pos) valueError("Format specifier missing precision");
    f.precision = intValue;
    pos = pEnd;
  }
  if (pos < end) {
    const c = spec.charCodeAt(pos);
    const w = c >= 0xd800 && c <= 0xdbff && pos + 1 < end ? 2 : 1;
    if (end - pos > w) valueError("Invalid format specifier");
    f.type = spec.slice(pos);
  }
  if (f.grouping !== Grouping.None) {
    switch (f.type) {
      case "d":
      case "e":
      case "f":
      case "g":
      case "E":
      case "G":
      case "%":
      case "F":
      case "":
        break;
      case "b":
      case "o":
      case "x":
      case "X":
        if (f.grouping === Grouping.Underscore) {
          f.grouping = Grouping.UnderscoreFour;
          break;
        }
        invalidCommaType(f.type);
      // falls through (unreachable)
      default:
        invalidCommaType(f.type);
    }
  }
  return f;
}

/** unknown_presentation_type */
export function unknownFormatCode(type: string, typeName: string): never {
  const cp = type.codePointAt(0)!;
  if (cp > 32 && cp < 128) valueError(`Unknown format code '${type}' for object of type '${typeName}'`);
  return valueError(`Unknown format code '\\x${cp.toString(16)}' for object of type '${typeName}'`);
}

// ---- grouping and padding -----------------------------------------------------------------

/**
 * _PyUnicode_InsertThousandsGrouping: inserts `sep` every `group` digits from the right and pads
 * with zeros (and separators) up to `minWidth` characters. group 0 means no grouping.
 */
export function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      // written right to left: the chunk goes before what has been written, separator after it
      const chunk = "0".repeat(nZeros) + digits.slice(pos - nChars, pos);
      parts.push(useSep ? chunk + sep : chunk);
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    const chunk = "0".repeat(nZeros) + digits.slice(pos - nChars, pos);
    parts.push(useSep ? chunk + sep : chunk);
  }
  let out = "";
  for (let i = parts.length - 1; i >= 0; i--) out += parts[i];
  return out;
}

function codePointLength(s: string): number {
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

function separatorFor(g: Grouping): [string, number] {
  switch (g) {
    case Grouping.Comma:
      return [",", 3];
    case Grouping.Underscore:
      return ["_", 3];
    case Grouping.UnderscoreFour:
      return ["_", 4];
    default:
      return ["", 0]; // none, or the C locale ('n')
  }
}

/**
 * calc_number_widths + fill_number: lays out [lpad][sign][prefix][spad][grouped digits]
 * [.remainder][rpad]. `number` is the unsigned text: leading digits, then an optional '.', then
 * the remainder (fraction, exponent, '%', or non-digit text such as "inf").
 */
export function layoutNumber(negative: boolean, prefix: string, number: string, spec: FormatSpec, upper: boolean, grouping: Grouping = spec.grouping): string {
  let nd = 0;
  while (nd < number.length) {
    const c = number.charCodeAt(nd);
    if (c < 0x30 || c > 0x39) break;
    nd++;
  }
  const digits = number.slice(0, nd);
  const hasDecimal = number.charCodeAt(nd) === 0x2e;
  const remainder = number.slice(hasDecimal ? nd + 1 : nd);
  return layoutParts(negative, prefix, digits, hasDecimal, remainder, spec, upper, grouping);
}

export function layoutParts(negative: boolean, prefix: string, digits: string, hasDecimal: boolean, remainder: string, spec: FormatSpec, upper: boolean, grouping: Grouping = spec.grouping): string {
  let sign = "";
  if (spec.sign === "+") sign = negative ? "-" : "+";
  else if (spec.sign === " ") sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + remainder.length;
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigit : 0;
  const [sep, group] = separatorFor(grouping);
  let grouped = digits.length === 0 ? "" : group === 0 && minWidth <= digits.length ? digits : groupDigits(digits, minWidth, sep, group);
  if (upper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const body = grouped + (hasDecimal ? "." : "") + remainder;
  const padding = spec.width - (nonDigit + grouped.length);
  if (padding <= 0) return sign + prefix + body;
  const fill = spec.fill;
  switch (spec.align) {
    case "<":
      return sign + prefix + body + fill.repeat(padding);
    case "^": {
      const l = padding >> 1;
      return fill.repeat(l) + sign + prefix + body + fill.repeat(padding - l);
    }
    case "=":
      return sign + prefix + fill.repeat(padding) + body;
    default:
      return fill.repeat(padding) + sign + prefix + body;
  }
}

/** calc_padding + fill_padding for already-formatted text of `len` code points. */
export function padText(text: string, spec: FormatSpec, len = codePointLength(text)): string {
  if (spec.width <= len) return text;
  const padding = spec.width - len;
  switch (spec.align) {
    case ">":
      return spec.fill.repeat(padding) + text;
    case "^": {
      const l = padding >> 1;
      return spec.fill.repeat(l) + text + spec.fill.repeat(padding - l);
    }
    default:
      return text + spec.fill.repeat(padding);
  }
}

// ---- int ----------------------------------------------------------------------------------

/**
 * format_long_internal for an int value with a parsed spec whose type is one of b c d o x X n.
 * (The float types are handled by the caller, which converts to float first.)
 */
export function formatIntSpec(v: I.Int, spec: FormatSpec): string {
  if (spec.precision !== -1) valueError("Precision not allowed in integer format specifier");
  if (spec.noNeg0) valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.type === "c") {
    if (spec.sign !== "") valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint") overflowError("Python int too large to convert to C long");
    if (v < 0 || v > 0x10ffff) overflowError("%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(v);
    return layoutParts(false, "", "", false, ch, spec, false, Grouping.None);
  }
  const negative = I.sign(v) < 0;
  const a = negative ? I.neg(v) : v;
  let digits: string;
  let prefix = "";
  switch (spec.type) {
    case "b":
      digits = a.toString(2);
      if (spec.alternate) prefix = "0b";
      break;
    case "o":
      digits = a.toString(8);
      if (spec.alternate) prefix = "0o";
      break;
    case "x":
      digits = a.toString(16);
      if (spec.alternate) prefix = "0x";
      break;
    case "X":
      digits = a.toString(16);
      if (spec.alternate) prefix = "0x";
      break;
    default: // 'd', 'n'
      digits = I.toDecimalString(a);
      break;
  }
  const grouping = spec.type === "n" ? Grouping.Locale : spec.grouping;
  return layoutParts(negative, prefix, digits, false, "", spec, spec.type === "X", grouping);
}

/** int.__format__(spec) for an int value (the '' spec is handled by the caller: str(self)). */
export function formatInt(v: I.Int, specText: string, typeName = "int"): string {
  const spec = parseFormatSpec(specText, "d", ">");
  switch (spec.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      return formatIntSpec(v, spec);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatSpec(I.toFloat(v), spec);
    default:
      return unknownFormatCode(spec.type, typeName);
  }
}

// ---- float --------------------------------------------------------------------------------

const INT_MAX = 2147483647;

/** format_float_internal with a parsed spec (type '' e E f F g G n %). */
export function formatFloatSpec(x: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) valueError("precision too big");
  let precision = spec.precision;
  let flags = 0;
  let defaultPrecision = 6;
  let type: string = spec.type;
  if (spec.alternate) flags |= DTSF_ALT;
  if (spec.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let buf = doubleToString(x, type, precision, flags);
  if (pct) buf += "%";
  if (spec.sign !== "+" && spec.sign !== " " && spec.width === -1 && spec.type !== "n" && spec.grouping === Grouping.None) return buf;
  const negative = buf.charCodeAt(0) === 0x2d;
  const grouping = spec.type === "n" ? Grouping.Locale : spec.grouping;
  return layoutNumber(negative, "", negative ? buf.slice(1) : buf, spec, false, grouping);
}

/** float.__format__(spec) (non-empty spec). */
export function formatFloat(x: number, specText: string, typeName = "float"): string {
  const spec = parseFormatSpec(specText, "", ">");
  switch (spec.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatSpec(x, spec);
    default:
      return unknownFormatCode(spec.type, typeName);
  }
}

// ---- complex ------------------------------------------------------------------------------

/** complex.__format__(spec) (non-empty spec): format_complex_internal. */
export function formatComplex(re: number, im: number, specText: string, typeName = "complex"): string {
  const spec = parseFormatSpec(specText, "", ">");
  switch (spec.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      break;
    default:
      unknownFormatCode(spec.type, typeName);
  }
  if (spec.precision > INT_MAX) valueError("precision too big");
  if (spec.fill === "0") valueError("Zero padding is not allowed in complex format specifier");
  if (spec.align === "=") valueError("'=' alignment flag is not allowed in complex format specifier");
  let precision = spec.precision;
  let type: string = spec.type;
  let flags = 0;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (spec.alternate) flags |= DTSF_ALT;
  if (spec.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const reBuf = doubleToString(re, type, precision, flags);
  const imBuf = doubleToString(im, type, precision, flags);
  const grouping = spec.type === "n" ? Grouping.Locale : spec.grouping;
  // each part laid out without padding; the imaginary part always signed unless alone
  const inner: FormatSpec = { ...spec, fill: "\0", align: "<", width: -1 };
  const reNeg = reBuf.charCodeAt(0) === 0x2d;
  const imNeg = imBuf.charCodeAt(0) === 0x2d;
  const reText = skipRe ? "" : layoutNumber(reNeg, "", reNeg ? reBuf.slice(1) : reBuf, inner, false, grouping);
  if (!skipRe) inner.sign = "+";
  const imText = layoutNumber(imNeg, "", imNeg ? imBuf.slice(1) : imBuf, inner, false, grouping);
  const body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
  return padText(body, spec, body.length);
}
