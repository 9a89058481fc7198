// The SyntaxError family as the parser reports it: CPython's class name, message and position
// (lineno and 1-based character offsets, as SyntaxError.lineno/offset/end_lineno/end_offset).

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    /** 1-based character offset of the error's start in `text`, 0 when unknown */
    readonly offset: number,
    /** the source line, with its newline, or null */
    readonly text: string | null,
    readonly end_lineno: number,
    /** null when unknown (PyErr_SyntaxLocationObject leaves SyntaxError.end_offset None) */
    readonly end_offset: number | null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}
