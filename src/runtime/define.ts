// Helpers for defining builtin types' methods and attributes, and for parsing the arguments
// native functions receive (PyArg_ParseTupleAndKeywords, Argument Clinic's checks and messages).

import { type PyValue, immortal } from "./object.js";
import { PyType } from "./type.js";
import { typeError } from "./errors.js";
import { MethodKind, PyBuiltinFunction, PyGetSetDescriptor, PyMethodDescriptor, type NativeMethod } from "./types/native.js";
import { typeOf } from "./typeof.js";

/** Adds a method to a builtin type's namespace. */
export function defMethod(type: PyType, name: string, fn: NativeMethod, doc: string | null = null, kind: MethodKind = MethodKind.Instance): PyMethodDescriptor {
  const d = immortal(new PyMethodDescriptor(name, type, fn, kind, doc));
  type.ns.set(name, d);
  type.modified();
  return d;
}

export function defClassMethod(type: PyType, name: string, fn: NativeMethod, doc: string | null = null): PyMethodDescriptor {
  return defMethod(type, name, fn, doc, MethodKind.Class);
}

export function defStaticMethod(type: PyType, name: string, fn: NativeMethod, doc: string | null = null): PyMethodDescriptor {
  return defMethod(type, name, fn, doc, MethodKind.Static);
}

