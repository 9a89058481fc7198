// The module type: construction, repr, __dict__, dir() and attribute access with PEP 562's
// module-level __getattr__ (handled in ops/attr.ts genericGetAttr).

import { decref, newref, type PyValue } from "../object.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newListOwned } from "../values.js";
import { newException, typeError } from "../errors.js";
import { defGetSet, defMethod, defNew, parseArgs } from "../define.js";
import { PyModule } from "./module.js";
import { repr, str } from "../ops/repr.js";
import { callMethod } from "../ops/call.js";
import { getAttr } from "../ops/attr.js";
import { PyDict } from "./dict.js";

function mod(self: PyValue): PyModule {
  if (!(self instanceof PyModule)) typeError(`descriptor requires a 'module' object but received a '${typeOf(self).name}'`);
  return self;
}

export function initModuleType(): void {
  const M = T.moduleType;
  defNew(M, (cls) => {
    const m = new PyModule("?", null, cls);
    // module.__new__ leaves an empty namespace; __init__ fills in __name__ and the rest
    m.dict.clear();
    m.fromPython = true;
    cls.rc++;
    return m;
  });
  defMethod(M, "__init__", (self, args, kwnames) => {
    const [name, doc] = parseArgs("module", args, kwnames, ["name", "doc="]);
    if (typeof name !== "string") typeError(`module() argument 'name' must be str, not ${typeOf(name).name}`);
    const d = mod(self).dict;
    d.set("__name__", name);
    d.set("__doc__", doc ?? None);
    d.set("__package__", None);
    d.set("__loader__", None);
    d.set("__spec__", None);
    return None;
  });
  defMethod(M, "__repr__", (self) => {
    const m = mod(self);
    const d = m.dict;
    const loader = d.getStr("__loader__");
    if (loader !== undefined && loader !== None) {
      try {
        const r = callMethod(loader, "module_repr", [m]);
        if (typeof r === "string") return r;
      } catch {
        // fall through to the default form
      }
    }
    const name = d.getStr("__name__");
    const nameText = typeof name === "string" ? `'${name}'` : "'?'";
    const file = d.getStr("__file__");
    if (typeof file === "string") return `<module ${nameText} from ${repr(file)}>`;
    if (name !== undefined && typeof name !== "string") return `<module ${repr(name)}>`;
    // importlib._module_repr: no spec, loader or file; pyframe's native modules stand for CPython's built-in ones
    return m.fromPython ? `<module ${nameText}>` : `<module ${nameText} (built-in)>`;
  });
  // moduleobject.c module_dir: the keys of whatever self.__dict__ gives (a subclass may override it)
  defMethod(M, "__dir__", (self) => {
    mod(self);
    const d = getAttr(self, "__dict__");
    try {
      if (!(d instanceof PyDict)) typeError("<module>.__dict__ is not a dictionary");
      const custom = d.getStr("__dir__");
      if (custom !== undefined) return callMethod(custom, "__call__", []);
      return newListOwned(d.keyList().map((k) => newref(k)));
    } finally {
      decref(d);
    }
  });
  // module_get_annotations / module_set_annotations (3.10+): the dict's __annotations__, made on demand
  defGetSet(M, "__annotations__", (self) => {
    const d = mod(self).dict;
    const a = d.getStr("__annotations__");
    if (a !== undefined) return newref(a);
    const made = new PyDict(T.dictType);
    d.set("__annotations__", made);
    return made;
  }, (self, v) => {
    const d = mod(self).dict;
    if (v !== undefined) {
      d.set("__annotations__", v);
      return;
    }
    const old = d.pop("__annotations__");
    if (old === undefined) throw newException(T.attributeErrorType, ["__annotations__"]);
    decref(old);
  });
  defGetSet(M, "__dict__", (self) => newref(mod(self).dict), () => {
    throw newException(T.attributeErrorType, ["readonly attribute"]); // a READONLY member
  });
  void str;
  void PyDict;
}
