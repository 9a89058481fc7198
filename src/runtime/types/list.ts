// list: a mutable sequence owning its items.

import { PyObject, decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";

export class PyList extends PyObject {
  /** __slots__ values of a subclass's instances (null when there are none) */
  slots: (PyValue | undefined)[] | null;

  constructor(type: PyType, public items: PyValue[]) {
    super(type);
    this.slots = null;
  }

  override clearRefs(): void {
    // subtype_dealloc: slots, then the instance dict, then the list's own items
    clearSlots(this);
    super.clearRefs();
    const items = this.items;
    this.items = [];
    // list_dealloc releases items from last to first.
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    traverseSlots(this, visit);
    for (const v of this.items) if (typeof v === "object") visit(v);
  }
}

/** Gives a new instance of `type` its __slots__ storage when the class declares slots. */
export function initSlots(o: { slots: (PyValue | undefined)[] | null }, type: PyType): void {
  const names = type.slotNames;
  if (names !== null && names.length > 0) o.slots = new Array(names.length).fill(undefined);
}

export function clearSlots(o: { slots: (PyValue | undefined)[] | null }): void {
  const slots = o.slots;
  if (slots === null) return;
  o.slots = null;
  for (const v of slots) if (v !== undefined) decref(v);
}

export function traverseSlots(o: { slots: (PyValue | undefined)[] | null }, visit: (o: PyObject) => void): void {
  if (o.slots !== null) for (const v of o.slots) if (typeof v === "object") visit(v);
}
