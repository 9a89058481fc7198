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

export const typeError = (msg: string): never => raise(T.typeErrorType, msg);
export const valueError = (msg: string): never => raise(T.valueErrorType, msg);
export const indexError = (msg: string): never => raise(T.indexErrorType, msg);
export const overflowError = (msg: string): never => raise(T.overflowErrorType, msg);
export const zeroDivisionError = (msg: string): never => raise(T.zeroDivisionErrorType, msg);
export const runtimeError = (msg: string): never => raise(T.runtimeErrorType, msg);
export const systemError = (msg: string): never => raise(T.systemErrorType, msg);
export const notImplementedError = (msg: string): never => raise(T.notImplementedErrorType, msg);

export function keyError(key: PyValue): never {
  throw newException(T.keyErrorType, [key]);
}

/** True when a thrown JS value is a Python exception (as opposed to an internal JS error). */
export function isPyException(e: unknown): e is PyException {
  return e instanceof PyException;
}
