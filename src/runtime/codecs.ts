// Text codecs for str.encode / bytes.decode / str(b, encoding): utf-8 (and utf-8-sig), utf-16 and
// utf-32 (native order with a BOM, -le, -be), ascii, latin-1, cp1252, unicode_escape and
// raw_unicode_escape, with the standard error handlers (Python/codecs.c: strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) and handlers
// registered at run time (codecs.register_error). Error positions, ranges and messages follow
// Objects/unicodeobject.c and Objects/stringlib/codecs.h.

import { decref, type PyValue } from "./object.js";
import * as T from "./typeobjects.js";
import { newException, raise, typeError } from "./errors.js";
import { PyException } from "./types/exception.js";
import { PyBytes } from "./types/bytes.js";
import { PyTuple } from "./types/tuple.js";
import { newTupleOwned } from "./values.js";
import { typeOf } from "./typeof.js";
import { call } from "./ops/call.js";
import { warn } from "./hooks.js";
import { unicodeName } from "./types/str-names.js";
import { lookupName } from "../parser/unicode-names.js";
import { CHARMAPS, CHARMAP_ALIASES } from "./charmaps.js";

// ---- a growable byte buffer ---------------------------------------------------------------------

export class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(capacity = 16) {
    this.buf = new Uint8Array(Math.max(capacity, 16));
  }
  private grow(n: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  pushAll(bytes: ArrayLike<number>): void {
    if (this.len + bytes.length > this.buf.length) this.grow(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.buf[this.len++] = bytes[i];
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** The code points of s (lone surrogates as themselves). */
export function toCodePoints(s: string): number[] {
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

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

// ---- exceptions ------------------------------------------------------------------------------

/** A UnicodeEncodeError with its attributes set (args and extras, as __init__ would). */
export function unicodeEncodeError(encoding: string, object: string, start: number, end: number, reason: string): PyException {
  const e = newException(T.unicodeEncodeErrorType, [encoding, object, start, end, reason]);
  e.setExtra("encoding", encoding);
  e.setExtra("object", object);
  e.setExtra("start", start);
  e.setExtra("end", end);
  e.setExtra("reason", reason);
  return e;
}

export function unicodeDecodeError(encoding: string, object: Uint8Array, start: number, end: number, reason: string): PyException {
  const b = new PyBytes(T.bytesType, object);
  const e = newException(T.unicodeDecodeErrorType, [encoding, b, start, end, reason]);
  e.setExtra("encoding", encoding);
  e.setExtra("object", b);
  decref(b);
  e.setExtra("start", start);
  e.setExtra("end", end);
  e.setExtra("reason", reason);
  return e;
}

// ---- error handlers ----------------------------------------------------------------------------

const BUILTIN_HANDLERS = new Set([
  "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass",
]);
const customHandlers = new Map<string, PyValue>();

/** codecs.register_error(name, handler): the handler is called with the exception. */
export function registerErrorHandler(name: string, handler: PyValue): void {
  if (typeof handler === "object") handler.rc++;
  const old = customHandlers.get(name);
  customHandlers.set(name, handler);
  if (old !== undefined) decref(old);
}

/** codecs.lookup_error(name): a builtin handler is reported by name (null), a custom one by value. */
export function lookupErrorHandler(name: string): PyValue | null {
  const h = customHandlers.get(name);
  if (h !== undefined) return h;
  if (BUILTIN_HANDLERS.has(name)) return null;
  return raise(T.lookupErrorType, `unknown error handler name '${name}'`);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, "0");
}

function backslashEscape(cp: number): string {
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

/** Calls a registered handler: returns [replacement, new position]. */
function callCustom(handler: PyValue, exc: PyException, isEncode: boolean, inputLength: number): [string | Uint8Array, number] {
  let r: PyValue;
  try {
    r = call(handler, [exc], null);
  } finally {
    decref(exc);
  }
  const what = isEncode ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple";
  if (!(r instanceof PyTuple) || r.items.length !== 2) {
    decref(r);
    typeError(what);
  }
  const [rep, pos] = r.items;
  let text: string | Uint8Array;
  if (typeof rep === "string") text = rep;
  else if (isEncode && rep instanceof PyBytes) text = rep.bytes;
  else if (typeOf(rep).isSubtypeOf(T.strType)) text = (rep as unknown as { value: string }).value;
  else {
    decref(r);
    return typeError(what);
  }
  if (typeof pos !== "number") {
    decref(r);
    return typeError(what);
  }
  decref(r);
  let p = pos < 0 ? pos + inputLength : pos;
  if (p < 0 || p > inputLength) raise(T.indexErrorType, `position ${pos} from error handler out of bounds`);
  return [text, p];
}

/** How an encoder writes code points it can encode (used for replacement text). */
interface EncodeTarget {
  name: string;
  out: ByteWriter;
  /** writes one code point the codec can encode (replacement text is checked by the caller) */
  emit(cp: number): void;
  canEncode(cp: number): boolean;
  /** surrogatepass support: writes a surrogate code point, or returns false */
  passSurrogate: ((cp: number) => void) | null;
}

/**
 * Handles unencodable code points cps[start:end] of `s` under `errors`; returns the position to
 * continue at.
 */
function encodeErrorAt(t: EncodeTarget, errors: string, s: string, cps: number[], start: number, end: number, reason: string): number {
  const emitText = (text: string): void => {
    for (const cp of toCodePoints(text)) {
      if (!t.canEncode(cp)) throw unicodeEncodeError(t.name, s, start, end, reason);
      t.emit(cp);
    }
  };
  switch (errors) {
    case "strict":
      throw unicodeEncodeError(t.name, s, start, end, reason);
    case "ignore":
      return end;
    case "replace":
      for (let i = start; i < end; i++) emitText("?");
      return end;
    case "backslashreplace":
      for (let i = start; i < end; i++) emitText(backslashEscape(cps[i]));
      return end;
    case "xmlcharrefreplace":
      for (let i = start; i < end; i++) emitText("&#" + cps[i] + ";");
      return end;
    case "namereplace":
      for (let i = start; i < end; i++) {
        const name = unicodeName(cps[i]);
        emitText(name !== null ? "\\N{" + name + "}" : backslashEscape(cps[i]));
      }
      return end;
    case "surrogateescape":
      for (let i = start; i < end; i++) {
        const cp = cps[i];
        if (cp < 0xdc80 || cp > 0xdcff) throw unicodeEncodeError(t.name, s, i, end, reason);
        t.out.push(cp - 0xdc00);
      }
      return end;
    case "surrogatepass":
      if (t.passSurrogate === null) throw unicodeEncodeError(t.name, s, start, end, reason);
      for (let i = start; i < end; i++) {
        if (!isSurrogate(cps[i])) throw unicodeEncodeError(t.name, s, start, end, reason);
        t.passSurrogate(cps[i]);
      }
      return end;
  }
  const handler = lookupErrorHandler(errors);
  if (handler === null) throw unicodeEncodeError(t.name, s, start, end, reason);
  const [rep, pos] = callCustom(handler, unicodeEncodeError(t.name, s, start, end, reason), true, cps.length);
  if (typeof rep === "string") emitText(rep);
  else t.out.pushAll(rep);
  return pos;
}

/** Decoding: what the decoder appends to, and its surrogatepass support. */
interface DecodeTarget {
  name: string;
  out: string[];
  /** surrogatepass: the surrogate encoded at `pos` and its byte length, or null */
  passSurrogate: ((b: Uint8Array, pos: number) => [number, number] | null) | null;
}

/** Handles undecodable bytes b[start:end]; returns the position to continue at. */
function decodeErrorAt(t: DecodeTarget, errors: string, b: Uint8Array, start: number, end: number, reason: string): number {
  switch (errors) {
    case "strict":
      throw unicodeDecodeError(t.name, b, start, end, reason);
    case "ignore":
      return end;
    case "replace":
      t.out.push("\ufffd");
      return end;
    case "backslashreplace":
      for (let i = start; i < end; i++) t.out.push("\\x" + hex(b[i], 2));
      return end;
    case "surrogateescape": {
      // PyCodec_SurrogateEscapeErrors: up to 4 bytes, stopping at an ASCII byte; decoding
      // resumes after the bytes escaped
      let k = start;
      while (k < end && k - start < 4 && b[k] >= 128) t.out.push(String.fromCharCode(0xdc00 + b[k++]));
      if (k === start) throw unicodeDecodeError(t.name, b, start, end, reason);
      return k;
    }
    case "surrogatepass": {
      const r = t.passSurrogate === null ? null : t.passSurrogate(b, start);
      if (r === null) throw unicodeDecodeError(t.name, b, start, end, reason);
      t.out.push(String.fromCharCode(r[0]));
      return start + r[1];
    }
    case "xmlcharrefreplace":
    case "namereplace":
      return typeError("don't know how to handle UnicodeDecodeError in error callback");
  }
  const handler = lookupErrorHandler(errors);
  if (handler === null) throw unicodeDecodeError(t.name, b, start, end, reason);
  const [rep, pos] = callCustom(handler, unicodeDecodeError(t.name, b, start, end, reason), false, b.length);
  t.out.push(rep as string);
  return pos;
}

// ---- single-byte codecs --------------------------------------------------------------------------

const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];
let cp1252Encode: Map<number, number> | null = null;

interface SingleByteCodec {
  name: string;
  reason: string;
  decodeReason: string;
  /** byte -> code point, or -1 */
  decode(b: number): number;
  /** code point -> byte, or -1 */
  encode(cp: number): number;
}

const ASCII: SingleByteCodec = {
  name: "ascii",
  reason: "ordinal not in range(128)",
  decodeReason: "ordinal not in range(128)",
  decode: (b) => (b < 128 ? b : -1),
  encode: (cp) => (cp < 128 ? cp : -1),
};
const LATIN1: SingleByteCodec = {
  name: "latin-1",
  reason: "ordinal not in range(256)",
  decodeReason: "",
  decode: (b) => b,
  encode: (cp) => (cp < 256 ? cp : -1),
};
const CP1252: SingleByteCodec = {
  name: "charmap",
  reason: "character maps to <undefined>",
  decodeReason: "character maps to <undefined>",
  decode: (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b),
  encode: (cp) => {
    if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) return cp;
    if (cp1252Encode === null) {
      cp1252Encode = new Map();
      CP1252_HIGH.forEach((c, i) => c >= 0 && cp1252Encode!.set(c, 0x80 + i));
    }
    return cp1252Encode.get(cp) ?? -1;
  },
};

/** The charmap codecs of charmaps.ts (cp437, cp1251, iso8859-7, koi8-r, ...), built on first use. */
const charmapCodecs = new Map<string, SingleByteCodec>();

function charmapCodec(norm: string): SingleByteCodec | null {
  let c = charmapCodecs.get(norm);
  if (c !== undefined) return c;
  const info = CHARMAPS.get(norm);
  if (info === undefined) return null;
  const decodeTable = new Int32Array(256);
  const low = 256 - info.table.length;
  for (let b = 0; b < 256; b++) {
    const cp = b < low ? b : info.table.charCodeAt(b - low);
    decodeTable[b] = cp === 0xfffe ? -1 : cp;
  }
  let encodeTable: Map<number, number> | null = null;
  c = {
    name: "charmap",
    reason: "character maps to <undefined>",
    decodeReason: "character maps to <undefined>",
    decode: (b) => decodeTable[b],
    encode: (cp) => {
      if (encodeTable === null) {
        encodeTable = new Map();
        // the last byte wins where two bytes decode to one character (charmap_build)
        for (let b = 0; b < 256; b++) if (decodeTable[b] >= 0) encodeTable.set(decodeTable[b], b);
      }
      return encodeTable.get(cp) ?? -1;
    },
  };
  charmapCodecs.set(norm, c);
  return c;
}

function encodeSingleByte(c: SingleByteCodec, s: string, errors: string): Uint8Array {
  const out = new ByteWriter(s.length);
  const cps = toCodePoints(s);
  const t: EncodeTarget = {
    name: c.name,
    out,
    emit: (cp) => out.push(c.encode(cp)),
    canEncode: (cp) => c.encode(cp) >= 0,
    passSurrogate: null,
  };
  let i = 0;
  while (i < cps.length) {
    const b = c.encode(cps[i]);
    if (b >= 0) {
      out.push(b);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && c.encode(cps[end]) < 0) end++;
    i = encodeErrorAt(t, errors, s, cps, i, end, c.reason);
  }
  return out.result();
}

function decodeSingleByte(c: SingleByteCodec, b: Uint8Array, errors: string): string {
  if (c === LATIN1 || c === ASCII) {
    let ok = true;
    if (c === ASCII) for (let i = 0; i < b.length; i++) if (b[i] >= 128) { ok = false; break; }
    if (ok) return latin1String(b, 0, b.length);
  }
  const t: DecodeTarget = { name: c.name, out: [], passSurrogate: null };
  let i = 0;
  let from = 0;
  while (i < b.length) {
    const cp = c.decode(b[i]);
    if (cp >= 0) {
      i++;
      continue;
    }
    if (from < i) t.out.push(mapRange(c, b, from, i));
    i = decodeErrorAt(t, errors, b, i, i + 1, c.decodeReason);
    from = i;
  }
  if (from < b.length) t.out.push(mapRange(c, b, from, b.length));
  return t.out.join("");
}

function mapRange(c: SingleByteCodec, b: Uint8Array, from: number, to: number): string {
  if (c === LATIN1 || c === ASCII) return latin1String(b, from, to);
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(c.decode(b[i]));
  return s;
}

/** Bytes as latin-1 text, in chunks (String.fromCharCode takes limited arguments). */
export function latin1String(b: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i += 8192) {
    s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(to, i + 8192))));
  }
  return s;
}

