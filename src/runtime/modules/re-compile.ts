// Python regular expressions as JavaScript RegExps: the tree from re-parse.ts written out in the
// 'v' (unicodeSets) syntax, with Python's meaning made explicit where the two languages differ:
// '.' excludes only '\n', '^'/'$'/'\A'/'\Z' are lookarounds (Python's '$' also matches before a
// final newline; MULTILINE lines end only at '\n'), '\d'/'\w'/'\s'/'\b' follow str.isdecimal,
// str.isalnum and str.isspace (or ASCII), atomic groups and possessive repeats become
// (?=(...))\N, and scoped (?i:...) flags expand letters into classes. Conditional groups
// (?(1)...) have no JavaScript equivalent and are refused.

import {
  FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_UNICODE,
  MAXREPEAT, RegexSyntaxError, type Category, type Node, type Parsed, type SetItem,
} from "./re-parse.js";

export interface Compiled {
  /** sticky (match at lastIndex) and global (search from lastIndex) forms */
  sticky: RegExp;
  search: RegExp;
  /** JavaScript group index of each Python group (index 0 unused) */
  groupMap: number[];
}

const WORD_U = "\\p{L}\\p{N}_";
const WORD_A = "A-Za-z0-9_";
// str.isspace(): bidirectional classes WS, B, S and category Zs
const SPACE_U = "\\t-\\r\\u{1C}-\\u{20}\\u{85}\\u{A0}\\u{1680}\\u{2000}-\\u{200A}\\u{2028}\\u{2029}\\u{202F}\\u{205F}\\u{3000}";
const SPACE_A = "\\t-\\r ";

function hex(c: number): string {
  return `\\u{${c.toString(16)}}`;
}

/** A literal outside a class. */
function litOut(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) return String.fromCharCode(c);
  return hex(c);
}

/** A literal inside a class (v mode reserves most punctuation there). */
function litIn(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return hex(c);
}

/** The code points that match c case-insensitively (closure over lower/upper mappings). */
function caseVariants(c: number): number[] {
  const out = new Set<number>([c]);
  const add = (s: string) => {
    const cps = Array.from(s);
    if (cps.length === 1) out.add(cps[0].codePointAt(0)!);
  };
  for (let round = 0; round < 2; round++) {
    for (const v of [...out]) {
      const ch = String.fromCodePoint(v);
      add(ch.toLowerCase());
      add(ch.toUpperCase());
    }
  }
  // the few simple foldings lower()/upper() miss
  const extra: Record<number, number[]> = { 0x6b: [0x212a], 0x4b: [0x212a], 0x212a: [0x6b, 0x4b], 0x73: [0x17f], 0x53: [0x17f], 0x17f: [0x73, 0x53] };
  for (const e of extra[c] ?? []) out.add(e);
  return [...out].sort((a, b) => a - b);
}

interface Ctx {
  flags: number;
  /** expand letters by hand where IGNORECASE is on (scoped flags) instead of the JS 'i' flag */
  manualCase: boolean;
  isText: boolean;
}

class Emitter {
  jsGroups: number;
  readonly groupMap: number[];

  constructor(groups: number, startGroups: number) {
    this.jsGroups = startGroups;
    this.groupMap = new Array(groups + 1).fill(0);
  }

  ascii(ctx: Ctx): boolean {
    return !ctx.isText || (ctx.flags & FLAG_ASCII) !== 0 || (ctx.flags & FLAG_LOCALE) !== 0;
  }

  /** The class body (no brackets) of a category, or a full class for negations. */
  catClass(cat: Category, ctx: Ctx): string {
    const a = this.ascii(ctx);
    switch (cat) {
      case "d": return a ? "[0-9]" : "\\p{Nd}";
      case "D": return a ? "[^0-9]" : "\\P{Nd}";
      case "w": return a ? `[${WORD_A}]` : `[${WORD_U}]`;
      case "W": return a ? `[^${WORD_A}]` : `[^${WORD_U}]`;
      case "s": return a ? `[${SPACE_A}\\u{B}\\u{C}]` : `[${SPACE_U}]`;
      case "S": return a ? `[^${SPACE_A}\\u{B}\\u{C}]` : `[^${SPACE_U}]`;
    }
  }

  lit(c: number, ctx: Ctx): string {
    if (ctx.manualCase && (ctx.flags & FLAG_IGNORECASE) !== 0) {
      const vs = this.ascii(ctx) ? asciiVariants(c) : caseVariants(c);
      if (vs.length > 1) return `[${vs.map(litIn).join("")}]`;
    }
    return litOut(c);
  }

  setItems(items: SetItem[], ctx: Ctx): string {
    let out = "";
    const ci = ctx.manualCase && (ctx.flags & FLAG_IGNORECASE) !== 0;
    for (const it of items) {
      if (it.k === "lit") {
        if (ci) for (const v of this.ascii(ctx) ? asciiVariants(it.c) : caseVariants(it.c)) out += litIn(v);
        else out += litIn(it.c);
      } else if (it.k === "range") {
        out += `${litIn(it.lo)}-${litIn(it.hi)}`;
        if (ci) {
          if (it.hi - it.lo <= 2000) {
            const seen = new Set<number>();
            for (let c = it.lo; c <= it.hi; c++) for (const v of caseVariants(c)) if (v < it.lo || v > it.hi) seen.add(v);
            for (const v of seen) out += litIn(v);
          } else {
            out += "\\p{L}";
          }
        }
      } else {
        out += this.catClass(it.cat, ctx);
      }
    }
    return out;
  }

