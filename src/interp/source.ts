// The source text a code object came from: its lines (for tracebacks and SyntaxError text) and
// the conversion from the AST's UTF-8 byte columns to the character columns SyntaxError reports.

import { PySyntaxError, type SyntaxErrorKind } from "../parser/errors.js";

export class SourceInfo {
  readonly lines: string[];

  constructor(readonly filename: string, text: string) {
    // splitlines keeping ends, on \n, \r\n and \r as Python's tokenizer does
    this.lines = text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g) ?? [];
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] === "") this.lines.pop();
  }

  /** Line `lineno` (1-based) with its newline, or null. */
  line(lineno: number): string | null {
    const l = this.lines[lineno - 1];
    return l === undefined ? null : l.replace(/\r\n?$/, "\n");
  }

  /** Converts a UTF-8 byte column on a line to a character (code point) column. */
  charColumn(lineno: number, byteCol: number): number {
    const line = this.lines[lineno - 1];
    if (line === undefined) return byteCol;
    let bytes = 0;
    let chars = 0;
    for (const ch of line) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars++;
    }
    return chars;
  }

  /** A SyntaxError at an AST node's position, as the compiler reports it. */
  errorAt(
    node: { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null },
    msg: string,
    kind: SyntaxErrorKind = "SyntaxError",
  ): PySyntaxError {
    const lineno = node.lineno;
    const offset = this.charColumn(lineno, node.col_offset) + 1;
    const endLineno = node.end_lineno ?? lineno;
    const endOffset = node.end_col_offset === null || node.end_col_offset === undefined ? 0 : this.charColumn(endLineno, node.end_col_offset) + 1;
    return new PySyntaxError(kind, msg, this.filename, lineno, offset, programText(this.filename, lineno), endLineno, endOffset);
  }
}

/** Reads a file's text for compiler errors; set by the interpreter (null: no files). */
let readText: ((path: string) => string | null) | null = null;
export function setProgramTextReader(f: (path: string) => string | null): void {
  readText = f;
}

/**
 * PyErr_ProgramTextObject: the compiler (unlike the parser) takes an error's source line from the
 * file named `filename`, so code compiled from a string ("<string>", "<stdin>") has text None.
 */
function programText(filename: string, lineno: number): string | null {
  if (readText === null || filename.startsWith("<")) return null;
  const text = readText(filename);
  if (text === null) return null;
  const lines = new SourceInfo(filename, text);
  return lines.line(lineno);
}
