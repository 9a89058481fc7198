// The regular-expression parser of the re module: Python's pattern syntax (re/_parser.py's
// grammar) into a small tree, with CPython's error messages and positions (positions count code
// points of the pattern). re-compile.ts turns the tree into a JavaScript RegExp.

export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;
const INLINE_FLAGS: Record<string, number> = {
  i: FLAG_IGNORECASE, L: FLAG_LOCALE, m: FLAG_MULTILINE, s: FLAG_DOTALL, x: FLAG_VERBOSE,
  a: FLAG_ASCII, t: FLAG_TEMPLATE, u: FLAG_UNICODE,
};

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;
const MAXWIDTH = Number.MAX_SAFE_INTEGER;

export type Category = "d" | "D" | "w" | "W" | "s" | "S";
export type SetItem = { k: "lit"; c: number } | { k: "range"; lo: number; hi: number } | { k: "cat"; cat: Category };

export type Node =
  | { k: "lit"; c: number }
  | { k: "any" }
  | { k: "set"; neg: boolean; items: SetItem[] }
  | { k: "cat"; cat: Category }
  | { k: "seq"; items: Node[] }
  | { k: "alt"; items: Node[] }
  | { k: "group"; index: number; body: Node }
  | { k: "flags"; add: number; del: number; body: Node }
  | { k: "atomic"; body: Node }
  | { k: "look"; behind: boolean; neg: boolean; body: Node }
  | { k: "rep"; min: number; max: number; mode: "greedy" | "lazy" | "possessive"; body: Node }
  | { k: "at"; at: "bol" | "eol" | "A" | "Z" | "b" | "B" }
  | { k: "ref"; group: number }
  | { k: "cond"; group: number; yes: Node; no: Node | null };

/** A parse error: message and position (in code points), as re.error(msg, pattern, pos). */
export class RegexSyntaxError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
    /** raised as OverflowError instead of re.error */
    readonly overflow = false,
  ) {
    super(msg);
  }
}

export interface Parsed {
  root: Node;
  flags: number;
  groups: number;
  groupNames: Map<string, number>;
  /** the group each group is nested in (0 for top level), for Match.lastindex */
  groupParent: number[];
}

const ASCII_LETTERS = /^[A-Za-z]$/;
const DIGITS = "0123456789";
const OCTDIGITS = "01234567";
const HEXDIGITS = "0123456789abcdefABCDEF";
const WHITESPACE = " \t\n\r\v\f";
const SPECIAL = ".\\[{()*+?^$|";

const ESCAPES: Record<string, number> = {
  "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
};

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s) && !/[\u2e2f]/u.test(s);
}

/** The pattern as code points, with re/_parser.py's Tokenizer on top (an escape is one token). */
export class Tokenizer {
  readonly chars: string[];
  index = 0;
  next: string | null = null;

  constructor(readonly source: string, readonly isText: boolean) {
    this.chars = isText ? Array.from(source) : source.split("");
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[index];
    if (ch === "\\") {
      index++;
      if (index >= this.chars.length) throw new RegexSyntaxError("bad escape (end of pattern)", this.chars.length - 1);
      ch += this.chars[index];
    }
    this.index = index + 1;
    this.next = ch;
  }

  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  getwhile(n: number, charset: string): string {
    let out = "";
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      out += c;
      this.advance();
    }
    return out;
  }

  getuntil(terminator: string, name: string): string {
    let out = "";
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (out === "") throw this.error(`missing ${name}`);
        throw this.error(`missing ${terminator}, unterminated name`, out.length);
      }
      if (c === terminator) {
        if (out === "") throw this.error(`missing ${name}`, 1);
        break;
      }
      out += c;
    }
    return out;
  }

  tell(): number {
    return this.index - (this.next === null ? 0 : this.next.length);
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(msg: string, offset = 0): RegexSyntaxError {
    if (!this.isText) msg = msg.replace(/[^\x00-\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
    return new RegexSyntaxError(msg, this.tell() - offset);
  }

  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, name.length + offset);
  }
}

/** repr() of a str as Python writes it (for error messages). */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

class State {
  flags = 0;
  groupNames = new Map<string, number>();
  /** width of each closed group; null while open */
  groupWidths: ([number, number] | null)[] = [null];
  groupParent: number[] = [0];
  lookbehindGroups: number | null = null;
  groupRefPos = new Map<number, number>();
  openStack: number[] = [];

