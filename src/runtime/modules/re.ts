// _re: the engine under re.py. Pattern and Match objects (re.Pattern, re.Match) over JavaScript
// RegExps made by re-parse.ts and re-compile.ts. Positions given to and reported by Python are
// code-point indices; the RegExps work on UTF-16 units, so strings holding astral characters
// get an index table. Iterating matches (finditer, findall, sub, split) follows Python 3.7+:
// an empty match may follow a non-empty one, and after an empty match at p the next match
// must not be empty at p (sre's must_advance).

import { PyObject, decref, newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newTupleOwned, newListOwned, newDict } from "../values.js";
import { typeError, valueError, indexError, raise, overflowError } from "../errors.js";
import { defMethod, defGetSet, defNew, parseArgs } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyBytes, PyByteArray } from "../types/bytes.js";
import { PyStrSubclass } from "../types/boxed.js";
import { PyDict } from "../types/dict.js";
import { MappingProxy } from "../types/mappingproxy.js";
import { PyNativeIterator, STOP } from "../types/iterator.js";
import { defIterProtocol } from "../types/iter-types.js";
import { newBytes, bufferBytes } from "../types/bytes-type.js";
import { latin1String } from "../codecs.js";
import { call, callMethod } from "../ops/call.js";
import { repr } from "../ops/repr.js";
import { asSsize, isIndex } from "../ops/index.js";
import { hash as hashOf } from "../ops/hash.js";
import { eq } from "../ops/compare.js";
import { newNativeType, defFn } from "./modutil.js";
import {
  parse, parseTemplate, RegexSyntaxError, FlagValueError, TemplateIndexError, pyRepr,
  FLAG_UNICODE, FLAG_LOCALE, FLAG_ASCII, type Parsed, type Template,
} from "./re-parse.js";
import { toRegExp, type Variant } from "./re-compile.js";

// ---- errors ----------------------------------------------------------------------------------

/** re.error, set by re.py (_re._set_error). */
let errorClass: PyValue | null = null;

function reError(msg: string, pattern: PyValue | null, pos: number | null): never {
  if (errorClass === null) raise(T.valueErrorType, msg);
  const args: PyValue[] = [msg];
  if (pattern !== null && pos !== null) args.push(pattern, pos);
  throw call(errorClass, args, null);
}

function syntaxError(e: unknown, pattern: PyValue): never {
  if (e instanceof RegexSyntaxError) {
    if (e.overflow) overflowError(e.msg);
    reError(e.msg, e.pos === null ? null : pattern, e.pos);
  }
  if (e instanceof FlagValueError) valueError(e.message);
  throw e;
}

// ---- subjects --------------------------------------------------------------------------------

/** A string being searched: the JS text (bytes as latin-1), and code-point <-> UTF-16 maps. */
class Subject {
  private cuToCpTable: Int32Array | null = null;
  private cpToCuTable: Int32Array | null = null;
  readonly astral: boolean;
  readonly length: number;

  constructor(
    readonly obj: PyValue,
    readonly text: string,
    readonly bytes: Uint8Array | null,
  ) {
    this.astral = bytes === null && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
    this.length = this.astral ? this.cpLength() : text.length;
  }

  private cpLength(): number {
    let n = 0;
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
        const d = t.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      n++;
    }
    return n;
  }

  private build(): void {
    const t = this.text;
    const cu2cp = new Int32Array(t.length + 1);
    const cp2cu = new Int32Array(this.length + 1);
    let cp = 0;
    for (let i = 0; i < t.length; i++) {
      cu2cp[i] = cp;
      cp2cu[cp] = i;
      const c = t.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
        const d = t.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          cu2cp[i] = cp;
        }
      }
      cp++;
    }
    cu2cp[t.length] = cp;
    cp2cu[cp] = t.length;
    this.cuToCpTable = cu2cp;
    this.cpToCuTable = cp2cu;
  }

  cp(cu: number): number {
    if (!this.astral || cu < 0) return cu;
    if (this.cuToCpTable === null) this.build();
    return this.cuToCpTable![cu];
  }

  cu(cp: number): number {
    if (!this.astral) return cp;
    if (this.cpToCuTable === null) this.build();
    return this.cpToCuTable![cp];
  }

  /** the UTF-16 index one code point after `cu` */
  after(cu: number): number {
    const t = this.text;
    const c = t.charCodeAt(cu);
    if (this.astral && c >= 0xd800 && c <= 0xdbff && cu + 1 < t.length) {
      const d = t.charCodeAt(cu + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return cu + 2;
    }
    return cu + 1;
  }

  /** text[a:b] (UTF-16 indices) as a Python value of the subject's kind */
  slice(a: number, b: number): PyValue {
    if (this.bytes !== null) return newBytes(this.bytes.slice(a, b));
    return this.text.slice(a, b);
  }
}

