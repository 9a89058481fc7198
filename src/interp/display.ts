// sys.displayhook: how the REPL (and compile(..., "single")) shows an expression's value.

import { decref, type PyValue } from "../runtime/object.js";
import { None } from "../runtime/values.js";
import { newException } from "../runtime/errors.js";
import * as T from "../runtime/typeobjects.js";
import { call } from "../runtime/ops/call.js";
import { vm } from "./vm.js";

export function displayHook(v: PyValue): void {
  const hook = vm.sys.dict.getStr("displayhook");
  if (hook !== undefined) {
    decref(call(hook, [v], null));
    return;
  }
  defaultDisplayHook(v);
}

/** sys.__displayhook__ */
export function defaultDisplayHook(v: PyValue): void {
  if (v === None) return;
  vm.builtins.set("_", None);
  const out = vm.sys.dict.getStr("stdout");
  if (out === undefined || out === None) throw newException(T.runtimeErrorType, ["lost sys.stdout"]);
  // sys_displayhook: the repr and the newline are written separately
  const write = getWrite(out);
  try {
    decref(call(write, [reprOf(v)], null));
    decref(call(write, ["\n"], null));
  } finally {
    decref(write);
  }
  vm.builtins.set("_", v);
}

import { repr } from "../runtime/ops/repr.js";
import { getAttr } from "../runtime/ops/attr.js";
function reprOf(v: PyValue): string {
  return repr(v);
}
function getWrite(out: PyValue): PyValue {
  return getAttr(out, "write");
}
