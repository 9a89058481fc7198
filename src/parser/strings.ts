// Adjacent string literals → one Constant or JoinedStr, with Python 3.11's f-string rules
// (Parser/string_parser.c: _PyPegen_concatenate_strings, fstring_find_literal, fstring_find_expr,
// FstringParser_Finish). In 3.11 an f-string is one STRING token; its replacement fields are parsed
// here by handing their source text back to the parser as `( field )`.
import { Constant, FormattedValue, JoinedStr, type expr } from "./ast.js";
import { BytesConst } from "./constants.js";
import { PySyntaxError } from "./errors.js";
import { EscapeError, decodeBytes, decodeStrEscapes, stringPrefix } from "./literals.js";
import type { Token } from "./tokens.js";

export interface StringHost {
  readonly src: string;
  readonly filename: string;
  /** Parse src[start, end) as the expression of a replacement field ("(" text ")"). */
  parseField(start: number, end: number, line: number, lineStart: number, tok: Token): expr;
  /** A SyntaxError located at the last token read (RAISE_SYNTAX_ERROR): the one after the strings. */
  errorAt(tok: Token, msg: string): PySyntaxError;
  /** A SyntaxError located at the STRING token itself (RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
  errorAtStringToken(tok: Token, msg: string): PySyntaxError;
  /**
   * warn_invalid_escape_sequence: "invalid escape sequence '\\c'" (DeprecationWarning at the token's
   * line; a SyntaxError at the token when a filter makes it an error). `at` tells the literal
   * pieces of one token apart.
   */
  invalidEscape(tok: Token, at: number, ch: string): void;
}

interface Span {
  first: Token;
  last: Token;
}

class FStringState {
  lastStr: string | null = null;
  values: expr[] = [];
  fmode = false;
  /**
   * `span` positions the Constants flushed before a field and the FormattedValues (the whole
   * concatenation); `finishSpan` the last Constant and the JoinedStr itself, which for a format spec
   * is the one STRING token holding it (FstringParser_Finish is called with that token twice).
   */
  constructor(readonly span: Span, readonly kindU: boolean, readonly finishSpan: Span = span) {}

  addStr(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }

  strNode(s: string, span = this.span): Constant {
    const { first, last } = span;
    return new Constant(s, this.kindU ? "u" : null, first.startLine, first.col, last.endLine, last.endCol);
  }

  addExpr(e: expr): void {
    if (this.lastStr !== null) {
      this.values.push(this.strNode(this.lastStr));
      this.lastStr = null;
    }
    this.values.push(e);
  }

  finish(): expr {
    const { first, last } = this.finishSpan;
    if (!this.fmode) return this.strNode(this.lastStr ?? "", this.finishSpan);
    if (this.lastStr !== null) {
      this.values.push(this.strNode(this.lastStr, this.finishSpan));
      this.lastStr = null;
    }
    return new JoinedStr(this.values, first.startLine, first.col, last.endLine, last.endCol);
  }
}

function decodeErr(host: StringHost, tok: Token, e: unknown): PySyntaxError {
  if (e instanceof EscapeError) return host.errorAt(tok, `(${e.kind} error) ${e.message}`);
  throw e;
}

