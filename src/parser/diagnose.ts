// Turning a failed parse into CPython's SyntaxError. pegen reports, in order of priority:
// a tokenizer error raised through syntaxerror() anywhere in the file (pegen re-tokenizes the rest
// of the source after a parser error: _PyPegen_tokenize_full_source_to_check_for_errors); then the
// error of the first invalid_* rule that matches; then "invalid syntax" at the furthest token read
// (_PyPegen_set_syntax_error), with "unexpected indent"/"unexpected unindent" for INDENT/DEDENT and
// "'(' was never closed" at the end of input. Chevrotain's own messages never leave this module.
import { PySyntaxError } from "./errors.js";
import { EXPR_START, FORCED_COLON, NEWLINE_COLON, PyParser, isRecognition } from "./parser.js";
import type { TokenizeResult } from "./tokenizer.js";
import {
  COLON, COLONEQUAL, COMMA, DEDENT, ELLIPSIS, ENDMARKER, EQUAL, ERRORTOKEN, INDENT, KW, LBRACE, LPAR, LSQB, NAME,
  NEWLINE, NUMBER, STRING, Token, RARROW,
} from "./tokens.js";

/** Tokens after which an operand ends (the end of a pegen `disjunction`). */
const EXPR_END = new Set<number>(
  [NAME, NUMBER, STRING, ELLIPSIS, KW.None, KW.True, KW.False].map((t) => t.tokenTypeIdx!),
);
const CLOSERS = new Set(["RPAR", "RSQB", "RBRACE"]);
/** Tokens that end the expression before a missing comma when scanning backwards. */
const BOUNDARY = new Set<number>(
  [COMMA, LPAR, LSQB, LBRACE, COLON, EQUAL, COLONEQUAL, RARROW, KW.for, KW.in, KW.if, KW.else, KW.lambda, KW.return, KW.yield, KW.and, KW.or, KW.not].map(
    (t) => t.tokenTypeIdx!,
  ),
);
const SOFT_KEYWORDS = new Set(["match", "case", "_"]);

function unclosed(p: PyParser, b: { char: string; line: number; col: number }): PySyntaxError {
  const ls = p.lineStart(b.line);
  const err = p.errorAt(b.line, ls, b.col, b.line, ls, b.col, `'${b.char}' was never closed`);
  return new PySyntaxError(err.kind, err.msg, err.filename, err.lineno, err.offset, err.text, err.end_lineno, 0);
}

/** The tokenizer error as the parser reports it on reaching it. */
function tokenizerError(p: PyParser, tok: TokenizeResult): PySyntaxError {
  const te = tok.error!;
  if (te.kind === "eof" && te.openBracket) return unclosed(p, te.openBracket);
  return te.error;
}

export function translateError(p: PyParser, tok: TokenizeResult, e: unknown): PySyntaxError {
  let err: PySyntaxError;
  // The line of the furthest token the parser read (pegen compares it with an unclosed bracket's).
  let furthestLine: number;
  if (e instanceof PySyntaxError) {
    err = e;
    const far = Math.min(Math.max(p.currIdx + 1, p.furthest), p.tokVector.length - 1);
    // The check that raised it read the token where the tokenizer failed: that error came first.
    if (tok.error && p.tokVector[p.currIdx + 1] === tok.tokens[tok.tokens.length - 1] && !FIRST_PASS.test(err.msg)) {
      return tokenizerError(p, tok);
    }
    furthestLine = Math.max(err.lineno, p.tokVector[far]?.startLine ?? 0);
  } else if (isRecognition(e)) {
    const t = e.token as Token;
    if (t.tokenTypeIdx === ERRORTOKEN.tokenTypeIdx && tok.error && tok.tokens[tok.tokens.length - 1] === t) {
      return tokenizerError(p, tok);
    }
    err = fromRecognition(p, e.message, t);
    // "unexpected indent"/"unindent" return before pegen re-tokenizes the rest of the source.
    if (err.kind === "IndentationError" && err.msg.startsWith("unexpected")) return err;
    furthestLine = Math.max(err.lineno, t.startLine);
  } else if (e instanceof RangeError) {
    // Nesting deep enough to exhaust the JavaScript stack (CPython: "too many nested parentheses"
    // from the tokenizer, or a MemoryError/RecursionError from the parser).
    err = new PySyntaxError("SyntaxError", "too many nested parentheses", p.filename, 1, 0, null, 1, 0);
    furthestLine = 1;
  } else {
    // An internal failure must still surface as a SyntaxError (issue 2: never a JavaScript
    // exception); the original stays attached as `cause` for debugging, and the fuzz test fails on it.
    const t = p.tokVector[Math.min(p.currIdx + 1, p.tokVector.length - 1)];
    err = t ? p.errorAtToken(t, "invalid syntax") : new PySyntaxError("SyntaxError", "invalid syntax", p.filename, 1, 0, null, 1, 0);
    Object.defineProperty(err, "cause", { value: e });
    furthestLine = err.lineno;
  }
  err = typeCommentDefQuirk(p, e, err);
  // Tokenizer errors found by reading the rest of the source take priority.
  const te = tok.error;
  if (te) {
    if (te.kind === "immediate") return te.error;
    if (te.kind === "eof" && te.openBracket && te.openBracket.line < furthestLine) return unclosed(p, te.openBracket);
  }
  return err;
}

