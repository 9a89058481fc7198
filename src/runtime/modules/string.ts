// The _string module (Objects/unicodeobject.c formatter_parser / formatter_field_name_split):
// str.format's parser exposed to string.Formatter.

import type { PyValue } from "../object.js";
import { None, newTupleOwned, newListOwned } from "../values.js";
import { typeError } from "../errors.js";
import { PyModule } from "../types/module.js";
import { PyStrSubclass } from "../types/boxed.js";
import { typeOf } from "../typeof.js";
import { getIter } from "../ops/iter.js";
import { markupPieces, splitFieldName } from "../ops/strformat.js";
import { defFn, unpackCount } from "./modutil.js";

function strArg(name: string, v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSubclass) return v.value;
  return typeError(`${name}() argument must be str, not ${typeOf(v).name}`);
}

export function createStringNativeModule(): PyModule {
  const m = new PyModule("_string", "string helper module");
  defFn(m, "formatter_parser", (args, kw) => {
    unpackCount("formatter_parser", args.length, 1, 1);
    const s = strArg("formatter_parser", args[0]);
    const items: PyValue[] = [];
    for (const p of markupPieces(s)) {
      if (p.fieldName === null) items.push(newTupleOwned([p.literal, None, None, None]));
      else items.push(newTupleOwned([p.literal, p.fieldName, p.formatSpec, p.conversion === "" ? None : p.conversion]));
    }
    void kw;
    const list = newListOwned(items);
    try {
      return getIter(list);
    } finally {
      list.rc--;
    }
  }, "parse the argument as a format string");
  defFn(m, "formatter_field_name_split", (args) => {
    unpackCount("formatter_field_name_split", args.length, 1, 1);
    const s = strArg("formatter_field_name_split", args[0]);
    const { first, firstIndex, rest } = splitFieldName(s);
    const steps = rest.map((st) => newTupleOwned([st.isAttr, st.isAttr || st.index < 0 ? st.name : st.index]));
    const list = newListOwned(steps);
    let it: PyValue;
    try {
      it = getIter(list);
    } finally {
      list.rc--;
    }
    return newTupleOwned([firstIndex >= 0 ? firstIndex : first, it]);
  }, "split the argument as a field name");
  return m;
}
