// The chevrotain grammar of Python 3.11 with embedded actions that build CPython's AST (ast.ts) with
// CPython's positions. Rule names follow Grammar/python.gram; grammar/python.grammar.md is the readable
// form and grammar/diagrams.html is generated from this class.
//
// Departures from python.gram's shape, for an LL(k) parser and for speed:
// - Binary, boolean and comparison operators are one flat rule (`disjunction`: operands separated by
//   operators) whose action builds the tree by precedence climbing over CPython's precedence levels
//   (conjunction, inversion, comparison, bitwise_or, ... term). That saves eight nested rule calls per
//   operand.
// - Assignment targets are read as expressions and then re-labelled (targets.ts), as pegen's
//   invalid_* rules and _PyPegen_set_expr_context do between them.
// - `match` statements and the parenthesized form of `with` are chosen by a gate that looks ahead
//   over the tokens, where pegen backtracks.
// Positions: a node starts at the first token of its rule and ends at the last non-whitespace token
// consumed (pegen's EXTRA, _PyPegen_get_last_nonnwhitespace_token); columns are UTF-8 byte offsets.
import { EmbeddedActionsParser, EOF, LLkLookaheadStrategy, type IRecognitionException, type TokenType } from "chevrotain";
import * as A from "./ast.js";
import type { expr, stmt, pattern, cmpop, operator, expr_context } from "./ast.js";
import { EllipsisConst } from "./constants.js";
import { PySyntaxError, type SyntaxErrorKind } from "./errors.js";
import { parseNumber } from "./literals.js";
import { concatenateStrings, type StringHost } from "./strings.js";
import { exprName, invalidTarget, setContext, type TargetsType } from "./targets.js";
import { codePointLength, tokenizeField, type SourceWarning } from "./tokenizer.js";
import {
  ALL_TOKENS, AMPER, AT, AugAssignOp, BinaryOp, CIRCUMFLEX, COLON, COLONEQUAL, COMMA, CompareOp, DEDENT, DOT,
  DOUBLESLASH, DOUBLESTAR, ELLIPSIS, ENDMARKER, EQEQUAL, EQUAL, GREATER, GREATEREQUAL, INDENT, KW, LBRACE,
  LEFTSHIFT, LESS, LESSEQUAL, LPAR, LSQB, MATCH, MINUS, NAME, NEWLINE, NOTEQUAL, NUMBER, PERCENT, PLUS, RARROW, RBRACE,
  RIGHTSHIFT, RPAR, RSQB, SEMI, SLASH, STAR, STRING, TILDE, TYPE_COMMENT, Token, VBAR,
} from "./tokens.js";

const NEWLINE_IDX = NEWLINE.tokenTypeIdx!;
const NAME_IDX = NAME.tokenTypeIdx!;
/** Stands for a token while chevrotain records the grammar (no input then). */
const DUMMY = new Token(EOF, EOF.tokenTypeIdx!, "", 0, 0, 0, 0, 0, 0, 0, 0, 0);
const INDENT_IDX = INDENT.tokenTypeIdx!;
const DEDENT_IDX = DEDENT.tokenTypeIdx!;

// Precedence levels of the flat operator rule (Language Reference 6.17, lowest first).
const P_OR = 1, P_AND = 2, P_CMP = 4, P_BOR = 5;
const BIN_PREC = new Map<number, [number, operator]>([
  [VBAR.tokenTypeIdx!, [5, "BitOr"]],
  [CIRCUMFLEX.tokenTypeIdx!, [6, "BitXor"]],
  [AMPER.tokenTypeIdx!, [7, "BitAnd"]],
  [LEFTSHIFT.tokenTypeIdx!, [8, "LShift"]],
  [RIGHTSHIFT.tokenTypeIdx!, [8, "RShift"]],
  [PLUS.tokenTypeIdx!, [9, "Add"]],
  [MINUS.tokenTypeIdx!, [9, "Sub"]],
  [STAR.tokenTypeIdx!, [10, "Mult"]],
  [SLASH.tokenTypeIdx!, [10, "Div"]],
  [DOUBLESLASH.tokenTypeIdx!, [10, "FloorDiv"]],
  [PERCENT.tokenTypeIdx!, [10, "Mod"]],
  [AT.tokenTypeIdx!, [10, "MatMult"]],
]);
const CMP_OPS = new Map<number, cmpop>([
  [EQEQUAL.tokenTypeIdx!, "Eq"],
  [NOTEQUAL.tokenTypeIdx!, "NotEq"],
  [LESS.tokenTypeIdx!, "Lt"],
  [LESSEQUAL.tokenTypeIdx!, "LtE"],
  [GREATER.tokenTypeIdx!, "Gt"],
  [GREATEREQUAL.tokenTypeIdx!, "GtE"],
  [KW.in.tokenTypeIdx!, "In"],
]);
const AUG_OPS = new Map<string, operator>([
  ["+=", "Add"], ["-=", "Sub"], ["*=", "Mult"], ["@=", "MatMult"], ["/=", "Div"], ["%=", "Mod"], ["&=", "BitAnd"],
  ["|=", "BitOr"], ["^=", "BitXor"], ["<<=", "LShift"], [">>=", "RShift"], ["**=", "Pow"], ["//=", "FloorDiv"],
]);

const MAX_LOOKAHEAD = 2;

/**
 * chevrotain's LL(k) lookahead, built per decision on its first use instead of all at once in
 * performSelfAnalysis: building them all took ~30 ms of the parser's ~50 ms construction, and a
 * small program uses only some of them.
 */
type LaFunc = (this: unknown, ...args: unknown[]) => unknown;
class LazyLookahead extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: never): never {
    let f: LaFunc | null = null;
    const build = () => super.buildLookaheadForAlternation(options) as unknown as LaFunc;
    return function (this: unknown, alts: unknown) {
      f ??= build();
      return f.call(this, alts);
    } as never;
  }

  override buildLookaheadForOptional(options: never): never {
    let f: LaFunc | null = null;
    const build = () => super.buildLookaheadForOptional(options) as unknown as LaFunc;
    return function (this: unknown) {
      f ??= build();
      return f.call(this);
    } as never;
  }
}

/** Tokens that can start an expression. */
export const EXPR_START = new Set<number>(
  [NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS, KW.not, KW.lambda, KW.await, KW.None, KW.True, KW.False].map(
    (t) => t.tokenTypeIdx!,
  ),
);

/** Tokens that cannot start a def's return annotation. */
const NOT_RETURNS = new Set<number>([STAR, DOUBLESTAR, COLON, NEWLINE, KW.yield].map((t) => t.tokenTypeIdx!));

/** ERR_MSG markers: how a failed CONSUME is reported (see errorFromRecognition). */
export const FORCED_COLON = "@expected ':'";
export const NEWLINE_COLON = "@newline-colon";

type Arg = { kind: 0; value: expr; start: number } | { kind: 1; kw: A.keyword; start: number };

/** The rule owning a block, for "expected an indented block after ..." */
type BlockOwner = [string, number];

export class PyParser extends EmbeddedActionsParser {
  /** How a failed parse is reported (set by diagnose.ts), for f-string fields' sub-parses. */
  static diagnoseRecognition: ((p: PyParser, message: string, t: Token) => PySyntaxError) | null = null;

  // chevrotain's lexer-adapter state, read directly on hot paths
  declare tokVector: Token[];
  declare currIdx: number;
  declare tokVectorLength: number;

  src = "";
  filename = "<unknown>";
  /** true while parsing a replacement field of an f-string */
  inFString = false;
  /** compile-time warnings met while parsing (invalid escape sequences), in source order */
  sourceWarnings: SourceWarning[] = [];
  private readonly escapeSeen = new Set<string>();
  readonly stringHost: StringHost;

  constructor(skipValidations: boolean) {
    // Validation needs every lookahead function up front; parsing builds each on first use.
    super(
      ALL_TOKENS,
      skipValidations
        ? { maxLookahead: MAX_LOOKAHEAD, skipValidations, lookaheadStrategy: new LazyLookahead({ maxLookahead: MAX_LOOKAHEAD }) }
        : { maxLookahead: MAX_LOOKAHEAD },
    );
    const self = this;
    this.stringHost = {
      get src() {
        return self.src;
      },
      get filename() {
        return self.filename;
      },
      parseField: (start, end, line, lineStart, tok) => this.parseField(start, end, line, lineStart, tok),
      // RAISE_SYNTAX_ERROR's location: the last token read, the one after the strings.
      errorAt: (_tok, msg) => this.errorAtToken(this.next(), msg),
      errorAtStringToken: (tok, msg) => this.errorAtToken(tok, msg),
      invalidEscape: (tok, at, ch) => {
        // backtracking may build a string node twice: one warning per literal piece
        const key = `${tok.startOffset}:${at}`;
        if (this.escapeSeen.has(key)) return;
        this.escapeSeen.add(key);
        this.sourceWarnings.push({ category: "DeprecationWarning", error: this.errorAtToken(tok, `${ch.length === 3 ? "invalid octal escape sequence" : "invalid escape sequence"} '\\${ch}'`) });
      },
    };
    this.performSelfAnalysis();
  }

