// classmethod, staticmethod and property: the descriptor types users create.

import { PyObject, xdecref, decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";

export class PyClassMethod extends PyObject {
  constructor(type: PyType, public callable: PyValue) {
    super(type);
  }

  override clearRefs(): void {
    super.clearRefs();
    decref(this.callable);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.callable === "object") visit(this.callable);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(type: PyType, public callable: PyValue) {
    super(type);
  }

  override clearRefs(): void {
    super.clearRefs();
    decref(this.callable);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (typeof this.callable === "object") visit(this.callable);
  }
}

export class PyProperty extends PyObject {
  fget: PyValue | null;
  fset: PyValue | null;
  fdel: PyValue | null;
  doc: PyValue | null;
  /** set by __set_name__, for error messages ("property 'x' of 'C' object has no setter") */
  name: PyValue | null;
  /** the doc came from fget (getter_doc): a copy with a new getter takes the new getter's */
  getterDoc = false;

  constructor(type: PyType, fget: PyValue | null, fset: PyValue | null, fdel: PyValue | null, doc: PyValue | null) {
    super(type);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
    this.name = null;
  }

  override clearRefs(): void {
    super.clearRefs();
    const refs = [this.fget, this.fset, this.fdel, this.doc, this.name];
    this.fget = this.fset = this.fdel = this.doc = this.name = null;
    for (const r of refs) xdecref(r);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const r of [this.fget, this.fset, this.fdel, this.doc]) if (typeof r === "object" && r !== null) visit(r);
  }
}
