// str.format / str.format_map (PEP 3101; Objects/stringlib/unicode_format.h: MarkupIterator,
// parse_field, field_name_split, get_field_object), the standard format-spec mini-language parser
// (Python/formatter_unicode.c parse_internal_render_format_spec) and str.__format__
// (format_string_internal). Also the pieces string.Formatter needs (_string.formatter_parser and
// _string.formatter_field_name_split).

import { decref, type PyValue } from "../object.js";
import { indexError, keyError, valueError } from "../errors.js";
import { format as formatValue, repr, str as strOf } from "./repr.js";
import { ascii } from "./ascii.js";
import { getItem } from "./seq.js";
import { getAttr } from "./attr.js";
import { decimalValue } from "../types/str-unicode.js";
import { cpLength, cuOffset, hasSurrogates } from "../types/str-util.js";

const MAX_SSIZE = 9223372036854775807n;

// ---- the format-spec mini-language ------------------------------------------------------------

/** A parsed standard format specifier (InternalFormatSpec). */
export interface FormatSpec {
  fill: string;
  /** '<', '>', '^', '=' or the default passed to the parser */
  align: string;
  alternate: boolean;
  /** '', '+', '-' or ' ' */
  sign: string;
  /** the 'z' option (3.11) */
  noNegZero: boolean;
  /** -1 when absent */
  width: number;
  /** '', ',' or '_' */
  thousands: string;
  /** -1 when absent */
  precision: number;
  /** the presentation type, or the default passed to the parser ('' for none) */
  type: string;
  /** whether fill/align were given explicitly */
  fillSpecified: boolean;
  alignSpecified: boolean;
}

/** "'\x1f600'" style rendering of a format code in messages (chars outside 33..126 as \x). */
export function formatCodeText(code: string): string {
  const cp = code.codePointAt(0)!;
  return cp > 32 && cp < 128 ? code : "\\x" + cp.toString(16);
}

/** get_integer: digits (any Unicode decimal) from position i; returns [value, next index], value -1 when none. */
function readInt(spec: string, i: number): [number, number] {
  let acc = 0n;
  let n = 0;
  while (i < spec.length) {
    const d = decimalValue(spec.codePointAt(i)!);
    if (d < 0) break;
    acc = acc * 10n + BigInt(d);
    if (acc > MAX_SSIZE) valueError("Too many decimal digits in format string");
    i += spec.codePointAt(i)! > 0xffff ? 2 : 1;
    n++;
  }
  return [n === 0 ? -1 : Number(acc), i];
}

function isAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

/**
 * parse_internal_render_format_spec. `typeName` is used in the "Invalid format specifier"
 * message; `defaultType`/`defaultAlign` are the caller's defaults.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType = "", defaultAlign = "<"): FormatSpec {
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    alternate: false,
    sign: "",
    noNegZero: false,
    width: -1,
    thousands: "",
    precision: -1,
    type: defaultType,
    fillSpecified: false,
    alignSpecified: false,
  };
  let i = 0;
  const n = spec.length;
  // the fill may be any code point, astral ones included
  const firstWidth = n > 0 && spec.codePointAt(0)! > 0xffff ? 2 : 1;
  if (n >= firstWidth + 1 && isAlign(spec[firstWidth])) {
    f.fill = spec.slice(0, firstWidth);
    f.align = spec[firstWidth];
    f.fillSpecified = f.alignSpecified = true;
    i = firstWidth + 1;
  } else if (n >= 1 && isAlign(spec[0])) {
    f.align = spec[0];
    f.alignSpecified = true;
    i = 1;
  }
  if (i < n && (spec[i] === "+" || spec[i] === "-" || spec[i] === " ")) f.sign = spec[i++];
  if (i < n && spec[i] === "z") {
    f.noNegZero = true;
    i++;
  }
  if (i < n && spec[i] === "#") {
    f.alternate = true;
    i++;
  }
  if (!f.fillSpecified && i < n && spec[i] === "0") {
    f.fill = "0";
    if (!f.alignSpecified && defaultAlign === ">") f.align = "=";
    i++;
  }
  [f.width, i] = readInt(spec, i);
  if (i < n && spec[i] === ",") {
    f.thousands = ",";
    i++;
  }
  if (i < n && spec[i] === "_") {
    if (f.thousands !== "") valueError("Cannot specify both ',' and '_'.");
    f.thousands = "_";
    i++;
  }
  if (i < n && spec[i] === ",") valueError("Cannot specify both ',' and '_'.");
  if (i < n && spec[i] === ".") {
    i++;
    [f.precision, i] = readInt(spec, i);
    if (f.precision < 0) valueError("Format specifier missing precision");
  }
  const rest = spec.slice(i);
  if (rest.length > 0) {
    if (cpLength(rest) > 1) valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    f.type = rest;
  }
  if (f.thousands !== "") {
    const t = f.type;
    const allowed = t === "" || "defgEGF%".includes(t) || (f.thousands === "_" && "boxX".includes(t));
    if (!allowed) valueError(`Cannot specify '${f.thousands}' with '${formatCodeText(t)}'.`);
  }
  return f;
}

/** Pads `s` (of `len` code points) to the spec's width with its fill and alignment. */
export function padToWidth(s: string, len: number, f: FormatSpec): string {
  if (f.width <= len) return s;
  const total = f.width - len;
  let left = 0;
  if (f.align === ">") left = total;
  else if (f.align === "^") left = total >> 1;
  const right = total - left;
  return (left > 0 ? f.fill.repeat(left) : "") + s + (right > 0 ? f.fill.repeat(right) : "");
}