  // ---------------------------------------------------------------- helpers

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT (pegen's EXTRA end). */
  private last(): Token {
    const v = this.tokVector;
    let i = this.currIdx;
    while (i > 0) {
      const ty = v[i].tokenTypeIdx;
      if (ty !== NEWLINE_IDX && ty !== INDENT_IDX && ty !== DEDENT_IDX) break;
      i--;
    }
    return v[i] ?? DUMMY;
  }

  private next(): Token {
    return this.tokVector[this.currIdx + 1] ?? DUMMY;
  }

  /** A SyntaxError at a token, with 1-based character offsets. */
  errorAtToken(t: Token, msg: string, kind: SyntaxErrorKind = "SyntaxError"): PySyntaxError {
    return this.errorAt(t.startLine, t.startOffset - t.startColumn, t.startColumn, t.endLine, t.endOffset - t.endColumn, t.endColumn, msg, kind);
  }

  errorAt(
    line: number,
    lineStart: number,
    col: number,
    endLine: number,
    endLineStart: number,
    endCol: number,
    msg: string,
    kind: SyntaxErrorKind = "SyntaxError",
  ): PySyntaxError {
    const src = this.src;
    const e = src.indexOf("\n", lineStart);
    const text = e < 0 ? src.slice(lineStart) + "\n" : src.slice(lineStart, e + 1);
    const offset = codePointLength(src, lineStart, lineStart + col) + 1;
    const endOffset = codePointLength(src, endLineStart, endLineStart + endCol) + 1;
    return new PySyntaxError(kind, msg, this.filename, line, offset, text, endLine, endOffset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, ...): the node's span (byte columns → characters). */
  errorAtNode(n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }, msg: string, endNode = n): PySyntaxError {
    const ls = this.lineStart(n.lineno);
    const els = this.lineStart(endNode.end_lineno);
    return this.errorAt(n.lineno, ls, this.byteToChar(ls, n.col_offset), endNode.end_lineno, els, this.byteToChar(els, endNode.end_col_offset), msg);
  }

  private lineStartCache: number[] | null = null;
  lineStart(line: number): number {
    if (this.lineStartCache === null) {
      const starts = [0, 0];
      const s = this.src;
      for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStartCache = starts;
    }
    return this.lineStartCache[line] ?? this.src.length;
  }

  private byteToChar(lineStart: number, byteCol: number): number {
    const s = this.src;
    let b = 0;
    let i = lineStart;
    while (b < byteCol && i < s.length) {
      const c = s.charCodeAt(i);
      b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return i - lineStart;
  }

  /** The furthest token index a diagnostic probe looked at (pegen's p->fill counts those too). */
  furthest = 0;

  resetSource(src: string, filename: string): void {
    this.furthest = 0;
    this.sourceWarnings = [];
    this.escapeSeen.clear();
    this.src = src;
    this.filename = filename;
    this.lineStartCache = null;
  }

  private targets(e: expr, ctx: expr_context, type: TargetsType): void {
    const bad = invalidTarget(e, type);
    if (bad !== null) {
      throw this.errorAtNode(bad, `cannot ${type === "del" ? "delete" : "assign to"} ${exprName(bad)}`);
    }
    setContext(e, ctx);
  }

  /** Parse an f-string replacement field, src[start, end) where src[start] is its '{'. */
  private parseField(start: number, end: number, line: number, lineStart: number, tok: Token): expr {
    const res = tokenizeField(this.src, this.filename, start + 1, end, line, lineStart);
    if (res.error) {
      const e = res.error.error;
      throw new PySyntaxError(e.kind, "f-string: " + e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
    }
    const toks = res.tokens;
    // The field is parsed as "(" text ")": the parentheses sit on the '{' and on the character after the text.
    const lp = this.synthetic(LPAR, "(", start, line, lineStart);
    const endLine = toks.length ? toks[toks.length - 1].endLine : line;
    const endLineStart = this.lineStart(endLine);
    const rp = this.synthetic(RPAR, ")", end, endLine, endLineStart);
    toks.pop(); // ENDMARKER
    const vec: Token[] = [lp, ...toks, rp, this.synthetic(ENDMARKER, "", end, endLine, endLineStart)];
    for (let i = 0; i < 4; i++) vec.push(this.synthetic(EOF, "", end, endLine, endLineStart));
    const saved = { vec: this.tokVector, len: this.tokVectorLength, idx: this.currIdx, inF: this.inFString };
    this.tokVector = vec;
    this.tokVectorLength = vec.length - 4;
    this.currIdx = -1;
    this.inFString = true;
    try {
      const e = (this.fstring as unknown as { coreRule: () => expr }).coreRule.call(this);
      if (this.errors.length) throw this.errors[0];
      return e;
    } catch (err) {
      if (err instanceof PySyntaxError) {
        if (err.msg.startsWith("f-string")) throw err;
        // The sub-parser reports positions in its own text, "(" field ")".
        const brace = start - lineStart;
        const text = "(" + this.src.slice(start + 1, end) + ")\n";
        throw new PySyntaxError(err.kind, "f-string: " + err.msg, err.filename, err.lineno - line + 1, err.offset - brace, text, err.end_lineno - line + 1, err.end_offset === null ? null : err.end_offset - brace);
      }
      if (isRecognition(err)) {
        this.errors = [];
        const diagnose = PyParser.diagnoseRecognition;
        if (diagnose === null) throw this.errorAtToken(tok, "f-string: invalid syntax");
        // fstring_compile_expr parses "(" field ")": the error's position in that text
        const d = diagnose(this, err.message, err.token as Token);
        const brace = start - lineStart;
        const text = "(" + this.src.slice(start + 1, end) + ")\n";
        throw new PySyntaxError(d.kind, "f-string: " + d.msg, d.filename, d.lineno - line + 1, d.offset - brace, text, d.end_lineno - line + 1, d.end_offset === null ? null : d.end_offset - brace);
      }
      throw err;
    } finally {
      this.tokVector = saved.vec;
      this.tokVectorLength = saved.len;
      this.currIdx = saved.idx;
      this.inFString = saved.inF;
    }
  }

  private synthetic(type: TokenType, image: string, offset: number, line: number, lineStart: number): Token {
    const col = offset - lineStart;
    let bcol = col;
    for (let i = lineStart; i < offset; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0x80) bcol += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdbff ? (i++, 2) : 2;
    }
    return new Token(type, type.tokenTypeIdx!, image, offset, offset + image.length, line, col, line, col + image.length, bcol, bcol + image.length, 1);
  }

  /** A gate: does the logical line starting at the next token end with ':' NEWLINE (at bracket depth 0)? */
  private lineEndsWithColon(): boolean {
    const v = this.tokVector;
    for (let i = this.currIdx + 2; i < this.tokVectorLength; i++) {
      const t = v[i];
      if (t.tokenTypeIdx === NEWLINE_IDX) return v[i - 1].tokenTypeIdx === COLON.tokenTypeIdx && v[i - 1].level === 0;
      if (t.tokenTypeIdx === ENDMARKER.tokenTypeIdx) return false;
    }
    return false;
  }

  private isMatchStmt(): boolean {
    const t = this.next();
    if (t.image !== "match") return false;
    const n = this.tokVector[this.currIdx + 2].tokenTypeIdx;
    // `match = ...`, `match.x`, `match(...)...`: only a statement if the line ends with ':'
    if (n === EQUAL.tokenTypeIdx || n === DOT.tokenTypeIdx || n === COLON.tokenTypeIdx || n === NEWLINE_IDX || n === COMMA.tokenTypeIdx) return false;
    return this.lineEndsWithColon();
  }

  /** `with (` ... `)` `:` where the parenthesized form (with_item list) parses. */
  private isParenWith(): boolean {
    const v = this.tokVector;
    let i = this.currIdx + 1;
    if (v[i].tokenTypeIdx !== LPAR.tokenTypeIdx) return false;
    let depth = 0;
    for (; i < this.tokVectorLength; i++) {
      const ty = v[i].tokenTypeIdx;
      if (ty === LPAR.tokenTypeIdx || ty === LSQB.tokenTypeIdx || ty === LBRACE.tokenTypeIdx) depth++;
      else if (ty === RPAR.tokenTypeIdx || ty === RSQB.tokenTypeIdx || ty === RBRACE.tokenTypeIdx) {
        depth--;
        if (depth === 0) break;
      } else if (ty === NEWLINE_IDX) return false;
    }
    if (v[i + 1]?.tokenTypeIdx !== COLON.tokenTypeIdx) return false;
    return this.speculate(this.with_items_paren);
  }

  /** Try a rule without consuming anything; true if it parses. */
  private speculate(rule: unknown): boolean {
    return this.speculateEnd(rule) >= 0;
  }

  /** Runs `rule` while backtracking; the index of its last token, or -1. The position is restored. */
  private speculateEnd(rule: unknown): number {
    const idx = this.currIdx;
    const errs = (this as unknown as { _errors: unknown[] })._errors.length;
    const ruleStackIdx = (this as unknown as { RULE_STACK_IDX: number }).RULE_STACK_IDX;
    // Outside any rule (diagnosing a failed parse), the probed rule would be chevrotain's first
    // invoked rule, whose recognition errors are swallowed (the position jumps to the end) rather
    // than thrown: the probe would always succeed.
    if (ruleStackIdx < 0) (this as unknown as { RULE_STACK_IDX: number }).RULE_STACK_IDX = 0;
    (this as unknown as { isBackTrackingStack: number[] }).isBackTrackingStack.push(1);
    try {
      (rule as { coreRule: () => unknown }).coreRule.call(this);
      return this.currIdx;
    } catch {
      return -1;
    } finally {
      (this as unknown as { isBackTrackingStack: number[] }).isBackTrackingStack.pop();
      (this as unknown as { RULE_STACK_IDX: number }).RULE_STACK_IDX = ruleStackIdx;
      this.currIdx = idx;
      (this as unknown as { _errors: unknown[] })._errors.length = errs;
    }
  }

  /** After a failed parse: the index of the last token of `rule` parsed from token `idx`, or -1. */
  probeEnd(idx: number, rule: "expression" | "star_expressions" | "disjunction"): number {
    const saved = this.currIdx;
    this.currIdx = idx - 1;
    try {
      const end = this.speculateEnd(this[rule]);
      // The probe read one token past the rule (the lookahead that ended it).
      if (end >= 0) this.furthest = Math.max(this.furthest, end + 1);
      return end;
    } finally {
      this.currIdx = saved;
    }
  }

  private get backtracking(): boolean {
    return (this as unknown as { isBackTrackingStack: number[] }).isBackTrackingStack.length !== 0;
  }

  // ---------------------------------------------------------------- top level

  file = this.RULE("file", (): A.Module => {
    const body: stmt[] = [];
    this.MANY(() => this.SUBRULE(this.statement, { ARGS: [body] }));
    this.CONSUME(ENDMARKER);
    return new A.Module(body, []);
  });

  interactive = this.RULE("interactive", (): A.Interactive => {
    const body: stmt[] = [];
    this.OR([
      { ALT: () => this.SUBRULE(this.statement, { ARGS: [body] }) },
      { ALT: () => this.CONSUME(NEWLINE) },
    ]);
    this.MANY(() => this.CONSUME2(NEWLINE));
    if (!this.RECORDING_PHASE && this.next().tokenTypeIdx !== ENDMARKER.tokenTypeIdx) {
      // bad_single_statement
      throw this.errorAtToken(this.tokVector[this.currIdx], "multiple statements found while compiling a single statement");
    }
    this.CONSUME(ENDMARKER);
    return new A.Interactive(body);
  });

  eval = this.RULE("eval", (): A.Expression => {
    const e = this.SUBRULE(this.expressions);
    this.MANY(() => this.CONSUME(NEWLINE));
    this.CONSUME(ENDMARKER);
    return new A.Expression(e);
  });

  func_type = this.RULE("func_type", (): A.FunctionType => {
    this.CONSUME(LPAR);
    const args: expr[] = [];
    this.OPTION(() => {
      this.OR([
        { ALT: () => { this.CONSUME(STAR); args.push(this.SUBRULE(this.expression)); } },
        { ALT: () => { this.CONSUME(DOUBLESTAR); args.push(this.SUBRULE2(this.expression)); } },
        { ALT: () => args.push(this.SUBRULE3(this.expression)) },
      ]);
      this.MANY(() => {
        this.CONSUME(COMMA);
        this.OR2([
          { ALT: () => { this.CONSUME2(STAR); args.push(this.SUBRULE4(this.expression)); } },
          { ALT: () => { this.CONSUME2(DOUBLESTAR); args.push(this.SUBRULE5(this.expression)); } },
          { ALT: () => args.push(this.SUBRULE6(this.expression)) },
        ]);
      });
    });
    this.CONSUME(RPAR);
    this.CONSUME(RARROW);
    const ret = this.SUBRULE7(this.expression);
    this.MANY2(() => this.CONSUME(NEWLINE));
    this.CONSUME(ENDMARKER);
    return new A.FunctionType(args, ret);
  });

  /** An f-string replacement field, tokenized as "(" text ")": fstring: star_expressions. */
  fstring = this.RULE("fstring", (): expr => {
    const e = this.SUBRULE(this.star_expressions);
    this.CONSUME(ENDMARKER);
    return e;
  });

  // ---------------------------------------------------------------- statements

  statement = this.RULE("statement", (body: stmt[] = []) => {
    // The soft keyword: a NAME `match` that starts a match statement becomes a MATCH token.
    const t = this.next();
    if (t.tokenTypeIdx === NAME_IDX && t.image === "match" && this.isMatchStmt()) {
      t.tokenType = MATCH;
      t.tokenTypeIdx = MATCH.tokenTypeIdx!;
    }
    this.OR([
      { ALT: () => body.push(this.SUBRULE(this.match_stmt)) },
      { ALT: () => this.SUBRULE(this.compound_stmt, { ARGS: [body] }) },
      { ALT: () => this.SUBRULE(this.simple_stmts, { ARGS: [body] }) },
    ]);
  });

  compound_stmt = this.RULE("compound_stmt", (body: stmt[] = []) => {
    const s = this.OR([
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [[] as expr[]] }) },
      { ALT: () => this.SUBRULE(this.if_stmt) },
      { ALT: () => this.SUBRULE(this.class_def, { ARGS: [[] as expr[]] }) },
      { ALT: () => this.SUBRULE(this.with_stmt, { ARGS: [null] }) },
      { ALT: () => this.SUBRULE(this.for_stmt, { ARGS: [null] }) },
      { ALT: () => this.SUBRULE(this.try_stmt) },
      { ALT: () => this.SUBRULE(this.while_stmt) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.async_stmt) },
    ]);
    body.push(s);
  });

  simple_stmts = this.RULE("simple_stmts", (body: stmt[] = []) => {
    body.push(this.SUBRULE(this.simple_stmt));
    this.MANY(() => {
      this.CONSUME(SEMI);
      body.push(this.SUBRULE2(this.simple_stmt));
    });
    this.OPTION(() => this.CONSUME2(SEMI));
    this.CONSUME(NEWLINE);
  });

  simple_stmt = this.RULE("simple_stmt", (): stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.expr_stmt) },
      { ALT: () => this.SUBRULE(this.return_stmt) },
      { ALT: () => this.SUBRULE(this.import_name) },
      { ALT: () => this.SUBRULE(this.import_from) },
      { ALT: () => this.SUBRULE(this.raise_stmt) },
      { ALT: () => this.SUBRULE(this.pass_stmt) },
      { ALT: () => this.SUBRULE(this.del_stmt) },
      { ALT: () => this.SUBRULE(this.assert_stmt) },
      { ALT: () => this.SUBRULE(this.break_stmt) },
      { ALT: () => this.SUBRULE(this.continue_stmt) },
      { ALT: () => this.SUBRULE(this.global_stmt) },
      { ALT: () => this.SUBRULE(this.nonlocal_stmt) },
    ]);
  });

  /** assignment | star_expressions: expression statements, `=` chains, annotations, augmented assignment. */
  expr_stmt = this.RULE("expr_stmt", (): stmt => {
    const s = this.next();
    const first = this.OR([
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
    if (!this.RECORDING_PHASE && this.next().tokenTypeIdx === COLONEQUAL.tokenTypeIdx && !(first._type === "Name" && s.tokenTypeIdx === NAME_IDX)) {
      throw this.errorAtNode(first, `cannot use assignment expressions with ${exprName(first)}`);
    }
    return this.OR2([
      {
        ALT: () => {
          const values: expr[] = [first];
          this.AT_LEAST_ONE(() => {
            this.CONSUME(EQUAL);
            values.push(
              this.OR3([
                { ALT: () => this.SUBRULE2(this.yield_expr) },
                { ALT: () => this.SUBRULE2(this.star_expressions) },
              ]),
            );
          });
          let tc: string | null = null;
          this.OPTION(() => (tc = this.CONSUME(TYPE_COMMENT).image));
          if (this.RECORDING_PHASE) return null as never;
          const value = values.pop()!;
          const all = [...values, value];
          if (values.some((t) => invalidTarget(t, "star") !== null || t._type === "Yield" || t._type === "YieldFrom")) {
            this.nameEqualsTuple(all, s);
          }
          for (let i = 0; i < values.length; i++) this.assignTarget(values[i], i === 0 ? values.length === 1 ? value : values[1] : null, i === 0, s);
          const e = this.last();
          return new A.Assign(values, value, tc, s.startLine, s.col, e.endLine, e.endCol);
        },
      },
      {
        ALT: () => {
          const colon = this.CONSUME(COLON) as Token;
          if (!this.RECORDING_PHASE && !EXPR_START.has(this.next().tokenTypeIdx)) {
            const t = first._type;
            // pegen stops at the ':' of a target that cannot be annotated when no annotation follows.
            if (t !== "Name" && t !== "Attribute" && t !== "Subscript") throw this.errorAtToken(colon, "invalid syntax");
          }
          const ann = this.SUBRULE(this.expression);
          let value: expr | null = null;
          this.OPTION2(() => {
            this.CONSUME2(EQUAL);
            value = this.OR4([
              { ALT: () => this.SUBRULE3(this.yield_expr) },
              { ALT: () => this.SUBRULE3(this.star_expressions) },
            ]);
          });
          if (this.RECORDING_PHASE) return null as never;
          return this.annAssign(first, s, ann, value);
        },
      },
      {
        ALT: () => {
          const opTok = this.CONSUME(AugAssignOp);
          const value = this.OR5([
            { ALT: () => this.SUBRULE4(this.yield_expr) },
            { ALT: () => this.SUBRULE4(this.star_expressions) },
          ]);
          if (this.RECORDING_PHASE) return null as never;
          const t = first._type;
          if (t !== "Name" && t !== "Attribute" && t !== "Subscript") {
            throw this.errorAtNode(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
          }
          setContext(first, "Store");
          const e = this.last();
          return new A.AugAssign(first, AUG_OPS.get(opTok.image)!, value, s.startLine, s.col, e.endLine, e.endCol);
        },
      },
      {
        ALT: () => {
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          return new A.Expr(first, s.startLine, s.col, e.endLine, e.endCol);
        },
      },
    ]);
  });

  /**
   * A failed assignment statement `name = x, ...` is reported by pegen's invalid_assignment through
   * invalid_named_expression: `name = x` followed by ',' reads as a comparison typo.
   */
  private nameEqualsTuple(all: expr[], s: Token): void {
    const [target, next] = all;
    if (target._type !== "Name" || s.tokenTypeIdx !== NAME_IDX || next._type !== "Tuple" || next.elts.length === 0) return;
    const first = next.elts[0];
    const v = this.tokVector;
    let i = this.currIdx;
    while (i > 0 && !(v[i].startLine === next.lineno && v[i].col === next.col_offset)) i--;
    if (v[i].tokenTypeIdx === LPAR.tokenTypeIdx || !isBitwiseOr(first)) return;
    throw this.errorAtNode(target, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first);
  }

  /** Whether `n` is written inside its own parentheses (the token before its first one is '('). */
  private parenthesized(n: expr): boolean {
    const v = this.tokVector;
    let i = Math.min(this.currIdx, v.length - 1);
    while (i > 0 && !(v[i].startLine === n.lineno && v[i].col === n.col_offset)) i--;
    // a parenthesized tuple's own position starts at its '('
    if (n._type === "Tuple" && v[i]?.tokenTypeIdx === LPAR.tokenTypeIdx) return true;
    return i > 0 && v[i - 1].tokenTypeIdx === LPAR.tokenTypeIdx;
  }

  private assignTarget(t: expr, value: expr | null, first: boolean, s: Token): void {
    void s;
    const rhs = value !== null && value._type === "Tuple" && value.elts.length ? value.elts[0] : value;
    const typo = first && rhs !== null && isBitwiseOr(rhs);
    if (t._type === "Yield" || t._type === "YieldFrom") {
      // invalid_assignment: a bare yield_expr target; a parenthesized one is an invalid target
      if (!this.parenthesized(t)) throw this.errorAtNode(t, "assignment to yield expression not possible");
      if (typo) throw this.errorAtNode(t, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?");
      throw this.errorAtNode(t, "cannot assign to yield expression");
    }
    const bad = invalidTarget(t, "star");
    if (bad === null) {
      setContext(t, "Store");
      return;
    }
    // invalid_named_expression: `!(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' bitwise_or`
    // reads `a = b` as a comparison typo; in an unparenthesized tuple target only the last element
    // is directly followed by the '='.
    const cand = t._type === "Tuple" && t.elts.length && !this.parenthesized(t) ? t.elts[t.elts.length - 1] : t;
    const paren = this.parenthesized(cand);
    const excluded =
      cand._type === "Tuple" || cand._type === "List" || cand._type === "GeneratorExp" ||
      (cand._type === "Constant" && (cand.value === true || cand.value === false || cand.value === null) && !paren);
    if (typo && cand._type === "Name" && !paren && bad !== cand) {
      // the last element `NAME = b`: invalid_named_expression's second alternative
      throw this.errorAtNode(cand, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", rhs!);
    }
    if (typo && bad === cand && !excluded && (paren || isBitwiseOr(bad))) {
      throw this.errorAtNode(bad, `cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`);
    }
    throw this.errorAtNode(bad, `cannot assign to ${exprName(bad)}`);
  }

  private annAssign(target: expr, s: Token, ann: expr, value: expr | null): stmt {
    const e = this.last();
    const parenthesized = s.tokenTypeIdx === LPAR.tokenTypeIdx;
    switch (target._type) {
      case "Name":
        target.ctx = "Store";
        return new A.AnnAssign(target, ann, value, parenthesized ? 0 : 1, s.startLine, s.col, e.endLine, e.endCol);
      case "Attribute":
      case "Subscript":
        target.ctx = "Store";
        return new A.AnnAssign(target, ann, value, 0, s.startLine, s.col, e.endLine, e.endCol);
      case "Tuple":
        // `a, b: int` points at the first element, `(a, b): int` at the tuple.
        throw this.errorAtNode(parenthesized ? target : target.elts[0], "only single target (not tuple) can be annotated");
      case "List":
        throw this.errorAtNode(target, "only single target (not list) can be annotated");
      case "Starred": {
        // no annotated starred target in the grammar: the parse fails at the ':'
        const v = this.tokVector;
        const after = (t: Token) => t.startLine > target.end_lineno! || (t.startLine === target.end_lineno && t.col >= target.end_col_offset!);
        let i = Math.min(this.currIdx, v.length - 1);
        while (i > 0 && after(v[i - 1])) i--;
        throw this.errorAtToken(v[i], "invalid syntax");
      }
      default:
        throw this.errorAtNode(target, "illegal target for annotation");
    }
  }

  return_stmt = this.RULE("return_stmt", (): stmt => {
    const s = this.CONSUME(KW.return) as Token;
    let v: expr | null = null;
    this.OPTION(() => (v = this.SUBRULE(this.star_expressions)));
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Return(v, s.startLine, s.col, e.endLine, e.endCol);
  });

  raise_stmt = this.RULE("raise_stmt", (): stmt => {
    const s = this.CONSUME(KW.raise) as Token;
    let exc: expr | null = null;
    let cause: expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(KW.from);
        cause = this.SUBRULE2(this.expression);
      });
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Raise(exc, cause, s.startLine, s.col, e.endLine, e.endCol);
  });

  pass_stmt = this.RULE("pass_stmt", (): stmt => {
    const s = this.CONSUME(KW.pass) as Token;
    return new A.Pass(s.startLine, s.col, s.endLine, s.endCol);
  });

  break_stmt = this.RULE("break_stmt", (): stmt => {
    const s = this.CONSUME(KW.break) as Token;
    return new A.Break(s.startLine, s.col, s.endLine, s.endCol);
  });

  continue_stmt = this.RULE("continue_stmt", (): stmt => {
    const s = this.CONSUME(KW.continue) as Token;
    return new A.Continue(s.startLine, s.col, s.endLine, s.endCol);
  });

  global_stmt = this.RULE("global_stmt", (): stmt => {
    const s = this.CONSUME(KW.global) as Token;
    const names = [this.CONSUME(NAME).image];
    this.MANY(() => {
      this.CONSUME(COMMA);
      names.push(this.CONSUME2(NAME).image);
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Global(names, s.startLine, s.col, e.endLine, e.endCol);
  });

  nonlocal_stmt = this.RULE("nonlocal_stmt", (): stmt => {
    const s = this.CONSUME(KW.nonlocal) as Token;
    const names = [this.CONSUME(NAME).image];
    this.MANY(() => {
      this.CONSUME(COMMA);
      names.push(this.CONSUME2(NAME).image);
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Nonlocal(names, s.startLine, s.col, e.endLine, e.endCol);
  });

  del_stmt = this.RULE("del_stmt", (): stmt => {
    const s = this.CONSUME(KW.del) as Token;
    const targets: expr[] = [this.SUBRULE(this.star_expression)];
    this.MANY(() => {
      this.CONSUME(COMMA);
      targets.push(this.SUBRULE2(this.star_expression));
    });
    this.OPTION(() => this.CONSUME2(COMMA));
    if (this.RECORDING_PHASE) return null as never;
    for (const t of targets) this.targets(t, "Del", "del");
    const e = this.last();
    return new A.Delete(targets, s.startLine, s.col, e.endLine, e.endCol);
  });

  assert_stmt = this.RULE("assert_stmt", (): stmt => {
    const s = this.CONSUME(KW.assert) as Token;
    const test = this.SUBRULE(this.expression);
    let msg: expr | null = null;
    this.OPTION(() => {
      this.CONSUME(COMMA);
      msg = this.SUBRULE2(this.expression);
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Assert(test, msg, s.startLine, s.col, e.endLine, e.endCol);
  });

  import_name = this.RULE("import_name", (): stmt => {
    const s = this.CONSUME(KW.import) as Token;
    const names = [this.SUBRULE(this.dotted_as_name)];
    this.MANY(() => {
      this.CONSUME(COMMA);
      names.push(this.SUBRULE2(this.dotted_as_name));
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Import(names, s.startLine, s.col, e.endLine, e.endCol);
  });

  dotted_as_name = this.RULE("dotted_as_name", (): A.alias => {
    const s = this.next();
    const name = this.SUBRULE(this.dotted_name);
    let as: string | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.as);
      as = this.CONSUME(NAME).image;
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.alias(name, as, s.startLine, s.col, e.endLine, e.endCol);
  });

  dotted_name = this.RULE("dotted_name", (): string => {
    let name = this.CONSUME(NAME).image;
    this.MANY(() => {
      this.CONSUME(DOT);
      name += "." + this.CONSUME2(NAME).image;
    });
    return name;
  });

  import_from = this.RULE("import_from", (): stmt => {
    const s = this.CONSUME(KW.from) as Token;
    let level = 0;
    let module: string | null = null;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(DOT); level += 1; } },
        { ALT: () => { this.CONSUME(ELLIPSIS); level += 3; } },
      ]);
    });
    this.OPTION(() => (module = this.SUBRULE(this.dotted_name)));
    const imp = this.CONSUME(KW.import) as Token;
    // `from import x`: neither dots nor a module name, so pegen stops at the 'import'
    if (!this.RECORDING_PHASE && module === null && level === 0) throw this.errorAtToken(imp, "invalid syntax");
    const names: A.alias[] = [];
    this.OR2([
      {
        ALT: () => {
          const st = this.CONSUME(STAR) as Token;
          names.push(new A.alias("*", null, st.startLine, st.col, st.endLine, st.endCol));
        },
      },
      {
        ALT: () => {
          this.CONSUME(LPAR);
          this.SUBRULE(this.import_from_as_names, { ARGS: [names] });
          this.CONSUME(RPAR);
        },
      },
      {
        ALT: () => {
          const comma = this.SUBRULE2(this.import_from_as_names, { ARGS: [names] });
          if (comma !== null && !this.RECORDING_PHASE) {
            throw this.errorAtToken(this.next(), "trailing comma not allowed without surrounding parentheses");
          }
        },
      },
    ]);
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.ImportFrom(module, names, level, s.startLine, s.col, e.endLine, e.endCol);
  });

  /** import_from_as_names [','] — returns the trailing comma, if any */
  import_from_as_names = this.RULE("import_from_as_names", (names: A.alias[] = []): Token | null => {
    names.push(this.SUBRULE(this.import_from_as_name));
    this.MANY(() => {
      this.CONSUME(COMMA);
      names.push(this.SUBRULE2(this.import_from_as_name));
    });
    let comma: Token | null = null;
    this.OPTION(() => (comma = this.CONSUME2(COMMA) as Token));
    return comma;
  });

  import_from_as_name = this.RULE("import_from_as_name", (): A.alias => {
    const n = this.CONSUME(NAME) as Token;
    let as: string | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.as);
      as = this.CONSUME2(NAME).image;
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.alias(n.image, as, n.startLine, n.col, e.endLine, e.endCol);
  });

  // ---------------------------------------------------------------- blocks and compound statements

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
  block = this.RULE("block", (owner: BlockOwner): stmt[] => {
    const body: stmt[] = [];
    this.OR([
      {
        ALT: () => {
          this.CONSUME(NEWLINE);
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(INDENT);
                this.AT_LEAST_ONE(() => this.SUBRULE(this.statement, { ARGS: [body] }));
                this.CONSUME(DEDENT);
              },
            },
            {
              ALT: () => {
                if (this.RECORDING_PHASE || this.backtracking) return;
                // invalid_*: NEWLINE !INDENT
                const msg = `expected an indented block after ${owner[0]} on line ${owner[1]}`;
                const n = this.next();
                if (n.tokenTypeIdx === ENDMARKER.tokenTypeIdx) {
                  // At the end of input pegen points past the end of the last line read.
                  const line = Math.max(1, n.startLine - 1);
                  const ls = this.lineStart(line);
                  const len = this.src.indexOf("\n", ls) - ls;
                  const e = this.errorAt(line, ls, len, line, ls, len, msg, "IndentationError");
                  throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, -1);
                }
                throw this.errorAtToken(n, msg, "IndentationError");
              },
            },
          ]);
        },
      },
      { ALT: () => this.SUBRULE(this.simple_stmts, { ARGS: [body] }) },
    ]);
    return body;
  });

  decorated = this.RULE("decorated", (): stmt => {
    const decorators: expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(AT);
      decorators.push(this.SUBRULE(this.named_expression));
      this.CONSUME(NEWLINE);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.class_def, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [decorators] }) },
      {
        ALT: () => {
          const a = this.CONSUME(KW.async) as Token;
          return this.SUBRULE2(this.function_def, { ARGS: [decorators, true, a] });
        },
      },
    ]);
  });

  async_stmt = this.RULE("async_stmt", (): stmt => {
    const a = this.CONSUME(KW.async) as Token;
    return this.OR([
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [[] as expr[], true, a] }) },
      { ALT: () => this.SUBRULE(this.with_stmt, { ARGS: [a] }) },
      { ALT: () => this.SUBRULE(this.for_stmt, { ARGS: [a] }) },
    ]);
  });

  function_def = this.RULE("function_def", (decorators: expr[], isAsync?: boolean, asyncTok?: Token): stmt => {
    const d = this.CONSUME(KW.def) as Token;
    const name = this.CONSUME(NAME).image;
    this.CONSUME(LPAR, { ERR_MSG: "@expected '('" });
    let args: A.arguments_ | null = null;
    this.OPTION(() => (args = this.SUBRULE(this.params, { ARGS: [false] })));
    this.CONSUME(RPAR);
    let returns: expr | null = null;
    this.OPTION2({
      // pegen's `['->' expression] &&':'`: with no expression after '->' the option backtracks and
      // the forced ':' is reported at the '->'
      GATE: () => !NOT_RETURNS.has(this.tokVector[this.currIdx + 2]?.tokenTypeIdx ?? -1),
      DEF: () => {
        this.CONSUME(RARROW);
        returns = this.SUBRULE(this.expression);
      },
    });
    this.CONSUME(COLON, { ERR_MSG: FORCED_COLON });
    let tc: string | null = null;
    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
    this.OPTION3({
      GATE: () => this.tokVector[this.currIdx + 2].tokenTypeIdx === TYPE_COMMENT.tokenTypeIdx,
      DEF: () => {
        this.CONSUME(NEWLINE);
        tc = this.CONSUME(TYPE_COMMENT).image;
      },
    });
    this.OPTION4(() => (tc = this.CONSUME2(TYPE_COMMENT).image));
    const body = this.SUBRULE(this.block, { ARGS: [["function definition", d.startLine]] });
    if (this.RECORDING_PHASE) return null as never;
    const s = isAsync && asyncTok ? asyncTok : d;
    const e = this.last();
    const a = args ?? new A.arguments_([], [], null, [], [], null, []);
    return isAsync
      ? new A.AsyncFunctionDef(name, a, body, decorators, returns, tc, s.startLine, s.col, e.endLine, e.endCol)
      : new A.FunctionDef(name, a, body, decorators, returns, tc, s.startLine, s.col, e.endLine, e.endCol);
  });

  class_def = this.RULE("class_def", (decorators: expr[]): stmt => {
    const c = this.CONSUME(KW.class) as Token;
    const name = this.CONSUME(NAME).image;
    let bases: expr[] = [];
    let keywords: A.keyword[] = [];
    this.OPTION(() => {
      const lp = this.CONSUME(LPAR) as Token;
      this.OPTION2(() => {
        const r = this.SUBRULE(this.arguments, { ARGS: [lp] });
        bases = r[0];
        keywords = r[1];
        // Only a call takes a bare generator expression as its sole argument (primary genexp).
        if (!this.RECORDING_PHASE && bases.length === 1 && bases[0]._type === "GeneratorExp" && bases[0].lineno === -1) {
          const v = this.tokVector;
          let i = v.indexOf(lp);
          while (v[i].tokenTypeIdx !== KW.for.tokenTypeIdx && v[i].tokenTypeIdx !== KW.async.tokenTypeIdx) i++;
          throw this.errorAtToken(v[i], "invalid syntax");
        }
      });
      this.CONSUME(RPAR);
    });
    this.CONSUME(COLON, { ERR_MSG: NEWLINE_COLON });
    const body = this.SUBRULE(this.block, { ARGS: [["class definition", c.startLine]] });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.ClassDef(name, bases, keywords, body, decorators, c.startLine, c.col, e.endLine, e.endCol);
  });

  if_stmt = this.RULE("if_stmt", (): stmt => {
    const s = this.CONSUME(KW.if) as Token;
    const test = this.SUBRULE(this.named_expression);
    this.CONSUME(COLON, { ERR_MSG: NEWLINE_COLON });
    const body = this.SUBRULE(this.block, { ARGS: [["'if' statement", s.startLine]] });
    const orelse = this.SUBRULE(this.elif_else);
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.If(test, body, orelse, s.startLine, s.col, e.endLine, e.endCol);
  });

  /** elif_stmt | else_block, or nothing. */
  elif_else = this.RULE("elif_else", (): stmt[] => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(KW.elif) as Token;
          const test = this.SUBRULE(this.named_expression);
          this.CONSUME(COLON, { ERR_MSG: NEWLINE_COLON });
          const body = this.SUBRULE(this.block, { ARGS: [["'elif' statement", s.startLine]] });
          const orelse = this.SUBRULE(this.elif_else);
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          return [new A.If(test, body, orelse, s.startLine, s.col, e.endLine, e.endCol)];
        },
      },
      { ALT: () => this.SUBRULE(this.else_block) },
      { ALT: () => [] },
    ]);
  });

  else_block = this.RULE("else_block", (): stmt[] => {
    const s = this.CONSUME(KW.else) as Token;
    this.CONSUME(COLON, { ERR_MSG: FORCED_COLON });
    return this.SUBRULE(this.block, { ARGS: [["'else' statement", s.startLine]] });
  });

  while_stmt = this.RULE("while_stmt", (): stmt => {
    const s = this.CONSUME(KW.while) as Token;
    const test = this.SUBRULE(this.named_expression);
    this.CONSUME(COLON, { ERR_MSG: NEWLINE_COLON });
    const body = this.SUBRULE(this.block, { ARGS: [["'while' statement", s.startLine]] });
    let orelse: stmt[] = [];
    this.OPTION(() => (orelse = this.SUBRULE(this.else_block)));
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.While(test, body, orelse, s.startLine, s.col, e.endLine, e.endCol);
  });

  for_stmt = this.RULE("for_stmt", (asyncTok: Token | null): stmt => {
    const f = this.CONSUME(KW.for) as Token;
    const target = this.SUBRULE(this.star_targets);
    this.CONSUME(KW.in);
    const iter = this.SUBRULE(this.star_expressions);
    this.CONSUME(COLON, { ERR_MSG: FORCED_COLON });
    let tc: string | null = null;
    this.OPTION(() => (tc = this.CONSUME(TYPE_COMMENT).image));
    const body = this.SUBRULE(this.block, { ARGS: [["'for' statement", f.startLine]] });
    let orelse: stmt[] = [];
    this.OPTION2(() => (orelse = this.SUBRULE(this.else_block)));
    if (this.RECORDING_PHASE) return null as never;
    const s = asyncTok ?? f;
    const e = this.last();
    return asyncTok
      ? new A.AsyncFor(target, iter, body, orelse, tc, s.startLine, s.col, e.endLine, e.endCol)
      : new A.For(target, iter, body, orelse, tc, s.startLine, s.col, e.endLine, e.endCol);
  });

  with_stmt = this.RULE("with_stmt", (asyncTok: Token | null): stmt => {
    const w = this.CONSUME(KW.with) as Token;
    let tc: string | null = null;
    const items = this.OR([
      {
        GATE: () => this.isParenWith(),
        ALT: () => {
          const items = this.SUBRULE(this.with_items_paren);
          this.CONSUME(COLON, { ERR_MSG: FORCED_COLON });
          return items;
        },
        IGNORE_AMBIGUITIES: true,
      },
      {
        ALT: () => {
          const items = [this.SUBRULE(this.with_item)];
          this.MANY(() => {
            this.CONSUME(COMMA);
            items.push(this.SUBRULE2(this.with_item));
          });
          this.CONSUME2(COLON, { ERR_MSG: FORCED_COLON });
          this.OPTION(() => (tc = this.CONSUME(TYPE_COMMENT).image));
          return items;
        },
      },
    ]);
    const body = this.SUBRULE(this.block, { ARGS: [["'with' statement", w.startLine]] });
    if (this.RECORDING_PHASE) return null as never;
    const s = asyncTok ?? w;
    const e = this.last();
    return asyncTok
      ? new A.AsyncWith(items, body, tc, s.startLine, s.col, e.endLine, e.endCol)
      : new A.With(items, body, tc, s.startLine, s.col, e.endLine, e.endCol);
  });

  with_items_paren = this.RULE("with_items_paren", (): A.withitem[] => {
    this.CONSUME(LPAR);
    const items = [this.SUBRULE(this.with_item)];
    this.MANY(() => {
      this.CONSUME(COMMA);
      items.push(this.SUBRULE2(this.with_item));
    });
    this.OPTION(() => this.CONSUME2(COMMA));
    this.CONSUME(RPAR);
    return items;
  });

  with_item = this.RULE("with_item", (): A.withitem => {
    const e = this.SUBRULE(this.expression);
    let vars: expr | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.as);
      vars = this.SUBRULE(this.star_target);
    });
    if (this.RECORDING_PHASE) return null as never;
    if (vars !== null) this.targets(vars, "Store", "star");
    return new A.withitem(e, vars);
  });

  try_stmt = this.RULE("try_stmt", (): stmt => {
    const s = this.CONSUME(KW.try) as Token;
    this.CONSUME(COLON, { ERR_MSG: FORCED_COLON });
    const body = this.SUBRULE(this.block, { ARGS: [["'try' statement", s.startLine]] });
    const handlers: A.ExceptHandler[] = [];
    let orelse: stmt[] = [];
    let finalbody: stmt[] = [];
    let star: boolean | null = null;
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const r = this.SUBRULE(this.except_block);
            if (!this.RECORDING_PHASE) {
              const [h, isStar, kwEnd] = r;
              if (star !== null && star !== isStar) {
                const t0 = this.tokVector.find((t) => t.startLine === h.lineno && t.col === h.col_offset)!;
                throw this.errorAtTokens(t0, kwEnd, "cannot have both 'except' and 'except*' on the same 'try'");
              }
              star = isStar;
              handlers.push(h);
            }
          });
          this.OPTION(() => (orelse = this.SUBRULE(this.else_block)));
          this.OPTION2(() => (finalbody = this.SUBRULE(this.finally_block)));
        },
      },
      { ALT: () => (finalbody = this.SUBRULE2(this.finally_block)) },
      {
        ALT: () => {
          if (this.RECORDING_PHASE || this.backtracking) return;
          // invalid_try_stmt
          const n = this.next();
          if (n.tokenTypeIdx === ENDMARKER.tokenTypeIdx) {
            // RAISE_SYNTAX_ERROR at the end of input: the tokenizer's last line (with the newline it
            // adds when missing), the offset just past it, no end column
            const src = this.src;
            const body = src.endsWith("\n") ? src.slice(0, -1) : src;
            const lineno = body.split("\n").length;
            const lineStart = body.lastIndexOf("\n") + 1;
            const text = body.slice(lineStart) + "\n";
            const offset = codePointLength(text, 0, text.length);
            throw new PySyntaxError("SyntaxError", "expected 'except' or 'finally' block", this.filename, lineno, offset, text, lineno, -1);
          }
          throw this.errorAtToken(n, "expected 'except' or 'finally' block");
        },
      },
    ]);
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return star
      ? new A.TryStar(body, handlers, orelse, finalbody, s.startLine, s.col, e.endLine, e.endCol)
      : new A.Try(body, handlers, orelse, finalbody, s.startLine, s.col, e.endLine, e.endCol);
  });

  except_block = this.RULE("except_block", (): [A.ExceptHandler, boolean, Token] => {
    const s = this.CONSUME(KW.except) as Token;
    let isStar = false;
    let kwEnd = s;
    let type: expr | null = null;
    let name: string | null = null;
    this.OPTION(() => {
      this.OPTION2(() => {
        kwEnd = this.CONSUME(STAR) as Token;
        isStar = true;
        if (!this.RECORDING_PHASE && !this.backtracking) {
          // invalid_except_stmt: `except*` with no type
          const n = this.next();
          if (n.tokenTypeIdx === COLON.tokenTypeIdx || n.tokenTypeIdx === NEWLINE.tokenTypeIdx) {
            throw this.errorAtToken(n, "expected one or more exception types");
          }
        }
      });
      type = this.SUBRULE(this.expression);
      this.OPTION3(() => {
        this.CONSUME(COMMA);
        const rest = this.SUBRULE(this.expressions);
        if (!this.RECORDING_PHASE) throw this.errorAtNode(type!, "multiple exception types must be parenthesized", rest);
      });
      this.OPTION4(() => {
        this.CONSUME(KW.as);
        name = this.CONSUME(NAME).image;
      });
    });
    this.CONSUME(COLON, { ERR_MSG: NEWLINE_COLON });
    const body = this.SUBRULE(this.block, { ARGS: [[isStar ? "'except*' statement" : "'except' statement", s.startLine]] });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return [new A.ExceptHandler(type, name, body, s.startLine, s.col, e.endLine, e.endCol), isStar, kwEnd];
  });

  finally_block = this.RULE("finally_block", (): stmt[] => {
    const s = this.CONSUME(KW.finally) as Token;
    this.CONSUME(COLON, { ERR_MSG: FORCED_COLON });
    return this.SUBRULE(this.block, { ARGS: [["'finally' statement", s.startLine]] });
  });

  // ---------------------------------------------------------------- match statement

  match_stmt = this.RULE("match_stmt", (): stmt => {
    const s = this.CONSUME(MATCH) as Token;
    const subject = this.SUBRULE(this.subject_expr);
    this.CONSUME(COLON, { ERR_MSG: NEWLINE_COLON });
    this.CONSUME(NEWLINE);
    const cases: A.match_case[] = [];
    this.CONSUME(INDENT, { ERR_MSG: "@indent match" });
    this.AT_LEAST_ONE(() => cases.push(this.SUBRULE(this.case_block)));
    this.CONSUME(DEDENT);
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Match(subject, cases, s.startLine, s.col, e.endLine, e.endCol);
  });

  subject_expr = this.RULE("subject_expr", (): expr => {
    const s = this.next();
    const first = this.SUBRULE(this.star_named_expression);
    let elts: expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      (elts ??= [first]).push(this.SUBRULE2(this.star_named_expression));
    });
    this.OPTION(() => {
      this.CONSUME2(COMMA);
      elts ??= [first];
    });
    if (this.RECORDING_PHASE) return null as never;
    if (elts === null) {
      if (first._type === "Starred") throw this.errorAtNode(first, "cannot use starred expression here");
      return first;
    }
    const e = this.last();
    return new A.Tuple(elts, "Load", s.startLine, s.col, e.endLine, e.endCol);
  });

  case_block = this.RULE("case_block", (): A.match_case => {
    const c = this.CONSUME(NAME) as Token; // "case"
    if (!this.RECORDING_PHASE && c.image !== "case") throw this.errorAtToken(c, "invalid syntax");
    const pat = this.SUBRULE(this.patterns);
    let guard: expr | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.if);
      guard = this.SUBRULE(this.named_expression);
    });
    this.CONSUME(COLON, { ERR_MSG: NEWLINE_COLON });
    const body = this.SUBRULE(this.block, { ARGS: [["'case' statement", c.startLine]] });
    return new A.match_case(pat, guard, body);
  });

  patterns = this.RULE("patterns", (): pattern => {
    const s = this.next();
    const first = this.SUBRULE(this.maybe_star_pattern);
    let pats: pattern[] | null = null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      (pats ??= [first]).push(this.SUBRULE2(this.maybe_star_pattern));
    });
    this.OPTION(() => {
      this.CONSUME2(COMMA);
      pats ??= [first];
    });
    if (this.RECORDING_PHASE) return null as never;
    if (pats === null) {
      if (first._type === "MatchStar") throw this.errorAtToken(s, "invalid syntax");
      return first;
    }
    const e = this.last();
    return new A.MatchSequence(pats, s.startLine, s.col, e.endLine, e.endCol);
  });

  maybe_star_pattern = this.RULE("maybe_star_pattern", (): pattern => {
    return this.OR([
      {
        ALT: () => {
          const st = this.CONSUME(STAR) as Token;
          const n = this.CONSUME(NAME) as Token;
          return new A.MatchStar(n.image === "_" ? null : n.image, st.startLine, st.col, n.endLine, n.endCol);
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]);
  });

  /** pattern: or_pattern ['as' NAME] */
  pattern = this.RULE("pattern", (): pattern => {
    const s = this.next();
    const p = this.SUBRULE(this.or_pattern);
    let as: Token | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.as);
      as = this.CONSUME(NAME) as Token;
    });
    if (this.RECORDING_PHASE || as === null) return p;
    const a = as as Token;
    if (a.image === "_") throw this.errorAtToken(a, "cannot use '_' as a target");
    return new A.MatchAs(p, a.image, s.startLine, s.col, a.endLine, a.endCol);
  });

  or_pattern = this.RULE("or_pattern", (): pattern => {
    const s = this.next();
    const first = this.SUBRULE(this.closed_pattern);
    let pats: pattern[] | null = null;
    this.MANY(() => {
      this.CONSUME(VBAR);
      (pats ??= [first]).push(this.SUBRULE2(this.closed_pattern));
    });
    if (this.RECORDING_PHASE || pats === null) return first;
    const e = this.last();
    return new A.MatchOr(pats, s.startLine, s.col, e.endLine, e.endCol);
  });

  closed_pattern = this.RULE("closed_pattern", (): pattern => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.literal_pattern) },
      { ALT: () => this.SUBRULE(this.name_pattern) },
      { ALT: () => this.SUBRULE(this.paren_pattern) },
      { ALT: () => this.SUBRULE(this.list_pattern) },
      { ALT: () => this.SUBRULE(this.mapping_pattern) },
    ]);
  });

  /** Numbers, complex literals, strings, None/True/False. */
  literal_pattern = this.RULE("literal_pattern", (): pattern => {
    return this.OR([
      { ALT: () => { const v = this.SUBRULE(this.literal_expr); return new A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset); } },
      { ALT: () => { const t = this.CONSUME(KW.None) as Token; return new A.MatchSingleton(null, t.startLine, t.col, t.endLine, t.endCol); } },
      { ALT: () => { const t = this.CONSUME(KW.True) as Token; return new A.MatchSingleton(true, t.startLine, t.col, t.endLine, t.endCol); } },
      { ALT: () => { const t = this.CONSUME(KW.False) as Token; return new A.MatchSingleton(false, t.startLine, t.col, t.endLine, t.endCol); } },
    ]);
  });

  /** signed_number ['+'|'-' imaginary] | strings */
  literal_expr = this.RULE("literal_expr", (): expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.strings) },
      {
        ALT: () => {
          const s = this.next();
          let neg: Token | null = null;
          this.OPTION(() => (neg = this.CONSUME(MINUS) as Token));
          const n = this.CONSUME(NUMBER) as Token;
          let left: expr = new A.Constant(parseNumber(n.image), null, n.startLine, n.col, n.endLine, n.endCol);
          if (neg !== null) left = new A.UnaryOp("USub", left, s.startLine, s.col, n.endLine, n.endCol);
          this.OPTION2(() => {
            const op = this.OR2([
              { ALT: () => this.CONSUME(PLUS) },
              { ALT: () => this.CONSUME2(MINUS) },
            ]) as Token;
            const im = this.CONSUME2(NUMBER) as Token;
            if (this.RECORDING_PHASE) return;
            const right = new A.Constant(parseNumber(im.image), null, im.startLine, im.col, im.endLine, im.endCol);
            if (!(right.value instanceof Object && "imag" in (right.value as object))) throw this.errorAtToken(im, "imaginary number required in complex literal");
            left = new A.BinOp(left, op.image === "+" ? "Add" : "Sub", right, s.startLine, s.col, im.endLine, im.endCol);
          });
          return left;
        },
      },
    ]);
  });

  /** capture, wildcard, value (dotted name) and class patterns. */
  name_pattern = this.RULE("name_pattern", (): pattern => {
    const n = this.CONSUME(NAME) as Token;
    let dotted: expr | null = null;
    this.MANY(() => {
      this.CONSUME(DOT);
      const a = this.CONSUME2(NAME) as Token;
      if (this.RECORDING_PHASE) return;
      dotted ??= new A.Name(n.image, "Load", n.startLine, n.col, n.endLine, n.endCol);
      dotted = new A.Attribute(dotted, a.image, "Load", n.startLine, n.col, a.endLine, a.endCol);
    });
    let cls: pattern | null = null;
    this.OPTION(() => {
      const cl = this.SUBRULE(this.class_pattern_args);
      if (this.RECORDING_PHASE) return;
      const c = dotted ?? new A.Name(n.image, "Load", n.startLine, n.col, n.endLine, n.endCol);
      const e = this.last();
      cls = new A.MatchClass(c, cl[0], cl[1], cl[2], n.startLine, n.col, e.endLine, e.endCol);
    });
    if (this.RECORDING_PHASE) return null as never;
    if (cls !== null) return cls;
    if (dotted !== null) {
      const d = dotted as expr;
      return new A.MatchValue(d, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
    }
    return new A.MatchAs(null, n.image === "_" ? null : n.image, n.startLine, n.col, n.endLine, n.endCol);
  });

  class_pattern_args = this.RULE("class_pattern_args", (): [pattern[], string[], pattern[]] => {
    this.CONSUME(LPAR);
    const r: [pattern[], string[], pattern[]] = [[], [], []];
    this.OPTION(() => {
      this.SUBRULE(this.class_pattern_item, { ARGS: [r] });
      this.MANY(() => {
        this.CONSUME(COMMA);
        this.SUBRULE2(this.class_pattern_item, { ARGS: [r] });
      });
      this.OPTION2(() => this.CONSUME2(COMMA));
    });
    this.CONSUME(RPAR);
    return r;
  });

  class_pattern_item = this.RULE("class_pattern_item", (r: [pattern[], string[], pattern[]] = [[], [], []]) => {
    this.OR([
      {
        ALT: () => {
          const k = this.CONSUME(NAME) as Token;
          this.CONSUME(EQUAL);
          const p = this.SUBRULE(this.pattern);
          r[1].push(k.image);
          r[2].push(p);
        },
      },
      {
        ALT: () => {
          const p = this.SUBRULE2(this.pattern);
          if (this.RECORDING_PHASE) return;
          if (r[1].length) throw this.errorAtNode(p, "positional patterns follow keyword patterns");
          r[0].push(p);
        },
      },
    ]);
  });

  /** group_pattern | sequence_pattern in parentheses */
  paren_pattern = this.RULE("paren_pattern", (): pattern => {
    const s = this.CONSUME(LPAR) as Token;
    let pats: pattern[] = [];
    let group: pattern | null = null;
    this.OPTION(() => {
      const first = this.SUBRULE(this.maybe_star_pattern);
      group = first;
      this.MANY(() => {
        this.CONSUME(COMMA);
        group = null;
        if (pats.length === 0) pats = [first];
        pats.push(this.SUBRULE2(this.maybe_star_pattern));
      });
      this.OPTION2(() => {
        this.CONSUME2(COMMA);
        group = null;
        if (pats.length === 0) pats = [first];
      });
    });
    const e = this.CONSUME(RPAR) as Token;
    if (this.RECORDING_PHASE) return null as never;
    if (group !== null) {
      const g = group as pattern;
      if (g._type === "MatchStar") throw this.errorAtNode(g, "invalid syntax");
      return g;
    }
    return new A.MatchSequence(pats, s.startLine, s.col, e.endLine, e.endCol);
  });

  list_pattern = this.RULE("list_pattern", (): pattern => {
    const s = this.CONSUME(LSQB) as Token;
    const pats: pattern[] = [];
    this.OPTION(() => {
      pats.push(this.SUBRULE(this.maybe_star_pattern));
      this.MANY(() => {
        this.CONSUME(COMMA);
        pats.push(this.SUBRULE2(this.maybe_star_pattern));
      });
      this.OPTION2(() => this.CONSUME2(COMMA));
    });
    const e = this.CONSUME(RSQB) as Token;
    return new A.MatchSequence(pats, s.startLine, s.col, e.endLine, e.endCol);
  });

  mapping_pattern = this.RULE("mapping_pattern", (): pattern => {
    const s = this.CONSUME(LBRACE) as Token;
    const keys: expr[] = [];
    const pats: pattern[] = [];
    const rest: string[] = [];
    this.OPTION(() => {
      this.SUBRULE(this.mapping_item, { ARGS: [keys, pats, rest] });
      this.MANY(() => {
        this.CONSUME(COMMA);
        this.SUBRULE2(this.mapping_item, { ARGS: [keys, pats, rest] });
      });
      this.OPTION2(() => this.CONSUME2(COMMA));
    });
    const e = this.CONSUME(RBRACE) as Token;
    return new A.MatchMapping(keys, pats, rest.length ? rest[0] : null, s.startLine, s.col, e.endLine, e.endCol);
  });

  /** key_value_pattern | double_star_pattern */
  mapping_item = this.RULE("mapping_item", (keys: expr[] = [], pats: pattern[] = [], rest: string[] = []) => {
    this.OR([
      {
        ALT: () => {
          const ds = this.CONSUME(DOUBLESTAR) as Token;
          const n = this.CONSUME(NAME) as Token;
          if (this.RECORDING_PHASE) return;
          // double_star_pattern: only one, last; its target is a pattern_capture_target (not `_`)
          if (rest.length) throw this.errorAtToken(ds, "invalid syntax");
          if (n.image === "_") throw this.errorAtToken(n, "invalid syntax");
          rest.push(n.image);
        },
      },
      {
        ALT: () => {
          const k = this.OR2([
            { ALT: () => this.SUBRULE(this.literal_expr) },
            { ALT: () => { const t = this.CONSUME(KW.None) as Token; return new A.Constant(null, null, t.startLine, t.col, t.endLine, t.endCol); } },
            { ALT: () => { const t = this.CONSUME(KW.True) as Token; return new A.Constant(true, null, t.startLine, t.col, t.endLine, t.endCol); } },
            { ALT: () => { const t = this.CONSUME(KW.False) as Token; return new A.Constant(false, null, t.startLine, t.col, t.endLine, t.endCol); } },
            { ALT: () => this.SUBRULE(this.attr) },
          ]);
          this.CONSUME(COLON);
          const p = this.SUBRULE(this.pattern);
          if (this.RECORDING_PHASE) return;
          if (rest.length) throw this.errorAtNode(k, "invalid syntax");
          keys.push(k);
          pats.push(p);
        },
      },
    ]);
  });

  /** attr: NAME ('.' NAME)+ (a value pattern's dotted name) */
  attr = this.RULE("attr", (): expr => {
    const n = this.CONSUME(NAME) as Token;
    let e: expr = null as never;
    if (!this.RECORDING_PHASE) e = new A.Name(n.image, "Load", n.startLine, n.col, n.endLine, n.endCol);
    this.AT_LEAST_ONE(() => {
      this.CONSUME(DOT);
      const a = this.CONSUME2(NAME) as Token;
      if (!this.RECORDING_PHASE) e = new A.Attribute(e, a.image, "Load", n.startLine, n.col, a.endLine, a.endCol);
    });
    return e;
  });

  // ---------------------------------------------------------------- function parameters

  /** params (and lambda_params when `lambda`): generic items, ordered and checked in the action. */
  params = this.RULE("params", (lambda: boolean): A.arguments_ => {
    const items: ParamItem[] = [];
    // param_item (',' [TYPE_COMMENT] [param_item])* [TYPE_COMMENT], where only the last ',' may
    // lack an item (an LL(1) form of pegen's param rules with their optional type comments).
    let ended: Token | null = null;
    this.SUBRULE(this.param_item, { ARGS: [lambda, items] });
    this.MANY(() => {
      const comma = this.CONSUME(COMMA) as Token;
      if (!this.RECORDING_PHASE && ended !== null) throw this.errorAtToken(comma, "invalid syntax");
      this.OPTION(() => {
        const tc = this.CONSUME(TYPE_COMMENT) as Token;
        if (!this.RECORDING_PHASE) this.paramTypeComment(items, tc);
      });
      ended = comma;
      this.OPTION2(() => {
        this.SUBRULE2(this.param_item, { ARGS: [lambda, items] });
        ended = null;
      });
    });
    this.OPTION3(() => {
      const tc = this.CONSUME2(TYPE_COMMENT) as Token;
      if (this.RECORDING_PHASE) return;
      // `param TYPE_COMMENT ')'` only: after `param, TYPE_COMMENT` another one is an error.
      if (ended !== null) throw this.errorAtToken(tc, "invalid syntax");
      this.paramTypeComment(items, tc);
    });
    if (this.RECORDING_PHASE) return null as never;
    return this.buildArguments(items, lambda);
  });

  private paramTypeComment(items: ParamItem[], tc: Token): void {
    const last = items[items.length - 1];
    if (last.arg) last.arg.type_comment = tc.image;
    else throw this.errorAtToken(tc, "invalid syntax");
  }

  param_item = this.RULE("param_item", (lambda = false, items: ParamItem[] = []) => {
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(SLASH) as Token;
          items.push({ kind: "/", arg: null, dflt: null, tok: t });
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(STAR) as Token;
          let a: A.arg | null = null;
          this.OPTION(() => (a = this.SUBRULE(this.param, { ARGS: [lambda, true] })));
          let d: expr | null = null;
          this.OPTION2(() => {
            const eq = this.CONSUME(EQUAL) as Token;
            d = this.SUBRULE(this.expression);
            if (!this.RECORDING_PHASE) throw this.errorAtToken(eq, a === null ? "named arguments must follow bare *" : "var-positional argument cannot have default value");
          });
          items.push({ kind: "*", arg: a, dflt: d, tok: t });
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(DOUBLESTAR) as Token;
          const a = this.SUBRULE2(this.param, { ARGS: [lambda, false] });
          this.OPTION3(() => {
            const eq = this.CONSUME2(EQUAL) as Token;
            this.SUBRULE2(this.expression);
            if (!this.RECORDING_PHASE) throw this.errorAtToken(eq, "var-keyword argument cannot have default value");
          });
          items.push({ kind: "**", arg: a, dflt: null, tok: t });
        },
      },
      {
        ALT: () => {
          const t = this.next();
          const a = this.SUBRULE3(this.param, { ARGS: [lambda, false] });
          let d: expr | null = null;
          this.OPTION4(() => {
            this.CONSUME3(EQUAL);
            d = this.SUBRULE3(this.expression);
          });
          items.push({ kind: "p", arg: a, dflt: d, tok: t });
        },
      },
    ]);
  });

  param = this.RULE("param", (lambda: boolean, starAnnotation: boolean): A.arg => {
    const n = this.CONSUME(NAME) as Token;
    let ann: expr | null = null;
    this.OPTION({
      GATE: () => !lambda,
      DEF: () => {
        this.CONSUME(COLON);
        ann = this.OR([
          {
            GATE: () => starAnnotation,
            ALT: () => {
              const st = this.CONSUME(STAR) as Token;
              const v = this.SUBRULE(this.disjunction);
              if (this.RECORDING_PHASE) return null as never;
              const e = this.last();
              return new A.Starred(v, "Load", st.startLine, st.col, e.endLine, e.endCol);
            },
          },
          { ALT: () => this.SUBRULE(this.expression) },
        ]);
      },
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.arg(n.image, ann, null, n.startLine, n.col, e.endLine, e.endCol);
  });

  private buildArguments(items: ParamItem[], lambda: boolean): A.arguments_ {
    const posonly: A.arg[] = [];
    const args: A.arg[] = [];
    const defaults: expr[] = [];
    const kwonly: A.arg[] = [];
    const kwDefaults: (expr | null)[] = [];
    let vararg: A.arg | null = null;
    let kwarg: A.arg | null = null;
    let seenSlash = false;
    let seenStar = false;
    let seenDefault = false;
    // invalid_parameters' "non-default argument follows default argument" matches only
    // `no-default* with-default+ ['/' ','] no-default`; a later misplaced one is "invalid syntax"
    // at the token after it (where the first pass stopped, expecting '=').
    let defaultsThenSlash = false;
    let lateDefault = false;
    let starTok: Token | null = null;
    const v = this.tokVector;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (kwarg !== null) throw this.errorAtToken(it.tok, "arguments cannot follow var-keyword argument");
      switch (it.kind) {
        case "/":
          // a '/' after '*' is reported as misplaced before as repeated (invalid_parameters' order)
          if (seenStar) throw this.errorAtToken(it.tok, "/ must be ahead of *");
          if (seenSlash) throw this.errorAtToken(it.tok, "/ may appear only once");
          if (args.length === 0) {
            const after = v[v.indexOf(it.tok) + 1];
            throw this.errorAtToken(it.tok, after?.tokenTypeIdx === COMMA.tokenTypeIdx ? "at least one argument must precede /" : "invalid syntax");
          }
          seenSlash = true;
          if (seenDefault) defaultsThenSlash = true;
          posonly.push(...args);
          args.length = 0;
          break;
        case "*":
          if (seenStar) {
            // invalid_star_etc: `'*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')`
            const after = v[v.indexOf(it.tok) + 1];
            const repeated = it.arg !== null || after?.tokenTypeIdx === COMMA.tokenTypeIdx;
            throw this.errorAtToken(it.tok, repeated ? "* argument may appear only once" : "invalid syntax");
          }
          seenStar = true;
          starTok = it.tok;
          vararg = it.arg;
          break;
        case "**":
          kwarg = it.arg;
          break;
        default:
          if (seenStar) {
            kwonly.push(it.arg!);
            kwDefaults.push(it.dflt);
          } else {
            if (it.dflt !== null) {
              if (seenSlash && !defaultsThenSlash) lateDefault = true;
              else if (defaultsThenSlash && items[i - 1].kind === "/") lateDefault = true;
              seenDefault = true;
              defaults.push(it.dflt);
            } else if (seenDefault) {
              if (!lateDefault) throw this.errorAtNode(it.arg!, "non-default argument follows default argument");
              const a = it.arg!;
              let j = v.indexOf(it.tok) + 1;
              while (j < v.length - 1 && (v[j].startLine < a.end_lineno! || (v[j].startLine === a.end_lineno && v[j].col < a.end_col_offset!))) j++;
              throw this.errorAtToken(v[j], "invalid syntax");
            }
            args.push(it.arg!);
          }
      }
    }
    if (seenStar && vararg === null && kwonly.length === 0) {
      // invalid_star_etc needs `'*' (')' | ',' (')' | '**'))` (lambda: ':' for ')'); otherwise the
      // parse simply fails at the token after the comma
      const si = v.indexOf(starTok!);
      if (v[si + 1]?.tokenTypeIdx === COMMA.tokenTypeIdx) {
        const after = v[si + 2];
        const closer = lambda ? COLON : RPAR;
        if (after !== undefined && after.tokenTypeIdx !== closer.tokenTypeIdx && after.tokenTypeIdx !== DOUBLESTAR.tokenTypeIdx) {
          throw this.errorAtToken(after, "invalid syntax");
        }
      }
      // def: at the '*' (invalid_star_etc); lambda: at the token after it (invalid_lambda_star_etc).
      let at = starTok!;
      if (lambda) {
        const v = this.tokVector;
        let i = v.indexOf(starTok!);
        at = v[++i];
        if (at.tokenTypeIdx === COMMA.tokenTypeIdx) at = v[++i];
      }
      throw this.errorAtToken(at, "named arguments must follow bare *");
    }
    return new A.arguments_(posonly, args, vararg, kwonly, kwDefaults as expr[], kwarg, defaults);
  }

  // ---------------------------------------------------------------- expressions

  /** expressions: expression (',' expression)* [','] (eval input) */
  expressions = this.RULE("expressions", (): expr => {
    const s = this.next();
    const first = this.SUBRULE(this.expression);
    let elts: expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      (elts ??= [first]).push(this.SUBRULE2(this.expression));
    });
    this.OPTION(() => {
      this.CONSUME2(COMMA);
      elts ??= [first];
    });
    if (this.RECORDING_PHASE || elts === null) return first;
    const e = this.last();
    return new A.Tuple(elts, "Load", s.startLine, s.col, e.endLine, e.endCol);
  });

  star_expressions = this.RULE("star_expressions", (): expr => {
    const s = this.next();
    const first = this.SUBRULE(this.star_expression);
    let elts: expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      (elts ??= [first]).push(this.SUBRULE2(this.star_expression));
    });
    this.OPTION(() => {
      this.CONSUME2(COMMA);
      elts ??= [first];
    });
    if (this.RECORDING_PHASE || elts === null) return first;
    const e = this.last();
    return new A.Tuple(elts, "Load", s.startLine, s.col, e.endLine, e.endCol);
  });

  star_expression = this.RULE("star_expression", (): expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(STAR) as Token;
          const v = this.SUBRULE(this.disjunction);
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          return new A.Starred(v, "Load", s.startLine, s.col, e.endLine, e.endCol);
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  star_named_expression = this.RULE("star_named_expression", (): expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(STAR) as Token;
          const v = this.SUBRULE(this.disjunction);
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          return new A.Starred(v, "Load", s.startLine, s.col, e.endLine, e.endCol);
        },
      },
      { ALT: () => this.SUBRULE(this.named_expression) },
    ]);
  });

  /**
   * named_expression: NAME ':=' expression | expression !':='
   * `inArguments`: a call argument, where `x = 1` is a keyword (no invalid_named_expression check).
   */
  named_expression = this.RULE("named_expression", (inArguments = false): expr => {
    return this.OR([
      {
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          const n = this.CONSUME(NAME) as Token;
          this.CONSUME(COLONEQUAL);
          const v = this.SUBRULE(this.expression);
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          const target = new A.Name(n.image, "Store", n.startLine, n.col, n.endLine, n.endCol);
          return new A.NamedExpr(target, v, n.startLine, n.col, e.endLine, e.endCol);
        },
      },
      {
        ALT: () => {
          const s = this.next();
          const v = this.SUBRULE2(this.expression);
          if (!this.RECORDING_PHASE && !inArguments && this.next().tokenTypeIdx === EQUAL.tokenTypeIdx) this.assignmentInExpression(v, s);
          this.OPTION(() => {
            this.CONSUME2(COLONEQUAL);
            if (!this.RECORDING_PHASE) throw this.errorAtNode(v, `cannot use assignment expressions with ${exprName(v)}`);
          });
          return v;
        },
      },
    ]);
  });

  /**
   * invalid_named_expression: `x = 1` where an expression is expected (`if x = 1:`, `[x = 1]`),
   * reported from the name (or expression) to the end of the value after the '='.
   */
  private assignmentInExpression(v: expr, s: Token): void {
    if (this.backtracking) return;
    const end = this.probeEnd(this.currIdx + 2, "disjunction");
    const after = end >= 0 ? this.tokVector[end + 1].tokenTypeIdx : -1;
    if (end < 0 || after === EQUAL.tokenTypeIdx || after === COLONEQUAL.tokenTypeIdx) return;
    if (v._type === "Name" && s.tokenTypeIdx === NAME_IDX) {
      throw this.errorAtTokens(s, this.tokVector[end], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    const literal = v._type === "Constant" && (v.value === true || v.value === false || v.value === null);
    if (isBitwiseOr(v) && !literal) throw this.errorAtNode(v, `cannot assign to ${exprName(v)} here. Maybe you meant '==' instead of '='?`);
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  expression = this.RULE("expression", (): expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.next();
          const body = this.SUBRULE(this.disjunction);
          let result = body;
          this.OPTION(() => {
            this.CONSUME(KW.if);
            const test = this.SUBRULE2(this.disjunction);
            if (!this.RECORDING_PHASE && !this.backtracking) {
              const n = this.next().tokenTypeIdx;
              if (n !== KW.else.tokenTypeIdx && n !== COLON.tokenTypeIdx) {
                throw this.errorAtTokens(s, this.last(), "expected 'else' after 'if' expression");
              }
            }
            this.CONSUME(KW.else);
            const orelse = this.SUBRULE(this.expression);
            if (this.RECORDING_PHASE) return;
            const e = this.last();
            result = new A.IfExp(test, body, orelse, s.startLine, s.col, e.endLine, e.endCol);
          });
          return result;
        },
      },
      { ALT: () => this.SUBRULE(this.lambdef) },
    ]);
  });

  lambdef = this.RULE("lambdef", (): expr => {
    const s = this.CONSUME(KW.lambda) as Token;
    let args: A.arguments_ | null = null;
    this.OPTION(() => (args = this.SUBRULE(this.params, { ARGS: [true] })));
    this.CONSUME(COLON);
    const body = this.SUBRULE(this.expression);
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Lambda(args ?? new A.arguments_([], [], null, [], [], null, []), body, s.startLine, s.col, e.endLine, e.endCol);
  });

  /**
   * disjunction, conjunction, inversion, comparison and bitwise_or ... term in one rule:
   * ['not'*] factor (operator ['not'*] factor)*, reduced by precedence climbing (see the file comment).
   */
  disjunction = this.RULE("disjunction", (): expr => {
    const v = this.tokVector;
    const firstIdx = this.currIdx + 1;
    let chain: Chain | null = null;
    let nots = 0;
    this.MANY(() => {
      this.CONSUME(KW.not);
      nots++;
    });
    const opStart = this.currIdx + 1;
    const first = this.SUBRULE(this.factor);
    this.MANY2(() => {
      const opIdx = this.currIdx + 1;
      this.OR([
        { ALT: () => this.CONSUME(KW.or) },
        { ALT: () => this.CONSUME(KW.and) },
        { ALT: () => this.CONSUME(CompareOp) },
        { ALT: () => this.CONSUME(BinaryOp) },
        {
          ALT: () => {
            this.CONSUME2(KW.not);
            this.CONSUME2(KW.in);
          },
        },
        {
          ALT: () => {
            this.CONSUME(KW.is);
            this.OPTION(() => this.CONSUME3(KW.not));
          },
        },
      ]);
      const notStart = this.currIdx + 1;
      this.MANY3(() => this.CONSUME4(KW.not));
      const start = this.currIdx + 1;
      const operand = this.SUBRULE2(this.factor);
      if (this.RECORDING_PHASE) return;
      if (chain === null) chain = new Chain(first, firstIdx, opStart, opIdx - 1);
      chain.add(opIdx, operand, notStart, start, this.currIdx);
    });
    if (this.RECORDING_PHASE) return null as never;
    if (chain === null) {
      if (nots === 0) return first;
      chain = new Chain(first, firstIdx, opStart, this.currIdx);
    }
    return new ChainReducer(this, v, chain as Chain).reduce();
  });

  /** factor: ('+'|'-'|'~') factor | power;  power: await_primary ['**' factor] */
  factor = this.RULE("factor", (): expr => {
    return this.OR([
      {
        ALT: () => {
          const op = this.OR2([
            { ALT: () => this.CONSUME(PLUS) },
            { ALT: () => this.CONSUME(MINUS) },
            { ALT: () => this.CONSUME(TILDE) },
          ]) as Token;
          const operand = this.SUBRULE(this.factor);
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          const u = op.image === "+" ? "UAdd" : op.image === "-" ? "USub" : "Invert";
          return new A.UnaryOp(u, operand, op.startLine, op.col, e.endLine, e.endCol);
        },
      },
      {
        ALT: () => {
          const s = this.next();
          let base = this.SUBRULE(this.primary);
          this.OPTION(() => {
            this.CONSUME(DOUBLESTAR);
            const right = this.SUBRULE2(this.factor);
            if (this.RECORDING_PHASE) return;
            const e = this.last();
            base = new A.BinOp(base, "Pow", right, s.startLine, s.col, e.endLine, e.endCol);
          });
          return base;
        },
      },
    ]);
  });

  /** await_primary and primary: ['await'] atom ('.' NAME | '(' arguments ')' | '[' slices ']')* */
  primary = this.RULE("primary", (): expr => {
    let awaitTok: Token | null = null;
    this.OPTION(() => (awaitTok = this.CONSUME(KW.await) as Token));
    const s = this.next();
    let e = this.SUBRULE(this.atom);
    this.MANY({
      // While probing, `a.` followed by no name ends the primary as PEG backtracking does
      // (invalid_legacy_expression accepts `print a.`); the main parse fails at the name.
      GATE: () => !this.backtracking || this.LA(1).tokenTypeIdx !== DOT.tokenTypeIdx || this.LA(2).tokenTypeIdx === NAME.tokenTypeIdx,
      DEF: () => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(DOT);
            const n = this.CONSUME(NAME) as Token;
            if (this.RECORDING_PHASE) return;
            e = new A.Attribute(e, n.image, "Load", s.startLine, s.col, n.endLine, n.endCol);
          },
        },
        {
          ALT: () => {
            const lp = this.CONSUME(LPAR) as Token;
            let args: expr[] = [];
            let kws: A.keyword[] = [];
            this.OPTION2(() => {
              const r = this.SUBRULE(this.arguments, { ARGS: [lp] });
              args = r[0];
              kws = r[1];
            });
            const rp = this.CONSUME(RPAR) as Token;
            if (this.RECORDING_PHASE) return;
            if (args.length === 1 && args[0]._type === "GeneratorExp" && (args[0] as A.GeneratorExp).lineno === -1) {
              const g = args[0] as A.GeneratorExp;
              g.lineno = lp.startLine;
              g.col_offset = lp.col;
              g.end_lineno = rp.endLine;
              g.end_col_offset = rp.endCol;
            }
            e = new A.Call(e, args, kws, s.startLine, s.col, rp.endLine, rp.endCol);
          },
        },
        {
          ALT: () => {
            this.CONSUME(LSQB);
            const sl = this.SUBRULE(this.slices);
            const rb = this.CONSUME(RSQB) as Token;
            if (this.RECORDING_PHASE) return;
            e = new A.Subscript(e, sl, "Load", s.startLine, s.col, rb.endLine, rb.endCol);
          },
        },
      ]);
      },
    });
    if (this.RECORDING_PHASE || awaitTok === null) return e;
    const aw = awaitTok as Token;
    const end = this.last();
    return new A.Await(e, aw.startLine, aw.col, end.endLine, end.endCol);
  });

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  slices = this.RULE("slices", (): expr => {
    const s = this.next();
    const first = this.SUBRULE(this.slice);
    let elts: expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      (elts ??= [first]).push(this.SUBRULE2(this.slice));
    });
    this.OPTION(() => {
      this.CONSUME2(COMMA);
      elts ??= [first];
    });
    if (this.RECORDING_PHASE) return null as never;
    // A lone starred item still makes a tuple: `a[*b]` is a[(*b,)].
    if (elts === null) {
      if (first._type !== "Starred") return first;
      elts = [first];
    }
    const e = this.last();
    return new A.Tuple(elts, "Load", s.startLine, s.col, e.endLine, e.endCol);
  });

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred_expression */
  slice = this.RULE("slice", (): expr => {
    const s = this.next();
    return this.OR([
      {
        ALT: () => {
          const st = this.CONSUME(STAR) as Token;
          const v = this.SUBRULE(this.expression);
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          return new A.Starred(v, "Load", st.startLine, st.col, e.endLine, e.endCol);
        },
      },
      {
        ALT: () => {
          const lower = this.SUBRULE(this.named_expression);
          let result = lower;
          this.OPTION(() => {
            if (!this.RECORDING_PHASE && lower._type === "NamedExpr" && s.tokenTypeIdx !== LPAR.tokenTypeIdx) {
              throw this.errorAtToken(this.next(), "invalid syntax");
            }
            result = this.SUBRULE(this.slice_tail, { ARGS: [lower, s] });
          });
          return result;
        },
      },
      { ALT: () => this.SUBRULE2(this.slice_tail, { ARGS: [null, s] }) },
    ]);
  });

  slice_tail = this.RULE("slice_tail", (lower: expr | null, s: Token): expr => {
    let upper: expr | null = null;
    let step: expr | null = null;
    this.CONSUME(COLON);
    this.OPTION(() => (upper = this.SUBRULE(this.expression)));
    this.OPTION2(() => {
      this.CONSUME2(COLON);
      this.OPTION3(() => (step = this.SUBRULE2(this.expression)));
    });
    if (this.RECORDING_PHASE) return null as never;
    const e = this.last();
    return new A.Slice(lower, upper, step, s.startLine, s.col, e.endLine, e.endCol);
  });

  atom = this.RULE("atom", (): expr => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(NAME) as Token;
          return new A.Name(t.image, "Load", t.startLine, t.col, t.endLine, t.endCol);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(NUMBER) as Token;
          if (this.RECORDING_PHASE) return null as never;
          return new A.Constant(parseNumber(t.image), null, t.startLine, t.col, t.endLine, t.endCol);
        },
      },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => this.SUBRULE(this.paren_atom) },
      { ALT: () => this.SUBRULE(this.list_atom) },
      { ALT: () => this.SUBRULE(this.brace_atom) },
      { ALT: () => { const t = this.CONSUME(KW.None) as Token; return new A.Constant(null, null, t.startLine, t.col, t.endLine, t.endCol); } },
      { ALT: () => { const t = this.CONSUME(KW.True) as Token; return new A.Constant(true, null, t.startLine, t.col, t.endLine, t.endCol); } },
      { ALT: () => { const t = this.CONSUME(KW.False) as Token; return new A.Constant(false, null, t.startLine, t.col, t.endLine, t.endCol); } },
      { ALT: () => { const t = this.CONSUME(ELLIPSIS) as Token; return new A.Constant(EllipsisConst.instance, null, t.startLine, t.col, t.endLine, t.endCol); } },
    ]);
  });

  strings = this.RULE("strings", (): expr => {
    const first = this.CONSUME(STRING) as Token;
    let toks: Token[] | null = null;
    this.MANY(() => (toks ??= [first]).push(this.CONSUME2(STRING) as Token));
    if (this.RECORDING_PHASE) return null as never;
    return concatenateStrings(this.stringHost, toks ?? [first]);
  });

  /** tuple | group | genexp */
  paren_atom = this.RULE("paren_atom", (): expr => {
    const lp = this.CONSUME(LPAR) as Token;
    return this.OR([
      {
        ALT: () => {
          const rp = this.CONSUME(RPAR) as Token;
          return new A.Tuple([], "Load", lp.startLine, lp.col, rp.endLine, rp.endCol);
        },
      },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yield_expr);
          this.CONSUME2(RPAR);
          return y;
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const gens = this.SUBRULE(this.for_if_clauses);
                const rp = this.CONSUME3(RPAR) as Token;
                if (this.RECORDING_PHASE) return null as never;
                if (first._type === "Starred") throw this.errorAtNode(first, "iterable unpacking cannot be used in comprehension");
                return new A.GeneratorExp(first, gens, lp.startLine, lp.col, rp.endLine, rp.endCol);
              },
            },
            {
              ALT: () => {
                this.CONSUME(COMMA);
                const elts = [first];
                this.OPTION(() => {
                  elts.push(this.SUBRULE2(this.star_named_expression));
                  this.MANY(() => {
                    this.CONSUME2(COMMA);
                    elts.push(this.SUBRULE3(this.star_named_expression));
                  });
                  this.OPTION2(() => this.CONSUME3(COMMA));
                });
                const rp = this.CONSUME4(RPAR) as Token;
                return new A.Tuple(elts, "Load", lp.startLine, lp.col, rp.endLine, rp.endCol);
              },
            },
            {
              ALT: () => {
                this.CONSUME5(RPAR);
                if (this.RECORDING_PHASE) return null as never;
                if (first._type === "Starred") throw this.errorAtNode(first, "cannot use starred expression here");
                return first;
              },
            },
          ]);
        },
      },
    ]);
  });

  /** list | listcomp */
  list_atom = this.RULE("list_atom", (): expr => {
    const lb = this.CONSUME(LSQB) as Token;
    return this.OR([
      {
        ALT: () => {
          const rb = this.CONSUME(RSQB) as Token;
          return new A.List([], "Load", lb.startLine, lb.col, rb.endLine, rb.endCol);
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const gens = this.SUBRULE(this.for_if_clauses);
                const rb = this.CONSUME2(RSQB) as Token;
                if (this.RECORDING_PHASE) return null as never;
                if (first._type === "Starred") throw this.errorAtNode(first, "iterable unpacking cannot be used in comprehension");
                return new A.ListComp(first, gens, lb.startLine, lb.col, rb.endLine, rb.endCol);
              },
            },
            {
              ALT: () => {
                const elts = [first];
                this.MANY(() => {
                  this.CONSUME(COMMA);
                  elts.push(this.SUBRULE2(this.star_named_expression));
                });
                this.OPTION(() => this.CONSUME2(COMMA));
                const rb = this.CONSUME3(RSQB) as Token;
                return new A.List(elts, "Load", lb.startLine, lb.col, rb.endLine, rb.endCol);
              },
            },
          ]);
        },
      },
    ]);
  });

  /** dict | set | dictcomp | setcomp */
  brace_atom = this.RULE("brace_atom", (): expr => {
    const lb = this.CONSUME(LBRACE) as Token;
    return this.OR([
      {
        ALT: () => {
          const rb = this.CONSUME(RBRACE) as Token;
          return new A.Dict([], [], lb.startLine, lb.col, rb.endLine, rb.endCol);
        },
      },
      {
        // {**a, ...}
        ALT: () => {
          this.CONSUME(DOUBLESTAR);
          const v = this.SUBRULE(this.disjunction);
          const keys: (expr | null)[] = [null];
          const values: expr[] = [v];
          this.SUBRULE(this.dict_rest, { ARGS: [keys, values] });
          const rb = this.CONSUME2(RBRACE) as Token;
          return new A.Dict(keys as expr[], values, lb.startLine, lb.col, rb.endLine, rb.endCol);
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const colon = this.CONSUME(COLON) as Token;
                if (!this.RECORDING_PHASE) {
                  if (first._type === "Starred") throw this.errorAtToken(colon, "invalid syntax");
                  this.checkDictValueFollows(colon);
                }
                const v = this.SUBRULE(this.expression);
                return this.OR3([
                  {
                    ALT: () => {
                      const gens = this.SUBRULE(this.for_if_clauses);
                      const rb = this.CONSUME3(RBRACE) as Token;
                      if (this.RECORDING_PHASE) return null as never;
                      this.checkDictKey(first, lb);
                      return new A.DictComp(first, v, gens, lb.startLine, lb.col, rb.endLine, rb.endCol);
                    },
                  },
                  {
                    ALT: () => {
                      const keys: (expr | null)[] = [first];
                      const values: expr[] = [v];
                      this.SUBRULE2(this.dict_rest, { ARGS: [keys, values] });
                      const rb = this.CONSUME4(RBRACE) as Token;
                      if (this.RECORDING_PHASE) return null as never;
                      this.checkDictKey(first, lb);
                      return new A.Dict(keys as expr[], values, lb.startLine, lb.col, rb.endLine, rb.endCol);
                    },
                  },
                ]);
              },
            },
            {
              ALT: () => {
                const gens = this.SUBRULE2(this.for_if_clauses);
                const rb = this.CONSUME5(RBRACE) as Token;
                if (this.RECORDING_PHASE) return null as never;
                if (first._type === "Starred") throw this.errorAtNode(first, "iterable unpacking cannot be used in comprehension");
                return new A.SetComp(first, gens, lb.startLine, lb.col, rb.endLine, rb.endCol);
              },
            },
            {
              ALT: () => {
                const elts = [first];
                this.MANY(() => {
                  this.CONSUME(COMMA);
                  elts.push(this.SUBRULE3(this.star_named_expression));
                });
                this.OPTION(() => this.CONSUME2(COMMA));
                const rb = this.CONSUME6(RBRACE) as Token;
                return new A.Set(elts, lb.startLine, lb.col, rb.endLine, rb.endCol);
              },
            },
          ]);
        },
      },
    ]);
  });

  /** A dict key is an `expression`: no starred item, and a walrus only in parentheses. */
  private checkDictKey(k: expr, lb: Token): void {
    if (k._type === "Starred") throw this.errorAtNode(k, "invalid syntax");
    if (k._type === "NamedExpr") {
      const v = this.tokVector;
      let i = this.currIdx;
      while (i > 0 && v[i] !== lb) i--;
      if (v[i + 1].tokenTypeIdx !== LPAR.tokenTypeIdx) throw this.errorAtNode(k, "invalid syntax");
    }
  }

  /** invalid_kvpair: a key of a dict display (after its first pair) without ':'. */
  private missingDictColon(k: expr): void {
    if (this.backtracking) return;
    const ls = this.lineStart(k.end_lineno);
    const end = this.byteToChar(ls, k.end_col_offset);
    const e = this.errorAt(k.end_lineno, ls, end - 1, k.end_lineno, ls, end - 1, "':' expected after dictionary key");
    throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, 0);
  }

  /** invalid_kvpair: `key:` directly followed by '}' or ','. */
  private checkDictValueFollows(colon: Token): void {
    const n = this.next().tokenTypeIdx;
    if (!this.backtracking && (n === RBRACE.tokenTypeIdx || n === COMMA.tokenTypeIdx)) {
      throw this.errorAtToken(colon, "expression expected after dictionary key and ':'");
    }
  }

  /** (',' (kvpair | '**' bitwise_or))* [','] after the first item of a dict display */
  dict_rest = this.RULE("dict_rest", (keys: (expr | null)[] = [], values: expr[] = []) => {
    this.MANY(() => {
      this.CONSUME(COMMA);
      this.OR([
        {
          ALT: () => {
            this.CONSUME(DOUBLESTAR);
            keys.push(null);
            values.push(this.SUBRULE(this.disjunction));
          },
        },
        {
          ALT: () => {
            const k = this.SUBRULE(this.expression);
            if (!this.RECORDING_PHASE && this.next().tokenTypeIdx !== COLON.tokenTypeIdx) this.missingDictColon(k);
            const colon = this.CONSUME(COLON) as Token;
            if (!this.RECORDING_PHASE) this.checkDictValueFollows(colon);
            keys.push(k);
            values.push(this.SUBRULE2(this.expression));
          },
        },
      ]);
    });
    this.OPTION(() => this.CONSUME2(COMMA));
  });

  /** for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
  for_if_clauses = this.RULE("for_if_clauses", (): A.comprehension[] => {
    const gens: A.comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      let isAsync = 0;
      this.OPTION(() => {
        this.CONSUME(KW.async);
        isAsync = 1;
      });
      this.CONSUME(KW.for);
      const target = this.SUBRULE(this.star_targets);
      this.CONSUME(KW.in);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: expr[] = [];
      this.MANY(() => {
        this.CONSUME(KW.if);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      gens.push(new A.comprehension(target, iter, ifs, isAsync));
    });
    return gens;
  });

  /** star_targets: star_target (',' star_target)* [','] — for-loop and comprehension targets */
  star_targets = this.RULE("star_targets", (): expr => {
    const s = this.next();
    const first = this.SUBRULE(this.star_target);
    let elts: expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      (elts ??= [first]).push(this.SUBRULE2(this.star_target));
    });
    this.OPTION(() => {
      this.CONSUME2(COMMA);
      elts ??= [first];
    });
    if (this.RECORDING_PHASE) return null as never;
    let t = first;
    if (elts !== null) {
      const e = this.last();
      t = new A.Tuple(elts, "Store", s.startLine, s.col, e.endLine, e.endCol);
    }
    this.targets(t, "Store", "for");
    return t;
  });

  star_target = this.RULE("star_target", (): expr => {
    return this.OR([
      {
        ALT: () => {
          const st = this.CONSUME(STAR) as Token;
          const v = this.SUBRULE(this.star_target);
          if (this.RECORDING_PHASE) return null as never;
          if (v._type === "Starred") throw this.errorAtNode(v, "invalid syntax");
          const e = this.last();
          return new A.Starred(v, "Store", st.startLine, st.col, e.endLine, e.endCol);
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  /** arguments of a call or class: positional, starred, keyword and ** items; returns [args, keywords] */
  arguments = this.RULE("arguments", (lp: Token): [expr[], A.keyword[]] => {
    const items: Arg[] = [];
    this.SUBRULE(this.arg_item, { ARGS: [items, lp] });
    this.MANY(() => {
      this.CONSUME(COMMA);
      this.SUBRULE2(this.arg_item, { ARGS: [items, lp] });
    });
    let trailingComma = false;
    this.OPTION(() => {
      this.CONSUME2(COMMA);
      trailingComma = true;
    });
    if (this.RECORDING_PHASE) return null as never;
    return this.collectArgs(items, trailingComma);
  });

  private collectArgs(items: Arg[], trailingComma: boolean): [expr[], A.keyword[]] {
    const args: expr[] = [];
    const kws: A.keyword[] = [];
    let seenKw = false;
    let seenDoubleStar = false;
    for (const it of items) {
      if (it.kind === 0) {
        if (it.value._type === "Starred") {
          if (seenDoubleStar) throw this.errorAtToken(this.tokVector[it.start], "iterable argument unpacking follows keyword argument unpacking");
        } else if (seenKw) {
          throw this.errorAtToken(this.tokVector[this.currIdx + 1], seenDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        }
        if (it.value._type === "GeneratorExp" && it.value.lineno === -1 && (items.length > 1 || trailingComma)) {
          const g = it.value;
          const last = g.generators[g.generators.length - 1];
          const lastItem = last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
          throw this.errorAtNode(g.elt, "Generator expression must be parenthesized", lastItem);
        }
        args.push(it.value);
      } else {
        seenKw = true;
        if (it.kw.arg === null) seenDoubleStar = true;
        kws.push(it.kw);
      }
    }
    return [args, kws];
  }

  arg_item = this.RULE("arg_item", (items: Arg[] = [], _lp?: Token) => {
    const s = this.next();
    const start = this.currIdx + 1;
    this.OR([
      {
        ALT: () => {
          this.CONSUME(STAR);
          const v = this.SUBRULE(this.expression);
          const vEnd = this.last();
          this.OPTION4(() => {
            this.SUBRULE3(this.for_if_clauses);
            if (!this.RECORDING_PHASE) throw this.errorAtTokens(s, vEnd, "iterable unpacking cannot be used in comprehension");
          });
          if (this.RECORDING_PHASE) return;
          const e = this.last();
          items.push({ kind: 0, value: new A.Starred(v, "Load", s.startLine, s.col, e.endLine, e.endCol), start });
        },
      },
      {
        ALT: () => {
          this.CONSUME(DOUBLESTAR);
          const v = this.SUBRULE2(this.expression);
          if (this.RECORDING_PHASE) return;
          const e = this.last();
          items.push({ kind: 1, kw: new A.keyword(null, v, s.startLine, s.col, e.endLine, e.endCol), start });
        },
      },
      {
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          const n = this.CONSUME(NAME) as Token;
          this.CONSUME(EQUAL);
          const v = this.SUBRULE3(this.expression);
          this.OPTION2(() => {
            this.SUBRULE(this.for_if_clauses);
            if (!this.RECORDING_PHASE) throw this.errorAtTokens(n, this.tokVector[start + 1], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          });
          if (this.RECORDING_PHASE) return;
          const e = this.last();
          items.push({ kind: 1, kw: new A.keyword(n.image, v, s.startLine, s.col, e.endLine, e.endCol), start });
        },
      },
      {
        ALT: () => {
          const v = this.SUBRULE(this.named_expression, { ARGS: [true] });
          let value = v;
          this.OPTION(() => {
            const gens = this.SUBRULE2(this.for_if_clauses);
            if (this.RECORDING_PHASE) return;
            // Positions are set by the call once its ')' is consumed (genexp as the sole argument).
            value = new A.GeneratorExp(v, gens, -1, -1, -1, -1);
          });
          this.OPTION3(() => {
            const eq = this.CONSUME2(EQUAL) as Token;
            if (!this.RECORDING_PHASE) {
              if (v._type === "Constant" && (v.value === true || v.value === false || v.value === null)) {
                throw this.errorAtTokens(s, eq, `cannot assign to ${exprName(v)}`);
              }
              throw this.errorAtTokens(s, eq, 'expression cannot contain assignment, perhaps you meant "=="?');
            }
          });
          if (this.RECORDING_PHASE) return;
          items.push({ kind: 0, value, start });
        },
      },
    ]);
  });

  errorAtTokens(a: Token, b: Token, msg: string): PySyntaxError {
    return this.errorAt(a.startLine, a.startOffset - a.startColumn, a.startColumn, b.endLine, b.endOffset - b.endColumn, b.endColumn, msg);
  }

  yield_expr = this.RULE("yield_expr", (): expr => {
    const y = this.CONSUME(KW.yield) as Token;
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(KW.from);
          const v = this.SUBRULE(this.expression);
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          return new A.YieldFrom(v, y.startLine, y.col, e.endLine, e.endCol);
        },
      },
      {
        ALT: () => {
          let v: expr | null = null;
          this.OPTION(() => (v = this.SUBRULE(this.star_expressions)));
          if (this.RECORDING_PHASE) return null as never;
          const e = this.last();
          return new A.Yield(v, y.startLine, y.col, e.endLine, e.endCol);
        },
      },
    ]);
  });
}

interface ParamItem {
  kind: "/" | "*" | "**" | "p";
  arg: A.arg | null;
  dflt: expr | null;
  tok: Token;
}

/** Expressions that pegen's bitwise_or rule can produce (for the "Maybe you meant '=='" message). */
function isBitwiseOr(e: expr): boolean {
  switch (e._type) {
    case "Compare":
    case "BoolOp":
    case "Lambda":
    case "IfExp":
    case "Starred":
    case "NamedExpr":
    case "Tuple":
    case "List":
    case "GeneratorExp":
    case "Yield":
    case "YieldFrom":
      return false;
    case "UnaryOp":
      return e.op !== "Not";
  }
  return true;
}

/** The operands and operators of one `disjunction` rule invocation (token indices). */
class Chain {
  operands: expr[];
  /** index of the first `not` token before each operand (== start when none) */
  notStart: number[];
  /** index of each operand's first and last token */
  start: number[];
  end: number[];
  /** index of the operator token after operand i */
  ops: number[] = [];
  constructor(first: expr, notStart: number, start: number, end: number) {
    this.operands = [first];
    this.notStart = [notStart];
    this.start = [start];
    this.end = [end];
  }
  add(op: number, operand: expr, notStart: number, start: number, end: number): void {
    this.ops.push(op);
    this.operands.push(operand);
    this.notStart.push(notStart);
    this.start.push(start);
    this.end.push(end);
  }
}

/** Precedence climbing over a Chain (Language Reference 6.16 order). */
class ChainReducer {
  private cur = 0;
  /** `not` tokens of the current operand not yet applied */
  private notsUsed: number[];
  constructor(
    private readonly p: PyParser,
    private readonly v: Token[],
    private readonly c: Chain,
  ) {
    this.notsUsed = new Array(c.operands.length).fill(0);
  }

  reduce(): expr {
    const e = this.or();
    return e;
  }

  /** Index of the first token of the expression starting at the current operand. */
  private startIdx(): number {
    return this.c.notStart[this.cur] + this.notsUsed[this.cur];
  }

  private opPrec(): number {
    const i = this.cur - 1;
    if (i < 0 || i >= this.c.ops.length) return 0;
    const t = this.v[this.c.ops[i]];
    const ty = t.tokenTypeIdx;
    if (ty === KW.or.tokenTypeIdx) return P_OR;
    if (ty === KW.and.tokenTypeIdx) return P_AND;
    const b = BIN_PREC.get(ty);
    if (b !== undefined) return b[0];
    return P_CMP;
  }

  private node(startIdx: number): [number, number, number, number] {
    const s = this.v[startIdx];
    const e = this.v[this.c.end[this.cur - 1]];
    return [s.startLine, s.col, e.endLine, e.endCol];
  }

  private or(): expr {
    const st = this.startIdx();
    const first = this.and();
    if (this.opPrec() !== P_OR) return first;
    const values = [first];
    while (this.opPrec() === P_OR) values.push(this.and());
    return new A.BoolOp("Or", values, ...this.node(st));
  }

  private and(): expr {
    const st = this.startIdx();
    const first = this.not();
    if (this.opPrec() !== P_AND) return first;
    const values = [first];
    while (this.opPrec() === P_AND) values.push(this.not());
    return new A.BoolOp("And", values, ...this.node(st));
  }

  private not(): expr {
    const c = this.c;
    const i = this.cur;
    const available = c.start[i] - c.notStart[i] - this.notsUsed[i];
    if (available > 0) {
      const st = this.startIdx();
      this.notsUsed[i]++;
      const operand = this.not();
      return new A.UnaryOp("Not", operand, ...this.node(st));
    }
    return this.comparison();
  }

  private comparison(): expr {
    const st = this.startIdx();
    const left = this.bin(P_BOR);
    if (this.opPrec() !== P_CMP) return left;
    const ops: cmpop[] = [];
    const comparators: expr[] = [];
    while (this.opPrec() === P_CMP) {
      const t = this.v[this.c.ops[this.cur - 1]];
      let op = CMP_OPS.get(t.tokenTypeIdx);
      if (op === undefined) {
        if (t.tokenTypeIdx === KW.not.tokenTypeIdx) op = "NotIn";
        else op = this.v[this.c.ops[this.cur - 1] + 1].tokenTypeIdx === KW.not.tokenTypeIdx ? "IsNot" : "Is";
      } else if (op === "NotEq" && t.image === "<>") {
        throw this.p.errorAtToken(t, "invalid syntax");
      }
      ops.push(op);
      comparators.push(this.bin(P_BOR));
    }
    return new A.Compare(left, ops, comparators, ...this.node(st));
  }

  /** An operand: no `not` may be left in front of it here (`a == not b`). */
  private operand(): expr {
    const c = this.c;
    const i = this.cur;
    if (c.start[i] - c.notStart[i] - this.notsUsed[i] > 0) {
      throw this.p.errorAtToken(this.v[c.notStart[i] + this.notsUsed[i]], "invalid syntax");
    }
    this.cur++;
    return c.operands[i];
  }

  private bin(minPrec: number): expr {
    const st = this.startIdx();
    let left = this.operand();
    for (;;) {
      const i = this.cur - 1;
      if (i >= this.c.ops.length) return left;
      const b = BIN_PREC.get(this.v[this.c.ops[i]].tokenTypeIdx);
      if (b === undefined || b[0] < minPrec) return left;
      const right = this.bin(b[0] + 1);
      left = new A.BinOp(left, b[1], right, ...this.node(st));
    }
  }
}

function isRecognition(e: unknown): e is IRecognitionException {
  return typeof e === "object" && e !== null && "token" in e && "context" in e;
}

export { isRecognition };
