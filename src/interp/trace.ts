// sys.settrace: the events CPython 3.11 gives a trace function, raised by the run loop only while
// a trace function is installed (one check of ts.tracefunc, so tracing costs nothing otherwise).
//
// As in CPython's trace_trampoline: the 'call' event goes to the global trace function and its
// result becomes the frame's f_trace; 'line', 'return' and 'exception' go to f_trace, whose
// non-None results replace it. A trace function that raises is uninstalled (sys.settrace(None))
// and its exception propagates. Trace functions are not traced themselves.
//
// Line events follow CPython's rule "the line changed, or a jump went backwards" at statement
// granularity: a statement whose line differs from the last one reported, a loop head on every
// iteration after the first (the backward jump), an except clause when its type is tested.
// Instructions of one multi-line statement on other lines do not produce events of their own.

import { decref, incref, type PyValue } from "../runtime/object.js";
import { None, newTupleOwned } from "../runtime/values.js";
import { call } from "../runtime/ops/call.js";
import { PyException } from "../runtime/types/exception.js";
import { IMPLICIT_RETURN, OP, Node } from "./nodes.js";
import type { Frame } from "./frame.js";
import { ts } from "./state.js";

function uninstall(): void {
  const old = ts.tracefunc;
  ts.tracefunc = null;
  if (old !== null) decref(old);
}

/** Calls `fn(frame, event, arg)`; a non-None result becomes the frame's local trace function. */
function dispatch(fn: PyValue, f: Frame, event: string, arg: PyValue): void {
  ts.tracing = true;
  let r: PyValue;
  try {
    r = call(fn, [f, event, arg], null);
  } catch (e) {
    uninstall();
    const old = f.trace;
    f.trace = null;
    if (old !== null) decref(old);
    throw e;
  } finally {
    ts.tracing = false;
  }
  if (r === None) return;
  const old = f.trace;
  f.trace = r;
  if (old !== null) decref(old);
}

/** The 'call' event, when frame `f` starts or a generator resumes in it. */
export function traceCall(f: Frame): void {
  if (ts.tracing) return;
  const fn = ts.tracefunc!;
  const code = f.code;
  const fresh = f.cur === code.body;
  // before its first statement a frame stands on its def line
  if (fresh) f.cur = code.startNode ?? (code.startNode = new Node(OP.NOP, code.firstlineno, 0, code.firstlineno + 1, 0));
  try {
    incref(fn); // the trace function may uninstall itself
    dispatch(fn, f, "call", None);
    // a class body starts by setting __module__ and __qualname__ on its `class` line
    if (fresh && code.prologueLine >= 0 && f.trace !== null && ts.tracefunc !== null) {
      lineEvent(f, new Node(OP.NOP, code.prologueLine, 0, code.prologueLine, 0));
    }
  } finally {
    if (fresh) f.cur = code.body;
    decref(fn);
  }
}

/** The statement `stmt` is about to run: a 'line' event if its line is not the one last reported. */
export function traceLine(f: Frame, stmt: Node): void {
  f.traceStmt = stmt;
  if (f.trace === null || ts.tracing || stmt.line === f.traceLine || stmt.s === IMPLICIT_RETURN) return;
  lineEvent(f, stmt);
}

/** A loop head runs again (CPython's backward jump): always a 'line' event. */
export function traceLoopHead(f: Frame, head: Node): void {
  if (f.traceStmt === head) {
    // the first test of the loop: its line was just reported for the statement
    f.traceStmt = null;
    return;
  }
  if (f.trace === null || ts.tracing) return;
  lineEvent(f, head);
}

/** A 'line' event at `line` for a clause that is not a statement (except). */
export function traceClause(f: Frame, at: Node): void {
  if (f.trace === null || ts.tracing || at.line === f.traceLine) return;
  lineEvent(f, at);
}

function lineEvent(f: Frame, at: Node): void {
  const saved = f.cur;
  f.cur = at;
  f.traceLine = at.line;
  const fn = f.trace!;
  incref(fn);
  try {
    dispatch(fn, f, "line", None);
  } finally {
    decref(fn);
    f.cur = saved;
  }
}

/** The 'return' event: the frame returns `value` (None when an exception ends it) or yields it. */
export function traceReturn(f: Frame, value: PyValue): void {
  if (f.trace === null || ts.tracing) return;
  const fn = f.trace;
  incref(fn);
  const saved = f.cur;
  // falling off the end: f_lineno stays on the last line that ran
  if (saved.op === OP.RETURN && saved.s === IMPLICIT_RETURN && f.traceLine >= 0) f.cur = new Node(OP.NOP, f.traceLine, 0, f.traceLine, 0);
  try {
    dispatch(fn, f, "return", value);
  } finally {
    f.cur = saved;
    decref(fn);
  }
}

/** The 'exception' event: `exc` was raised in `f` or reached it from a callee. */
export function traceException(f: Frame, exc: PyException): void {
  if (f.trace === null || ts.tracing) return;
  const fn = f.trace;
  incref(fn);
  exc.rc++;
  exc.type.rc++;
  const tb = exc.traceback ?? None;
  if (typeof tb === "object") tb.rc++;
  const arg = newTupleOwned([exc.type, exc, tb]);
  try {
    dispatch(fn, f, "exception", arg);
  } finally {
    decref(arg);
    decref(fn);
  }
}
