// The Unicode name tables behind one function, so that a build can serve them from a file instead
// of its bundle: scripts/build.mjs does for the CLI's startup snapshot, which then holds neither
// the tables nor their source text (about 2 MB less memory in every run).
import { NAMES, RANGES, WORDS } from "./unicode-names.js";

export interface UnicodeNameTables {
  NAMES: string;
  RANGES: [string, number, number][];
  WORDS: string;
}

export function unicodeNameTables(): UnicodeNameTables {
  return { NAMES, RANGES, WORDS };
}
