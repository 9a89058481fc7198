// Decoding of the compact Unicode name table (scripts/gen-unicode-names.py describes the format),
// shared by the parser's `\N{...}` lookup (name -> code point) and the runtime's unicodedata.name
// and namereplace (code point -> name). Hangul syllable names are computed from their jamo
// (Unicode 3.12, "Conjoining Jamo Behavior"), as unicodedata does.
import { unicodeNameTables } from "./data/unicode-name-tables.js";

const TERM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr";
const CONT = "stuvwxyz0123456789!#%&()*+,-./:;<=>?@[]^_{|}";

/** Calls `visit` with every named code point and its name, in code point order. */
export function forEachUnicodeName(visit: (cp: number, name: string) => void): void {
  const digit = new Int8Array(128).fill(-1);
  const isTerm = new Uint8Array(128);
  for (let i = 0; i < 44; i++) {
    digit[TERM.charCodeAt(i)] = i;
    isTerm[TERM.charCodeAt(i)] = 1;
    digit[CONT.charCodeAt(i)] = i;
  }
  const { NAMES, WORDS } = unicodeNameTables();
  const words = WORDS.split(" ");
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
    visit(cp, name);
  }
}

/** Initial, medial and final jamo of Hangul syllable names, in code point order. */
export const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
export const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
export const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];
