// Warnings raised by native code (PyErr_WarnEx: DeprecationWarning, RuntimeWarning, ...) go
// through the Python warnings module, imported on first use, so that filters, registries and
// the stderr report behave as for warnings.warn().

import { decref, type PyObject } from "../object.js";
import { setWarnHandler } from "../hooks.js";
import { builtinObject } from "../types/iter-types.js";
import { call } from "../ops/call.js";
import { getAttr } from "../ops/attr.js";

let installed = false;

export function initWarnHandler(): void {
  if (installed) return;
  installed = true;
  setWarnHandler((category: PyObject, message: string, stacklevel: number) => {
    const imp = builtinObject("__import__");
    let mod;
    try {
      mod = call(imp, ["warnings"], null);
    } finally {
      decref(imp);
    }
    try {
      const warn = getAttr(mod, "warn");
      try {
        decref(call(warn, [message, category, stacklevel], null));
      } finally {
        decref(warn);
      }
    } finally {
      decref(mod);
    }
  });
}
