// Unicode character names for `\N{...}` escapes, decoded on first use from the compact table that
// scripts/gen-unicode-names.py generates from CPython 3.11's unicodedata (see that script for the format).
// Hangul syllable names are computed (Unicode 3.12, "Conjoining Jamo Behavior"), as unicodedata does.
import { unicodeNameTables } from "./data/unicode-name-tables.js";

const TERM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr";
const CONT = "stuvwxyz0123456789!#%&()*+,-./:;<=>?@[]^_{|}";

let table: Map<string, number> | null = null;

function build(): Map<string, number> {
  const digit = new Int8Array(128).fill(-1);
  const isTerm = new Uint8Array(128);
  for (let i = 0; i < 44; i++) {
    digit[TERM.charCodeAt(i)] = i;
    isTerm[TERM.charCodeAt(i)] = 1;
    digit[CONT.charCodeAt(i)] = i;
  }
  const { NAMES, WORDS } = unicodeNameTables();
  const words = WORDS.split(" ");
  const map = new Map<string, number>();
  let p = 0;
  let cp = -1;
  const readInt = (): number => {
    let n = 0;
    for (;;) {
      const c = NAMES.charCodeAt(p++);
      n = n * 44 + digit[c];
      if (isTerm[c]) return n;
    }
  };
  while (p < NAMES.length) {
    cp += readInt() + 1;
    let name = "";
    while (NAMES.charCodeAt(p) !== 32) name += (name ? " " : "") + words[readInt()];
    p++;
    map.set(name, cp);
  }
  return map;
}

const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

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
