// type(v) for any PyValue, and the checks the fast paths use.

import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { boolType, intType, strType } from "./typeobjects.js";

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v.type;
  }
}

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}