  get groups(): number {
    return this.groupWidths.length;
  }

  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupWidths.push(null);
    this.groupParent.push(this.openStack.length > 0 ? this.openStack[this.openStack.length - 1] : 0);
    if (this.groups > MAXGROUPS) throw new RegexSyntaxError("too many groups", null);
    if (name !== null) {
      const old = this.groupNames.get(name);
      if (old !== undefined) throw new RegexSyntaxError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${old}`, null);
      this.groupNames.set(name, gid);
    }
    this.openStack.push(gid);
    return gid;
  }

  closeGroup(gid: number, body: Node): void {
    this.groupWidths[gid] = width(body, this);
    this.openStack.pop();
  }

  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupWidths[gid] !== null;
  }

  checkLookbehindGroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkGroup(gid)) throw source.error("cannot refer to an open group");
      if (gid >= this.lookbehindGroups) throw source.error("cannot refer to group defined in the same lookbehind subpattern");
    }
  }
}

/** (min, max) number of characters a node matches (SubPattern.getwidth). */
export function width(n: Node, state: { groupWidths: ([number, number] | null)[] }): [number, number] {
  switch (n.k) {
    case "lit":
    case "any":
    case "set":
    case "cat":
      return [1, 1];
    case "seq": {
      let lo = 0;
      let hi = 0;
      for (const item of n.items) {
        const [a, b] = width(item, state);
        lo = Math.min(lo + a, MAXWIDTH);
        hi = Math.min(hi + b, MAXWIDTH);
      }
      return [lo, hi];
    }
    case "alt": {
      let lo = MAXWIDTH;
      let hi = 0;
      for (const item of n.items) {
        const [a, b] = width(item, state);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      return [lo, hi];
    }
    case "group":
    case "flags":
    case "atomic":
      return width(n.body, state);
    case "rep": {
      const [a, b] = width(n.body, state);
      const lo = Math.min(a * n.min, MAXWIDTH);
      const hi = n.max === MAXREPEAT && b > 0 ? MAXWIDTH : Math.min(b * n.max, MAXWIDTH);
      return [lo, hi];
    }
    case "ref": {
      const w = state.groupWidths[n.group];
      return w ?? [0, MAXWIDTH];
    }
    case "cond": {
      const [a, b] = width(n.yes, state);
      if (n.no !== null) {
        const [c, d] = width(n.no, state);
        return [Math.min(a, c), Math.max(b, d)];
      }
      return [0, b];
    }
    default:
      return [0, 0];
  }
}

function seq(items: Node[]): Node {
  return items.length === 1 ? items[0] : { k: "seq", items };
}

function classEscape(source: Tokenizer, escape: string): SetItem {
  const code = ESCAPES[escape];
  if (code !== undefined) return { k: "lit", c: code };
  const c = escape.slice(1, 2);
  if ("dDsSwW".includes(c) && c !== "") return { k: "cat", cat: c as Category };
  return { k: "lit", c: numericEscape(source, escape, true) };
}

/** \x, \u, \U, \N, octal and identity escapes shared by sets and the main syntax. */
function numericEscape(source: Tokenizer, escape: string, inClass: boolean): number {
  const c = escape.slice(1, 2);
  if (c === "x") {
    escape += source.getwhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === "u" && source.isText) {
    escape += source.getwhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === "U" && source.isText) {
    escape += source.getwhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    const v = parseInt(escape.slice(2), 16);
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return v;
  }
  if (c === "N" && source.isText) {
    if (!source.match("{")) throw source.error("missing {");
    const name = source.getuntil("}", "character name");
    const cp = lookupUnicodeName(name);
    if (cp === null) throw source.error(`undefined character name ${pyRepr(name)}`, name.length + 4);
    return cp;
  }
  if (inClass && OCTDIGITS.includes(c) && c !== "") {
    escape += source.getwhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return v;
  }
  if (inClass && DIGITS.includes(c) && c !== "") throw source.error(`bad escape ${escape}`, escape.length);
  if ([...escape].length === 2) {
    if (ASCII_LETTERS.test(c)) throw source.error(`bad escape ${escape}`, escape.length);
    return escape.slice(1).codePointAt(0)!;
  }
  throw source.error(`bad escape ${escape}`, escape.length);
}

/** \N{...} names: only what can be answered without the Unicode name database. */
let unicodeNameLookup: ((name: string) => number | null) | null = null;
export function setUnicodeNameLookup(f: (name: string) => number | null): void {
  unicodeNameLookup = f;
}
function lookupUnicodeName(name: string): number | null {
  return unicodeNameLookup === null ? null : unicodeNameLookup(name);
}

function escapeNode(source: Tokenizer, escape: string, state: State): Node {
  const c = escape.slice(1, 2);
  switch (escape) {
    case "\\A": return { k: "at", at: "A" };
    case "\\Z": return { k: "at", at: "Z" };
    case "\\b": return { k: "at", at: "b" };
    case "\\B": return { k: "at", at: "B" };
    case "\\d": case "\\D": case "\\s": case "\\S": case "\\w": case "\\W":
      return { k: "cat", cat: c as Category };
  }
  const code = ESCAPES[escape];
  if (code !== undefined) return { k: "lit", c: code };
  if (c === "0") {
    escape += source.getwhile(2, OCTDIGITS);
    return { k: "lit", c: parseInt(escape.slice(1), 8) };
  }
  if (DIGITS.includes(c) && c !== "") {
    // an octal escape or a group reference
    if (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) {
      escape += source.get();
      if (OCTDIGITS.includes(escape[1]) && OCTDIGITS.includes(escape[2]) && source.next !== null && source.next.length === 1 && OCTDIGITS.includes(source.next)) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { k: "lit", c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw source.error("cannot refer to an open group", escape.length);
      state.checkLookbehindGroup(group, source);
      return { k: "ref", group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  return { k: "lit", c: numericEscape(source, escape, false) };
}

function parseSub(source: Tokenizer, state: State, verbose: boolean, nested: number): Node {
  const items: Node[] = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!source.match("|")) break;
    if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  return items.length === 1 ? items[0] : { k: "alt", items };
}

function isRepeat(n: Node | undefined): boolean {
  return n !== undefined && n.k === "rep";
}

function parseSeq(source: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node {
  const items: Node[] = [];
  for (;;) {
    const tok = source.next;
    if (tok === null || tok === "|" || tok === ")") break;
    source.get();
    if (verbose) {
      if (tok.length === 1 && WHITESPACE.includes(tok)) continue;
      if (tok === "#") {
        for (;;) {
          const t = source.get();
          if (t === null || t === "\n") break;
        }
        continue;
      }
    }
    if (tok[0] === "\\" && tok.length > 1) {
      items.push(escapeNode(source, tok, state));
    } else if (!SPECIAL.includes(tok)) {
      items.push({ k: "lit", c: tok.codePointAt(0)! });
    } else if (tok === "[") {
      items.push(parseSet(source));
    } else if (tok === "*" || tok === "+" || tok === "?" || tok === "{") {
      const here = source.tell();
      let min = 0;
      let max = MAXREPEAT;
      if (tok === "?") max = 1;
      else if (tok === "+") min = 1;
      else if (tok === "{") {
        if (source.next === "}") {
          items.push({ k: "lit", c: 123 });
          continue;
        }
        let lo = "";
        let hi = "";
        while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) lo += source.get();
        if (source.match(",")) {
          while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) hi += source.get();
        } else hi = lo;
        if (!source.match("}")) {
          items.push({ k: "lit", c: 123 });
          source.seek(here);
          continue;
        }
        if (lo !== "") {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new RegexSyntaxError("the repetition number is too large", null, true);
        }
        if (hi !== "") {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new RegexSyntaxError("the repetition number is too large", null, true);
          if (max < min) throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
      }
      const last = items[items.length - 1];
      if (last === undefined || last.k === "at") throw source.error("nothing to repeat", source.tell() - here + tok.length);
      if (isRepeat(last)) throw source.error("multiple repeat", source.tell() - here + tok.length);
      let body: Node = last;
      if (body.k === "flags" && body.add === 0 && body.del === 0) body = body.body;
      let mode: "greedy" | "lazy" | "possessive" = "greedy";
      if (source.match("?")) mode = "lazy";
      else if (source.match("+")) mode = "possessive";
      items[items.length - 1] = { k: "rep", min, max, mode, body };
    } else if (tok === ".") {
      items.push({ k: "any" });
    } else if (tok === "(") {
      const node = parseParen(source, state, verbose, nested, first && items.length === 0);
      if (node === "global") {
        verbose = (state.flags & FLAG_VERBOSE) !== 0;
        continue;
      }
      if (node !== null) items.push(node);
    } else if (tok === "^") {
      items.push({ k: "at", at: "bol" });
    } else if (tok === "$") {
      items.push({ k: "at", at: "eol" });
    }
  }
  // unwrap plain non-capturing groups into the sequence
  const out: Node[] = [];
  for (const it of items) {
    if (it.k === "flags" && it.add === 0 && it.del === 0) {
      if (it.body.k === "seq") out.push(...it.body.items);
      else out.push(it.body);
    } else out.push(it);
  }
  return seq(out);
}

function parseSet(source: Tokenizer): Node {
  const here = source.tell() - 1;
  const items: SetItem[] = [];
  const negate = source.match("^");
  for (;;) {
    let tok = source.get();
    if (tok === null) throw source.error("unterminated character set", source.tell() - here);
    if (tok === "]" && items.length > 0) break;
    // a ']' right after '[' or '[^' is a literal
    let code1: SetItem;
    if (tok[0] === "\\" && tok.length > 1) code1 = classEscape(source, tok);
    else code1 = { k: "lit", c: tok.codePointAt(0)! };
    if (source.match("-")) {
      const that = source.get();
      if (that === null) throw source.error("unterminated character set", source.tell() - here);
      if (that === "]") {
        items.push(code1);
        items.push({ k: "lit", c: 45 });
        break;
      }
      let code2: SetItem;
      if (that[0] === "\\" && that.length > 1) code2 = classEscape(source, that);
      else code2 = { k: "lit", c: that.codePointAt(0)! };
      if (code1.k !== "lit" || code2.k !== "lit") {
        throw source.error(`bad character range ${tok}-${that}`, [...tok].length + 1 + [...that].length);
      }
      if (code2.c < code1.c) throw source.error(`bad character range ${tok}-${that}`, [...tok].length + 1 + [...that].length);
      items.push({ k: "range", lo: code1.c, hi: code2.c });
    } else {
      items.push(code1);
    }
    tok = null;
  }
  if (items.length === 1 && items[0].k === "lit" && !negate) return { k: "lit", c: items[0].c };
  return { k: "set", neg: negate, items };
}

/** After "(": a group, an extension, or (returning "global") leading global flags. */
function parseParen(source: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node | "global" | null {
  const start = source.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let add = 0;
  let del = 0;
  if (source.match("?")) {
    const ch = source.get();
    if (ch === null) throw source.error("unexpected end of pattern");
    if (ch === "P") {
      if (source.match("<")) {
        name = source.getuntil(">", "group name");
        source.checkGroupName(name, 1);
      } else if (source.match("=")) {
        const ref = source.getuntil(")", "group name");
        source.checkGroupName(ref, 1);
        const gid = state.groupNames.get(ref);
        if (gid === undefined) throw source.error(`unknown group name ${pyRepr(ref)}`, [...ref].length + 1);
        if (!state.checkGroup(gid)) throw source.error("cannot refer to an open group", [...ref].length + 1);
        state.checkLookbehindGroup(gid, source);
        return { k: "ref", group: gid };
      } else {
        const c2 = source.get();
        if (c2 === null) throw source.error("unexpected end of pattern");
        throw source.error(`unknown extension ?P${c2}`, c2.length + 2);
      }
    } else if (ch === ":") {
      capture = false;
    } else if (ch === "#") {
      for (;;) {
        if (source.next === null) throw source.error("missing ), unterminated comment", source.tell() - start);
        if (source.get() === ")") break;
      }
      return null;
    } else if (ch === "=" || ch === "!" || ch === "<") {
      let kind = ch;
      let behind = false;
      let savedLookbehind: number | null = null;
      if (kind === "<") {
        const c2 = source.get();
        if (c2 === null) throw source.error("unexpected end of pattern");
        if (c2 !== "=" && c2 !== "!") throw source.error(`unknown extension ?<${c2}`, c2.length + 2);
        kind = c2;
        behind = true;
        savedLookbehind = state.lookbehindGroups;
        if (savedLookbehind === null) state.lookbehindGroups = state.groups;
      }
      const body = parseSub(source, state, verbose, nested + 1);
      if (behind && savedLookbehind === null) state.lookbehindGroups = null;
      if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
      if (behind) {
        const [lo, hi] = width(body, state);
        if (lo !== hi) throw new RegexSyntaxError("look-behind requires fixed-width pattern", null);
      }
      return { k: "look", behind, neg: kind === "!", body };
    } else if (ch === "(") {
      const condname = source.getuntil(")", "group name");
      let condgroup: number;
      if (isIdentifier(condname)) {
        const g = state.groupNames.get(condname);
        if (g === undefined) throw source.error(`unknown group name ${pyRepr(condname)}`, [...condname].length + 1);
        condgroup = g;
      } else {
        if (!/^[0-9]+$/.test(condname)) throw source.error(`bad character in group name ${pyRepr(condname)}`, [...condname].length + 1);
        condgroup = Number(condname);
        if (condgroup === 0) throw source.error("bad group number", condname.length + 1);
        if (condgroup >= MAXGROUPS) throw source.error(`invalid group reference ${condgroup}`, condname.length + 1);
        if (!state.groupRefPos.has(condgroup)) state.groupRefPos.set(condgroup, source.tell() - condname.length - 1);
      }
      state.checkLookbehindGroup(condgroup, source);
      const yes = parseSeq(source, state, verbose, nested + 1, false);
      let no: Node | null = null;
      if (source.match("|")) {
        no = parseSeq(source, state, verbose, nested + 1, false);
        if (source.next === "|") throw source.error("conditional backref with more than two branches");
      }
      if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
      return { k: "cond", group: condgroup, yes, no };
    } else if (ch === ">") {
      capture = false;
      atomic = true;
    } else if (ch in INLINE_FLAGS || ch === "-") {
      const r = parseFlags(source, state, ch);
      if (r === null) {
        if (!first) throw source.error("global flags not at the start of the expression", source.tell() - start);
        return "global";
      }
      [add, del] = r;
      capture = false;
    } else {
      throw source.error(`unknown extension ?${ch}`, ch.length + 1);
    }
  }
  let group = 0;
  if (capture) {
    try {
      group = state.openGroup(name);
    } catch (e) {
      if (e instanceof RegexSyntaxError && name !== null) throw source.error(e.msg, [...name].length + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (add & FLAG_VERBOSE) !== 0) && (del & FLAG_VERBOSE) === 0;
  const body = parseSub(source, state, subVerbose, nested + 1);
  if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
  if (capture) {
    state.closeGroup(group, body);
    return { k: "group", index: group, body };
  }
  if (atomic) return { k: "atomic", body };
  return { k: "flags", add, del, body };
}

function parseFlags(source: Tokenizer, state: State, ch: string): [number, number] | null {
  let add = 0;
  let del = 0;
  let c: string | null = ch;
  if (c !== "-") {
    for (;;) {
      const flag = INLINE_FLAGS[c!];
      if (source.isText) {
        if (c === "L") throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (c === "u") {
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      add |= flag;
      if ((flag & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      c = source.get();
      if (c === null) throw source.error("missing -, : or )");
      if (c === ")" || c === "-" || c === ":") break;
      if (!(c in INLINE_FLAGS)) {
        throw source.error(/^\p{L}$/u.test(c) ? "unknown flag" : "missing -, : or )", c.length);
      }
    }
  }
  if (c === ")") {
    state.flags |= add;
    return null;
  }
  if ((add & GLOBAL_FLAGS) !== 0) throw source.error("bad inline flags: cannot turn on global flag", 1);
  if (c === "-") {
    c = source.get();
    if (c === null) throw source.error("missing flag");
    if (!(c in INLINE_FLAGS)) throw source.error(/^\p{L}$/u.test(c) ? "unknown flag" : "missing flag", c.length);
    for (;;) {
      const flag = INLINE_FLAGS[c!];
      if ((flag & TYPE_FLAGS) !== 0) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      c = source.get();
      if (c === null) throw source.error("missing :");
      if (c === ":") break;
      if (!(c in INLINE_FLAGS)) throw source.error(/^\p{L}$/u.test(c) ? "unknown flag" : "missing :", c.length);
    }
  }
  if ((del & GLOBAL_FLAGS) !== 0) throw source.error("bad inline flags: cannot turn off global flag", 1);
  if ((add & del) !== 0) throw source.error("bad inline flags: flag turned on and off", 1);
  return [add, del];
}

/** fix_flags: the str/bytes rules for ASCII, UNICODE and LOCALE. Throws a ValueError message. */
export function fixFlags(isText: boolean, flags: number): number | string {
  if (isText) {
    if (flags & FLAG_LOCALE) return "cannot use LOCALE flag with a str pattern";
    if (!(flags & FLAG_ASCII)) flags |= FLAG_UNICODE;
    else if (flags & FLAG_UNICODE) return "ASCII and UNICODE flags are incompatible";
  } else {
    if (flags & FLAG_UNICODE) return "cannot use UNICODE flag with a bytes pattern";
    if (flags & FLAG_LOCALE && flags & FLAG_ASCII) return "ASCII and LOCALE flags are incompatible";
  }
  return flags;
}

export class FlagValueError extends Error {}

export function parse(pattern: string, isText: boolean, flags: number): Parsed {
  const source = new Tokenizer(pattern, isText);
  const state = new State();
  state.flags = flags;
  const root = parseSub(source, state, (flags & FLAG_VERBOSE) !== 0, 0);
  const fixed = fixFlags(isText, state.flags);
  if (typeof fixed === "string") throw new FlagValueError(fixed);
  state.flags = fixed;
  if (source.next !== null) throw source.error("unbalanced parenthesis");
  for (const [g, pos] of state.groupRefPos) {
    if (g >= state.groups) throw new RegexSyntaxError(`invalid group reference ${g}`, pos);
  }
  return { root, flags: state.flags, groups: state.groups - 1, groupNames: state.groupNames, groupParent: state.groupParent };
}

// ---- replacement templates (parse_template) ----------------------------------------------------

/** Literal pieces and group numbers alternating: strings are literals, numbers group indices. */
export type Template = (string | number)[];

export function parseTemplate(source: string, isText: boolean, groups: number, groupNames: Map<string, number>): Template {
  const s = new Tokenizer(source, isText);
  const out: Template = [];
  let literal = "";
  const addGroup = (index: number, pos: number) => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal !== "") out.push(literal);
    literal = "";
    out.push(index);
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] === "\\" && t.length > 1) {
      const c = t[1];
      if (c === "g") {
        if (!s.match("<")) throw s.error("missing <");
        const name = s.getuntil(">", "group name");
        let index: number;
        if (isIdentifier(name)) {
          const g = groupNames.get(name);
          if (g === undefined) throw new TemplateIndexError(`unknown group name ${pyRepr(name)}`);
          index = g;
        } else {
          if (!/^[0-9]+$/.test(name)) throw s.error(`bad character in group name ${pyRepr(name)}`, [...name].length + 1);
          index = Number(name);
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, name.length + 1);
        }
        addGroup(index, [...name].length + 1);
      } else if (c === "0") {
        if (s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) {
          t += s.get();
          if (s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) t += s.get();
        }
        literal += String.fromCodePoint(parseInt(t.slice(1), 8) & 0xff);
      } else if (DIGITS.includes(c)) {
        let isOctal = false;
        if (s.next !== null && s.next.length === 1 && DIGITS.includes(s.next)) {
          t += s.get();
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(t[2]) && s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) {
            t += s.get();
            isOctal = true;
            const v = parseInt(t.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
            literal += String.fromCodePoint(v);
          }
        }
        if (!isOctal) addGroup(Number(t.slice(1)), t.length - 1);
      } else {
        const code = ESCAPES[t];
        if (code !== undefined) literal += String.fromCharCode(code);
        else {
          if (ASCII_LETTERS.test(c)) throw s.error(`bad escape ${t}`, t.length);
          literal += t;
        }
      }
    } else {
      literal += t;
    }
  }
  if (literal !== "") out.push(literal);
  return out;
}

/** parse_template raises IndexError for an unknown group name. */
export class TemplateIndexError extends Error {}
