// float: a boxed double. (ints are JS numbers, so floats cannot be.)

import { PyObject } from "../object.js";
import type { PyType } from "../type.js";

export class PyFloat extends PyObject {
  constructor(type: PyType, readonly value: number) {
    super(type);
  }
}