// ---- UTF-8 ------------------------------------------------------------------------------------------

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
let utf8Decoder: InstanceType<typeof TextDecoder> | null = null;
let utf8Encoder: InstanceType<typeof TextEncoder> | null = null;

function writeUtf8(out: ByteWriter, cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6));
    out.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18));
    out.push(0x80 | ((cp >> 12) & 0x3f));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  }
}

export function encodeUtf8(s: string, errors = "strict", name = "utf-8"): Uint8Array {
  if (!LONE_SURROGATE.test(s)) {
    utf8Encoder ??= new TextEncoder();
    return utf8Encoder.encode(s);
  }
  const cps = toCodePoints(s);
  const out = new ByteWriter(s.length * 3);
  const t: EncodeTarget = {
    name,
    out,
    emit: (cp) => writeUtf8(out, cp),
    canEncode: (cp) => !isSurrogate(cp),
    passSurrogate: (cp) => writeUtf8(out, cp),
  };
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i];
    if (!isSurrogate(cp)) {
      writeUtf8(out, cp);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end])) end++;
    i = encodeErrorAt(t, errors, s, cps, i, end, "surrogates not allowed");
  }
  return out.result();
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/** An encoded surrogate (ED A0..BF 80..BF) at pos, for surrogatepass. */
function utf8Surrogate(b: Uint8Array, pos: number): [number, number] | null {
  if (pos + 2 < b.length && b[pos] === 0xed && b[pos + 1] >= 0xa0 && b[pos + 1] <= 0xbf && isCont(b[pos + 2])) {
    return [0xd000 | ((b[pos + 1] & 0x3f) << 6) | (b[pos + 2] & 0x3f), 3];
  }
  return null;
}

