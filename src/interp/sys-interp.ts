// The parts of sys that read or change the interpreter's state: exc_info/exception, _getframe,
// the recursion limit, settrace/setprofile, excepthook/displayhook, asyncgen hooks.

import { decref, newref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { typeOf } from "../runtime/typeof.js";
import { None, newTupleOwned } from "../runtime/values.js";
import { newException, typeError, valueError } from "../runtime/errors.js";
import { builtinFunction, checkArgCount, noKwargs } from "../runtime/define.js";
import { structSeqType } from "../runtime/modules/sys.js";
import { PyTuple as PyTupleClass, type PyTuple } from "../runtime/types/tuple.js";
import type { PyType } from "../runtime/type.js";
import { defaultWriteUnraisable, setDefaultUnraisableHook, setUnraisableArgsType } from "./lifecycle.js";
import { PyException } from "../runtime/types/exception.js";
import { call } from "../runtime/ops/call.js";
import { indexValue } from "../runtime/modules/builtins.js";
import type { PyModule } from "../runtime/types/module.js";
import { handledException, ts } from "./state.js";
import { defaultDisplayHook } from "./display.js";
import { printException } from "./traceback.js";

/** sys.unraisablehook's argument: UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object) */
let unraisableArgs: PyType | null = null;

export function installSysInterp(sys: PyModule): void {
  const d = sys.dict;
  if (unraisableArgs === null) {
    unraisableArgs = structSeqType("builtins", "UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]);
    setUnraisableArgsType(unraisableArgs);
  }
  const fns: [string, (args: PyValue[], kwnames: string[] | null) => PyValue][] = [
    ["exc_info", (args, kw) => {
      checkArgCount("sys.exc_info", args, kw, 0, 0);
      const e = handledException();
      if (e === null) return newTupleOwned([None, None, None]);
      const exc = e as PyException;
      return newTupleOwned([newref(exc.type), newref(exc), exc.traceback === null ? None : newref(exc.traceback)]);
    }],
    ["exception", (args, kw) => {
      checkArgCount("sys.exception", args, kw, 0, 0);
      const e = handledException();
      return e === null ? None : newref(e);
    }],
    ["_getframe", (args, kw) => {
      checkArgCount("_getframe", args, kw, 0, 1);
      let depth = args.length > 0 ? Number(indexValue(args[0])) : 0;
      let f = ts.frame;
      while (depth > 0 && f !== null) {
        f = f.prev;
        depth--;
      }
      if (f === null) valueError("call stack is not deep enough");
      return newref(f);
    }],
    ["getrecursionlimit", (args, kw) => {
      checkArgCount("sys.getrecursionlimit", args, kw, 0, 0);
      return ts.recursionLimit;
    }],
    ["setrecursionlimit", (args, kw) => {
      checkArgCount("sys.setrecursionlimit", args, kw, 1, 1);
      const v = args[0];
      if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") {
        typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
      }
      const big = indexValue(v);
      if (big > 2147483647 || big < -2147483648) throw newException(T.overflowErrorType, ["Python int too large to convert to C int"]);
      const n = Number(big);
      if (n < 1) valueError("recursion limit must be greater or equal than 1");
      if (n <= ts.depth) {
        throw newException(T.recursionErrorType, [`cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`]);
      }
      ts.recursionLimit = n;
      return None;
    }],
    ["settrace", (args, kw) => {
      checkArgCount("sys.settrace", args, kw, 1, 1);
      const old = ts.tracefunc;
      ts.tracefunc = args[0] === None ? null : newref(args[0]);
      if (old !== null) decref(old);
      return None;
    }],
    ["gettrace", () => (ts.tracefunc === null ? None : newref(ts.tracefunc))],
    ["setprofile", (args, kw) => {
      checkArgCount("sys.setprofile", args, kw, 1, 1);
      const old = ts.profilefunc;
      ts.profilefunc = args[0] === None ? null : newref(args[0]);
      if (old !== null) decref(old);
      return None;
    }],
    ["getprofile", () => (ts.profilefunc === null ? None : newref(ts.profilefunc))],
    ["call_tracing", (args, kw) => {
      checkArgCount("call_tracing", args, kw, 2, 2);
      const a = args[1];
      if (!(a instanceof PyTupleClass)) typeError(`call_tracing() argument 2 must be tuple, not ${typeOf(a).name}`);
      return call(args[0], a.items, null);
    }],
    ["__excepthook__", (args, kw) => {
      checkArgCount("excepthook", args, kw, 3, 3);
      const exc = args[1];
      if (exc instanceof PyException) printException(exc);
      else typeError("TypeError: print_exception(): Exception expected for value, " + typeOf(exc).name + " found");
      return None;
    }],
    ["__unraisablehook__", (args, kw) => {
      noKwargs("sys.unraisablehook", kw);
      if (args.length !== 1) typeError(`sys.unraisablehook() takes exactly one argument (${args.length} given)`);
      const a = args[0];
      if (typeOf(a) !== unraisableArgs) typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
      const [, value, , msg, obj] = (a as PyTuple).items;
      if (value instanceof PyException) defaultWriteUnraisable(value, typeof msg === "string" ? msg : null, obj);
      return None;
    }],
    ["__displayhook__", (args, kw) => {
      checkArgCount("sys.displayhook", args, kw, 1, 1);
      defaultDisplayHook(args[0]);
      return None;
    }],
    ["set_asyncgen_hooks", (args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const pos = args.slice(0, args.length - nkw);
      let firstiter: PyValue | undefined = pos[0];
      let finalizer: PyValue | undefined = pos[1];
      kwnames?.forEach((k, i) => {
        if (k === "firstiter") firstiter = args[pos.length + i];
        else if (k === "finalizer") finalizer = args[pos.length + i];
        else typeError(`set_asyncgen_hooks() got an unexpected keyword argument '${k}'`);
      });
      if (finalizer !== undefined && finalizer !== None && typeOf(finalizer).lookup("__call__") === undefined) {
        typeError(`callable finalizer expected, got ${typeOf(finalizer).name}`);
      }
      if (firstiter !== undefined && firstiter !== None && typeOf(firstiter).lookup("__call__") === undefined) {
        typeError(`callable firstiter expected, got ${typeOf(firstiter).name}`);
      }
      if (finalizer !== undefined) {
        if (ts.asyncgenFinalizer !== null) decref(ts.asyncgenFinalizer);
        ts.asyncgenFinalizer = finalizer === None ? null : newref(finalizer);
      }
      if (firstiter !== undefined) {
        if (ts.asyncgenFirstiter !== null) decref(ts.asyncgenFirstiter);
        ts.asyncgenFirstiter = firstiter === None ? null : newref(firstiter);
      }
      return None;
    }],
    ["get_asyncgen_hooks", () => newTupleOwned([ts.asyncgenFirstiter === null ? None : newref(ts.asyncgenFirstiter), ts.asyncgenFinalizer === null ? None : newref(ts.asyncgenFinalizer)])],
  ];
  for (const [name, fn] of fns) {
    const f = builtinFunction(name.startsWith("__") ? name.slice(2, -2) : name, fn, "sys");
    d.set(name, f);
  }
  d.set("excepthook", d.getStr("__excepthook__")!);
  d.set("unraisablehook", d.getStr("__unraisablehook__")!);
  setDefaultUnraisableHook(d.getStr("__unraisablehook__")!);
  d.set("displayhook", d.getStr("__displayhook__")!);
}