function fromRecognition(p: PyParser, message: string, t: Token): PySyntaxError {
  const v = p.tokVector;
  let idx = v.indexOf(t);
  if (idx < 0) idx = p.currIdx + 1;
  const ty = t.tokenTypeIdx;
  if (message === FORCED_COLON || message === "@expected '('") {
    return p.errorAtToken(t, message.slice(1));
  }
  if (message === NEWLINE_COLON && ty === NEWLINE.tokenTypeIdx) return p.errorAtToken(t, "expected ':'");
  if (message === "@indent match" && ty !== INDENT.tokenTypeIdx) {
    let m: Token | null = null;
    for (let i = idx - 1; i >= 0 && m === null; i--) if (v[i].tokenType.name === "MATCH") m = v[i];
    return p.errorAtToken(t, `expected an indented block after 'match' statement on line ${m ? m.startLine : t.startLine}`, "IndentationError");
  }
  if (ty === INDENT.tokenTypeIdx || ty === DEDENT.tokenTypeIdx) {
    const ls = t.startOffset - t.startColumn;
    const e = p.errorAt(t.startLine, ls, t.startColumn, t.startLine, ls, t.startColumn, ty === INDENT.tokenTypeIdx ? "unexpected indent" : "unexpected unindent", "IndentationError");
    return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset - 1, e.text, e.end_lineno, -1);
  }
  const special = legacyPrint(p, v, idx) ?? starredDictValue(p, v, idx) ?? doubleStarredGroup(p, v, idx) ?? paramListError(p, v, idx) ?? missingComma(p, v, idx);
  if (special) return special;
  if (ty === ENDMARKER.tokenTypeIdx || t.tokenType.name === "EOF") {
    // The end marker sits on the last line read, with no column (offset 0).
    const prev = v[idx - 1];
    if (prev === undefined) {
      // Nothing but blank lines: the tokenizer's line count is the number of newlines read.
      let lines = 0;
      for (let i = p.src.indexOf("\n"); i >= 0; i = p.src.indexOf("\n", i + 1)) lines++;
      const ls = p.lineStart(Math.max(lines, 1));
      const e = p.errorAt(Math.max(lines, 1), ls, 0, 1, ls, 0, "invalid syntax");
      return new PySyntaxError(e.kind, e.msg, e.filename, lines, 0, lines === 0 ? null : e.text, lines, 0);
    }
    const ls = prev.startOffset - prev.startColumn;
    const e = p.errorAt(prev.startLine, ls, 0, prev.startLine, ls, 0, "invalid syntax");
    return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, 0, e.text, e.end_lineno, 0);
  }
  return p.errorAtToken(t, "invalid syntax");
}

