// complex: a pair of doubles.

import { PyObject } from "../object.js";
import type { PyType } from "../type.js";

export class PyComplex extends PyObject {
  constructor(type: PyType, readonly real: number, readonly imag: number) {
    super(type);
  }
}