export function decodeUtf8(b: Uint8Array, errors = "strict", name = "utf-8"): string {
  utf8Decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return utf8Decoder.decode(b);
  } catch {
    // fall through to the decoder that reports and handles errors
  }
  const t: DecodeTarget = { name, out: [], passSurrogate: utf8Surrogate };
  const n = b.length;
  let i = 0;
  let chunk = "";
  const flush = (): void => {
    if (chunk !== "") {
      t.out.push(chunk);
      chunk = "";
    }
  };
  while (i < n) {
    const b0 = b[i];
    if (b0 < 0x80) {
      chunk += String.fromCharCode(b0);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 < 0xc2) {
      flush();
      i = decodeErrorAt(t, errors, b, i, i + 1, "invalid start byte");
      continue;
    } else if (b0 < 0xe0) need = 1;
    else if (b0 < 0xf0) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0;
      else if (b0 === 0xed) hi = 0x9f;
    } else if (b0 < 0xf5) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90;
      else if (b0 === 0xf4) hi = 0x8f;
    } else {
      flush();
      i = decodeErrorAt(t, errors, b, i, i + 1, "invalid start byte");
      continue;
    }
    // the maximal valid prefix of the sequence
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const c = b[i + k];
      if (k === 1 ? c < lo || c > hi : !isCont(c)) {
        bad = true;
        break;
      }
    }
    if (bad) {
      flush();
      i = decodeErrorAt(t, errors, b, i, i + k, "invalid continuation byte");
      continue;
    }
    if (k <= need) {
      flush();
      i = decodeErrorAt(t, errors, b, i, n, "unexpected end of data");
      continue;
    }
    let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let j = 1; j <= need; j++) cp = (cp << 6) | (b[i + j] & 0x3f);
    chunk += String.fromCodePoint(cp);
    i += need + 1;
  }
  flush();
  return t.out.join("");
}

