// The token vocabulary shared by the tokenizer and the chevrotain parser: one chevrotain TokenType per
// CPython token kind (Grammar/Tokens), per hard keyword, and per operator. The tokenizer is hand-written
// (see tokenizer.ts) and only needs each type's `tokenTypeIdx`, so no type has a lexer pattern.
import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";

function tok(name: string, categories?: TokenType[]): TokenType {
  return categories ? createToken({ name, pattern: Lexer.NA, categories }) : createToken({ name, pattern: Lexer.NA });
}

// Categories let one decision match a family of tokens in a single lookahead test.
export const AugAssignOp = tok("AugAssignOp");
export const BinaryOp = tok("BinaryOp");
export const CompareOp = tok("CompareOp");

export const NAME = tok("NAME");
export const NUMBER = tok("NUMBER");
export const STRING = tok("STRING");
export const NEWLINE = tok("NEWLINE");
export const INDENT = tok("INDENT");
export const DEDENT = tok("DEDENT");
export const TYPE_COMMENT = tok("TYPE_COMMENT");
export const ENDMARKER = tok("ENDMARKER");
/** The soft keyword `match` where it starts a match statement (the parser re-labels that NAME). */
export const MATCH = tok("MATCH");
/** A character no token starts with (`$`, `?`, a lone `!`): the parser never accepts it. */
export const ERRORTOKEN = tok("ERRORTOKEN");

export const KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
] as const;

export const KW: Record<(typeof KEYWORDS)[number], TokenType> = {} as never;
for (const k of KEYWORDS) {
  const cats = k === "in" ? [CompareOp] : undefined;
  KW[k] = tok(k === "False" || k === "None" || k === "True" ? k : k.toUpperCase() + "_KW", cats);
}

// Operators, named after CPython's token names (Grammar/Tokens).
export const LPAR = tok("LPAR");
export const RPAR = tok("RPAR");
export const LSQB = tok("LSQB");
export const RSQB = tok("RSQB");
export const LBRACE = tok("LBRACE");
export const RBRACE = tok("RBRACE");
export const COLON = tok("COLON");
export const COMMA = tok("COMMA");
export const SEMI = tok("SEMI");
export const PLUS = tok("PLUS", [BinaryOp]);
export const MINUS = tok("MINUS", [BinaryOp]);
export const STAR = tok("STAR", [BinaryOp]);
export const SLASH = tok("SLASH", [BinaryOp]);
export const VBAR = tok("VBAR", [BinaryOp]);
export const AMPER = tok("AMPER", [BinaryOp]);
export const LESS = tok("LESS", [CompareOp]);
export const GREATER = tok("GREATER", [CompareOp]);
export const EQUAL = tok("EQUAL");
export const DOT = tok("DOT");
export const PERCENT = tok("PERCENT", [BinaryOp]);
export const EQEQUAL = tok("EQEQUAL", [CompareOp]);
export const NOTEQUAL = tok("NOTEQUAL", [CompareOp]);
export const LESSEQUAL = tok("LESSEQUAL", [CompareOp]);
export const GREATEREQUAL = tok("GREATEREQUAL", [CompareOp]);
export const TILDE = tok("TILDE");
export const CIRCUMFLEX = tok("CIRCUMFLEX", [BinaryOp]);
export const LEFTSHIFT = tok("LEFTSHIFT", [BinaryOp]);
export const RIGHTSHIFT = tok("RIGHTSHIFT", [BinaryOp]);
export const DOUBLESTAR = tok("DOUBLESTAR");
export const PLUSEQUAL = tok("PLUSEQUAL", [AugAssignOp]);
export const MINEQUAL = tok("MINEQUAL", [AugAssignOp]);
export const STAREQUAL = tok("STAREQUAL", [AugAssignOp]);
export const SLASHEQUAL = tok("SLASHEQUAL", [AugAssignOp]);
export const PERCENTEQUAL = tok("PERCENTEQUAL", [AugAssignOp]);
export const AMPEREQUAL = tok("AMPEREQUAL", [AugAssignOp]);
export const VBAREQUAL = tok("VBAREQUAL", [AugAssignOp]);
export const CIRCUMFLEXEQUAL = tok("CIRCUMFLEXEQUAL", [AugAssignOp]);
export const LEFTSHIFTEQUAL = tok("LEFTSHIFTEQUAL", [AugAssignOp]);
export const RIGHTSHIFTEQUAL = tok("RIGHTSHIFTEQUAL", [AugAssignOp]);
export const DOUBLESTAREQUAL = tok("DOUBLESTAREQUAL", [AugAssignOp]);
export const DOUBLESLASH = tok("DOUBLESLASH", [BinaryOp]);
export const DOUBLESLASHEQUAL = tok("DOUBLESLASHEQUAL", [AugAssignOp]);
export const AT = tok("AT", [BinaryOp]);
export const ATEQUAL = tok("ATEQUAL", [AugAssignOp]);
export const RARROW = tok("RARROW");
export const ELLIPSIS = tok("ELLIPSIS");
export const COLONEQUAL = tok("COLONEQUAL");

