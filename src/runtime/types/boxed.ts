// Instances of user subclasses of int and str (class MyInt(int), IntEnum members, str enums):
// the builtin value plus the instance __dict__ and slots. Exact ints and strs are JS primitives.

import type { PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { PyInstance } from "./instance.js";

export class PyIntSubclass extends PyInstance {
  constructor(type: PyType, readonly value: number | bigint) {
    super(type);
  }
}

export class PyStrSubclass extends PyInstance {
  constructor(type: PyType, readonly value: string) {
    super(type);
  }
}

export function isBoxed(v: PyValue): v is PyIntSubclass | PyStrSubclass {
  return v instanceof PyIntSubclass || v instanceof PyStrSubclass;
}
