// Instances of classes whose solid base is `object`: a __dict__ (when the class has one) and
// the values of __slots__ (slot i holds `undefined` while unset).

import { PyObject, decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";

export class PyInstance extends PyObject {
  slots: (PyValue | undefined)[] | null;

  constructor(type: PyType) {
    super(type);
    this.slots = null;
  }

  override clearRefs(): void {
    // subtype_dealloc: slots are cleared before the instance dict.
    const slots = this.slots;
    if (slots !== null) {
      this.slots = null;
      for (const v of slots) if (v !== undefined) decref(v);
    }
    super.clearRefs();
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (this.slots !== null) for (const v of this.slots) if (typeof v === "object") visit(v);
    super.traverse(visit);
  }
}