// ---- UTF-16 and UTF-32 ----------------------------------------------------------------------------

function encodeUtf16(s: string, errors: string, le: boolean, bom: boolean, name: string): Uint8Array {
  const out = new ByteWriter(s.length * 2 + 2);
  const unit = (u: number): void => {
    if (le) {
      out.push(u & 0xff);
      out.push(u >> 8);
    } else {
      out.push(u >> 8);
      out.push(u & 0xff);
    }
  };
  const emit = (cp: number): void => {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(0xd800 | (cp >> 10));
      unit(0xdc00 | (cp & 0x3ff));
    } else unit(cp);
  };
  if (bom) unit(0xfeff);
  if (!LONE_SURROGATE.test(s)) {
    for (let i = 0; i < s.length; i++) unit(s.charCodeAt(i));
    return out.result();
  }
  const cps = toCodePoints(s);
  const t: EncodeTarget = { name, out, emit, canEncode: (cp) => !isSurrogate(cp), passSurrogate: unit };
  return encodeUnits(t, errors, s, cps, 2);
}

/**
 * The UTF-16/32 encoders report each surrogate on its own (pos, pos + 1), and reject a bytes
 * replacement that is not a whole number of code units (unicode_encode_utf16/32).
 */
function encodeUnits(t: EncodeTarget, errors: string, s: string, cps: number[], unitSize: number): Uint8Array {
  let i = 0;
  while (i < cps.length) {
    if (!isSurrogate(cps[i])) {
      t.emit(cps[i++]);
      continue;
    }
    const before = t.out.len;
    i = encodeErrorAt(t, errors, s, cps, i, i + 1, "surrogates not allowed");
    if (errors === "surrogateescape" && (t.out.len - before) % unitSize !== 0) {
      throw unicodeEncodeError(t.name, s, i - 1, i, "surrogates not allowed");
    }
  }
  return t.out.result();
}