/** invalid_legacy_expression: `print x` / `exec x` at the failure point. */
function legacyPrint(p: PyParser, v: Token[], idx: number): PySyntaxError | null {
  const prev = v[idx - 1];
  if (!prev || prev.tokenTypeIdx !== NAME.tokenTypeIdx || (prev.image !== "print" && prev.image !== "exec")) return null;
  if (!EXPR_START.has(v[idx].tokenTypeIdx) || v[idx].tokenTypeIdx === LPAR.tokenTypeIdx) return null;
  const end = p.probeEnd(idx, "star_expressions");
  if (end < 0) return null;
  return p.errorAtTokens(prev, v[end], `Missing parentheses in call to '${prev.image}'. Did you mean ${prev.image}(...)?`);
}

/** invalid_expression: two expressions side by side inside brackets. */
function missingComma(p: PyParser, v: Token[], idx: number): PySyntaxError | null {
  const t = v[idx];
  if (t.level === 0 || !EXPR_START.has(t.tokenTypeIdx)) return null;
  const prev = v[idx - 1];
  if (!prev || !(EXPR_END.has(prev.tokenTypeIdx) || CLOSERS.has(prev.tokenType.name))) return null;
  // The start of the expression before: back to the nearest separator at the same depth.
  let depth = 0;
  let i = idx - 1;
  for (; i >= 0; i--) {
    const x = v[i];
    const n = x.tokenType.name;
    if (CLOSERS.has(n)) depth++;
    else if (n === "LPAR" || n === "LSQB" || n === "LBRACE") {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && BOUNDARY.has(x.tokenTypeIdx)) break;
    else if (x.tokenTypeIdx === NEWLINE.tokenTypeIdx) return null;
  }
  // Not inside a def's or lambda's parameter list, where pegen tries no expression.
  if (i >= 2 && v[i].tokenType.name === "LPAR" && v[i - 1].tokenTypeIdx === NAME.tokenTypeIdx && v[i - 2].tokenTypeIdx === KW.def.tokenTypeIdx) return null;
  // Nor inside a case pattern (patterns are not expressions).
  if (inCasePattern(v, idx)) return null;
  for (let j = i, d = 0; j >= 0; j--) {
    const n = v[j].tokenType.name;
    if (CLOSERS.has(n)) d++;
    else if (n === "LPAR" || n === "LSQB" || n === "LBRACE") {
      if (d === 0) break;
      d--;
    } else if (d === 0 && (v[j].tokenTypeIdx === COLON.tokenTypeIdx || v[j].tokenTypeIdx === NEWLINE.tokenTypeIdx)) break;
    else if (d === 0 && v[j].tokenTypeIdx === KW.lambda.tokenTypeIdx) return null;
  }
  const a = v[i + 1];
  // `*a b`, `**a b`: the operand of a star is a bitwise_or, not an expression.
  if (a.tokenType.name === "STAR" || a.tokenType.name === "DOUBLESTAR") return null;
  // A comprehension's iterable and conditions are disjunctions, not expressions.
  if (i >= 0 && (v[i].tokenTypeIdx === KW.in.tokenTypeIdx || v[i].tokenTypeIdx === KW.if.tokenTypeIdx)) {
    for (let j = i - 1, d = 0; j >= 0; j--) {
      const n = v[j].tokenType.name;
      if (CLOSERS.has(n)) d++;
      else if (n === "LPAR" || n === "LSQB" || n === "LBRACE") {
        if (d === 0) break;
        d--;
      } else if (d === 0 && v[j].tokenTypeIdx === KW.for.tokenTypeIdx) return null;
    }
  }
  if (a.tokenTypeIdx === NAME.tokenTypeIdx && (SOFT_KEYWORDS.has(a.image) || v[i + 2]?.tokenTypeIdx === STRING.tokenTypeIdx)) return null;
  if (a.tokenTypeIdx === NAME.tokenTypeIdx && (a.image === "print" || a.image === "exec") && i + 2 === idx) return null;
  // b is an expression without invalid_* checks: an `x if y` with no else still ends at x.
  let end = p.probeEnd(idx, "expression");
  if (end < 0) end = p.probeEnd(idx, "disjunction");
  if (end < 0) return null;
  return p.errorAtTokens(a, v[end], "invalid syntax. Perhaps you forgot a comma?");
}

