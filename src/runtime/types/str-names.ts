// Code point -> Unicode name (unicodedata.name, the namereplace error handler), decoded on first
// use from the table the parser uses for \N{...} (src/parser/unicode-name-decode.ts).

import { unicodeNameTables } from "../../parser/data/unicode-name-tables.js";
import { forEachUnicodeName, JAMO_L, JAMO_V, JAMO_T } from "../../parser/unicode-name-decode.js";

let table: Map<number, string> | null = null;

function build(): Map<number, string> {
  const map = new Map<number, string>();
  forEachUnicodeName((cp, name) => map.set(cp, name));
  return map;
}

/** The Unicode name of code point `cp` (Unicode 14.0, as CPython 3.11), or null. */
export function unicodeName(cp: number): string | null {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  for (const [prefix, a, b] of unicodeNameTables().RANGES) {
    if (cp >= a && cp <= b) return prefix + "-" + cp.toString(16).toUpperCase().padStart(4, "0");
  }
  table ??= build();
  return table.get(cp) ?? null;
}
