// slice objects (start, stop, step), and the index arithmetic of PySlice_GetIndicesEx.

import { PyObject, decref, type PyValue } from "../object.js";
import { sliceType } from "../typeobjects.js";

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(sliceType);
  }

  override clearRefs(): void {
    decref(this.start);
    decref(this.stop);
    decref(this.step);
  }
}