/** Whether `idx` is inside the pattern of a `case` clause (before its ':'). */
function inCasePattern(v: Token[], idx: number): boolean {
  let i = idx - 1;
  for (; i >= 0; i--) {
    const ty = v[i].tokenTypeIdx;
    if (ty === NEWLINE.tokenTypeIdx || ty === INDENT.tokenTypeIdx || ty === DEDENT.tokenTypeIdx) break;
    if (v[i].level === 0 && ty === COLON.tokenTypeIdx) return false;
  }
  const first = v[i + 1];
  return first !== undefined && first !== v[idx] && first.image === "case" && first.level === 0;
}

/** invalid_double_starred_kvpairs: `{a: *b}` */
function starredDictValue(p: PyParser, v: Token[], idx: number): PySyntaxError | null {
  const t = v[idx];
  if (t.tokenType.name !== "STAR" || v[idx - 1]?.tokenTypeIdx !== COLON.tokenTypeIdx || t.level === 0) return null;
  const o = opener(v, idx);
  if (o < 0 || v[o].tokenType.name !== "LBRACE") return null;
  const end = p.probeEnd(idx + 1, "expression");
  if (end < 0) return null;
  return p.errorAtTokens(t, v[end], "cannot use a starred expression in a dictionary value");
}

/** invalid_group: `'(' '**' expression ')'` */
function doubleStarredGroup(p: PyParser, v: Token[], idx: number): PySyntaxError | null {
  const t = v[idx];
  if (t.tokenType.name !== "DOUBLESTAR" || v[idx - 1]?.tokenTypeIdx !== LPAR.tokenTypeIdx) return null;
  const end = p.probeEnd(idx + 1, "expression");
  if (end < 0 || v[end + 1]?.tokenType.name !== "RPAR") return null;
  return p.errorAtToken(t, "cannot use double starred expression here");
}

// f-string replacement fields are parsed by a sub-parser over their own tokens: the same diagnosis applies
PyParser.diagnoseRecognition = (p, message, t) => fromRecognition(p, message, t);

