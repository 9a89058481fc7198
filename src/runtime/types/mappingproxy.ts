// mappingproxy: the read-only view type.__dict__ returns (over a type's namespace), and
// types.MappingProxyType over any mapping.

import { PyObject, decref, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import { mappingproxyType } from "../typeobjects.js";

export class MappingProxy extends PyObject {
  constructor(readonly target: PyType | PyValue) {
    super(mappingproxyType);
    if (typeof target === "object") target.rc++;
  }

  /** For a type's namespace: the live entries. */
  get isTypeNs(): boolean {
    return this.target instanceof PyType;
  }

  override clearRefs(): void {
    const t = this.target;
    if (typeof t === "object") decref(t);
  }
}