function decodeUtf16(b: Uint8Array, errors: string, le: boolean | null, name: string): string {
  let i = 0;
  if (le === null) {
    // native order is little-endian here; a BOM decides and is dropped
    le = true;
    if (b.length >= 2) {
      if (b[0] === 0xff && b[1] === 0xfe) i = 2;
      else if (b[0] === 0xfe && b[1] === 0xff) {
        le = false;
        i = 2;
      }
    }
  }
  const little = le;
  if (name === "utf-16") name = le ? "utf-16-le" : "utf-16-be";
  const unitAt = (p: number): number => (little ? b[p] | (b[p + 1] << 8) : (b[p] << 8) | b[p + 1]);
  const t: DecodeTarget = {
    name,
    out: [],
    passSurrogate: (bb, p) => {
      if (p + 1 >= bb.length) return null;
      const u = unitAt(p);
      return u >= 0xd800 && u <= 0xdfff ? [u, 2] : null;
    },
  };
  const n = b.length;
  let chunk: number[] = [];
  const flush = (): void => {
    if (chunk.length > 0) {
      t.out.push(String.fromCharCode.apply(null, chunk));
      chunk = [];
    }
  };
  while (i < n) {
    if (i + 1 >= n) {
      flush();
      i = decodeErrorAt(t, errors, b, i, n, "truncated data");
      continue;
    }
    const u = unitAt(i);
    if (u < 0xd800 || u > 0xdfff) {
      chunk.push(u);
      if (chunk.length >= 4096) flush();
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      flush();
      i = decodeErrorAt(t, errors, b, i, i + 2, "illegal encoding");
      continue;
    }
    if (i + 3 >= n) {
      flush();
      i = decodeErrorAt(t, errors, b, i, n, "unexpected end of data");
      continue;
    }
    const u2 = unitAt(i + 2);
    if (u2 < 0xdc00 || u2 > 0xdfff) {
      flush();
      i = decodeErrorAt(t, errors, b, i, i + 2, "illegal UTF-16 surrogate");
      continue;
    }
    chunk.push(u, u2);
    i += 4;
  }
  flush();
  return t.out.join("");
}

function encodeUtf32(s: string, errors: string, le: boolean, bom: boolean, name: string): Uint8Array {
  const out = new ByteWriter(s.length * 4 + 4);
  const emit = (cp: number): void => {
    if (le) {
      out.push(cp & 0xff);
      out.push((cp >> 8) & 0xff);
      out.push((cp >> 16) & 0xff);
      out.push(0);
    } else {
      out.push(0);
      out.push((cp >> 16) & 0xff);
      out.push((cp >> 8) & 0xff);
      out.push(cp & 0xff);
    }
  };
  if (bom) emit(0xfeff);
  const cps = toCodePoints(s);
  const t: EncodeTarget = { name, out, emit, canEncode: (cp) => !isSurrogate(cp), passSurrogate: emit };
  return encodeUnits(t, errors, s, cps, 4);
}