/** The index of the innermost bracket still open at `idx`, or -1. */
function opener(v: Token[], idx: number): number {
  let depth = 0;
  for (let i = idx - 1; i >= 0; i--) {
    const n = v[i].tokenType.name;
    if (CLOSERS.has(n)) depth++;
    else if (n === "LPAR" || n === "LSQB" || n === "LBRACE") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Where the parameter list around `idx` starts (a def's '(' + 1, or after `lambda`), or null. */
function paramsStart(v: Token[], idx: number): { start: number; lambda: boolean } | null {
  const o = opener(v, idx);
  if (o >= 2 && v[o].tokenType.name === "LPAR" && v[o - 1].tokenTypeIdx === NAME.tokenTypeIdx && v[o - 2].tokenTypeIdx === KW.def.tokenTypeIdx) {
    return { start: o + 1, lambda: false };
  }
  for (let i = idx - 1, depth = 0; i >= 0; i--) {
    const n = v[i].tokenType.name;
    if (CLOSERS.has(n)) depth++;
    else if (n === "LPAR" || n === "LSQB" || n === "LBRACE") {
      if (depth === 0) return null;
      depth--;
    } else if (depth === 0) {
      if (v[i].tokenTypeIdx === KW.lambda.tokenTypeIdx) return { start: i + 1, lambda: true };
      if (v[i].tokenTypeIdx === COLON.tokenTypeIdx || v[i].tokenTypeIdx === NEWLINE.tokenTypeIdx) return null;
    }
  }
  return null;
}

/**
 * Skips `NAME [':' annotation]` (no annotation in a lambda) from `j`; returns the index after it,
 * or -1 when the tokens are not such a parameter.
 */
function skipPlainParam(v: Token[], j: number, end: number, lambda: boolean): number {
  if (v[j]?.tokenTypeIdx !== NAME.tokenTypeIdx) return -1;
  j++;
  if (!lambda && v[j]?.tokenTypeIdx === COLON.tokenTypeIdx) {
    j++;
    for (let depth = 0; j < end; j++) {
      const n = v[j].tokenType.name;
      if (n === "LPAR" || n === "LSQB" || n === "LBRACE") depth++;
      else if (CLOSERS.has(n)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (v[j].tokenTypeIdx === COMMA.tokenTypeIdx || v[j].tokenTypeIdx === EQUAL.tokenTypeIdx)) break;
    }
  }
  return j;
}

/**
 * invalid_parameters / invalid_lambda_parameters at a parse failure inside a parameter list:
 * `param_no_default* '(' param_no_default+ ','? ')'` ("... cannot be parenthesized") and
 * `param_maybe_default+ '/' '*'` ("expected comma between / and *").
 */
function paramListError(p: PyParser, v: Token[], idx: number): PySyntaxError | null {
  const t = v[idx];
  const ty = t.tokenType.name;
  if (ty !== "LPAR" && ty !== "STAR") return null;
  const ps = paramsStart(v, idx);
  if (ps === null) return null;
  if (ty === "STAR") {
    if (v[idx - 1]?.tokenType.name !== "SLASH" || idx - 1 === ps.start) return null;
    for (let j = ps.start; j < idx - 1; j++) {
      const n = v[j].tokenType.name;
      if (v[j].level === t.level && (n === "STAR" || n === "DOUBLESTAR" || n === "SLASH")) return null;
    }
    return p.errorAtToken(t, "expected comma between / and *");
  }
  // the parameters before the '(' have no defaults
  let j = ps.start;
  while (j < idx) {
    j = skipPlainParam(v, j, idx, ps.lambda);
    if (j < 0 || v[j]?.tokenTypeIdx !== COMMA.tokenTypeIdx) return null;
    j++;
  }
  if (j !== idx) return null;
  // inside: plain parameters, an optional trailing comma, then ')'
  j = idx + 1;
  let count = 0;
  for (;;) {
    const k = skipPlainParam(v, j, v.length, ps.lambda);
    if (k < 0) break;
    count++;
    j = k;
    if (v[j]?.tokenTypeIdx !== COMMA.tokenTypeIdx) break;
    j++;
  }
  if (count === 0 || v[j]?.tokenType.name !== "RPAR") return null;
  return p.errorAtTokens(t, v[j], ps.lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
}

/** Errors pegen raises in its first pass, before any invalid_* rule runs. */
const FIRST_PASS = /^(f-string|\((unicode|value) error\)|cannot mix bytes|bytes can only contain)/;

/**
 * pegen's second pass re-parses from the start with the invalid_* rules on, and invalid_def_raw
 * (`def ...: NEWLINE !INDENT`) matches a function whose type comment sits on its own line
 * (`NEWLINE TYPE_COMMENT` before the INDENT). So in such a file any later syntax error is reported
 * as "expected an indented block after function definition" at the furthest token read.
 */
function typeCommentDefQuirk(p: PyParser, e: unknown, err: PySyntaxError): PySyntaxError {
  if (FIRST_PASS.test(err.msg) || err.msg.startsWith("unexpected in")) return err;
  const v = p.tokVector;
  const at = isRecognition(e) ? Math.max(0, v.indexOf(e.token as Token)) : Math.min(Math.max(p.currIdx + 1, p.furthest), v.length - 1);
  const far = v[at];
  if (!far) return err;
  for (let i = 0; i + 2 < at; i++) {
    if (v[i].tokenTypeIdx !== KW.def.tokenTypeIdx) continue;
    // The def's ':' (the first ':' at its bracket level), then NEWLINE TYPE_COMMENT.
    let j = i + 1;
    while (j < at && !(v[j].tokenTypeIdx === COLON.tokenTypeIdx && v[j].level === v[i].level)) j++;
    if (j + 2 <= at && v[j + 1].tokenTypeIdx === NEWLINE.tokenTypeIdx && v[j + 2].tokenType.name === "TYPE_COMMENT") {
      return p.errorAtToken(far, `expected an indented block after function definition on line ${v[i].startLine}`, "IndentationError");
    }
  }
  return err;
}
