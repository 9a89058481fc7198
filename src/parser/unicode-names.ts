// Unicode character names for `\N{...}` escapes: name -> code point, decoded on first use
// (unicode-name-decode.ts); Hangul syllable names are computed from their jamo.
import { unicodeNameTables } from "./data/unicode-name-tables.js";
import { forEachUnicodeName, JAMO_L, JAMO_V, JAMO_T } from "./unicode-name-decode.js";

let table: Map<string, number> | null = null;

function build(): Map<string, number> {
  const map = new Map<string, number>();
  forEachUnicodeName((cp, name) => map.set(name, cp));
  return map;
}

function hangul(rest: string): number {
  // Longest-match split of the syllable name into initial, medial and final jamo.
  for (let l = 0; l < JAMO_L.length; l++) {
    if (!rest.startsWith(JAMO_L[l])) continue;
    const afterL = rest.slice(JAMO_L[l].length);
    for (let v = 0; v < JAMO_V.length; v++) {
      if (!afterL.startsWith(JAMO_V[v])) continue;
      const t = JAMO_T.indexOf(afterL.slice(JAMO_V[v].length));
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return -1;
}

/** The code point named `name` (case-insensitive, as `\N{}`), or -1. */
export function lookupName(name: string): number {
  const upper = name.toUpperCase();
  if (upper.startsWith("HANGUL SYLLABLE ")) return hangul(upper.slice(16));
  const dash = upper.lastIndexOf("-");
  if (dash > 0 && /^[0-9A-F]{4,5}$/.test(upper.slice(dash + 1))) {
    const prefix = upper.slice(0, dash);
    const cp = parseInt(upper.slice(dash + 1), 16);
    for (const [p, a, b] of unicodeNameTables().RANGES) if (p === prefix && cp >= a && cp <= b) return cp;
  }
  table ??= build();
  return table.get(upper) ?? -1;
}
