// Raising Python exceptions from native code. A raised exception travels as a thrown JS value:
// the PyException itself (not a JS Error, so no JS stack trace is captured). The run loop
// catches it and unwinds Python frames; native code that must clean up uses try/finally.

import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { PyException } from "./types/exception.js";
import { newTuple } from "./values.js";
import * as T from "./typeobjects.js";

/** A new exception instance of a builtin exception type with the given args (borrowed). */
export function newException(type: PyType, args: readonly PyValue[]): PyException {
  return new PyException(type, newTuple(args));
}

export function raise(type: PyType, msg?: string): never {
  throw newException(type, msg === undefined ? [] : [msg]);
}

export function typeError(msg: string): never {
  return raise(T.typeErrorType, msg);
}
export function valueError(msg: string): never {
  return raise(T.valueErrorType, msg);
}
export function indexError(msg: string): never {
  return raise(T.indexErrorType, msg);
}
export function overflowError(msg: string): never {
  return raise(T.overflowErrorType, msg);
}
export function zeroDivisionError(msg: string): never {
  return raise(T.zeroDivisionErrorType, msg);
}
export function runtimeError(msg: string): never {
  return raise(T.runtimeErrorType, msg);
}
export function systemError(msg: string): never {
  return raise(T.systemErrorType, msg);
}
export function notImplementedError(msg: string): never {
  return raise(T.notImplementedErrorType, msg);
}

export function keyError(key: PyValue): never {
  throw newException(T.keyErrorType, [key]);
}

/** True when a thrown JS value is a Python exception (as opposed to an internal JS error). */
export function isPyException(e: unknown): e is PyException {
  return e instanceof PyException;
}

/**
 * Whether a JavaScript error is the engine running out of stack (nested native calls into Python
 * code, as CPython recurses in C). Near the stack's end even a RegExp cannot be compiled: V8 then
 * throws "Invalid regular expression: ...: Stack overflow", so no regular expression is used here.
 */
export function isStackOverflow(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  try {
    const m = e.message;
    return (e instanceof RangeError && m.includes("call stack")) || m.includes("Stack overflow");
  } catch {
    return e instanceof RangeError;
  }
}

/** RecursionError "maximum recursion depth exceeded" + `where` (_Py_CheckRecursiveCall's message). */
export function recursionError(where: string): PyException {
  return newException(T.recursionErrorType, ["maximum recursion depth exceeded" + where]);
}

/**
 * What a native recursion point (Py_EnterRecursiveCall(where)) rethrows: a JS stack overflow met
 * below it, before the recursion limit, is reported as reaching the limit there.
 */
export function asRecursionError(e: unknown, where: string): unknown {
  return isStackOverflow(e) ? recursionError(where) : e;
}
