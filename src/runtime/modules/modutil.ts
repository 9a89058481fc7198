// Small helpers shared by the standard-library modules written in TypeScript (operator,
// itertools, _functools, _collections, _json, _random): creating their types and functions and
// binding arguments the way CPython's C modules do.

import { immortal, newref, decref, type PyValue } from "../object.js";
import { Layout, PyType, TPFLAG_BASETYPE, TPFLAG_IMMUTABLE, TPFLAG_HAS_WEAKREF, TPFLAG_HAS_DICT, TPFLAG_HEAPTYPE } from "../type.js";
import { defGetSet } from "../define.js";
import { PyDict } from "../types/dict.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { typeError } from "../errors.js";
import { builtinFunction } from "../define.js";
import type { PyModule } from "../types/module.js";
import { None } from "../values.js";

/**
 * A type implemented in TypeScript, as a static C type: not a heap type, attributes of the type
 * itself immutable; `subclassable` sets Py_TPFLAGS_BASETYPE.
 */
export function newNativeType(name: string, module: string, subclassable: boolean, base: PyType = T.objectType, doc: string | null = null): PyType {
  const flags = TPFLAG_IMMUTABLE | TPFLAG_HAS_WEAKREF | (subclassable ? TPFLAG_BASETYPE : 0);
  // tp_name carries the module, as CPython's static types' names do (error messages show
  // 'collections.deque'); __name__ and __qualname__ are the short name.
  const t = new PyType(T.typeType, module === "builtins" ? name : `${module}.${name}`, [base], base === T.objectType ? Layout.Object : base.layout, flags);
  t.qualname = name;
  t.mro = [t, ...base.mro];
  t.module = module;
  t.solidBase = base === T.objectType ? T.objectType : base.solidBase;
  t.ns.set("__module__", module);
  t.ns.set("__doc__", doc === null ? None : doc);
  immortal(t);
  return t;
}

/** _PyType_Name: the type's name without its module (what reprs like "deque([...])" show). */
export function shortName(t: PyType): string {
  return t.tflags & TPFLAG_HEAPTYPE ? t.name : t.name.slice(t.name.lastIndexOf(".") + 1);
}

/** Gives a native type's instances a __dict__ (created lazily), with the `__dict__` descriptor. */
export function withInstanceDict(t: PyType): void {
  t.tflags |= TPFLAG_HAS_DICT;
  defGetSet(t, "__dict__", (self) => {
    if (typeof self !== "object") typeError("no __dict__");
    if (self.dict === null) self.dict = new PyDict(T.dictType);
    return newref(self.dict);
  }, (self, value) => {
    if (typeof self !== "object") typeError("no __dict__");
    if (value === undefined) typeError("cannot delete __dict__");
    if (!(value instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
    const old = self.dict;
    value.rc++;
    self.dict = value;
    if (old !== null) decref(old);
  });
}

/** Adds a module-level builtin function. */
export function defFn(m: PyModule, name: string, fn: (args: PyValue[], kwnames: string[] | null) => PyValue, doc: string | null = null): void {
  const mod = m.dict.getStr("__name__");
  m.dict.set(name, builtinFunction(name, fn, typeof mod === "string" ? mod : null, doc));
}

export function kwCount(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

/** Raises "<name>() takes no keyword arguments" when keywords were passed (_PyArg_NoKeywords). */
export function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
}

/**
 * Splits a call's arguments into positionals and a name->value map of keywords (borrowed).
 */
export function splitArgs(args: PyValue[], kwnames: string[] | null): [PyValue[], Map<string, PyValue>] {
  const n = kwCount(kwnames);
  const pos = n === 0 ? args : args.slice(0, args.length - n);
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < n; i++) kw.set(kwnames![i], args[args.length - n + i]);
  return [pos, kw];
}

/** PyArg_UnpackTuple's count check: "<name> expected at least/at most/N argument(s), got M". */
export function unpackCount(name: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  if (min === max) typeError(`${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/**
 * Binds arguments as Argument Clinic's _PyArg_UnpackKeywords does (for tp_new and
 * METH_FASTCALL|METH_KEYWORDS functions), with its messages. The spec is like parseArgs's:
 * ["iterable", "r=", "*", "initial="]; "/" ends positional-only parameters. Values are
 * borrowed; missing optionals are undefined.
 */
export function clinicArgs(fname: string, args: PyValue[], kwnames: string[] | null, spec: readonly string[]): (PyValue | undefined)[] {
  const names: string[] = [];
  const optional: boolean[] = [];
  let posonly = 0;
  let maxpos = -1;
  for (const s of spec) {
    if (s === "/") {
      posonly = names.length;
      continue;
    }
    if (s === "*") {
      maxpos = names.length;
      continue;
    }
    const opt = s.endsWith("=");
    names.push(opt ? s.slice(0, -1) : s);
    optional.push(opt);
  }
  if (maxpos < 0) maxpos = names.length;
  const maxargs = names.length;
  let minpos = 0;
  while (minpos < maxpos && !optional[minpos]) minpos++;
  const nkw = kwCount(kwnames);
  const nargs = args.length - nkw;
  if (nargs + nkw > maxargs) {
    typeError(`${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) typeError(`${fname}() takes no positional arguments`);
    typeError(`${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
  }
  if (nargs < posonly && nargs < minpos) {
    const n = Math.min(posonly, minpos);
    typeError(`${fname}() takes ${n < maxpos ? "at least" : "exactly"} ${n} positional argument${n === 1 ? "" : "s"} (${nargs} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const idx = names.indexOf(name);
    if (idx < posonly) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    if (idx < nargs) typeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[nargs + k];
  }
  for (let i = 0; i < names.length; i++) {
    if (out[i] !== undefined || optional[i]) continue;
    if (i < maxpos) typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    typeError(`${fname}() missing required keyword-only argument '${names[i]}'`);
  }
  return out;
}