function subjectOf(p: PyPattern, v: PyValue): Subject {
  let text: string | null = null;
  let bytes: Uint8Array | null = null;
  if (typeof v === "string") text = v;
  else if (v instanceof PyStrSubclass) text = v.value;
  else if (v instanceof PyBytes) bytes = v.bytes;
  else if (v instanceof PyByteArray) bytes = v.bytes.subarray(0, v.length);
  else {
    const b = typeof v === "object" ? bufferBytes(v) : null;
    if (b === null) typeError(`expected string or bytes-like object, got '${typeOf(v).name}'`);
    bytes = b;
  }
  if (text !== null) {
    if (!p.isText) typeError("cannot use a bytes pattern on a string-like object");
    return new Subject(v, text, null);
  }
  if (p.isText) typeError("cannot use a string pattern on a bytes-like object");
  return new Subject(v, latin1String(bytes!, 0, bytes!.length), bytes);
}

// ---- Pattern ---------------------------------------------------------------------------------

interface Engine {
  sticky: RegExp;
  search: RegExp;
  groupMap: number[];
}

export class PyPattern extends PyObject {
  readonly engines: Partial<Record<Variant, Engine>> = {};
  readonly templates = new Map<string, Template>();
  groupindex: PyDict | null = null;

  constructor(
    type: PyType,
    /** the pattern str or bytes (owned) */
    readonly pattern: PyValue,
    readonly source: string,
    readonly isText: boolean,
    readonly reFlags: number,
    readonly parsed: Parsed,
  ) {
    super(type);
  }

  get groups(): number {
    return this.parsed.groups;
  }

  engine(variant: Variant): Engine {
    let e = this.engines[variant];
    if (e === undefined) {
      let r;
      try {
        r = toRegExp(this.parsed, this.isText, variant);
      } catch (err) {
        syntaxError(err, this.pattern);
      }
      let sticky: RegExp;
      let search: RegExp;
      try {
        sticky = new RegExp(r.source, r.flags + "y");
        search = new RegExp(r.source, r.flags + "g");
      } catch (err) {
        reError(`pyframe cannot translate this pattern: ${(err as Error).message}`, null, null);
      }
      e = { sticky, search, groupMap: r.groupMap };
      this.engines[variant] = e;
    }
    return e;
  }

  override clearRefs(): void {
    decref(this.pattern);
    if (this.groupindex !== null) decref(this.groupindex);
    this.groupindex = null;
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (typeof this.pattern === "object") visit(this.pattern);
    if (this.groupindex !== null) visit(this.groupindex);
  }
}

let patternType: PyType;
let matchType: PyType;
let scannerType: PyType;

const patternCache = new Map<string, PyPattern>();

export function compilePattern(pattern: PyValue, flags: number): PyPattern {
  let source: string;
  let isText: boolean;
  if (typeof pattern === "string") {
    source = pattern;
    isText = true;
  } else if (pattern instanceof PyStrSubclass) {
    source = pattern.value;
    isText = true;
  } else if (pattern instanceof PyBytes || pattern instanceof PyByteArray || (typeof pattern === "object" && bufferBytes(pattern) !== null)) {
    const b = pattern instanceof PyBytes ? pattern.bytes : pattern instanceof PyByteArray ? pattern.bytes.subarray(0, pattern.length) : bufferBytes(pattern)!;
    source = latin1String(b, 0, b.length);
    isText = false;
  } else {
    return typeError("first argument must be string or compiled pattern");
  }
  let parsed: Parsed;
  try {
    parsed = parse(source, isText, flags);
  } catch (e) {
    syntaxError(e, pattern);
  }
  const stored = pattern instanceof PyStrSubclass ? pattern.value : pattern instanceof PyByteArray ? newBytes(pattern.bytes.slice(0, pattern.length)) : newref(pattern);
  patternType.rc++;
  const p = new PyPattern(patternType, stored, source, isText, parsed.flags, parsed);
  // translate now so that unsupported constructs fail at compile time
  p.engine("plain");
  return p;
}

function pat(self: PyValue): PyPattern {
  if (!(self instanceof PyPattern)) typeError(`descriptor requires a 're.Pattern' object but received a '${typeOf(self).name}'`);
  return self;
}

