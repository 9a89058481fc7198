// What the runtime needs from the interpreter, which sits above it (ARCHITECTURE.md: data flows
// source -> AST -> code -> frames -> objects, so the runtime cannot import src/interp). The
// interpreter fills these in when it starts.

import type { PyObject, PyValue } from "./object.js";
import type { PyFunction } from "./types/function.js";

export interface InterpreterHooks {
  /** Calls a Python function from native code (a nested run of the interpreter loop). */
  callFunction(func: PyFunction, args: PyValue[], kwnames: string[] | null): PyValue;
  /** Resumes a generator/coroutine from native code: send(value) or throw(exc). */
  resume(gen: PyObject, value: PyValue, exc: PyObject | null): { done: boolean; value: PyValue };
  /** The frame currently running, for sys._getframe, super() and tracebacks (null at top level). */
  currentFrame(): PyObject | null;
  /** Writes an "Exception ignored in: ..." report, as PyErr_WriteUnraisable. */
  writeUnraisable(exc: PyObject, context: string | null, obj: PyValue | null): void;
  /**
   * Py_EnterRecursiveCall: one more level of native recursion, counted against
   * sys.getrecursionlimit() together with the Python frames (one counter in 3.11); raises
   * RecursionError "maximum recursion depth exceeded" + `where` past the limit. Every successful
   * call is paired with leaveRecursiveCall().
   */
  enterRecursiveCall(where: string): void;
  leaveRecursiveCall(): void;
}

export const hooks: InterpreterHooks = {
  callFunction: () => {
    throw new Error("interpreter not started");
  },
  resume: () => {
    throw new Error("interpreter not started");
  },
  currentFrame: () => null,
  writeUnraisable: () => {},
  enterRecursiveCall: () => {},
  leaveRecursiveCall: () => {},
};

/**
 * PyErr_WarnEx from native code: warnings.warn(message, category, stacklevel). The warnings
 * machinery installs the handler with setWarnHandler; until then warnings are dropped. The
 * handler raises (throws) when a filter turns the warning into an error.
 */
let warnHandler: ((category: PyObject, message: string, stacklevel: number) => void) | null = null;

export function setWarnHandler(f: ((category: PyObject, message: string, stacklevel: number) => void) | null): void {
  warnHandler = f;
}

export function warn(category: PyObject, message: string, stacklevel = 1): void {
  if (warnHandler !== null) warnHandler(category, message, stacklevel);
}
