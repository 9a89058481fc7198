// Measures the three tokenizer designs the issue asked to choose between, on the same files:
//   A. chevrotain's Lexer with custom token patterns for INDENT/DEDENT/NEWLINE (its indentation
//      example's approach; custom patterns turn off the lexer's first-character optimisation),
//   B. chevrotain's Lexer for the plain tokens, then one pass over its token stream that inserts
//      NEWLINE/INDENT/DEDENT and drops newlines inside brackets,
//   C. pyframe's hand-written scanner (src/parser/tokenizer.ts), which emits chevrotain tokens.
// A and B are faithful enough to tokenize the standard library (token counts are printed to compare)
// but, unlike C, give none of CPython's tokenizer errors.
// Usage: node scripts/run-ts.mjs scripts/bench-tokenizers.ts DIR [--exclude NAME]... [--rounds N]
import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from "chevrotain";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { sourceText } from "../src/parser/index.js";
import { tokenize } from "../src/parser/tokenizer.js";

const KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"];
const OPS = ["**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%", "~", "^", "@"];
const STRING_RE = /(?:[rRuUbBfF]{1,2})?(?:'''(?:[^\\']|\\[\s\S]|'(?!''))*'''|"""(?:[^\\"]|\\[\s\S]|"(?!""))*"""|'(?:[^\\'\n]|\\[\s\S])*'|"(?:[^\\"\n]|\\[\s\S])*")/;
const NUMBER_RE = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/;
const NAME_RE = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/;

function commonTokens(): { name: TokenType; all: TokenType[] } {
  const name = createToken({ name: "NAME", pattern: NAME_RE });
  const kws = [...KEYWORDS].sort((a, b) => b.length - a.length).map((k) => createToken({ name: "KW_" + k, pattern: new RegExp(k), longer_alt: name }));
  const str = createToken({ name: "STRING", pattern: STRING_RE, line_breaks: true });
  const num = createToken({ name: "NUMBER", pattern: NUMBER_RE });
  const ops = OPS.map((o, i) => createToken({ name: "OP" + i, pattern: o }));
  return { name, all: [str, ...kws, name, num, ...ops] };
}

