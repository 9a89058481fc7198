// Raising inside the interpreter: turning whatever was thrown into a Python exception, implicit
// chaining (__context__, as _PyErr_SetObject does it), and traceback entries (PyTraceBack_Here).

import { PyObject, decref, type PyValue } from "../runtime/object.js";
import { PyException } from "../runtime/types/exception.js";
import { PyTraceback } from "../runtime/types/traceback.js";
import { isStackOverflow, newException } from "../runtime/errors.js";
import * as T from "../runtime/typeobjects.js";
import { newTuple, None } from "../runtime/values.js";
import { PySyntaxError } from "../parser/errors.js";
import { handledException } from "./state.js";
import type { Frame } from "./frame.js";
import type { Node } from "./nodes.js";

/** Set on an exception that left a nested run of the loop: it already has its context and tracebacks. */
export const FLAG_PROPAGATING = 1 << 8;

/** Debug aid: PYFRAME_DEBUG=1 prints JS stacks of internal errors. */
export const debugInternal = typeof process !== "undefined" && process.env?.PYFRAME_DEBUG === "1";

/** Converts anything thrown during execution into a Python exception (a new reference). */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof PySyntaxError) return syntaxErrorObject(e);
  if (isStackOverflow(e)) {
    return newException(T.recursionErrorType, ["maximum recursion depth exceeded"]);
  }
  if (debugInternal && e instanceof Error) console.error(e.stack);
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return newException(T.systemErrorType, [`pyframe internal error: ${msg}`]);
}

/** A Python SyntaxError (or subclass) instance for a parser/compiler error. */
export function syntaxErrorObject(e: PySyntaxError): PyException {
  const type = e.kind === "TabError" ? T.tabErrorType : e.kind === "IndentationError" ? T.indentationErrorType : T.syntaxErrorType;
  const details = newTuple([e.filename, e.lineno, e.offset, e.text === null ? None : e.text, e.end_lineno, e.end_offset ?? None]);
  const exc = newException(type, [e.msg, details]);
  decref(details);
  exc.setExtra("msg", e.msg);
  exc.setExtra("filename", e.filename);
  exc.setExtra("lineno", e.lineno);
  exc.setExtra("offset", e.offset);
  exc.setExtra("text", e.text === null ? None : e.text);
  exc.setExtra("end_lineno", e.end_lineno);
  exc.setExtra("end_offset", e.end_offset ?? None);
  exc.setExtra("print_file_and_line", None);
  return exc;
}

/**
 * Implicit chaining: the exception being handled (by default the topmost one, as sys.exc_info()
 * sees it) becomes the new one's __context__.
 */
export function setContext(exc: PyException, handled: PyValue | null = handledException()): void {
  if (handled === null || handled === exc || !(handled instanceof PyException)) return;
  // Break a cycle the new context would create (Floyd-free version: the chain is short).
  let o: PyException = handled;
  for (let guard = 0; guard < 10000; guard++) {
    const ctx = o.context;
    if (ctx === null) break;
    if (ctx === exc) {
      o.context = null;
      decref(ctx);
      break;
    }
    if (!(ctx instanceof PyException)) break;
    o = ctx;
  }
  handled.rc++;
  const old = exc.context;
  exc.context = handled;
  if (old !== null) decref(old);
}

/** Prepends a traceback entry for `frame` at `node` to the exception's traceback. */
export function addTraceback(exc: PyException, frame: Frame, node: Node): void {
  if (frame.code.nativeFrames) return;
  frame.rc++;
  const prev = exc.traceback as PyTraceback | null;
  // The new entry takes over the exception's reference to the previous head.
  exc.traceback = new PyTraceback(prev, frame, node);
}

export function isPyObject(v: unknown): v is PyObject {
  return v instanceof PyObject;
}

export type { PyValue };