/** _PyPegen_concatenate_strings over the STRING tokens toks (at least one). */
export function concatenateStrings(host: StringHost, toks: Token[]): expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  let bytesmode = false;
  for (let i = 0; i < toks.length; i++) {
    const b = stringPrefix(toks[i].image).bytes;
    if (i === 0) bytesmode = b;
    else if (b !== bytesmode) throw host.errorAt(toks[i], "cannot mix bytes and nonbytes literals");
  }
  if (bytesmode) {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (const t of toks) {
      const pre = stringPrefix(t.image);
      const img = t.image;
      for (let i = pre.bodyStart; i < pre.bodyEnd; i++) {
        if (img.charCodeAt(i) >= 0x80) throw host.errorAtStringToken(t, "bytes can only contain ASCII literal characters");
      }
      let b: Uint8Array;
      try {
        b = decodeBytes(img, pre.bodyStart, pre.bodyEnd, pre.raw, (ch) => host.invalidEscape(t, pre.bodyStart, ch));
      } catch (e) {
        throw decodeErr(host, t, e);
      }
      parts.push(b);
      total += b.length;
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return new Constant(new BytesConst(out), null, first.startLine, first.col, last.endLine, last.endCol);
  }
  // make_str_node_and_del: kind 'u' only when the first token starts with a lowercase u.
  const state = new FStringState({ first, last }, first.image.charCodeAt(0) === 117);
  for (const t of toks) {
    const pre = stringPrefix(t.image);
    if (pre.fmode) {
      state.fmode = true;
      const src = host.src;
      const bodyStart = t.startOffset + pre.bodyStart;
      const bodyEnd = t.startOffset + pre.bodyEnd;
      const r = new FStringScanner(host, t, state.span, pre.raw);
      const at = r.parse(src, bodyStart, bodyEnd, 0, state);
      if (at < bodyEnd) throw host.errorAt(t, "f-string: unexpected end of string");
    } else {
      try {
        state.addStr(pre.raw ? t.image.slice(pre.bodyStart, pre.bodyEnd) : decodeStrEscapes(t.image, pre.bodyStart, pre.bodyEnd, (ch) => host.invalidEscape(t, pre.bodyStart, ch)));
      } catch (e) {
        throw decodeErr(host, t, e);
      }
    }
  }
  return state.finish();
}

/** The scanner of one f-string token's body (offsets index the whole source). */
class FStringScanner {
  constructor(
    readonly host: StringHost,
    readonly tok: Token,
    readonly span: Span,
    readonly raw: boolean,
  ) {}

  private err(msg: string): PySyntaxError {
    return this.host.errorAt(this.span.last, msg);
  }

  private decode(s: string, from: number, to: number): string {
    if (this.raw) return s.slice(from, to);
    try {
      return decodeStrEscapes(s, from, to, (ch) => this.host.invalidEscape(this.tok, from, ch));
    } catch (e) {
      throw decodeErr(this.host, this.tok, e);
    }
  }

  /** fstring_parse: literals and fields until the end (level 0) or a '}' (format spec); returns the stop offset. */
  parse(s: string, i: number, end: number, level: number, state: FStringState): number {
    for (;;) {
      // fstring_find_literal
      const litStart = i;
      let undouble = false;
      while (i < end) {
        const ch = s.charCodeAt(i++);
        if (!this.raw && ch === 92 && i < end) {
          const n = s.charCodeAt(i++);
          if (n === 78) {
            if (i < end && s.charCodeAt(i++) === 123) {
              while (i < end && s.charCodeAt(i++) !== 125) {
                /* skip the name */
              }
              continue;
            }
            break;
          }
          if (n !== 123 && n !== 125) continue;
          // A backslash before a brace: the brace is still a brace.
          i--;
          continue;
        }
        if (ch === 123 || ch === 125) {
          if (level === 0) {
            if (i < end && s.charCodeAt(i) === ch) {
              undouble = true;
              break;
            }
            if (ch === 125) throw this.err("f-string: single '}' is not allowed");
          }
          i--;
          break;
        }
      }
      if (i > litStart) state.addStr(this.decode(s, litStart, i));
      if (undouble) {
        i++;
        continue;
      }
      if (i >= end || s.charCodeAt(i) === 125) break;
      // At a '{': a replacement field.
      i = this.field(s, i, end, level, state);
    }
    if (level > 0 && (i >= end || s.charCodeAt(i) !== 125)) throw this.err("f-string: expecting '}'");
    return i;
  }