/** pos/endpos arguments clamped to [0, len] (state_init). */
function bounds(subj: Subject, pos: PyValue | undefined, endpos: PyValue | undefined): [number, number] {
  let a = pos === undefined ? 0 : indexArg(pos);
  let b = endpos === undefined ? subj.length : indexArg(endpos);
  if (a < 0) a = 0;
  else if (a > subj.length) a = subj.length;
  if (b < 0) b = 0;
  else if (b > subj.length) b = subj.length;
  return [a, b];
}

function indexArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (!isIndex(v)) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return asSsize(v, null);
}

/** One attempt: at exactly `cu` (sticky) or the first match at or after it. */
function exec(p: PyPattern, variant: Variant, subj: Subject, text: string, cu: number, sticky: boolean): [RegExpExecArray, Engine] | null {
  const e = p.engine(variant);
  const re = sticky ? e.sticky : e.search;
  re.lastIndex = cu;
  let m = re.exec(text);
  // V8 may report an empty match between the halves of a surrogate pair: not a position
  while (m !== null && subj.astral && !sticky && m.index > 0 && isTrail(text.charCodeAt(m.index)) && isLead(text.charCodeAt(m.index - 1))) {
    re.lastIndex = m.index + 1;
    m = re.exec(text);
  }
  return m === null ? null : [m, e];
}

