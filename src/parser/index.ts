// The parser's public face: source text in, CPython-shaped AST out, or a PySyntaxError.
import type { Expression, FunctionType, Interactive, Module } from "./ast.js";
import { PySyntaxError } from "./errors.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type";
export interface ParseOptions {
  /** produce type_comment fields and TypeIgnore entries, like ast.parse(type_comments=True) */
  typeComments?: boolean;
}

export function parse(source: string | Uint8Array, filename: string, mode: "exec", options?: ParseOptions): Module;
export function parse(source: string | Uint8Array, filename: string, mode: "eval", options?: ParseOptions): Expression;
export function parse(source: string | Uint8Array, filename: string, mode: "single", options?: ParseOptions): Interactive;
export function parse(source: string | Uint8Array, filename: string, mode: ParseMode, options?: ParseOptions): Module | Expression | Interactive | FunctionType;
export function parse(_source: string | Uint8Array, filename: string, _mode: ParseMode, _options: ParseOptions = {}): Module | Expression | Interactive | FunctionType {
  throw new PySyntaxError("SyntaxError", "the parser is not written yet", filename, 1, 0, null, 1, 0);
}

export { PySyntaxError } from "./errors.js";
export { dump } from "./dump.js";