function decodeUtf32(b: Uint8Array, errors: string, le: boolean | null, name: string): string {
  let i = 0;
  if (le === null) {
    le = true;
    if (b.length >= 4) {
      if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
      else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
        le = false;
        i = 4;
      }
    }
  }
  const little = le;
  if (name === "utf-32") name = le ? "utf-32-le" : "utf-32-be";
  const at = (p: number): number =>
    little ? (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0 : ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
  const t: DecodeTarget = {
    name,
    out: [],
    passSurrogate: (bb, p) => {
      if (p + 3 >= bb.length) return null;
      const c = at(p);
      return c >= 0xd800 && c <= 0xdfff ? [c, 4] : null;
    },
  };
  const n = b.length;
  while (i < n) {
    if (i + 3 >= n) {
      i = decodeErrorAt(t, errors, b, i, n, "truncated data");
      continue;
    }
    const c = at(i);
    if (c > 0x10ffff) {
      i = decodeErrorAt(t, errors, b, i, i + 4, "code point not in range(0x110000)");
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      i = decodeErrorAt(t, errors, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
      continue;
    }
    t.out.push(String.fromCodePoint(c));
    i += 4;
  }
  return t.out.join("");
}

// ---- unicode_escape and raw_unicode_escape -----------------------------------------------------------

function encodeUnicodeEscape(s: string, raw: boolean): Uint8Array {
  const out = new ByteWriter(s.length);
  for (const cp of toCodePoints(s)) {
    if (raw) {
      if (cp < 0x100) out.push(cp);
      else out.pushAscii(backslashEscape(cp));
      continue;
    }
    if (cp === 0x5c) out.pushAscii("\\\\");
    else if (cp === 9) out.pushAscii("\\t");
    else if (cp === 10) out.pushAscii("\\n");
    else if (cp === 13) out.pushAscii("\\r");
    else if (cp < 0x20 || cp >= 0x7f) out.pushAscii(backslashEscape(cp));
    else out.push(cp);
  }
  return out.result();
}

function decodeUnicodeEscape(b: Uint8Array, errors: string, raw: boolean): string {
  const name = raw ? "rawunicodeescape" : "unicodeescape";
  const t: DecodeTarget = { name, out: [], passSurrogate: null };
  const n = b.length;
  let i = 0;
  const hexDigits = (p: number, count: number): number => {
    let v = 0;
    for (let k = 0; k < count; k++) {
      if (p + k >= n) return -1;
      const c = b[p + k];
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  };
  // the end of a malformed escape: past the hex digits that are there
  const hexEnd = (p: number, count: number): number => {
    let k = 0;
    while (k < count && p + k < n && hexDigits(p + k, 1) >= 0) k++;
    return p + k;
  };
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      t.out.push(String.fromCharCode(c));
      i++;
      continue;
    }
    let start = i;
    if (raw) {
      // a \u escape counts only after an odd number of backslashes
      let j = i;
      while (j < n && b[j] === 0x5c) j++;
      const odd = (j - i) % 2 === 1;
      if (!odd || j >= n || (b[j] !== 0x75 && b[j] !== 0x55)) {
        t.out.push("\\".repeat(j - i));
        i = j;
        continue;
      }
      if (j - i > 1) t.out.push("\\".repeat(j - i - 1));
      i = start = j - 1;
    }
    if (i + 1 >= n) {
      i = decodeErrorAt(t, errors, b, start, n, "\\ at end of string");
      continue;
    }
    const e = b[i + 1];
    let count = 0;
    if (e === 0x75) count = 4;
    else if (e === 0x55) count = 8;
    else if (e === 0x78 && !raw) count = 2;
    if (raw && count === 0) {
      t.out.push("\\");
      i++;
      continue;
    }
    if (count > 0) {
      const v = hexDigits(i + 2, count);
      if (v < 0) {
        const what = count === 2 ? "\\xXX" : count === 4 ? "\\uXXXX" : "\\UXXXXXXXX";
        i = decodeErrorAt(t, errors, b, start, hexEnd(i + 2, count), `truncated ${what} escape`);
        continue;
      }
      if (v > 0x10ffff) {
        i = decodeErrorAt(t, errors, b, start, i + 2 + count, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
        continue;
      }
      t.out.push(String.fromCodePoint(v));
      i += 2 + count;
      continue;
    }
    i += 2;
    switch (e) {
      case 0x0a: break;
      case 0x5c: t.out.push("\\"); break;
      case 0x27: t.out.push("'"); break;
      case 0x22: t.out.push('"'); break;
      case 0x62: t.out.push("\b"); break;
      case 0x66: t.out.push("\f"); break;
      case 0x74: t.out.push("\t"); break;
      case 0x6e: t.out.push("\n"); break;
      case 0x72: t.out.push("\r"); break;
      case 0x76: t.out.push("\v"); break;
      case 0x61: t.out.push("\x07"); break;
      case 0x4e: {
        // \N{name}
        let close = -1;
        if (i < n && b[i] === 0x7b) for (let k = i + 1; k < n; k++) if (b[k] === 0x7d) { close = k; break; }
        const cp = close > i + 1 ? lookupName(latin1String(b, i + 1, close)) : -1;
        if (close < 0 || close === i + 1) {
          // the error ends where the scan stopped: after N, at the end, or at the '}' of "{}"
          const stop = i >= n || b[i] !== 0x7b ? i : close < 0 ? n : close;
          i = decodeErrorAt(t, errors, b, start, stop, "malformed \\N character escape");
        } else if (cp < 0) {
          i = decodeErrorAt(t, errors, b, start, close + 1, "unknown Unicode character name");
        } else {
          t.out.push(String.fromCodePoint(cp));
          i = close + 1;
        }
        break;
      }
      default:
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          if (i < n && b[i] >= 0x30 && b[i] <= 0x37) {
            v = v * 8 + b[i++] - 0x30;
            if (i < n && b[i] >= 0x30 && b[i] <= 0x37) v = v * 8 + b[i++] - 0x30;
          }
          t.out.push(String.fromCodePoint(v));
        } else {
          // an unknown escape is kept, with a DeprecationWarning (_PyUnicode_DecodeUnicodeEscapeInternal)
          t.out.push("\\" + String.fromCharCode(e));
          warn(T.deprecationWarningType, `invalid escape sequence '\\${String.fromCharCode(e)}'`);
        }
    }
  }
  return t.out.join("");
}

// ---- lookup -------------------------------------------------------------------------------------------

/** encodings.normalize_encoding + the alias table, for the codecs implemented here. */
export function normalizeEncoding(encoding: string): string {
  let s = "";
  let punct = false;
  for (const ch of encoding.toLowerCase()) {
    if (/[a-z0-9.]/.test(ch) || ch.codePointAt(0)! > 0x7f) {
      if (punct && s !== "") s += "_";
      s += ch;
      punct = false;
    } else punct = true;
  }
  return ALIASES.get(s) ?? s;
}