/** Operator text → token type, longest operators first is not needed: the tokenizer looks up 3, 2, then 1 chars. */
export const OPERATORS: ReadonlyMap<string, TokenType> = new Map([
  ["(", LPAR], [")", RPAR], ["[", LSQB], ["]", RSQB], ["{", LBRACE], ["}", RBRACE], [":", COLON], [",", COMMA],
  [";", SEMI], ["+", PLUS], ["-", MINUS], ["*", STAR], ["/", SLASH], ["|", VBAR], ["&", AMPER], ["<", LESS],
  [">", GREATER], ["=", EQUAL], [".", DOT], ["%", PERCENT], ["==", EQEQUAL], ["!=", NOTEQUAL], ["<=", LESSEQUAL],
  [">=", GREATEREQUAL], ["~", TILDE], ["^", CIRCUMFLEX], ["<<", LEFTSHIFT], [">>", RIGHTSHIFT], ["**", DOUBLESTAR],
  ["+=", PLUSEQUAL], ["-=", MINEQUAL], ["*=", STAREQUAL], ["/=", SLASHEQUAL], ["%=", PERCENTEQUAL],
  ["&=", AMPEREQUAL], ["|=", VBAREQUAL], ["^=", CIRCUMFLEXEQUAL], ["<<=", LEFTSHIFTEQUAL], [">>=", RIGHTSHIFTEQUAL],
  ["**=", DOUBLESTAREQUAL], ["//", DOUBLESLASH], ["//=", DOUBLESLASHEQUAL], ["@", AT], ["@=", ATEQUAL],
  ["->", RARROW], ["...", ELLIPSIS], [":=", COLONEQUAL], ["<>", NOTEQUAL],
]);

export const ALL_TOKENS: TokenType[] = [
  AugAssignOp, BinaryOp, CompareOp, NAME, NUMBER, STRING, MATCH, NEWLINE, INDENT, DEDENT, TYPE_COMMENT, ENDMARKER, ERRORTOKEN,
  ...Object.values(KW), ...new Set(OPERATORS.values()),
];

/**
 * One token. Every token has this one shape (monomorphic for V8). Lines are 1-based; `col`/`endCol` are
 * UTF-8 byte columns as CPython's AST uses them; `startColumn`/`endColumn` are 0-based character columns
 * (for SyntaxError offsets). `startOffset`/`endOffset` index the decoded source (end exclusive).
 */
export class Token implements IToken {
  constructor(
    public tokenType: TokenType,
    public tokenTypeIdx: number,
    public image: string,
    public startOffset: number,
    public endOffset: number,
    public startLine: number,
    public startColumn: number,
    public endLine: number,
    public endColumn: number,
    public col: number,
    public endCol: number,
    /** bracket nesting depth at the token (CPython's tok->level) */
    public level: number,
  ) {}
}
