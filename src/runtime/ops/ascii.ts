// ascii(): repr() with every non-ASCII character escaped (PyObject_ASCII).

import type { PyValue } from "../object.js";
import { repr } from "./repr.js";

export function asciiEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

export function ascii(v: PyValue): string {
  return asciiEscape(repr(v));
}