const ALIASES = new Map<string, string>([
  ["utf8", "utf_8"], ["u8", "utf_8"], ["utf", "utf_8"], ["utf8_ucs2", "utf_8"], ["utf8_ucs4", "utf_8"], ["cp65001", "utf_8"],
  ["utf_8_sig", "utf_8_sig"], ["utf8_sig", "utf_8_sig"],
  ["utf16", "utf_16"], ["u16", "utf_16"], ["utf_16le", "utf_16_le"], ["unicodelittleunmarked", "utf_16_le"],
  ["utf_16be", "utf_16_be"], ["unicodebigunmarked", "utf_16_be"],
  ["utf32", "utf_32"], ["u32", "utf_32"], ["utf_32le", "utf_32_le"], ["utf_32be", "utf_32_be"],
  ["646", "ascii"], ["ansi_x3.4_1968", "ascii"], ["ansi_x3_4_1968", "ascii"], ["ansi_x3.4_1986", "ascii"], ["cp367", "ascii"],
  ["csascii", "ascii"], ["ibm367", "ascii"], ["iso646_us", "ascii"], ["iso_646.irv_1991", "ascii"], ["iso_ir_6", "ascii"],
  ["us", "ascii"], ["us_ascii", "ascii"],
  ["latin_1", "latin_1"], ["latin1", "latin_1"], ["latin", "latin_1"], ["l1", "latin_1"], ["iso_8859_1", "latin_1"],
  ["iso8859_1", "latin_1"], ["8859", "latin_1"], ["cp819", "latin_1"], ["csisolatin1", "latin_1"], ["ibm819", "latin_1"],
  ["iso_8859_1_1987", "latin_1"], ["iso_ir_100", "latin_1"],
  ["windows_1252", "cp1252"], ["1252", "cp1252"],
  ["unicode_escape", "unicode_escape"], ["raw_unicode_escape", "raw_unicode_escape"],
  ...CHARMAP_ALIASES,
]);

/** Non-text codecs CPython knows (so their message is "not a text encoding", not "unknown"). */
const BINARY_CODECS = new Set(["base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex", "quopri_codec", "quopri", "quotedprintable", "quoted_printable", "rot_13", "rot13", "uu_codec", "uu", "zlib_codec", "zip", "zlib"]);

function unknown(encoding: string, encode: boolean): never {
  const norm = normalizeEncoding(encoding);
  if (BINARY_CODECS.has(norm)) {
    raise(T.lookupErrorType, `'${encoding}' is not a text encoding; use codecs.${encode ? "encode" : "decode"}() to handle arbitrary codecs`);
  }
  return raise(T.lookupErrorType, `unknown encoding: ${encoding}`);
}

/** The canonical codec name (as codecs.lookup(name).name reports it), or null when unknown. */
export function codecName(encoding: string): string | null {
  switch (normalizeEncoding(encoding)) {
    case "utf_8": return "utf-8";
    case "utf_8_sig": return "utf-8-sig";
    case "utf_16": return "utf-16";
    case "utf_16_le": return "utf-16-le";
    case "utf_16_be": return "utf-16-be";
    case "utf_32": return "utf-32";
    case "utf_32_le": return "utf-32-le";
    case "utf_32_be": return "utf-32-be";
    case "ascii": return "ascii";
    case "latin_1": return "iso8859-1";
    case "cp1252": return "cp1252";
    case "unicode_escape": return "unicode-escape";
    case "raw_unicode_escape": return "raw-unicode-escape";
  }
  return CHARMAPS.get(normalizeEncoding(encoding))?.name ?? null;
}

/**
 * The names PyUnicode_AsEncodedString / PyUnicode_Decode handle in C; other codecs run through
 * the codec registry, which wraps simple exceptions (wrap_codec_error).
 */
