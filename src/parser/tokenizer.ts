// Python 3.11 tokenizer: source text → chevrotain tokens (tokens.ts), with INDENT/DEDENT/NEWLINE,
// implicit line joining inside brackets, backslash continuation, type comments, and CPython's
// tokenizer errors (Parser/tokenizer.c, tok_get). Errors are not thrown here: the scan stops at the
// first one and records it, and the parser decides which error wins, as pegen does (a tokenizer error
// raised through syntaxerror() beats any parser error; indentation and end-of-input errors only count
// when the parser reaches them).
//
// Why a hand-written scanner. The issue asked to choose, by measurement, between chevrotain's Lexer
// with custom token patterns for indentation (its own example's approach, which turns off the
// lexer's first-character optimisation), chevrotain's Lexer followed by a pass over its token stream
// that inserts INDENT/DEDENT/NEWLINE, and a hand-written scanner emitting chevrotain tokens.
// scripts/bench-tokenizers.ts runs all three over the standard library without site-packages
// (1787 decodable files, 31.5 M characters; best of 3 rounds in one node 20 process):
//   A. chevrotain Lexer, custom indentation patterns     5.93 s  (5.37 M tokens)
//   B. chevrotain Lexer + indentation pass               1.06 s  (5.08 M tokens)
//   C. hand-written scanner (this file)                   0.68 s  (5.08 M tokens)
// C is the fastest, and the only one that reproduces CPython's tokenizer errors (which error wins,
// "detected at line N", leading zeros, tab/space consistency) and UTF-8 byte columns without a
// second pass over the text; A and B would need that pass anyway. Decision: C.
import { inRanges } from "../shared/ranges.js";
import { isNonPrintable } from "../shared/repr.js";
import { XID_CONTINUE_RANGES, XID_START_RANGES } from "./data/xid.js";
import { PySyntaxError, type SyntaxErrorKind } from "./errors.js";
import {
  DEDENT, ENDMARKER, ERRORTOKEN, INDENT, KEYWORDS, KW, NAME, NEWLINE, NUMBER, OPERATORS, STRING, Token,
  TYPE_COMMENT,
} from "./tokens.js";
import type { TokenType } from "chevrotain";

const KEYWORD_TYPES = new Map<string, TokenType>();
for (const k of KEYWORDS) KEYWORD_TYPES.set(k, KW[k]);

const MAXINDENT = 100;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
const MAXLEVEL = 200;

/** How a tokenizer error competes with parser errors (see the file comment). */
export type TokErrorKind = "immediate" | "eof" | "deferred";

export class TokenizerError {
  constructor(
    readonly kind: TokErrorKind,
    readonly error: PySyntaxError,
    /** for "eof": the innermost unclosed bracket, if any */
    readonly openBracket: { char: string; line: number; col: number } | null,
  ) {}
}

export interface TokenizeResult {
  tokens: Token[];
  error: TokenizerError | null;
  typeIgnores: { lineno: number; tag: string }[];
  /** parser_warn calls, in source order (all before `error`, which ends tokenizing) */
  warnings: SourceWarning[];
}

/**
 * A warning the tokenizer or parser reports at compile time (parser_warn, invalid escapes):
 * warnings.warn_explicit(message, category, filename, lineno), or `error` (same message) when a
 * filter turns it into an exception.
 */
export interface SourceWarning {
  category: "SyntaxWarning" | "DeprecationWarning";
  error: PySyntaxError;
}

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}


