// Module objects: a namespace dict with __name__, __doc__, __package__, __loader__, __spec__.

import { PyObject } from "../object.js";
import { moduleType, dictType } from "../typeobjects.js";
import type { PyType } from "../type.js";
import { PyDict } from "./dict.js";
import { None } from "../values.js";

export class PyModule extends PyObject {
  declare dict: PyDict;
  /** made by calling the module type from Python (its repr has no "(built-in)" without a loader or file) */
  fromPython: boolean;

  constructor(name: string, doc: string | null = null, type: PyType = moduleType) {
    super(type);
    const d = new PyDict(dictType);
    d.set("__name__", name);
    d.set("__doc__", doc === null ? None : doc);
    d.set("__package__", None);
    d.set("__loader__", None);
    d.set("__spec__", None);
    this.dict = d;
    this.fromPython = false;
  }

  get name(): string {
    const n = this.dict?.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
}
