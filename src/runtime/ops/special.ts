// Calling a special method already found on a type, with `self` first.

import type { PyValue } from "../object.js";
import { callDescriptorMethod } from "./attr.js";

export function callSpecialFound(f: PyValue, self: PyValue, ...args: PyValue[]): PyValue {
  return callDescriptorMethod(f, self, args);
}