/** Number of UTF-8 bytes of the characters src[from, to). */
export function utf8Length(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Number of code points in src[from, to) (SyntaxError offsets count code points). */
export function codePointLength(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

export class Tokenizer {
  private tokens: Token[] = [];
  private pos: number;
  private line: number;
  private lineStart: number;
  private level = 0;
  private parenStack: { char: string; line: number; col: number; offset: number }[] = [];
  private indstack = [0];
  private altindstack = [0];
  private atBol = true;
  private error: TokenizerError | null = null;
  private typeIgnores: { lineno: number; tag: string }[] = [];
  private warnings: SourceWarning[] = [];
  /** false when the source is pure ASCII: byte columns are then character columns */
  private readonly wide: boolean;
  // Cache for byte columns on a non-ASCII line: the last (offset, byte column) computed on `cacheLine`.
  private cacheLineStart = -1;
  private cacheOffset = 0;
  private cacheCol = 0;

  constructor(
    private readonly src: string,
    private readonly filename: string,
    private readonly typeComments: boolean,
    start = 0,
    private readonly end = src.length,
    line = 1,
    lineStart = 0,
    /** tokenizing an f-string replacement field: inside brackets from the start, no NEWLINE/INDENT */
    private readonly inner = false,
  ) {
    this.pos = start;
    this.line = line;
    this.lineStart = lineStart;
    // Byte columns differ from character columns only after a non-ASCII character on the same line.
    // For an f-string field only its own text and its first line's prefix matter (scanning the whole
    // source per field would make files with many fields quadratic).
    this.wide = NON_ASCII.test(inner ? src.slice(lineStart, end) : src);
    if (inner) {
      this.level = 1;
      this.atBol = false;
    }
  }

  /** The UTF-8 byte column of source offset `offset` on the line starting at `lineStart`. */
  byteCol(offset: number, lineStart: number): number {
    if (!this.wide) return offset - lineStart;
    if (this.cacheLineStart !== lineStart || offset < this.cacheOffset) {
      this.cacheLineStart = lineStart;
      this.cacheOffset = lineStart;
      this.cacheCol = 0;
    }
    this.cacheCol += utf8Length(this.src, this.cacheOffset, offset);
    this.cacheOffset = offset;
    return this.cacheCol;
  }

  private push(type: TokenType, start: number, startLine: number, startLineStart: number): Token {
    const src = this.src;
    const end = this.pos;
    const t = new Token(
      type,
      type.tokenTypeIdx!,
      src.slice(start, end),
      start,
      end,
      startLine,
      start - startLineStart,
      this.line,
      end - this.lineStart,
      0,
      0,
      this.level,
    );
    if (this.wide) {
      t.col = this.byteCol(start, startLineStart);
      t.endCol = this.byteCol(end, this.lineStart);
    } else {
      t.col = t.startColumn;
      t.endCol = t.endColumn;
    }
    this.tokens.push(t);
    return t;
  }

  /** A zero-width token (NEWLINE at end of input, INDENT, DEDENT, ENDMARKER). */
  private pushAt(type: TokenType, offset: number, image = ""): Token {
    const col = offset - this.lineStart;
    const t = new Token(type, type.tokenTypeIdx!, image, offset, offset, this.line, col, this.line, col, 0, 0, this.level);
    t.col = t.endCol = this.wide ? this.byteCol(offset, this.lineStart) : col;
    this.tokens.push(t);
    return t;
  }

  /** The text of the line starting at `lineStart`, without its newline. */
  lineText(lineStart: number): string {
    let e = this.src.indexOf("\n", lineStart);
    if (e < 0) e = this.src.length;
    return this.src.slice(lineStart, e);
  }

  /** Record a tokenizer error and stop. Offsets are 1-based character offsets; text without newline. */
  private fail(
    kind: TokErrorKind,
    cls: SyntaxErrorKind,
    msg: string,
    line: number,
    lineStart: number,
    offset: number,
    endLine = line,
    endOffset = offset,
    withNewline = false,
  ): void {
    let text = this.lineText(lineStart);
    if (withNewline) text += "\n";
    const open = this.parenStack.length ? this.parenStack[this.parenStack.length - 1] : null;
    this.error = new TokenizerError(
      kind,
      new PySyntaxError(cls, msg, this.filename, line, offset, text, endLine, endOffset),
      open ? { char: open.char, line: open.line, col: open.col } : null,
    );
    // A marker the parser cannot accept, where the error was found.
    this.pushAt(ERRORTOKEN, Math.min(this.pos, this.src.length));
  }

  /** syntaxerror(): position is the text from the line start up to the current position. */
  private syntaxError(msg: string): void {
    const off = codePointLength(this.src, this.lineStart, this.pos);
    this.fail("immediate", "SyntaxError", msg, this.line, this.lineStart, off, this.line, off);
  }

  /** parser_warn at the current position (located as syntaxerror() would locate it). */
  private warn(msg: string): void {
    const off = codePointLength(this.src, this.lineStart, this.pos);
    this.warnings.push({ category: "SyntaxWarning", error: new PySyntaxError("SyntaxError", msg, this.filename, this.line, off, this.lineText(this.lineStart), this.line, off) });
  }

  tokenize(): TokenizeResult {
    const src = this.src;
    const end = this.end;
    // One pass per token; `blankline` is local to one token fetch, as in tok_get.
    while (this.error === null) {
      let blankline = false;
      if (this.atBol) {
        this.atBol = false;
        let col = 0;
        let altcol = 0;
        // tok_get (3.11, bpo-40847): a backslash continuation within the indentation joins the
        // next physical line; the column of the first one (when not 0) is the indentation
        let contCol = 0;
        let p = this.pos;
        for (;;) {
          const c = src.charCodeAt(p);
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = ((col >> 3) + 1) << 3;
            altcol++;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92 && !this.inner && p + 2 < end && src.charCodeAt(p + 1) === 10) {
            // (a bad character or the end of input after it is reported by the main path)
            if (contCol === 0) contCol = col;
            p += 2;
            this.line++;
            this.lineStart = p;
            continue;
          } else break;
          p++;
        }
        this.pos = p;
        const c = p < end ? src.charCodeAt(p) : -1;
        if (c === 35 || c === 10) blankline = true;
        // a backslash still here is an error (tok_continuation_line), reported before indentation
        if (!blankline && this.level === 0 && !(c === 92 && !this.inner)) {
          if (contCol !== 0) col = altcol = contCol;
          if (!this.indent(col, altcol)) break;
        }
      }
      // Skip spaces.
      let c = this.pos < end ? src.charCodeAt(this.pos) : -1;
      while (c === 32 || c === 9 || c === 12) c = ++this.pos < end ? src.charCodeAt(this.pos) : -1;
      const start = this.pos;

      if (c === 35) {
        // Comment, possibly a type comment.
        let e = src.indexOf("\n", start);
        if (e < 0 || e > end) e = end;
        this.pos = e;
        if (this.typeComments && this.typeComment(start, e, blankline)) continue;
        c = e < end ? 10 : -1;
      }

      if (c === -1) {
        if (this.inner) {
          this.pushAt(ENDMARKER, this.pos);
          break;
        }
        if (this.level > 0) {
          const open = this.parenStack[this.parenStack.length - 1];
          const text = this.lineText(this.lineStart);
          this.error = new TokenizerError(
            "eof",
            new PySyntaxError("SyntaxError", "unexpected EOF while parsing", this.filename, this.line, 0, text, this.line, 0),
            { char: open.char, line: open.line, col: open.col },
          );
          this.pushAt(ERRORTOKEN, this.pos);
          break;
        }
        // End of input: close the last logical line, then dedent to column 0.
        const last = this.tokens.length ? this.tokens[this.tokens.length - 1] : null;
        if (last !== null && last.tokenType !== NEWLINE && last.tokenType !== DEDENT && last.tokenType !== INDENT) {
          this.pushAt(NEWLINE, this.pos);
        }
        while (this.indstack.length > 1) {
          this.indstack.pop();
          this.altindstack.pop();
          this.pushAt(DEDENT, this.pos);
        }
        this.pushAt(ENDMARKER, this.pos);
        break;
      }

      if (isIdStart(c)) {
        if (this.nameOrString(start)) continue;
        break;
      }

      if (c === 10) {
        this.pos++;
        const nlLine = this.line;
        const nlLineStart = this.lineStart;
        this.line++;
        this.lineStart = this.pos;
        this.atBol = true;
        if (blankline || this.level > 0) continue;
        // CPython's NEWLINE token starts at a preceding comment and ends at the newline character.
        const nl = this.pos - 1;
        const t = new Token(NEWLINE, NEWLINE.tokenTypeIdx!, "", start, nl, nlLine, start - nlLineStart, nlLine, nl - nlLineStart, 0, 0, this.level);
        t.col = this.wide ? this.byteCol(start, nlLineStart) : t.startColumn;
        t.endCol = this.wide ? this.byteCol(nl, nlLineStart) : t.endColumn;
        this.tokens.push(t);
        continue;
      }

      if (c === 46) {
        const c2 = src.charCodeAt(start + 1);
        if (isDigit(c2)) {
          if (this.number(start)) continue;
          break;
        }
        if (c2 === 46 && src.charCodeAt(start + 2) === 46) {
          this.pos += 3;
          this.push(OPERATORS.get("...")!, start, this.line, this.lineStart);
          continue;
        }
        this.pos++;
        this.push(OPERATORS.get(".")!, start, this.line, this.lineStart);
        continue;
      }
      if (isDigit(c)) {
        if (this.number(start)) continue;
        break;
      }
      if (c === 39 || c === 34) {
        if (this.string(start, start)) continue;
        break;
      }
      if (c === 92) {
        // Line continuation.
        const c2 = start + 1 < end ? src.charCodeAt(start + 1) : -1;
        if (c2 !== 10) {
          this.pos = start + 1;
          if (c2 === -1) {
            this.pos = end;
            this.fail("eof", "SyntaxError", "unexpected EOF while parsing", this.line, this.lineStart, codePointLength(src, this.lineStart, this.pos), this.line, codePointLength(src, this.lineStart, this.pos));
          } else {
            // E_LINECONT: col_offset = cur - line_start after reading the bad character.
            const off = codePointLength(src, this.lineStart, start + 2);
            this.fail("deferred", "SyntaxError", "unexpected character after line continuation character", this.line, this.lineStart, off, this.line, 0, true);
          }
          break;
        }
        if (start + 2 >= end && !this.inner) {
          // Input ends right after the continuation: reported after the backslash.
          this.pos = start + 1;
          const off = codePointLength(src, this.lineStart, start + 1) + 1;
          this.fail("eof", "SyntaxError", "unexpected EOF while parsing", this.line, this.lineStart, off, this.line, -1, true);
          break;
        }
        this.pos = start + 2;
        this.line++;
        this.lineStart = this.pos;
        continue;
      }
      if (!this.operator(start, c)) break;
    }
    return { tokens: this.tokens, error: this.error, typeIgnores: this.typeIgnores, warnings: this.warnings };
  }

  /** Indentation at the start of a logical line; false after an error. */
  private indent(col: number, altcol: number): boolean {
    const ind = this.indstack;
    const alt = this.altindstack;
    const top = ind.length - 1;
    if (col === ind[top]) {
      if (altcol !== alt[top]) return this.indentError("tab");
    } else if (col > ind[top]) {
      if (ind.length >= MAXINDENT) {
        this.fail("deferred", "IndentationError", "too many levels of indentation", this.line, this.lineStart, 0);
        return false;
      }
      if (altcol <= alt[top]) return this.indentError("tab");
      ind.push(col);
      alt.push(altcol);
      this.pushAt(INDENT, this.pos);
    } else {
      let n = 0;
      while (ind.length > 1 && col < ind[ind.length - 1]) {
        ind.pop();
        alt.pop();
        n++;
      }
      if (col !== ind[ind.length - 1]) return this.indentError("dedent");
      if (altcol !== alt[alt.length - 1]) return this.indentError("tab");
      for (let i = 0; i < n; i++) this.pushAt(DEDENT, this.pos);
    }
    return true;
  }

  private indentError(which: "tab" | "dedent"): boolean {
    const text = this.lineText(this.lineStart) + "\n";
    const err =
      which === "tab"
        ? new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", this.filename, this.line, 1, text, this.line, 0)
        : new PySyntaxError(
            "IndentationError",
            "unindent does not match any outer indentation level",
            this.filename,
            this.line,
            codePointLength(this.src, this.lineStart, this.lineStart + text.length),
            text,
            this.line,
            -1,
          );
    this.error = new TokenizerError("deferred", err, null);
    this.pushAt(ERRORTOKEN, this.pos);
    return false;
  }

  /** A `# type: ...` comment: TYPE_IGNORE is recorded, TYPE_COMMENT becomes a token. */
  private typeComment(start: number, e: number, blankline: boolean): boolean {
    const src = this.src;
    let p = start + 1;
    while (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9) p++;
    if (!src.startsWith("type:", p)) return false;
    p += 5;
    while (p < e && (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9)) p++;
    const ignoreEnd = p + 6;
    const isIgnore =
      e >= ignoreEnd &&
      src.startsWith("ignore", p) &&
      !(e > ignoreEnd && (src.charCodeAt(ignoreEnd) >= 128 || /[A-Za-z0-9]/.test(src[ignoreEnd])));
    if (isIgnore) {
      this.typeIgnores.push({ lineno: this.line, tag: src.slice(ignoreEnd, e) });
      if (blankline && e < this.end) {
        // The newline of a line holding only the ignore comment is consumed with it.
        this.pos = e + 1;
        this.line++;
        this.lineStart = this.pos;
        this.atBol = true;
      }
      return true;
    }
    this.push(TYPE_COMMENT, p, this.line, this.lineStart);
    return true;
  }

  private nameOrString(start: number): boolean {
    const src = this.src;
    const end = this.end;
    let p = start;
    // String prefixes: any combination of b/r/u/f that CPython accepts, then a quote.
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      const c = src.charCodeAt(p) | 0x20;
      if (c === 98 && !sawB && !sawU && !sawF) sawB = true;
      else if (c === 114 && !sawR && !sawU) sawR = true;
      else if (c === 117 && !sawB && !sawR && !sawF && !sawU) sawU = true;
      else if (c === 102 && !sawF && !sawB && !sawU) sawF = true;
      else break;
      p++;
      const q = src.charCodeAt(p);
      if (q === 34 || q === 39) return this.string(start, p);
    }
    p = start;
    let ascii = true;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (!isIdChar(c)) break;
      if (c >= 128) ascii = false;
      p++;
    }
    this.pos = p;
    if (!ascii) {
      // verify_identifier: the longest valid identifier prefix must be the whole token.
      const text = src.slice(start, p);
      let i = 0;
      for (const ch of text) {
        // _PyUnicode_ScanIdentifier with CPython 3.11's tables (scripts/gen-xid.py).
        const cp = ch.codePointAt(0)!;
        const ok = inRanges(i === 0 ? XID_START_RANGES : XID_CONTINUE_RANGES, cp);
        if (!ok) {
          const badAt = start + i;
          this.pos = badAt + ch.length;
          const hex = cp.toString(16).toUpperCase().padStart(4, "0");
          this.syntaxError(isNonPrintable(cp) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`);
          return false;
        }
        i += ch.length;
      }
      const t = this.push(NAME, start, this.line, this.lineStart);
      t.image = text.normalize("NFKC");
      return true;
    }
    const image = src.slice(start, p);
    const kw = KEYWORD_TYPES.get(image);
    const type = kw ?? NAME;
    const t = new Token(type, type.tokenTypeIdx!, image, start, p, this.line, start - this.lineStart, this.line, p - this.lineStart, 0, 0, this.level);
    if (this.wide) {
      t.col = this.byteCol(start, this.lineStart);
      t.endCol = t.col + (p - start);
    } else {
      t.col = t.startColumn;
      t.endCol = t.endColumn;
    }
    this.tokens.push(t);
    return true;
  }

  /** A string literal whose quote is at `q` (prefix from `start`). */
  private string(start: number, q: number): boolean {
    const src = this.src;
    const end = this.end;
    const quote = src.charCodeAt(q);
    const startLine = this.line;
    const startLineStart = this.lineStart;
    let quoteSize = 1;
    let p = q + 1;
    if (src.charCodeAt(p) === quote && src.charCodeAt(p + 1) === quote) {
      quoteSize = 3;
      p += 2;
    } else if (src.charCodeAt(p) === quote) {
      // Empty string.
      this.pos = p + 1;
      this.push(STRING, start, startLine, startLineStart);
      return true;
    }
    let endQuoteSize = 0;
    while (endQuoteSize !== quoteSize) {
      const c = p < end ? src.charCodeAt(p) : -1;
      p++;
      if (c === -1 || (quoteSize === 1 && c === 10)) {
        // Report from the opening quote, "detected at" the line where the scan stopped.
        // At the end of input the tokenizer is still on the line of the last newline.
        const detected = c === -1 && src.charCodeAt(end - 1) === 10 ? this.line - 1 : this.line;
        this.line = startLine;
        this.lineStart = startLineStart;
        this.pos = start + 1;
        const msg =
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${detected})`
            : `unterminated string literal (detected at line ${detected})`;
        const off = codePointLength(src, startLineStart, start) + 1;
        this.fail("immediate", "SyntaxError", msg, startLine, startLineStart, off, startLine, off);
        return false;
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) {
          // A backslash escapes the next character, a newline included.
          const n = p < end ? src.charCodeAt(p) : -1;
          if (n !== -1) p++;
          if (n === 10) {
            this.line++;
            this.lineStart = p;
          }
        } else if (c === 10) {
          this.line++;
          this.lineStart = p;
        }
      }
    }
    this.pos = p;
    this.push(STRING, start, startLine, startLineStart);
    return true;
  }

  /** verify_end_of_number: a number glued to an identifier character is an error, except before some keywords. */
  private verifyEnd(p: number, kind: string): boolean {
    const src = this.src;
    const c = p < this.end ? src.charCodeAt(p) : -1;
    let r = false;
    if (c === 97) r = src.startsWith("nd", p + 1);
    else if (c === 101) r = src.startsWith("lse", p + 1);
    else if (c === 102) r = src.startsWith("or", p + 1);
    else if (c === 105) {
      const c2 = src.charCodeAt(p + 1);
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = src.startsWith("r", p + 1);
    else if (c === 110) r = src.startsWith("ot", p + 1);
    if (r) {
      // CPython only warns here (before a keyword that valid code can have after a number)
      const save = this.pos;
      this.pos = p;
      this.warn(`invalid ${kind} literal`);
      this.pos = save;
      return true;
    }
    // a non-ASCII character is reported as an invalid character instead (gh-88943)
    if (c !== -1 && c < 128 && isIdChar(c)) {
      this.pos = p;
      this.syntaxError(`invalid ${kind} literal`);
      return false;
    }
    return true;
  }

  /** tok_decimal_tail from position p (which holds a digit); returns the position after, or -1. */
  private decimalTail(p: number): number {
    const src = this.src;
    for (;;) {
      while (isDigit(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 95) return p;
      p++;
      if (!isDigit(src.charCodeAt(p))) {
        this.pos = p;
        this.syntaxError("invalid decimal literal");
        return -1;
      }
    }
  }

  private number(start: number): boolean {
    const src = this.src;
    let p = start;
    let c = src.charCodeAt(p);
    const finish = (e: number): boolean => {
      this.pos = e;
      this.push(NUMBER, start, this.line, this.lineStart);
      return true;
    };
    const fraction = (q: number): boolean => {
      // q is just after the '.'
      if (isDigit(src.charCodeAt(q))) {
        q = this.decimalTail(q);
        if (q < 0) return false;
      }
      return exponent(q);
    };
    const exponent = (q: number): boolean => {
      const e = src.charCodeAt(q);
      if (e === 101 || e === 69) {
        let r = q + 1;
        const s = src.charCodeAt(r);
        if (s === 43 || s === 45) {
          r++;
          if (!isDigit(src.charCodeAt(r))) {
            this.pos = r;
            this.syntaxError("invalid decimal literal");
            return false;
          }
        } else if (!isDigit(s)) {
          // The 'e' itself must end the number (as in `1else`): verify_end_of_number(e).
          if (!this.verifyEnd(q, "decimal")) return false;
          return finish(q);
        }
        r = this.decimalTail(r);
        if (r < 0) return false;
        q = r;
      }
      return imaginary(q);
    };
    const imaginary = (q: number): boolean => {
      const j = src.charCodeAt(q);
      if (j === 106 || j === 74) {
        if (!this.verifyEnd(q + 1, "imaginary")) return false;
        return finish(q + 1);
      }
      if (!this.verifyEnd(q, "decimal")) return false;
      return finish(q);
    };
    const radix = (test: (c: number) => boolean, kind: string, badDigit: ((c: number) => boolean) | null): boolean => {
      p += 2;
      for (;;) {
        if (src.charCodeAt(p) === 95) p++;
        if (!test(src.charCodeAt(p))) {
          const bad = src.charCodeAt(p);
          if (badDigit && isDigit(bad) && badDigit(bad)) {
            this.pos = p + 1;
            this.syntaxError(`invalid digit '${String.fromCharCode(bad)}' in ${kind} literal`);
            return false;
          }
          this.pos = p;
          this.syntaxError(`invalid ${kind} literal`);
          return false;
        }
        while (test(src.charCodeAt(p))) p++;
        if (src.charCodeAt(p) !== 95) break;
      }
      const after = src.charCodeAt(p);
      if (badDigit && isDigit(after)) {
        this.pos = p + 1;
        this.syntaxError(`invalid digit '${String.fromCharCode(after)}' in ${kind} literal`);
        return false;
      }
      if (!this.verifyEnd(p, kind)) return false;
      return finish(p);
    };
    if (c === 46) return fraction(p + 1);
    if (c === 48) {
      const x = src.charCodeAt(p + 1) | 0x20;
      if (x === 120) return radix(isHex, "hexadecimal", null);
      if (x === 111) return radix((d) => d >= 48 && d <= 55, "octal", (d) => d >= 56);
      if (x === 98) return radix((d) => d === 48 || d === 49, "binary", (d) => d >= 50);
      // "0", "00", "0_0", or a float / imaginary starting with zeros.
      p++;
      c = src.charCodeAt(p);
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          p++;
          c = src.charCodeAt(p);
          if (!isDigit(c)) {
            this.pos = p;
            this.syntaxError("invalid decimal literal");
            return false;
          }
        }
        if (c !== 48) break;
        p++;
        c = src.charCodeAt(p);
      }
      const zerosEnd = p;
      if (isDigit(c)) {
        nonzero = true;
        p = this.decimalTail(p);
        if (p < 0) return false;
        c = src.charCodeAt(p);
      }
      if (c === 46) return fraction(p + 1);
      if (c === 101 || c === 69) return exponent(p);
      if (c === 106 || c === 74) return imaginary(p);
      if (nonzero) {
        this.pos = p;
        const off = codePointLength(src, this.lineStart, start) + 1;
        const endOff = codePointLength(src, this.lineStart, zerosEnd) + 1;
        this.fail(
          "immediate",
          "SyntaxError",
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          this.line,
          this.lineStart,
          off,
          this.line,
          endOff,
        );
        return false;
      }
      if (!this.verifyEnd(p, "decimal")) return false;
      return finish(p);
    }
    p = this.decimalTail(p);
    if (p < 0) return false;
    c = src.charCodeAt(p);
    if (c === 46) return fraction(p + 1);
    return exponent(p);
  }

  private operator(start: number, c: number): boolean {
    const src = this.src;
    let type: TokenType | undefined;
    let len = 3;
    const end = this.end;
    type = start + 3 <= end ? OPERATORS.get(src.slice(start, start + 3)) : undefined;
    if (type === undefined) {
      len = 2;
      type = start + 2 <= end ? OPERATORS.get(src.slice(start, start + 2)) : undefined;
    }
    if (type === undefined) {
      len = 1;
      type = OPERATORS.get(src[start]);
    }
    if (type === undefined) {
      // A character that starts no token: an error token the parser rejects ("invalid syntax").
      const cp = src.codePointAt(start)!;
      this.pos = start + (cp > 0xffff ? 2 : 1);
      if (isNonPrintable(cp)) {
        // Non-printable characters are reported by the tokenizer itself.
        this.syntaxError(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`);
        return false;
      }
      this.push(ERRORTOKEN, start, this.line, this.lineStart);
      return true;
    }
    this.pos = start + len;
    if (len === 1) {
      if (c === 40 || c === 91 || c === 123) {
        if (this.level >= MAXLEVEL) {
          this.syntaxError("too many nested parentheses");
          return false;
        }
        this.parenStack.push({ char: src[start], line: this.line, col: start - this.lineStart, offset: start });
        this.level++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (this.level === 0 || (this.inner && this.level === 1)) {
          this.syntaxError(`unmatched '${src[start]}'`);
          return false;
        }
        const open = this.parenStack.pop()!;
        this.level--;
        const o = open.char.charCodeAt(0);
        if (!((o === 40 && c === 41) || (o === 91 && c === 93) || (o === 123 && c === 125))) {
          if (open.line !== this.line) {
            this.syntaxError(`closing parenthesis '${src[start]}' does not match opening parenthesis '${open.char}' on line ${open.line}`);
          } else {
            this.syntaxError(`closing parenthesis '${src[start]}' does not match opening parenthesis '${open.char}'`);
          }
          return false;
        }
      }
    }
    this.push(type, start, this.line, this.lineStart);
    return true;
  }
}

/** Tokenize a whole module (the text must already be decoded and newline-translated). */
export function tokenize(src: string, filename: string, typeComments: boolean): TokenizeResult {
  return new Tokenizer(src, filename, typeComments).tokenize();
}

/**
 * Tokenize the text of an f-string replacement field, src[start, end), as if it were wrapped in
 * parentheses (fstring_compile_expr): no NEWLINE/INDENT, brackets already open.
 */
export function tokenizeField(src: string, filename: string, start: number, end: number, line: number, lineStart: number): TokenizeResult {
  return new Tokenizer(src, filename, false, start, end, line, lineStart, true).tokenize();
}
