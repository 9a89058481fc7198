// Creating function objects (MAKE_FUNCTION): code, globals, closure cells, defaults, annotations.

import { decref, newref, type PyValue } from "../runtime/object.js";
import { PyCell, PyCode, PyFunction } from "../runtime/types/function.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { None, newTupleOwned } from "../runtime/values.js";
import * as T from "../runtime/typeobjects.js";
import { typeOf } from "../runtime/typeof.js";
import { newException, typeError } from "../runtime/errors.js";
import { defNew, parseArgs } from "../runtime/define.js";
import { vm } from "./vm.js";
import { builtinsFromGlobals } from "./imports.js";
import type { Frame, CodeImpl } from "./frame.js";
import type { ComprehensionInfo, FunctionInfo } from "./compile.js";

function closureOf(f: Frame, indexes: number[]): PyTuple | null {
  if (indexes.length === 0) return null;
  const cells: PyCell[] = indexes.map((i) => {
    const c = f.cells[i];
    c.rc++;
    return c;
  });
  return newTupleOwned(cells);
}

function moduleName(globals: PyDict): PyValue {
  const n = globals.getStr("__name__");
  if (n === undefined) return None;
  if (typeof n === "object") n.rc++;
  return n;
}

function newFunction(code: PyCode, f: Frame, closure: PyTuple | null, qualname: string): PyFunction {
  const impl = code.impl as CodeImpl;
  code.rc++;
  f.globals.rc++;
  f.builtins.rc++;
  const doc = impl.doc === null ? None : impl.doc;
  const fn = new PyFunction(code, f.globals, f.builtins, closure, doc, moduleName(f.globals));
  fn.qualname = qualname;
  return fn;
}

/** MAKE_FUNCTION: the stack keeps its references to defaults/kwdefaults/annotations; the function takes new ones. */
export function makeFunction(info: FunctionInfo, f: Frame, defaults: PyTuple | null, kwdefaults: PyDict | null, annotations: PyDict | null): PyFunction {
  const fn = newFunction(info.code, f, closureOf(f, info.closure), info.qualname);
  if (defaults !== null) {
    defaults.rc++;
    fn.defaults = defaults;
  }
  if (kwdefaults !== null) {
    kwdefaults.rc++;
    fn.kwdefaults = kwdefaults;
  }
  if (annotations !== null) {
    annotations.rc++;
    fn.annotations = annotations;
  }
  return fn;
}

export function makeComprehensionFunction(info: ComprehensionInfo, f: Frame): PyFunction {
  return newFunction(info.code, f, closureOf(f, info.closure), info.qualname);
}

/**
 * types.FunctionType(code, globals, name=None, argdefs=None, closure=None): CPython's func_new
 * (its argument messages included); builtins come from globals['__builtins__'] as
 * _PyEval_BuiltinsFromGlobals finds them.
 */
export function installFunctionNew(): void {
  defNew(T.functionType, (_cls, args, kwnames) => {
    const [code, globals, name, argdefs, closure] = parseArgs("function", args, kwnames, ["code", "globals", "name=", "argdefs=", "closure="]);
    if (!(code instanceof PyCode)) typeError(`function() argument 'code' must be code, not ${typeOf(code!).name}`);
    if (!(globals instanceof PyDict)) typeError(`function() argument 'globals' must be dict, not ${typeOf(globals!).name}`);
    if (name !== undefined && name !== None && typeof name !== "string") typeError("arg 3 (name) must be None or string");
    if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) typeError("arg 4 (defaults) must be None or tuple");
    const nfree = code.freevars.length;
    const hasClosure = closure !== undefined && closure !== None;
    if (hasClosure && !(closure instanceof PyTuple)) typeError("arg 5 (closure) must be None or tuple");
    const nclosure = hasClosure ? (closure as PyTuple).items.length : 0;
    if (nfree !== nclosure) {
      if (nfree > 0 && !hasClosure) typeError("arg 5 (closure) must be tuple");
      throw newException(T.valueErrorType, [`${code.name} requires closure of length ${nfree}, not ${nclosure}`]);
    }
    if (hasClosure) {
      for (const c of (closure as PyTuple).items) {
        if (!(c instanceof PyCell)) typeError(`arg 5 (closure) expected cell, found ${typeOf(c).name}`);
      }
    }
    const builtins = builtinsFromGlobals(globals);
    const impl = code.impl as CodeImpl;
    code.rc++;
    globals.rc++;
    builtins.rc++;
    if (hasClosure) (closure as PyTuple).rc++;
    const fn = new PyFunction(code, globals, builtins, hasClosure && nclosure > 0 ? (closure as PyTuple) : null, impl.doc === null ? None : impl.doc, moduleName(globals));
    if (hasClosure && nclosure === 0) decref(closure as PyTuple);
    if (typeof name === "string") fn.name = name;
    if (argdefs instanceof PyTuple) fn.defaults = newref(argdefs);
    return fn;
  });
}