const FAST_NAMES = new Set(["utf-8", "utf8", "utf-16", "utf-32", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii"]);

function viaRegistry<R>(encoding: string, what: string, f: () => R): R {
  if (codecName(encoding) === null) unknown(encoding, what === "encoding");
  if (FAST_NAMES.has(encoding.toLowerCase().replace(/_/g, "-"))) return f();
  try {
    return f();
  } catch (e) {
    // _PyErr_TrySetFromCause: only exceptions of the plain builtin kinds are wrapped
    if (e instanceof PyException && e.extra === null && e.dict === null && e.args.items.length === 1 && typeof e.args.items[0] === "string" &&
        (e.type === T.typeErrorType || e.type === T.lookupErrorType || e.type === T.valueErrorType)) {
      const w = newException(e.type, [`${what} with '${encoding}' codec failed (${e.type.name}: ${e.args.items[0]})`]);
      w.cause = e;
      w.suppressContext = true;
      throw w;
    }
    throw e;
  }
}

/**
 * Codecs the native table does not know are looked up in the Python registry (codecs.register),
 * once the codecs module has installed its hook: hook(obj, encoding, errors, encode) returns the
 * codec's result (bytes for encode, str for decode) or raises LookupError.
 */
let registryHook: PyValue | null = null;

/** A new Interpreter in the same process starts without the previous one's handlers and hook. */
export function resetCodecState(): void {
  customHandlers.clear();
  registryHook = null;
}

export function setRegistryHook(fn: PyValue): void {
  if (typeof fn === "object") fn.rc++;
  const old = registryHook;
  registryHook = fn;
  if (old !== null) decref(old);
}

function viaHook(obj: PyValue, encoding: string, errors: string, encode: boolean): PyValue | null {
  if (registryHook === null || codecName(encoding) !== null) return null;
  return call(registryHook, [obj, encoding, errors, encode], null);
}

/** str.encode(encoding, errors) */
export function encodeStr(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  if (encoding === "utf-8" || encoding === "utf8") return encodeUtf8(s, errors);
  const r = viaHook(s, encoding, errors, true);
  if (r !== null) {
    try {
      if (r instanceof PyBytes) return r.bytes.slice();
      return typeError(`'${encoding}' encoder returned '${typeOf(r).name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    } finally {
      decref(r);
    }
  }
  return viaRegistry(encoding, "encoding", () => encodeWith(s, encoding, errors));
}

function encodeWith(s: string, encoding: string, errors: string): Uint8Array {
  switch (normalizeEncoding(encoding)) {
    case "utf_8": return encodeUtf8(s, errors);
    case "utf_8_sig": {
      const body = encodeUtf8(s, errors);
      const r = new Uint8Array(body.length + 3);
      r.set([0xef, 0xbb, 0xbf]);
      r.set(body, 3);
      return r;
    }
    case "utf_16": return encodeUtf16(s, errors, true, true, "utf-16");
    case "utf_16_le": return encodeUtf16(s, errors, true, false, "utf-16-le");
    case "utf_16_be": return encodeUtf16(s, errors, false, false, "utf-16-be");
    case "utf_32": return encodeUtf32(s, errors, true, true, "utf-32");
    case "utf_32_le": return encodeUtf32(s, errors, true, false, "utf-32-le");
    case "utf_32_be": return encodeUtf32(s, errors, false, false, "utf-32-be");
    case "ascii": return encodeSingleByte(ASCII, s, errors);
    case "latin_1": return encodeSingleByte(LATIN1, s, errors);
    case "cp1252": return encodeSingleByte(CP1252, s, errors);
    case "unicode_escape": return encodeUnicodeEscape(s, false);
    case "raw_unicode_escape": return encodeUnicodeEscape(s, true);
  }
  const cm = charmapCodec(normalizeEncoding(encoding));
  if (cm !== null) return encodeSingleByte(cm, s, errors);
  return unknown(encoding, true);
}

/** bytes.decode(encoding, errors) */
export function decodeBytes(b: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  if (encoding === "utf-8" || encoding === "utf8") return decodeUtf8(b, errors);
  if (registryHook !== null && codecName(encoding) === null) {
    const arg = new PyBytes(T.bytesType, b.slice());
    let r: PyValue;
    try {
      r = viaHook(arg, encoding, errors, false)!;
    } finally {
      decref(arg);
    }
    try {
      if (typeof r === "string") return r;
      if (typeOf(r).isSubtypeOf(T.strType)) return (r as unknown as { value: string }).value;
      return typeError(`'${encoding}' decoder returned '${typeOf(r).name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
    } finally {
      decref(r);
    }
  }
  return viaRegistry(encoding, "decoding", () => decodeWith(b, encoding, errors));
}

function decodeWith(b: Uint8Array, encoding: string, errors: string): string {
  switch (normalizeEncoding(encoding)) {
    case "utf_8": return decodeUtf8(b, errors);
    case "utf_8_sig": {
      const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
      return decodeUtf8(bom ? b.subarray(3) : b, errors);
    }
    case "utf_16": return decodeUtf16(b, errors, null, "utf-16");
    case "utf_16_le": return decodeUtf16(b, errors, true, "utf-16-le");
    case "utf_16_be": return decodeUtf16(b, errors, false, "utf-16-be");
    case "utf_32": return decodeUtf32(b, errors, null, "utf-32");
    case "utf_32_le": return decodeUtf32(b, errors, true, "utf-32-le");
    case "utf_32_be": return decodeUtf32(b, errors, false, "utf-32-be");
    case "ascii": return decodeSingleByte(ASCII, b, errors);
    case "latin_1": return decodeSingleByte(LATIN1, b, errors);
    case "cp1252": return decodeSingleByte(CP1252, b, errors);
    case "unicode_escape": return decodeUnicodeEscape(b, errors, false);
    case "raw_unicode_escape": return decodeUnicodeEscape(b, errors, true);
  }
  const cm = charmapCodec(normalizeEncoding(encoding));
  if (cm !== null) return decodeSingleByte(cm, b, errors);
  return unknown(encoding, false);
}

export { isSurrogate };
