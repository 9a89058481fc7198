// Calling Python functions from native code, and the end of objects' lives: __del__ (PEP 442,
// once per object, resurrection honoured), generator finalization, weakref callbacks, and
// "Exception ignored in:" reports (PyErr_WriteUnraisable).

import { PyObject, FLAG_FINALIZED, decref, setFinalizer, type PyValue } from "../runtime/object.js";
import { TPFLAG_HEAPTYPE, type PyType } from "../runtime/type.js";
import { None } from "../runtime/values.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { vm } from "./vm.js";
import { hooks } from "../runtime/hooks.js";
import { recursionError } from "../runtime/errors.js";
import { PyFunction } from "../runtime/types/function.js";
import { PyGenerator } from "../runtime/types/generator.js";
import { PyException } from "../runtime/types/exception.js";
import { call } from "../runtime/ops/call.js";
import { repr } from "../runtime/ops/repr.js";
import { clearWeakrefs } from "../runtime/types/weakref.js";
import { newFrame, type CodeImpl } from "./frame.js";
import { bindArgs, releaseLocals } from "./bind.js";
import { enterFrame, run, setupCells } from "./run.js";
import { finalizeGenerator, newGenerator } from "./generators.js";
import { ts } from "./state.js";
import { printUnraisable } from "./traceback.js";
import { addTraceback } from "./exceptions.js";

/** Calls a Python function with arguments from native code: a nested run of the loop. */
export function callFunction(fn: PyFunction, args: PyValue[], kwnames: string[] | null): PyValue {
  const code = fn.code.impl as CodeImpl;
  const nf = newFrame(code, fn);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  try {
    bindArgs(fn, code, nf.locals, args, 0, npos, kwnames);
    setupCells(nf, fn, code);
  } catch (e) {
    releaseLocals(nf.locals);
    decref(nf);
    throw e;
  }
  fn.rc++;
  nf.func = fn;
  if (code.isGenerator || code.isCoroutine || code.isAsyncGenerator) return newGenerator(nf, fn);
  try {
    enterFrame(nf, null);
  } catch (e) {
    decref(nf);
    throw e;
  }
  nf.sp = -1;
  nf.csp = 0;
  nf.ctrl[0] = code.body;
  return run(nf, null);
}

function finalize(o: PyObject): boolean {
  if (o instanceof PyGenerator) {
    // gen_dealloc: weak references go first, then the generator is closed if suspended.
    if (o.weakrefs !== null) clearWeakrefs(o);
    if (o.frame === null) return false;
    o.rc = 1;
    finalizeGenerator(o);
    if (--o.rc > 0) return true;
    return false;
  }
  const t = o.type;
  if (t.tflags & TPFLAG_HEAPTYPE && !(o.flags & FLAG_FINALIZED)) {
    const del = t.lookup("__del__");
    if (del !== undefined) {
      o.flags |= FLAG_FINALIZED;
      o.rc = 1;
      try {
        decref(call(del, [o], null));
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        writeUnraisable(e, null, del);
        decref(e);
      }
      if (--o.rc > 0) return true; // resurrected
    }
  }
  if (o.weakrefs !== null) clearWeakrefs(o);
  return false;
}

/** sys.__unraisablehook__ (set by sys-interp.ts): writeUnraisable skips building its argument. */
export let defaultUnraisableHook: PyValue | null = null;
export function setDefaultUnraisableHook(f: PyValue): void {
  defaultUnraisableHook = f;
}

/**
 * _PyErr_WriteUnraisableMsg: calls sys.unraisablehook with UnraisableHookArgs(exc_type, exc_value,
 * exc_traceback, err_msg, object); the default hook (or a missing/None one) writes
 * "Exception ignored in: <obj>" plus the traceback on stderr. `errMsg` replaces "Exception ignored in".
 */
export function writeUnraisable(exc: PyObject, errMsg: string | null, obj: PyValue | null): void {
  const e = exc as PyException;
  // an exception raised by native code has no traceback yet: it gets the running frame's entry
  if (e.traceback === null && ts.frame !== null) addTraceback(e, ts.frame, ts.frame.cur);
  const hook = vm.sys?.dict.getStr("unraisablehook");
  if (hook !== undefined && hook !== None && hook !== defaultUnraisableHook && unraisableArgsType !== null) {
    const tb = e.traceback;
    e.type.rc++;
    e.rc++;
    if (tb !== null) tb.rc++;
    if (typeof obj === "object" && obj !== null) obj.rc++;
    unraisableArgsType.rc++;
    const args = new PyTuple(unraisableArgsType, [e.type, e, tb ?? None, errMsg ?? None, obj ?? None]);
    try {
      decref(call(hook, [args], null));
      return;
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      // the hook failed: report its own error with the default hook (ignoring further failures)
      defaultWriteUnraisable(err, "Exception ignored in sys.unraisablehook", hook);
      decref(err);
      return;
    } finally {
      decref(args);
    }
  }
  defaultWriteUnraisable(e, errMsg, obj);
}

/** write_unraisable_exc_file: "<err_msg or 'Exception ignored in'>: <repr(obj)>", traceback, exception. */
export function defaultWriteUnraisable(exc: PyException, errMsg: string | null, obj: PyValue | null): void {
  let where: string | null = null;
  if (obj !== null && obj !== None) {
    let r: string;
    try {
      r = repr(obj);
    } catch (e) {
      if (e instanceof PyException) decref(e);
      r = "<object repr() failed>";
    }
    where = errMsg !== null ? `${errMsg}: ${r}` : `Exception ignored in: ${r}`;
  } else if (errMsg !== null) {
    where = `${errMsg}:`;
  }
  printUnraisable(exc, where);
}

let unraisableArgsType: PyType | null = null;
export function setUnraisableArgsType(t: PyType): void {
  unraisableArgsType = t;
}

export function initLifecycle(): void {
  hooks.callFunction = callFunction;
  hooks.currentFrame = () => ts.frame;
  hooks.writeUnraisable = writeUnraisable;
  hooks.enterRecursiveCall = (where) => {
    // _Py_EnterRecursiveCall / _Py_CheckRecursiveCall (3.11)
    if (++ts.depth > ts.recursionLimit) {
      ts.depth--;
      throw recursionError(where);
    }
  };
  hooks.leaveRecursiveCall = () => {
    ts.depth--;
  };
  setFinalizer({ finalize });
}
