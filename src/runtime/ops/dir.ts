// dir(obj): the sorted names from type(obj).__dir__(obj).

import { decref, type PyValue } from "../object.js";
import { typeError } from "../errors.js";
import { callSpecial } from "./attr.js";
import { iterToArray } from "./iter.js";
import { typeOf } from "../typeof.js";

export function dirOf(obj: PyValue): string[] {
  const r = callSpecial(obj, "__dir__", []);
  if (r === undefined) typeError(`'${typeOf(obj).name}' object has no __dir__`);
  let items: PyValue[];
  try {
    items = iterToArray(r);
  } finally {
    decref(r);
  }
  const names = items.filter((x): x is string => typeof x === "string");
  for (const x of items) decref(x);
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