/** tp_new as CPython exposes it: a builtin `__new__` bound to the type, called as __new__(cls, ...). */
export function defNew(type: PyType, fn: (cls: PyType, args: PyValue[], kwnames: string[] | null) => PyValue): void {
  const f = immortal(
    new PyBuiltinFunction("__new__", (_self, args, kwnames) => {
      const cls = args[0];
      if (cls === undefined) typeError(`${type.name}.__new__(): not enough arguments`);
      if (!(cls instanceof PyType)) typeError(`${type.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
      const sub = cls;
      if (!sub.isSubtypeOf(type)) typeError(`${type.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${type.name}`);
      return fn(sub, args.slice(1), kwnames);
    }, type, null, null, type),
  );
  type.ns.set("__new__", f);
  type.modified();
}

export function defGetSet(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue | undefined) => void) | null = null,
  doc: string | null = null,
): void {
  type.ns.set(name, immortal(new PyGetSetDescriptor(name, type, get, set, doc)));
  type.modified();
}

/** A read-only member (a READONLY entry of a builtin type's tp_members): a member_descriptor. */
export function defMember(type: PyType, name: string, get: (self: PyValue) => PyValue, doc: string | null = null): void {
  type.ns.set(name, immortal(new PyGetSetDescriptor(name, type, get, null, doc, true)));
  type.modified();
}

/** A module-level builtin function. */
export function builtinFunction(name: string, fn: (args: PyValue[], kwnames: string[] | null) => PyValue, module: string | null = "builtins", doc: string | null = null): PyBuiltinFunction {
  return immortal(new PyBuiltinFunction(name, (_self, args, kwnames) => fn(args, kwnames), null, module, doc, null));
}

// ---- argument parsing ---------------------------------------------------------------------

/** Raises CPython's error for a function that takes no keyword arguments. */
export function noKwargs(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${fname}() takes no keyword arguments`);
}

/** Checks a positional-only argument count (METH_VARARGS style messages). */
export function checkArgCount(fname: string, args: PyValue[], kwnames: string[] | null, min: number, max: number): void {
  noKwargs(fname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) typeError(`${fname}() takes no arguments (${n} given)`);
    if (min === 1) typeError(`${fname}() takes exactly one argument (${n} given)`);
    typeError(`${fname} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n < min) typeError(`${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  typeError(`${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

export interface ParsedArgs {
  [name: string]: PyValue | undefined;
}

/**
 * Binds arguments by a signature like ["x", "y=", "*", "key=", "reverse="]: names without "="
 * are required, "/" ends positional-only ones, "*" starts keyword-only ones. Messages follow
 * Argument Clinic's. Values are borrowed; missing optionals are undefined.
 */
export function parseArgs(fname: string, args: PyValue[], kwnames: string[] | null, spec: readonly string[]): PyValue[] & { [k: number]: PyValue | undefined } {
  const params: { name: string; optional: boolean; posonly: boolean; kwonly: boolean }[] = [];
  let posonlyEnd = -1;
  let kwonly = false;
  for (const s of spec) {
    if (s === "/") {
      posonlyEnd = params.length;
      continue;
    }
    if (s === "*") {
      kwonly = true;
      continue;
    }
    const optional = s.endsWith("=");
    params.push({ name: optional ? s.slice(0, -1) : s, optional, posonly: false, kwonly });
  }
  for (let i = 0; i < posonlyEnd; i++) params[i].posonly = true;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxPos = params.filter((p) => !p.kwonly).length;
  const out: (PyValue | undefined)[] = new Array(params.length).fill(undefined);
  // Argument Clinic: only positional-only parameters -> _PyArg_CheckPositional (or METH_O for one)
  if (params.length > 0 && params.every((p) => p.posonly)) {
    const minArgs = params.filter((p) => !p.optional).length;
    if (nkw > 0) typeError(`${fname}() takes no keyword arguments`);
    if (npos < minArgs || npos > params.length) {
      if (minArgs === 1 && params.length === 1) typeError(`${fname}() takes exactly one argument (${npos} given)`);
      const bare = fname.slice(fname.lastIndexOf(".") + 1);
      if (minArgs === params.length) typeError(`${bare} expected ${minArgs} argument${minArgs === 1 ? "" : "s"}, got ${npos}`);
      if (npos < minArgs) typeError(`${bare} expected at least ${minArgs} argument${minArgs === 1 ? "" : "s"}, got ${npos}`);
      typeError(`${bare} expected at most ${params.length} argument${params.length === 1 ? "" : "s"}, got ${npos}`);
    }
  }
  // _PyArg_UnpackKeywords' checks, in its order
  if (npos + nkw > params.length) {
    const m = params.length;
    typeError(`${fname}() takes at most ${m} ${npos === 0 ? "keyword " : ""}argument${m === 1 ? "" : "s"} (${npos + nkw} given)`);
  }
  if (npos > maxPos) {
    const minPos = params.filter((p) => !p.kwonly && !p.optional).length;
    if (maxPos === 0) typeError(`${fname}() takes no positional arguments`);
    if (minPos === maxPos) typeError(`${fname}() takes ${maxPos === 1 ? "exactly one" : `exactly ${maxPos}`} positional argument${maxPos === 1 ? "" : "s"} (${npos} given)`);
    typeError(`${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? "" : "s"} (${npos} given)`);
  }
  if (nkw > 0) {
    const minPosonly = params.filter((q) => q.posonly && !q.optional).length;
    if (npos < minPosonly) {
      typeError(`${fname}() takes ${minPosonly < maxPos ? "at least" : "exactly"} ${minPosonly} positional argument${minPosonly === 1 ? "" : "s"} (${npos} given)`);
    }
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const idx = params.findIndex((p) => p.name === name && !p.posonly);
    if (idx < 0) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[idx] !== undefined) typeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (out[i] === undefined && !p.optional) {
      if (p.kwonly || i >= npos) {
        if (p.posonly || !p.kwonly) {
          // _PyArg_UnpackKeywords: too few positional-only arguments, else a missing named one
          const minPosonly = params.filter((q) => q.posonly && !q.optional).length;
          if (p.posonly) {
            if (minPosonly === 1 && maxPos === 1) typeError(`${fname}() takes exactly one argument (${npos} given)`);
            typeError(`${fname}() takes ${minPosonly < maxPos ? "at least" : "exactly"} ${minPosonly} positional argument${minPosonly === 1 ? "" : "s"} (${npos} given)`);
          }
          typeError(`${fname}() missing required argument '${p.name}' (pos ${i + 1})`);
        }
        typeError(`${fname}() missing required keyword-only argument: '${p.name}'`);
      }
    }
  }
  return out as PyValue[];
}