function isLead(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrail(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Successive matches with Python's empty-match rules. */
class MatchCursor {
  private cur: number;
  private mustAdvance = false;
  private done = false;
  readonly text: string;

  constructor(
    readonly p: PyPattern,
    readonly subj: Subject,
    readonly startCu: number,
    readonly endCu: number,
  ) {
    this.cur = startCu;
    this.text = endCu < subj.text.length ? subj.text.slice(0, endCu) : subj.text;
  }

  next(): [RegExpExecArray, Engine] | null {
    if (this.done || this.cur > this.endCu) return null;
    let r: [RegExpExecArray, Engine] | null = null;
    if (this.mustAdvance) {
      r = exec(this.p, "nonempty", this.subj, this.text, this.cur, true);
      if (r === null) {
        if (this.cur >= this.endCu) {
          this.done = true;
          return null;
        }
        r = exec(this.p, "plain", this.subj, this.text, this.subj.after(this.cur), false);
      }
    } else {
      r = exec(this.p, "plain", this.subj, this.text, this.cur, false);
    }
    if (r === null) {
      this.done = true;
      return null;
    }
    const [m] = r;
    const end = m.index + m[0].length;
    this.mustAdvance = end === m.index;
    this.cur = end;
    return r;
  }
}

// ---- Match -----------------------------------------------------------------------------------

export class PyMatch extends PyObject {
  constructor(
    type: PyType,
    readonly pattern: PyPattern,
    readonly subj: Subject,
    /** UTF-16 spans, 2 per group, -1 when the group did not match */
    readonly spans: Int32Array,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(type);
    pattern.rc++;
    if (typeof subj.obj === "object") subj.obj.rc++;
  }

  override clearRefs(): void {
    decref(this.pattern);
    decref(this.subj.obj);
  }

  override traverse(visit: (o: PyObject) => void): void {
    visit(this.pattern);
    if (typeof this.subj.obj === "object") visit(this.subj.obj);
  }

  group(g: number): PyValue {
    const a = this.spans[2 * g];
    if (a < 0) return None;
    return this.subj.slice(a, this.spans[2 * g + 1]);
  }

  start(g: number): number {
    return this.subj.cp(this.spans[2 * g]);
  }

  end(g: number): number {
    return this.subj.cp(this.spans[2 * g + 1]);
  }

  /** Match.lastindex: the last group to close in the match (an outer group closes after the
   * groups nested in it; of two groups ending together, the later one). */
  lastIndex(): number {
    const n = this.pattern.groups;
    let best = -1;
    let bestEnd = -1;
    const parent = this.pattern.parsed.groupParent;
    for (let g = 1; g <= n; g++) {
      const a = this.spans[2 * g];
      if (a < 0) continue;
      const e = this.spans[2 * g + 1];
      if (e > bestEnd) {
        best = g;
        bestEnd = e;
      } else if (e === bestEnd) {
        // g opened after best: it closes later unless best encloses it
        let q = parent[g];
        let enclosed = false;
        while (q !== 0) {
          if (q === best) {
            enclosed = true;
            break;
          }
          q = parent[q];
        }
        if (!enclosed) best = g;
      }
    }
    return best;
  }
}

function newMatch(p: PyPattern, subj: Subject, m: RegExpExecArray, e: Engine, pos: number, endpos: number): PyMatch {
  const n = p.groups;
  const spans = new Int32Array(2 * (n + 1)).fill(-1);
  const ind = (m as RegExpExecArray & { indices: [number, number][] }).indices;
  spans[0] = m.index;
  spans[1] = m.index + m[0].length;
  for (let g = 1; g <= n; g++) {
    const pair = ind[e.groupMap[g]];
    if (pair !== undefined) {
      spans[2 * g] = pair[0];
      spans[2 * g + 1] = pair[1];
    }
  }
  matchType.rc++;
  return new PyMatch(matchType, p, subj, spans, pos, endpos);
}

function mat(self: PyValue): PyMatch {
  if (!(self instanceof PyMatch)) typeError(`descriptor requires a 're.Match' object but received a '${typeOf(self).name}'`);
  return self;
}

/** A group argument: an index or a group name (match_getindex). */
function groupIndex(m: PyMatch, g: PyValue): number {
  if (typeof g === "number") {
    if (g >= 0 && g <= m.pattern.groups) return g;
    indexError("no such group");
  }
  if (typeof g === "string" || g instanceof PyStrSubclass) {
    const name = typeof g === "string" ? g : g.value;
    const i = m.pattern.parsed.groupNames.get(name);
    if (i !== undefined) return i;
    indexError("no such group");
  }
  if (typeof g === "boolean") return groupIndex(m, g ? 1 : 0);
  if (isIndex(g)) {
    const i = asSsize(g, null);
    if (i >= 0 && i <= m.pattern.groups) return i;
  }
  return indexError("no such group");
}

// ---- templates -------------------------------------------------------------------------------

function templateOf(p: PyPattern, repl: PyValue): Template {
  let text: string;
  if (p.isText) {
    if (typeof repl === "string") text = repl;
    else if (repl instanceof PyStrSubclass) text = repl.value;
    else typeError(`expected str instance, ${typeOf(repl).name} found`);
  } else {
    const b = repl instanceof PyBytes ? repl.bytes : typeof repl === "object" ? bufferBytes(repl) : null;
    if (b === null) typeError(`expected a bytes-like object, ${typeOf(repl).name} found`);
    text = latin1String(b, 0, b.length);
  }
  let t = p.templates.get(text);
  if (t === undefined) {
    try {
      t = parseTemplate(text, p.isText, p.groups, p.parsed.groupNames);
    } catch (e) {
      if (e instanceof TemplateIndexError) raise(T.indexErrorType, e.message);
      syntaxError(e, repl);
    }
    if (p.templates.size > 100) p.templates.clear();
    p.templates.set(text, t);
  }
  return t;
}

/** A template filled in from a match (as JS text; bytes as latin-1). */
function expandTemplate(t: Template, m: PyMatch): string {
  let out = "";
  const text = m.subj.text;
  for (const piece of t) {
    if (typeof piece === "string") out += piece;
    else {
      const a = m.spans[2 * piece];
      if (a >= 0) out += text.slice(a, m.spans[2 * piece + 1]);
    }
  }
  return out;
}

function fromText(p: PyPattern, s: string): PyValue {
  if (p.isText) return s;
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return newBytes(b);
}

function asText(p: PyPattern, v: PyValue, what: "repl"): string {
  if (p.isText) {
    if (typeof v === "string") return v;
    if (v instanceof PyStrSubclass) return v.value;
    return typeError(`expected str instance, ${typeOf(v).name} found`);
  }
  const b = v instanceof PyBytes ? v.bytes : typeof v === "object" ? bufferBytes(v) : null;
  if (b === null) typeError(`expected a bytes-like object, ${typeOf(v).name} found`);
  void what;
  return latin1String(b, 0, b.length);
}

// ---- operations --------------------------------------------------------------------------------

function doMatch(p: PyPattern, string: PyValue, pos: PyValue | undefined, endpos: PyValue | undefined, variant: Variant, sticky: boolean): PyValue {
  const subj = subjectOf(p, string);
  const [a, b] = bounds(subj, pos, endpos);
  if (a > b) return None;
  const endCu = subj.cu(b);
  const text = endCu < subj.text.length ? subj.text.slice(0, endCu) : subj.text;
  const r = exec(p, variant, subj, text, subj.cu(a), sticky);
  if (r === null) return None;
  return newMatch(p, subj, r[0], r[1], a, b);
}

function doSub(p: PyPattern, repl: PyValue, string: PyValue, count: number, wantCount: boolean): PyValue {
  const subj = subjectOf(p, string);
  let template: Template | null = null;
  let literal: string | null = null;
  let callable = false;
  if (typeof repl === "string" || repl instanceof PyBytes || repl instanceof PyStrSubclass || repl instanceof PyByteArray) {
    const text = asText(p, repl, "repl");
    if (!text.includes("\\")) literal = text;
    else {
      template = templateOf(p, repl);
      if (template.every((x) => typeof x === "string")) {
        literal = (template as string[]).join("");
        template = null;
      }
    }
  } else if (typeOf(repl).lookup("__call__") !== undefined) {
    callable = true;
  } else {
    // a bytes-like template
    template = templateOf(p, repl);
  }
  const cursor = new MatchCursor(p, subj, 0, subj.text.length);
  // pieces to join: text, or the callable's results (checked at the join, as sre does)
  const parts: (string | PyValue)[] = [];
  const results: PyValue[] = [];
  let last = 0;
  let n = 0;
  const text = subj.text;
  try {
    while (count <= 0 || n < count) {
      const r = cursor.next();
      if (r === null) break;
      const [m, e] = r;
      const start = m.index;
      const end = start + m[0].length;
      if (last < start) parts.push(text.slice(last, start));
      if (literal !== null) {
        if (literal !== "") parts.push(literal);
      } else if (template !== null) {
        const mo = newMatch(p, subj, m, e, 0, subj.length);
        try {
          const x = expandTemplate(template, mo);
          if (x !== "") parts.push(x);
        } finally {
          decref(mo);
        }
      } else if (callable) {
        const mo = newMatch(p, subj, m, e, 0, subj.length);
        let res: PyValue;
        try {
          res = call(repl, [mo], null);
        } finally {
          decref(mo);
        }
        if (res !== None) {
          results.push(res);
          parts.push({ result: res } as unknown as PyValue);
        }
      }
      last = end;
      n++;
    }
    if (last < text.length) parts.push(text.slice(last));
    let joined = "";
    for (let k = 0; k < parts.length; k++) {
      const piece = parts[k];
      if (typeof piece === "string") joined += piece;
      else {
        const v = (piece as unknown as { result: PyValue }).result;
        if (p.isText) {
          if (typeof v === "string") joined += v;
          else if (v instanceof PyStrSubclass) joined += v.value;
          else typeError(`sequence item ${k}: expected str instance, ${typeOf(v).name} found`);
        } else {
          const b = v instanceof PyBytes ? v.bytes : typeof v === "object" ? bufferBytes(v) : null;
          if (b === null) typeError(`sequence item ${k}: expected a bytes-like object, ${typeOf(v).name} found`);
          joined += latin1String(b, 0, b.length);
        }
      }
    }
    parts.length = 0;
    parts.push(joined);
  } finally {
    for (const v of results) decref(v);
  }
  let result: PyValue;
  if (n === 0 && (typeof string === "string" || (string instanceof PyBytes && string.type === T.bytesType))) result = newref(string);
  else result = fromText(p, parts[0] as string);
  if (wantCount) return newTupleOwned([result, n]);
  return result;
}

function groupValues(m: RegExpExecArray, e: Engine, p: PyPattern, subj: Subject, dflt: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const ind = (m as RegExpExecArray & { indices: [number, number][] }).indices;
  for (let g = 1; g <= p.groups; g++) {
    const pair = ind[e.groupMap[g]];
    out.push(pair === undefined ? newref(dflt) : subj.slice(pair[0], pair[1]));
  }
  return out;
}

class FinditerIterator extends PyNativeIterator {
  constructor(
    type: PyType,
    readonly p: PyPattern,
    readonly cursor: MatchCursor | null,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(type);
    p.rc++;
    if (cursor !== null && typeof cursor.subj.obj === "object") cursor.subj.obj.rc++;
  }

  next(): PyValue {
    if (this.cursor === null) return STOP;
    const r = this.cursor.next();
    if (r === null) return STOP;
    return newMatch(this.p, this.cursor.subj, r[0], r[1], this.pos, this.endpos);
  }

  override clearRefs(): void {
    decref(this.p);
    if (this.cursor !== null) decref(this.cursor.subj.obj);
  }

  override traverse(visit: (o: PyObject) => void): void {
    visit(this.p);
    if (this.cursor !== null && typeof this.cursor.subj.obj === "object") visit(this.cursor.subj.obj);
  }
}

let finditerType: PyType;

function cursorFor(p: PyPattern, string: PyValue, pos: PyValue | undefined, endpos: PyValue | undefined): { cursor: MatchCursor | null; subj: Subject; a: number; b: number } {
  const subj = subjectOf(p, string);
  const [a, b] = bounds(subj, pos, endpos);
  if (a > b) return { cursor: null, subj, a, b };
  return { cursor: new MatchCursor(p, subj, subj.cu(a), subj.cu(b)), subj, a, b };
}

const FLAG_NAMES: [string, number][] = [
  ["re.TEMPLATE", 1], ["re.IGNORECASE", 2], ["re.LOCALE", 4], ["re.MULTILINE", 8], ["re.DOTALL", 16],
  ["re.UNICODE", 32], ["re.VERBOSE", 64], ["re.DEBUG", 128], ["re.ASCII", 256],
];

function patternRepr(p: PyPattern): string {
  let r = repr(p.pattern);
  if ([...r].length > 200) r = [...r].slice(0, 200).join("");
  let flags = p.reFlags;
  if (p.isText && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  if (flags === 0) return `re.compile(${r})`;
  const names: string[] = [];
  for (const [name, v] of FLAG_NAMES) {
    if (flags & v) {
      names.push(name);
      flags &= ~v;
    }
  }
  if (flags) names.push(`0x${flags.toString(16)}`);
  return `re.compile(${r}, ${names.join("|")})`;
}

function initTypes(): void {
  if (patternType !== undefined) return;
  patternType = newNativeType("Pattern", "re", false, T.objectType, "Compiled regular expression object.");
  matchType = newNativeType("Match", "re", false, T.objectType, "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.");
  finditerType = newNativeType("callable_iterator", "builtins", false);
  scannerType = newNativeType("SRE_Scanner", "_sre", false);
  void scannerType;
  defIterProtocol(finditerType);
  const P = patternType;
  const M = matchType;
  defNew(P, () => typeError("cannot create 're.Pattern' instances"));
  defNew(M, () => typeError("cannot create 're.Match' instances"));

  const matchLike = (name: string, variant: Variant, sticky: boolean) => {
    defMethod(P, name, (self, args, kw) => {
      const a = parseArgs(name, args, kw, ["string", "pos=", "endpos="]);
      return doMatch(pat(self), a[0]!, a[1], a[2], variant, sticky);
    });
  };
  matchLike("match", "plain", true);
  matchLike("fullmatch", "full", true);
  matchLike("search", "plain", false);

  defMethod(P, "findall", (self, args, kw) => {
    const a = parseArgs("findall", args, kw, ["string", "pos=", "endpos="]);
    const p = pat(self);
    const { cursor, subj } = cursorFor(p, a[0]!, a[1], a[2]);
    const out: PyValue[] = [];
    if (cursor !== null) {
      for (;;) {
        const r = cursor.next();
        if (r === null) break;
        const [m, e] = r;
        if (p.groups === 0) out.push(subj.slice(m.index, m.index + m[0].length));
        else {
          const empty = p.isText ? "" : newBytes(new Uint8Array(0));
          const gs = groupValues(m, e, p, subj, empty);
          decref(empty);
          out.push(p.groups === 1 ? gs[0] : newTupleOwned(gs));
        }
      }
    }
    return newListOwned(out);
  });
  defMethod(P, "finditer", (self, args, kw) => {
    const a = parseArgs("finditer", args, kw, ["string", "pos=", "endpos="]);
    const p = pat(self);
    const { cursor, a: pos, b: endpos } = cursorFor(p, a[0]!, a[1], a[2]);
    finditerType.rc++;
    return new FinditerIterator(finditerType, p, cursor, pos, endpos);
  });
  defMethod(P, "sub", (self, args, kw) => {
    const a = parseArgs("sub", args, kw, ["repl", "string", "count="]);
    return doSub(pat(self), a[0]!, a[1]!, a[2] === undefined ? 0 : indexArg(a[2]), false);
  });
  defMethod(P, "subn", (self, args, kw) => {
    const a = parseArgs("subn", args, kw, ["repl", "string", "count="]);
    return doSub(pat(self), a[0]!, a[1]!, a[2] === undefined ? 0 : indexArg(a[2]), true);
  });
  defMethod(P, "split", (self, args, kw) => {
    const a = parseArgs("split", args, kw, ["string", "maxsplit="]);
    const p = pat(self);
    const maxsplit = a[1] === undefined ? 0 : indexArg(a[1]);
    const subj = subjectOf(p, a[0]!);
    const out: PyValue[] = [];
    if (maxsplit < 0) {
      out.push(subj.slice(0, subj.text.length));
      return newListOwned(out);
    }
    const cursor = new MatchCursor(p, subj, 0, subj.text.length);
    let last = 0;
    let n = 0;
    while (maxsplit === 0 || n < maxsplit) {
      const r = cursor.next();
      if (r === null) break;
      const [m, e] = r;
      out.push(subj.slice(last, m.index));
      out.push(...groupValues(m, e, p, subj, None));
      last = m.index + m[0].length;
      n++;
    }
    out.push(subj.slice(last, subj.text.length));
    return newListOwned(out);
  });
  defMethod(P, "__repr__", (self) => patternRepr(pat(self)));
  defMethod(P, "__eq__", (self, args) => {
    const o = args[0];
    if (!(o instanceof PyPattern)) return NotImplemented;
    const p = pat(self);
    if (p === o) return true;
    return p.reFlags === o.reFlags && p.isText === o.isText && eq(p.pattern, o.pattern);
  });
  defMethod(P, "__ne__", (self, args) => {
    const o = args[0];
    if (!(o instanceof PyPattern)) return NotImplemented;
    const p = pat(self);
    return !(p.reFlags === o.reFlags && p.isText === o.isText && eq(p.pattern, o.pattern));
  });
  defMethod(P, "__hash__", (self) => {
    const p = pat(self);
    const h = hashOf(p.pattern);
    const v = (Number(BigInt.asIntN(53, BigInt(h))) ^ (p.reFlags * 1000003)) | 0;
    return v === -1 ? -2 : v;
  });
  defMethod(P, "__copy__", (self) => newref(self));
  defMethod(P, "__deepcopy__", (self) => newref(self));
  defMethod(P, "__reduce__", (self) => {
    const p = pat(self);
    return newTupleOwned([newref(compileFn!), newTupleOwned([newref(p.pattern), p.reFlags])]);
  });
  defGetSet(P, "pattern", (self) => newref(pat(self).pattern));
  defGetSet(P, "flags", (self) => pat(self).reFlags);
  defGetSet(P, "groups", (self) => pat(self).groups);
  defGetSet(P, "groupindex", (self) => {
    const p = pat(self);
    if (p.groupindex === null) {
      const d = newDict();
      for (const [k, v] of p.parsed.groupNames) d.set(k, v);
      p.groupindex = d;
    }
    return new MappingProxy(p.groupindex);
  });

  // Match
  defMethod(M, "group", (self, args, kw) => {
    if (kw !== null && kw.length > 0) typeError("group() takes no keyword arguments");
    const m = mat(self);
    if (args.length === 0) return m.group(0);
    if (args.length === 1) return m.group(groupIndex(m, args[0]));
    return newTupleOwned(args.map((g) => m.group(groupIndex(m, g))));
  });
  defMethod(M, "__getitem__", (self, args) => {
    const m = mat(self);
    return m.group(groupIndex(m, args[0]));
  });
  defMethod(M, "groups", (self, args, kw) => {
    const a = parseArgs("groups", args, kw, ["default="]);
    const m = mat(self);
    const dflt = a[0] ?? None;
    const out: PyValue[] = [];
    for (let g = 1; g <= m.pattern.groups; g++) out.push(m.spans[2 * g] < 0 ? newref(dflt) : m.group(g));
    return newTupleOwned(out);
  });
  defMethod(M, "groupdict", (self, args, kw) => {
    const a = parseArgs("groupdict", args, kw, ["default="]);
    const m = mat(self);
    const dflt = a[0] ?? None;
    const d = newDict();
    for (const [name, g] of m.pattern.parsed.groupNames) {
      const v = m.spans[2 * g] < 0 ? newref(dflt) : m.group(g);
      d.set(name, v);
      decref(v);
    }
    return d;
  });
  const spanFn = (name: string, f: (m: PyMatch, g: number) => PyValue) => {
    defMethod(M, name, (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
      if (args.length > 1) typeError(`${name} expected at most 1 argument, got ${args.length}`);
      const m = mat(self);
      return f(m, args.length === 0 ? 0 : groupIndex(m, args[0]));
    });
  };
  spanFn("start", (m, g) => (m.spans[2 * g] < 0 ? -1 : m.start(g)));
  spanFn("end", (m, g) => (m.spans[2 * g] < 0 ? -1 : m.end(g)));
  spanFn("span", (m, g) => (m.spans[2 * g] < 0 ? newTupleOwned([-1, -1]) : newTupleOwned([m.start(g), m.end(g)])));
  defMethod(M, "expand", (self, args, kw) => {
    const a = parseArgs("expand", args, kw, ["template"]);
    const m = mat(self);
    const t = templateOf(m.pattern, a[0]!);
    return fromText(m.pattern, expandTemplate(t, m));
  });
  defMethod(M, "__repr__", (self) => {
    const m = mat(self);
    const g0 = m.group(0);
    let r = repr(g0);
    decref(g0);
    if ([...r].length > 50) r = [...r].slice(0, 50).join("");
    return `<re.Match object; span=(${m.start(0)}, ${m.end(0)}), match=${r}>`;
  });
  defMethod(M, "__copy__", (self) => newref(self));
  defMethod(M, "__deepcopy__", (self) => newref(self));
  defGetSet(M, "string", (self) => newref(mat(self).subj.obj));
  defGetSet(M, "re", (self) => newref(mat(self).pattern));
  defGetSet(M, "pos", (self) => mat(self).pos);
  defGetSet(M, "endpos", (self) => mat(self).endpos);
  defGetSet(M, "lastindex", (self) => {
    const i = mat(self).lastIndex();
    return i < 0 ? None : i;
  });
  defGetSet(M, "lastgroup", (self) => {
    const m = mat(self);
    const i = m.lastIndex();
    if (i < 0) return None;
    for (const [name, g] of m.pattern.parsed.groupNames) if (g === i) return name;
    return None;
  });
  defGetSet(M, "regs", (self) => {
    const m = mat(self);
    const out: PyValue[] = [];
    for (let g = 0; g <= m.pattern.groups; g++) {
      out.push(m.spans[2 * g] < 0 ? newTupleOwned([-1, -1]) : newTupleOwned([m.start(g), m.end(g)]));
    }
    return newTupleOwned(out);
  });
}

let compileFn: PyValue | null = null;

/** re._compile: a Pattern passes through; str patterns are cached by text and flags. */
function compileCached(pattern: PyValue, flagsArg: PyValue | undefined): PyPattern {
  const flags = flagsArg === undefined ? 0 : indexArg(flagsArg);
  if (pattern instanceof PyPattern) {
    if (flags !== 0) valueError("cannot process flags argument with a compiled pattern");
    return newref(pattern);
  }
  const key = typeof pattern === "string" ? `s${flags}:${pattern}` : null;
  if (key !== null) {
    const hit = patternCache.get(key);
    if (hit !== undefined) return newref(hit);
  }
  const p = compilePattern(pattern, flags);
  if (key !== null) {
    if (patternCache.size >= 512) {
      const first = patternCache.keys().next().value as string;
      const old = patternCache.get(first)!;
      patternCache.delete(first);
      decref(old);
    }
    p.rc++;
    patternCache.set(key, p);
  }
  return p;
}

export function createReModule(): PyModule {
  initTypes();
  errorClass = null;
  for (const p of patternCache.values()) decref(p);
  patternCache.clear();
  const m = new PyModule("_re", "pyframe's regular expression engine (the core of re).");
  m.dict.set("Pattern", patternType);
  m.dict.set("Match", matchType);
  defFn(m, "compile", (args, kw) => {
    const a = parseArgs("compile", args, kw, ["pattern", "flags="]);
    return compileCached(a[0]!, a[1]);
  });
  // the module-level functions of re, without a Python-level frame per call
  const withPattern = (name: string, spec: string[], body: (p: PyPattern, a: (PyValue | undefined)[]) => PyValue) => {
    defFn(m, name, (args, kw) => {
      const a = parseArgs(name, args, kw, spec);
      const p = compileCached(a[0]!, a[spec.indexOf("flags=")]);
      try {
        return body(p, a);
      } finally {
        decref(p);
      }
    });
  };
  withPattern("match", ["pattern", "string", "flags="], (p, a) => doMatch(p, a[1]!, undefined, undefined, "plain", true));
  withPattern("fullmatch", ["pattern", "string", "flags="], (p, a) => doMatch(p, a[1]!, undefined, undefined, "full", true));
  withPattern("search", ["pattern", "string", "flags="], (p, a) => doMatch(p, a[1]!, undefined, undefined, "plain", false));
  withPattern("sub", ["pattern", "repl", "string", "count=", "flags="], (p, a) => doSub(p, a[1]!, a[2]!, a[3] === undefined ? 0 : indexArg(a[3]), false));
  withPattern("subn", ["pattern", "repl", "string", "count=", "flags="], (p, a) => doSub(p, a[1]!, a[2]!, a[3] === undefined ? 0 : indexArg(a[3]), true));
  withPattern("split", ["pattern", "string", "maxsplit=", "flags="], (p, a) => callMethod(p, "split", a[2] === undefined ? [a[1]!] : [a[1]!, a[2]], null));
  withPattern("findall", ["pattern", "string", "flags="], (p, a) => callMethod(p, "findall", [a[1]!], null));
  withPattern("finditer", ["pattern", "string", "flags="], (p, a) => callMethod(p, "finditer", [a[1]!], null));
  compileFn = m.dict.getStr("compile")!;
  defFn(m, "purge", () => {
    for (const p of patternCache.values()) decref(p);
    patternCache.clear();
    return None;
  });
  defFn(m, "_set_error", (args) => {
    if (errorClass !== null) decref(errorClass);
    errorClass = newref(args[0]);
    return None;
  });
  defFn(m, "_repr_str", (args) => pyRepr(args[0] as string));
  return m;
}
