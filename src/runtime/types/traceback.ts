// Traceback entries (tb_next, tb_frame, tb_lineno, tb_lasti). The frame is an interpreter frame;
// `where` is the executable node that was running, so tracebacks can underline the exact
// sub-expression as CPython 3.11 does.

import { PyObject, decref, xdecref } from "../object.js";
import { tracebackType } from "../typeobjects.js";

export interface TracebackPosition {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export class PyTraceback extends PyObject {
  /** tb_lasti given to TracebackType(); null for an entry the interpreter made (no bytecode offset) */
  lasti: number | null = null;

  constructor(
    public next: PyTraceback | null,
    readonly frame: PyObject,
    readonly where: TracebackPosition,
  ) {
    super(tracebackType);
  }

  get lineno(): number {
    return this.where.line;
  }

  override clearRefs(): void {
    const n = this.next;
    this.next = null;
    xdecref(n);
    decref(this.frame);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.next !== null) visit(this.next);
    visit(this.frame);
  }
}
