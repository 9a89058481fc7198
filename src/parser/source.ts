// Source decoding before tokenizing, as CPython's tokenizer does it (Parser/tokenizer.c: check_bom,
// check_coding_spec, translate_newlines): a UTF-8 BOM, a PEP 263 coding declaration on line 1 or 2,
// then every \r\n and lone \r becomes \n.
import { PySyntaxError } from "./errors.js";

// PEP 263: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** get_normal_name: the canonical spelling of the encodings CPython special-cases. */
function normalName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf-8" || lower.startsWith("utf-8-")) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower)) return "iso-8859-1";
  return name;
}

function firstLines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(latin1(bytes, start, i));
      start = i + 1;
    }
  }
  if (lines.length < 2 && start < bytes.length) lines.push(latin1(bytes, start, Math.min(bytes.length, start + 4096)));
  return lines;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/**
 * The source encoding as tokenize.detect_encoding reports it: the normalized name of the PEP 263
 * declaration (after a UTF-8 BOM, if any), or "utf-8".
 */
export function declaredEncoding(bytes: Uint8Array): string {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const spec = codingSpec(hasBom ? bytes.subarray(3) : bytes);
  return spec ? normalName(spec.name) : "utf-8";
}

/** The encoding a PEP 263 declaration in the first two lines names, or null. */
function codingSpec(bytes: Uint8Array): { name: string; line: number } | null {
  const lines = firstLines(bytes);
  for (let i = 0; i < lines.length; i++) {
    const m = CODING_RE.exec(lines[i]);
    if (m) return { name: m[1], line: i + 1 };
    // Only a blank or comment-only first line lets the second line carry the declaration.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(lines[i])) break;
  }
  return null;
}

/** A decoding error: CPython reports these before any line is read (line 0, no offset or text). */
function decodeError(filename: string, msg: string): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, filename, 0, -1, null, 0, -1);
}

/**
 * A decoder for encodings the parser does not know itself (the interpreter passes its codec
 * table): text, or null when there is no such codec; a decoding error is thrown as
 * `{ message }` and reported as "(unicode error) message".
 */
export type ExtraDecoder = (bytes: Uint8Array, encoding: string) => string | null;

/** Bytes of a source file → text, honouring a BOM and a coding declaration. */
export function decodeSource(bytes: Uint8Array, filename: string, extra?: ExtraDecoder): string {
  let offset = 0;
  let encoding = "utf-8";
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) offset = 3;
  const spec = codingSpec(hasBom ? bytes.subarray(3) : bytes);
  if (spec) {
    const name = normalName(spec.name);
    if (hasBom && name !== "utf-8") throw decodeError(filename, `encoding problem: ${spec.name} with BOM`);
    encoding = name;
  }
  const single = SINGLE_BYTE[encoding.toLowerCase().replace(/_/g, "-")];
  if (single) return decodeSingleByte(bytes.subarray(offset), single, filename);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    let text: string | null = null;
    if (extra !== undefined) {
      try {
        text = extra(bytes.subarray(offset), encoding);
      } catch (e) {
        throw decodeError(filename, `(unicode error) ${(e as { message: string }).message}`);
      }
    }
    if (text !== null) return text;
    throw decodeError(filename, `unknown encoding: ${spec ? spec.name : encoding}`);
  }
  try {
    return decoder.decode(bytes.subarray(offset));
  } catch {
    const enc = encoding === "utf-8" ? "utf-8" : encoding;
    // Locate the first undecodable byte for the message, as the codec reports it.
    let pos = 0;
    if (enc === "utf-8") pos = firstInvalidUtf8(bytes, offset);
    const byte = bytes[pos] ?? 0;
    throw decodeError(
      filename,
      `(unicode error) '${enc}' codec can't decode byte 0x${byte.toString(16).padStart(2, "0")} in position ${pos - offset}: invalid start byte`,
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  const d = new TextDecoder("utf-8", { fatal: true });
  let lo = from;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      d.decode(bytes.subarray(from, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

// Single-byte codecs decoded here: Node's TextDecoder treats the latin-1 labels as windows-1252
// (WHATWG) and its windows-1252 as latin-1, and neither matches Python's codecs.
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];
type SingleByte = { name: string; map: (b: number) => number };
const LATIN1: SingleByte = { name: "latin-1", map: (b) => b };
const CP1252: SingleByte = { name: "charmap", map: (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b) };
const ASCII: SingleByte = { name: "ascii", map: (b) => (b < 0x80 ? b : -1) };
const SINGLE_BYTE: Record<string, SingleByte> = {
  "iso-8859-1": LATIN1, "latin-1": LATIN1, latin1: LATIN1, "iso8859-1": LATIN1, l1: LATIN1,
  cp1252: CP1252, "windows-1252": CP1252, ascii: ASCII, "us-ascii": ASCII,
};

function decodeSingleByte(bytes: Uint8Array, codec: SingleByte, filename: string): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const c = codec.map(bytes[i]);
    if (c < 0) {
      throw decodeError(
        filename,
        `(unicode error) '${codec.name}' codec can't decode byte 0x${bytes[i].toString(16)} in position ${i}: ${codec === ASCII ? "ordinal not in range(128)" : "character maps to <undefined>"}`,
      );
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/** translate_newlines: \r\n and lone \r become \n. */
export function translateNewlines(text: string): string {
  if (text.indexOf("\r") < 0) return text;
  return text.replace(/\r\n?/g, "\n");
}
