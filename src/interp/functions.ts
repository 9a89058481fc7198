// Creating function objects (MAKE_FUNCTION): code, globals, closure cells, defaults, annotations.

import type { PyValue } from "../runtime/object.js";
import { PyFunction, type PyCell } from "../runtime/types/function.js";
import type { PyDict } from "../runtime/types/dict.js";
import type { PyTuple } from "../runtime/types/tuple.js";
import { None, newTupleOwned } from "../runtime/values.js";
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

function newFunction(code: import("../runtime/types/function.js").PyCode, f: Frame, closure: PyTuple | null, qualname: string): PyFunction {
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