  /** fstring_find_expr: the field starting at the '{' at i; returns the offset after its '}'. */
  private field(s: string, i: number, end: number, level: number, state: FStringState): number {
    if (level >= 2) throw this.err("f-string: expressions nested too deeply");
    const brace = i;
    i++;
    const exprStart = i;
    let quote = 0;
    let tripleQuote = false;
    const stack: number[] = [];
    for (; i < end; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 92) throw this.err("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch === quote) {
          if (tripleQuote) {
            if (i + 2 < end && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
              i += 2;
              quote = 0;
            }
          } else quote = 0;
        }
        continue;
      }
      if (ch === 39 || ch === 34) {
        if (i + 2 < end && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
          tripleQuote = true;
          i += 2;
        } else tripleQuote = false;
        quote = ch;
      } else if (ch === 91 || ch === 123 || ch === 40) {
        if (stack.length >= 200) throw this.err("f-string: too many nested parenthesis");
        stack.push(ch);
      } else if (ch === 35) {
        throw this.err("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
        if (i + 1 < end) {
          const next = s.charCodeAt(i + 1);
          if (next === 61 && (ch === 33 || ch === 61 || ch === 60 || ch === 62)) {
            i++;
            continue;
          }
        }
        if (ch === 62 || ch === 60) continue;
        break;
      } else if (ch === 93 || ch === 125 || ch === 41) {
        if (stack.length === 0) throw this.err(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        const open = stack.pop()!;
        if (!((open === 40 && ch === 41) || (open === 91 && ch === 93) || (open === 123 && ch === 125))) {
          throw this.err(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(open)}'`);
        }
      }
    }
    const exprEnd = i;
    if (quote) throw this.err("f-string: unterminated string");
    if (stack.length) throw this.err(`f-string: unmatched '${String.fromCharCode(stack[stack.length - 1])}'`);
    if (i >= end) throw this.err("f-string: expecting '}'");
    // fstring_compile_expr: all-whitespace is an error, checked before parsing.
    let k = exprStart;
    while (k < exprEnd) {
      const c = s.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 12) break;
      k++;
    }
    if (k === exprEnd) {
      // fstring_find_expr (3.11.7): nothing before a '=', '!' or ':'
      const term = s.charCodeAt(exprEnd);
      if (term === 61 || term === 33 || term === 58) throw this.err(`f-string: expression required before '${String.fromCharCode(term)}'`);
      throw this.err("f-string: empty expression not allowed");
    }
    const { line, lineStart } = this.lineOf(brace);
    const value = this.host.parseField(brace, exprEnd, line, lineStart, this.tok);
    let exprText: string | null = null;
    if (s.charCodeAt(i) === 61) {
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (i >= end) throw this.err("f-string: expecting '}'");
      exprText = s.slice(exprStart, i);
    }
    let conversion = -1;
    if (s.charCodeAt(i) === 33) {
      i++;
      if (i >= end) throw this.err("f-string: expecting '}'");
      conversion = s.charCodeAt(i);
      i++;
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        throw this.err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: expr | null = null;
    if (i < end && s.charCodeAt(i) === 58) {
      i++;
      if (i >= end) throw this.err("f-string: expecting '}'");
      const specState = new FStringState(this.span, state.kindU, { first: this.tok, last: this.tok });
      specState.fmode = true;
      i = this.parse(s, i, end, level + 1, specState);
      formatSpec = specState.finish();
    }
    if (i >= end || s.charCodeAt(i) !== 125) throw this.err("f-string: expecting '}'");
    i++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    if (exprText !== null) state.addStr(exprText);
    const { first, last } = this.span;
    state.addExpr(new FormattedValue(value, conversion, formatSpec, first.startLine, first.col, last.endLine, last.endCol));
    return i;
  }

  private lineOf(offset: number): { line: number; lineStart: number } {
    const s = this.host.src;
    let line = this.tok.startLine;
    for (let p = this.tok.startOffset; p < offset; p++) if (s.charCodeAt(p) === 10) line++;
    return { line, lineStart: s.lastIndexOf("\n", offset - 1) + 1 };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