// ---------------------------------------------------------------- B: lexer + indentation pass
function designB() {
  const { all } = commonTokens();
  const ws = createToken({ name: "WS", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
  const comment = createToken({ name: "COMMENT", pattern: /#[^\n]*/, group: Lexer.SKIPPED });
  const cont = createToken({ name: "CONT", pattern: /\\\n/, group: Lexer.SKIPPED, line_breaks: true });
  const nl = createToken({ name: "NL", pattern: /\n/, line_breaks: true });
  const newline = createToken({ name: "NEWLINE", pattern: Lexer.NA });
  const indent = createToken({ name: "INDENT", pattern: Lexer.NA });
  const dedent = createToken({ name: "DEDENT", pattern: Lexer.NA });
  const lexer = new Lexer([ws, comment, cont, nl, ...all, newline, indent, dedent], { positionTracking: "full", ensureOptimizations: true });
  const open = new Set(["(", "[", "{"]);
  const close = new Set([")", "]", "}"]);
  return (src: string): number => {
    const raw = lexer.tokenize(src).tokens;
    const out: IToken[] = [];
    const stack = [0];
    let depth = 0;
    let atLineStart = true;
    for (const t of raw) {
      if (t.tokenType === nl) {
        if (depth === 0 && !atLineStart) {
          out.push({ ...t, tokenType: newline, tokenTypeIdx: newline.tokenTypeIdx! });
          atLineStart = true;
        }
        continue;
      }
      if (atLineStart && depth === 0) {
        // Indentation of the line: tabs to multiples of 8 (CPython's tokenizer).
        let col = 0;
        for (let i = t.startOffset - (t.startColumn! - 1); i < t.startOffset; i++) {
          const c = src.charCodeAt(i);
          col = c === 9 ? ((col >> 3) + 1) << 3 : c === 12 ? 0 : col + 1;
        }
        if (col > stack[stack.length - 1]) {
          stack.push(col);
          out.push({ ...t, tokenType: indent, tokenTypeIdx: indent.tokenTypeIdx! });
        } else {
          while (col < stack[stack.length - 1]) {
            stack.pop();
            out.push({ ...t, tokenType: dedent, tokenTypeIdx: dedent.tokenTypeIdx! });
          }
        }
        atLineStart = false;
      }
      if (open.has(t.image)) depth++;
      else if (close.has(t.image)) depth--;
      out.push(t);
    }
    return out.length;
  };
}

// ---------------------------------------------------------------- A: custom indentation patterns
function designA() {
  const { all } = commonTokens();
  let indentStack = [0];
  let depth = 0;
  let pendingDedents = 0;
  const isLineStart = (text: string, offset: number) => offset === 0 || text.charCodeAt(offset - 1) === 10;
  const lineIndent = (text: string, offset: number): [number, number] => {
    let col = 0;
    let i = offset;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) col++;
      else if (c === 9) col = ((col >> 3) + 1) << 3;
      else if (c === 12) col = 0;
      else break;
      i++;
    }
    return [col, i];
  };
  const blank = (text: string, i: number) => {
    const c = text.charCodeAt(i);
    return c === 10 || c === 35 || i >= text.length;
  };
  const indentMatcher: CustomPatternMatcherFunc = (text, offset) => {
    if (depth > 0 || !isLineStart(text, offset)) return null;
    const [col, end] = lineIndent(text, offset);
    if (blank(text, end) || col <= indentStack[indentStack.length - 1]) return null;
    indentStack.push(col);
    const m = [text.slice(offset, end)] as unknown as RegExpExecArray;
    return m;
  };
  const dedentMatcher: CustomPatternMatcherFunc = (text, offset) => {
    if (pendingDedents > 0) {
      pendingDedents--;
      return [""] as unknown as RegExpExecArray;
    }
    if (depth > 0 || !isLineStart(text, offset)) return null;
    const [col, end] = lineIndent(text, offset);
    if (blank(text, end) || col >= indentStack[indentStack.length - 1]) return null;
    let n = 0;
    while (col < indentStack[indentStack.length - 1]) {
      indentStack.pop();
      n++;
    }
    pendingDedents = n - 1;
    return [text.slice(offset, end)] as unknown as RegExpExecArray;
  };
  const newlineMatcher: CustomPatternMatcherFunc = (text, offset) => {
    if (text.charCodeAt(offset) !== 10) return null;
    return ["\n"] as unknown as RegExpExecArray;
  };
  const bracket = (ch: string, delta: number): CustomPatternMatcherFunc => (text, offset) => {
    if (text[offset] !== ch) return null;
    depth += delta;
    return [ch] as unknown as RegExpExecArray;
  };
  const indent = createToken({ name: "INDENT", pattern: indentMatcher, line_breaks: false });
  const dedent = createToken({ name: "DEDENT", pattern: dedentMatcher, line_breaks: false });
  const newline = createToken({ name: "NEWLINE", pattern: newlineMatcher, line_breaks: true });
  const ws = createToken({ name: "WS", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
  const comment = createToken({ name: "COMMENT", pattern: /#[^\n]*/, group: Lexer.SKIPPED });
  const cont = createToken({ name: "CONT", pattern: /\\\n/, group: Lexer.SKIPPED, line_breaks: true });
  const brackets = ["(", "[", "{"].map((c, i) => createToken({ name: "OPEN" + i, pattern: bracket(c, 1), line_breaks: false }));
  const closers = [")", "]", "}"].map((c, i) => createToken({ name: "CLOSE" + i, pattern: bracket(c, -1), line_breaks: false }));
  const rest = all.filter((t) => !["(", ")", "[", "]", "{", "}"].includes(String(t.PATTERN)));
  const lexer = new Lexer([dedent, indent, ws, comment, cont, newline, ...brackets, ...closers, ...rest], {
    positionTracking: "full",
    ensureOptimizations: false,
    safeMode: true,
  });
  return (src: string): number => {
    indentStack = [0];
    depth = 0;
    pendingDedents = 0;
    const res = lexer.tokenize(src);
    // Newlines inside brackets and on blank lines are dropped afterwards (custom patterns cannot
    // see the previous token cheaply).
    let n = 0;
    for (const t of res.tokens) if (t.tokenType !== newline || depth === 0) n++;
    return n;
  };
}

function walk(dir: string, exclude: string[], out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (!exclude.includes(name)) walk(p, exclude, out);
    } else if (name.endsWith(".py")) out.push(p);
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  const exclude: string[] = [];
  let rounds = 3;
  let dir = "";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--exclude") exclude.push(argv[++i]);
    else if (argv[i] === "--rounds") rounds = Number(argv[++i]);
    else dir = argv[i];
  }
  const files: string[] = [];
  walk(dir, exclude, files);
  const texts: string[] = [];
  for (const f of files) {
    try {
      texts.push(sourceText(readFileSync(f), f) + "\n");
    } catch {
      /* undecodable test data */
    }
  }
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  console.log(`${texts.length} files, ${mb.toFixed(1)} M characters, best of ${rounds} rounds`);
  const candidates: [string, (s: string) => number][] = [
    ["A chevrotain Lexer, custom indentation patterns", designA()],
    ["B chevrotain Lexer + indentation pass", designB()],
    ["C hand-written scanner (tokenizer.ts)", (s) => tokenize(s, "<bench>", true).tokens.length],
  ];
  for (const [label, fn] of candidates) {
    let best = Infinity;
    let count = 0;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      count = 0;
      for (const t of texts) count += fn(t);
      best = Math.min(best, performance.now() - t0);
    }
    console.log(`${label}: ${(best / 1000).toFixed(2)} s, ${count} tokens`);
  }
}

main();
