// tuple: an immutable sequence owning its items.

import { PyObject, decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";

export class PyTuple extends PyObject {
  constructor(type: PyType, readonly items: PyValue[]) {
    super(type);
  }

  override clearRefs(): void {
    super.clearRefs();
    const items = this.items;
    // tupledealloc releases items from last to first.
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    items.length = 0;
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const v of this.items) if (typeof v === "object") visit(v);
  }
}