  emit(n: Node, ctx: Ctx): string {
    switch (n.k) {
      case "lit":
        return this.lit(n.c, ctx);
      case "any":
        return (ctx.flags & FLAG_DOTALL) !== 0 ? "[\\s\\S]" : "[^\\n]";
      case "cat":
        return this.catClass(n.cat, ctx);
      case "set": {
        const body = this.setItems(n.items, ctx);
        if (body === "") return n.neg ? "[\\s\\S]" : "[]";
        return `[${n.neg ? "^" : ""}${body}]`;
      }
      case "seq":
        return n.items.map((x) => this.emit(x, ctx)).join("");
      case "alt":
        return `(?:${n.items.map((x) => this.emit(x, ctx)).join("|")})`;
      case "group": {
        const js = ++this.jsGroups;
        this.groupMap[n.index] = js;
        return `(${this.emit(n.body, ctx)})`;
      }
      case "flags": {
        const inner: Ctx = { ...ctx, flags: (ctx.flags | n.add) & ~n.del };
        return `(?:${this.emit(n.body, inner)})`;
      }
      case "atomic":
        return this.atomic(n.body, ctx);
      case "look": {
        const kind = n.behind ? (n.neg ? "(?<!" : "(?<=") : n.neg ? "(?!" : "(?=";
        return `${kind}${this.emit(n.body, ctx)})`;
      }
      case "rep": {
        if (n.mode === "possessive") return this.atomic({ k: "rep", min: n.min, max: n.max, mode: "greedy", body: n.body }, ctx);
        const body = `(?:${this.emit(n.body, ctx)})`;
        let q: string;
        if (n.min === 0 && n.max === MAXREPEAT) q = "*";
        else if (n.min === 1 && n.max === MAXREPEAT) q = "+";
        else if (n.min === 0 && n.max === 1) q = "?";
        else if (n.max === MAXREPEAT) q = `{${n.min},}`;
        else if (n.min === n.max) q = `{${n.min}}`;
        else q = `{${n.min},${n.max}}`;
        return body + q + (n.mode === "lazy" ? "?" : "");
      }
      case "at":
        return this.anchor(n.at, ctx);
      case "ref":
        return `(?:\\${this.groupMap[n.group]})`;
      case "cond":
        throw new RegexSyntaxError("conditional groups (?(...)...) are not supported", null);
    }
  }

  atomic(body: Node, ctx: Ctx): string {
    const js = ++this.jsGroups;
    return `(?=(${this.emit(body, ctx)}))(?:\\${js})`;
  }

  anchor(at: string, ctx: Ctx): string {
    const multi = (ctx.flags & FLAG_MULTILINE) !== 0;
    switch (at) {
      case "bol":
        return multi ? "(?:(?<![\\s\\S])|(?<=\\n))" : "(?<![\\s\\S])";
      case "eol":
        return multi ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))";
      case "A":
        return "(?<![\\s\\S])";
      case "Z":
        return "(?![\\s\\S])";
      default: {
        const w = this.ascii(ctx) ? `[${WORD_A}]` : `[${WORD_U}]`;
        if (at === "b") return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
        // sre: \B never matches in an empty string
        return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))(?:(?=[\\s\\S])|(?<=[\\s\\S]))`;
      }
    }
  }
}

function asciiVariants(c: number): number[] {
  if (c >= 0x41 && c <= 0x5a) return [c, c + 32];
  if (c >= 0x61 && c <= 0x7a) return [c - 32, c];
  return [c];
}

/** Whether some (?i:...) / (?-i:...) scope changes IGNORECASE. */
function scopedCase(n: Node): boolean {
  switch (n.k) {
    case "flags":
      if ((n.add | n.del) & FLAG_IGNORECASE) return true;
      return scopedCase(n.body);
    case "seq":
    case "alt":
      return n.items.some(scopedCase);
    case "group":
    case "atomic":
    case "look":
    case "rep":
      return scopedCase(n.body);
    case "cond":
      return scopedCase(n.yes) || (n.no !== null && scopedCase(n.no));
    default:
      return false;
  }
}

export type Variant = "plain" | "full" | "nonempty";

/** RegExp source and flags for the pattern; `variant` adds fullmatch's end check or the
 * "must not be empty at the start position" check used after an empty match. */
export function toRegExp(p: Parsed, isText: boolean, variant: Variant): { source: string; flags: string; groupMap: number[] } {
  const manualCase = scopedCase(p.root);
  const ctx: Ctx = { flags: p.flags, manualCase, isText };
  const em = new Emitter(p.groups, variant === "nonempty" ? 1 : 0);
  let body = em.emit(p.root, ctx);
  if (variant === "full") body = `(?:${body})(?![\\s\\S])`;
  else if (variant === "nonempty") body = `(?=([\\s\\S]*))(?:${body})(?!\\1(?![\\s\\S]))`;
  let flags = "vd";
  if (!manualCase && (p.flags & FLAG_IGNORECASE) !== 0) flags += "i";
  void FLAG_UNICODE;
  return { source: body, flags, groupMap: em.groupMap };
}
