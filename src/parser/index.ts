// The parser's public face: source text in, CPython-shaped AST out, or a PySyntaxError.
import { TypeIgnore, type Expression, type FunctionType, type Interactive, type Module } from "./ast.js";
import { PySyntaxError } from "./errors.js";
import { PyParser } from "./parser.js";
import { decodeSource, translateNewlines } from "./source.js";
import { tokenize, type SourceWarning, type TokenizeResult } from "./tokenizer.js";
import { translateError } from "./diagnose.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type";
export interface ParseOptions {
  /** produce type_comment fields and TypeIgnore entries, like ast.parse(type_comments=True) */
  typeComments?: boolean;
  /**
   * Reports each warning of the tokenizer (`1if x else y`: "invalid decimal literal"), in source
   * order, before parsing. It may throw (the warning's `error` when a filter makes it an error).
   */
  onWarning?: (w: SourceWarning) => void;
}

let parser: PyParser | null = null;
let validate = false;

/** Build the grammar with chevrotain's validations (tests do; start-up skips them). */
export function enableGrammarValidation(): void {
  validate = true;
  parser = null;
}

/** The one parser instance, built on first use (chevrotain's `input` setter resets it per parse). */
export function getParser(): PyParser {
  parser ??= new PyParser(!validate);
  return parser;
}

/** Decoded, newline-translated source text, as CPython's tokenizer sees it. */
export function sourceText(source: string | Uint8Array, filename: string): string {
  let text: string;
  // A str source keeps a leading U+FEFF (only a file's UTF-8 BOM is dropped), as compile() does.
  if (typeof source === "string") text = source;
  else text = decodeSource(source, filename);
  return translateNewlines(text);
}

/**
 * A script read from a file with a NUL byte: the file tokenizer's report (line and text up to the
 * NUL, no caret), not compile()'s "source code string ..." one. Null when there is no NUL.
 */
export function scriptNullByteError(source: string | Uint8Array, filename: string): PySyntaxError | null {
  const text = sourceText(source, filename);
  const at = text.indexOf("\0");
  if (at < 0) return null;
  const lineStart = text.lastIndexOf("\n", at) + 1;
  let lineno = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) lineno++;
  return new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, lineno, 0, text.slice(lineStart, at), lineno, 0);
}

export function parse(source: string | Uint8Array, filename: string, mode: "exec", options?: ParseOptions): Module;
export function parse(source: string | Uint8Array, filename: string, mode: "eval", options?: ParseOptions): Expression;
export function parse(source: string | Uint8Array, filename: string, mode: "single", options?: ParseOptions): Interactive;
export function parse(source: string | Uint8Array, filename: string, mode: ParseMode, options?: ParseOptions): Module | Expression | Interactive | FunctionType;
export function parse(source: string | Uint8Array, filename: string, mode: ParseMode, options: ParseOptions = {}): Module | Expression | Interactive | FunctionType {
  let text = sourceText(source, filename);
  if (text.indexOf("\0") >= 0) {
    throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 1, 0, null, 1, 0);
  }
  // The tokenizer reads a final newline into the last line, as CPython's does for string input.
  if (mode !== "func_type" && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += "\n";
  const typeComments = options.typeComments === true;
  let tok: TokenizeResult;
  try {
    tok = tokenize(text, filename, typeComments);
  } catch (e) {
    // Never a JavaScript exception out of parse(): see translateError.
    const err = new PySyntaxError("SyntaxError", "invalid syntax", filename, 1, 0, null, 1, 0);
    Object.defineProperty(err, "cause", { value: e });
    throw err;
  }
  if (options.onWarning !== undefined) for (const w of tok.warnings) options.onWarning(w);
  const p = getParser();
  p.resetSource(text, filename);
  p.input = tok.tokens;
  let result: Module | Expression | Interactive | FunctionType | undefined;
  try {
    switch (mode) {
      case "exec":
        result = p.file();
        break;
      case "eval":
        result = p.eval();
        break;
      case "single":
        result = p.interactive();
        break;
      case "func_type":
        result = p.func_type();
        break;
    }
  } catch (e) {
    reportParserWarnings(p.sourceWarnings, options);
    throw translateError(p, tok, e);
  }
  reportParserWarnings(p.sourceWarnings, options);
  if (p.errors.length > 0 || result === undefined) throw translateError(p, tok, p.errors[0]);
  if (result._type === "Module") {
    for (const ti of tok.typeIgnores) result.type_ignores.push(new TypeIgnore(ti.lineno, ti.tag));
  }
  return result;
}

/** The warnings met while parsing, in source order (before a syntax error the parse ended with). */
function reportParserWarnings(warnings: SourceWarning[], options: ParseOptions): void {
  if (options.onWarning === undefined || warnings.length === 0) return;
  warnings.sort((a, b) => a.error.lineno - b.error.lineno || a.error.offset - b.error.offset);
  for (const w of warnings) options.onWarning(w);
}

export { PySyntaxError } from "./errors.js";
export type { SourceWarning } from "./tokenizer.js";
export { dump } from "./dump.js";