/** str.__format__(spec): format_string_internal. */
export function formatStr(s: string, spec: string): string {
  if (spec.length === 0) return s;
  const f = parseFormatSpec(spec, "str", "s", "<");
  if (f.type !== "s") valueError(`Unknown format code '${formatCodeText(f.type)}' for object of type 'str'`);
  if (f.sign !== "") {
    valueError(f.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  }
  if (f.noNegZero) valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") valueError("'=' alignment not allowed in string format specifier");
  const wide = hasSurrogates(s);
  let len = wide ? cpLength(s) : s.length;
  if (f.precision >= 0 && len > f.precision) {
    s = s.slice(0, wide ? cuOffset(s, f.precision) : f.precision);
    len = f.precision;
  }
  return padToWidth(s, len, f);
}

// ---- str.format --------------------------------------------------------------------------------

/** One piece of a format string: literal text, then optionally a replacement field. */
export interface MarkupPiece {
  literal: string;
  /** null when no field follows the literal */
  fieldName: string | null;
  formatSpec: string;
  /** '' when absent */
  conversion: string;
  specNeedsExpanding: boolean;
}

/** MarkupIterator over s[start:end] (code unit offsets). */
export function* markupPieces(s: string): Generator<MarkupPiece> {
  let pos = 0;
  const end = s.length;
  while (pos < end) {
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < end) {
      c = s[pos++];
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (markup && c === "}" && (atEnd || s[pos] !== "}")) valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === "{") valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (s[pos] === c) {
        // an escaped brace: the literal includes one copy of it
        pos++;
        markup = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markup) {
      yield { literal, fieldName: null, formatSpec: "", conversion: "", specNeedsExpanding: false };
      continue;
    }
    // parse_field
    const nameStart = pos;
    c = "";
    while (pos < end) {
      c = s[pos++];
      if (c === "{") valueError("unexpected '{' in field name");
      if (c === "[") {
        while (pos < end && s[pos] !== "]") pos++;
        c = "";
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
      c = "";
    }
    const fieldName = s.slice(nameStart, c === "" ? pos : pos - 1);
    let conversion = "";
    let formatSpec = "";
    let needsExpanding = false;
    if (c === "!" || c === ":") {
      let done = false;
      if (c === "!") {
        if (pos >= end) valueError("end of string while looking for conversion specifier");
        const cp = s.codePointAt(pos)!;
        conversion = String.fromCodePoint(cp);
        pos += cp > 0xffff ? 2 : 1;
        if (pos < end) {
          const d = s[pos++];
          if (d === "}") done = true;
          else if (d !== ":") valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const d = s[pos++];
          if (d === "{") {
            needsExpanding = true;
            count++;
          } else if (d === "}") {
            if (--count === 0) {
              formatSpec = s.slice(specStart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) valueError("unmatched '{' in format spec");
      }
    } else if (c !== "}") {
      valueError("expected '}' before end of string");
    }
    yield { literal, fieldName, formatSpec, conversion, specNeedsExpanding: needsExpanding };
  }
}

/** get_integer of a field name part: a non-negative index, or -1 when not all decimal digits. */
function fieldInt(name: string): number {
  if (name.length === 0) return -1;
  let acc = 0n;
  for (const ch of name) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > MAX_SSIZE) valueError("Too many decimal digits in format string");
  }
  return Number(acc);
}

/** One `.attr` or `[key]` step after the first part of a field name. */
export interface FieldStep {
  isAttr: boolean;
  /** the attribute name or item key text */
  name: string;
  /** the key as an integer, or -1 */
  index: number;
}

/** field_name_split: the first part and the steps that follow (FieldNameIterator). */
export function splitFieldName(name: string): { first: string; firstIndex: number; rest: FieldStep[] } {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  const firstIndex = fieldInt(first);
  const rest: FieldStep[] = [];
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    let isAttr: boolean;
    if (c === ".") {
      isAttr = true;
      const s = i;
      while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
      part = name.slice(s, i);
    } else if (c === "[") {
      isAttr = false;
      const s = i;
      while (i < name.length && name[i] !== "]") i++;
      if (i >= name.length) valueError("Missing ']' in format string");
      part = name.slice(s, i);
      i++;
    } else {
      valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.length === 0) valueError("Empty attribute in format string");
    rest.push({ isAttr, name: part, index: isAttr ? -1 : fieldInt(part) });
  }
  return { first, firstIndex, rest };
}

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

/** get_field_object: a new reference to the object a field names. */
function getFieldObject(name: string, args: readonly PyValue[] | null, kwargs: PyValue | null, auto: AutoNumber): PyValue {
  const { first, firstIndex, rest } = splitFieldName(name);
  const empty = first.length === 0;
  let index = firstIndex;
  if (empty || index !== -1) {
    if (auto.state === 0) auto.state = empty ? 1 : 2;
    if (auto.state === 2 && empty) valueError("cannot switch from manual field specification to automatic field numbering");
    if (auto.state === 1 && !empty) valueError("cannot switch from automatic field numbering to manual field specification");
    if (empty) index = auto.next++;
  }
  let obj: PyValue;
  if (index === -1) {
    if (kwargs === null) keyError(first);
    obj = getItem(kwargs, first);
  } else {
    if (args === null) valueError("Format string contains positional fields");
    if (index >= args.length) indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = args[index];
    if (typeof obj === "object") obj.rc++;
  }
  try {
    for (const step of rest) {
      const next = step.isAttr ? getAttr(obj, step.name) : getItem(obj, step.index >= 0 ? step.index : step.name);
      decref(obj);
      obj = next;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

function convert(obj: PyValue, conversion: string): string {
  switch (conversion) {
    case "r":
      return repr(obj);
    case "s":
      return strOf(obj);
    case "a":
      return ascii(obj);
    default:
      return valueError(`Unknown conversion specifier ${formatCodeText(conversion)}`);
  }
}

function buildString(fmt: string, args: readonly PyValue[] | null, kwargs: PyValue | null, depth: number, auto: AutoNumber): string {
  if (depth <= 0) valueError("Max string recursion exceeded");
  let out = "";
  for (const piece of markupPieces(fmt)) {
    out += piece.literal;
    if (piece.fieldName === null) continue;
    const obj = getFieldObject(piece.fieldName, args, kwargs, auto);
    let text: string;
    try {
      const spec = piece.specNeedsExpanding ? buildString(piece.formatSpec, args, kwargs, depth - 1, auto) : piece.formatSpec;
      if (piece.conversion !== "") text = formatValue(convert(obj, piece.conversion), spec);
      else text = formatValue(obj, spec);
    } finally {
      decref(obj);
    }
    out += text;
  }
  return out;
}

/** fmt.format(*args, **kwargs): `kwargs` is a mapping (a dict) or null. */
export function strFormat(fmt: string, args: readonly PyValue[], kwargs: PyValue | null): string {
  return buildString(fmt, args, kwargs, 2, { state: 0, next: 0 });
}

/** fmt.format_map(mapping) */
export function strFormatMap(fmt: string, mapping: PyValue): string {
  return buildString(fmt, null, mapping, 2, { state: 0, next: 0 });
}
