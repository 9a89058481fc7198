// Structural pattern matching (PEP 634; Language Reference 8.6). Patterns are matched natively;
// captures are collected and bound only when a whole pattern matched, as CPython does. Guards
// run in the loop (they may call anything), so the loop asks for the first matching case from a
// given index.

import { decref, newref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyType } from "../runtime/type.js";
import { typeOf } from "../runtime/typeof.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { PyList } from "../runtime/types/list.js";
import { PyException } from "../runtime/types/exception.js";
import { newDict, newListOwned } from "../runtime/values.js";
import { newException, typeError } from "../runtime/errors.js";
import { eq } from "../runtime/ops/compare.js";
import { getAttr, getAttrOpt } from "../runtime/ops/attr.js";
import { callMethod } from "../runtime/ops/call.js";
import { getItem } from "../runtime/ops/seq.js";
import { iterToArray } from "../runtime/ops/iter.js";
import { binaryOp, negative, type Op } from "../runtime/ops/number.js";
import { repr } from "../runtime/ops/repr.js";
import { APPLY, OP, type Node } from "./nodes.js";
import type { Frame } from "./frame.js";
import type { CompiledPattern } from "./compile.js";
import { storeTo, loadNameOpt } from "./names.js";
import { vm } from "./vm.js";

export interface MatchCase {
  pattern: CompiledPattern;
  guard: Node | null;
  body: Node;
}

/** Evaluates a value-pattern expression (a literal, dotted name, or signed/complex literal). New reference. */
function evalSimple(f: Frame, n: Node): PyValue {
  switch (n.op) {
    case OP.CONST:
      return newref(n.v!);
    case OP.LOAD_FAST: {
      const v = f.locals[n.i];
      if (v === undefined) throw newException(T.unboundLocalErrorType, [`cannot access local variable '${n.s}' where it is not associated with a value`]);
      return newref(v);
    }
    case OP.LOAD_DEREF:
    case OP.LOAD_CLASSDEREF: {
      const v = f.cells[n.i].ref;
      if (v === undefined) throw newException(T.nameErrorType, [`cannot access free variable '${n.s}' where it is not associated with a value in enclosing scope`]);
      return newref(v);
    }
    case OP.LOAD_GLOBAL:
    case OP.LOAD_NAME: {
      const v = n.op === OP.LOAD_NAME ? loadNameOpt(f, n.s) : loadGlobal(f, n.s);
      if (v === undefined) throw newException(T.nameErrorType, [`name '${n.s}' is not defined`]);
      return v;
    }
    case OP.EVAL: {
      if (n.j === APPLY.ATTR) {
        const o = evalSimple(f, n.kids[0]);
        try {
          return getAttr(o, n.s);
        } finally {
          decref(o);
        }
      }
      if (n.j === APPLY.UNARY) {
        const o = evalSimple(f, n.kids[0]);
        try {
          return negative(o);
        } finally {
          decref(o);
        }
      }
      if (n.j === APPLY.BINOP) {
        const a = evalSimple(f, n.kids[0]);
        const b = evalSimple(f, n.kids[1]);
        try {
          return binaryOp(a, b, n.i as Op);
        } finally {
          decref(a);
          decref(b);
        }
      }
    }
  }
  throw new Error("match: unsupported value expression");
}

function loadGlobal(f: Frame, name: string): PyValue | undefined {
  const g = f.globals.getStr(name);
  if (g !== undefined) return newref(g);
  const b = f.builtins.getStr(name);
  return b === undefined ? undefined : newref(b);
}

type Captures = [Node, PyValue][];

function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  if (t === T.strType || t === T.bytesType || t === T.bytearrayType) return false;
  if (t.isSubtypeOf(T.strType) || t.isSubtypeOf(T.bytesType) || t.isSubtypeOf(T.bytearrayType)) return false;
  if (t.isSubtypeOf(T.listType) || t.isSubtypeOf(T.tupleType) || t.isSubtypeOf(T.rangeType) || t.isSubtypeOf(T.memoryviewType)) return true;
  return abcCheck(v, "Sequence");
}

function isMapping(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.isSubtypeOf(T.dictType) || t === T.mappingproxyType) return true;
  return abcCheck(v, "Mapping");
}

/** isinstance(v, collections.abc.<name>) when collections.abc has been imported. */
function abcCheck(v: PyValue, name: string): boolean {
  const abc = vm.modules.getStr("collections.abc") ?? vm.modules.getStr("_collections_abc");
  if (abc === undefined) return false;
  const cls = getAttrOpt(abc, name);
  if (cls === undefined) return false;
  try {
    const r = callMethod(cls, "__instancecheck__", [v]);
    return r === true;
  } finally {
    decref(cls);
  }
}

const MATCH_SELF_TYPES = () => [T.boolType, T.bytearrayType, T.bytesType, T.dictType, T.floatType, T.frozensetType, T.intType, T.listType, T.setType, T.strType, T.tupleType];

function matchPattern(f: Frame, p: CompiledPattern, subject: PyValue, caps: Captures): boolean {
  switch (p.kind) {
    case "value": {
      const v = evalSimple(f, p.value);
      try {
        return eq(subject, v);
      } finally {
        decref(v);
      }
    }
    case "singleton":
      return subject === p.constant;
    case "as": {
      if (p.pattern !== null && !matchPattern(f, p.pattern, subject, caps)) return false;
      if (p.target !== null) caps.push([p.target, subject]);
      return true;
    }
    case "or": {
      for (const alt of p.patterns) {
        const mark = caps.length;
        if (matchPattern(f, alt, subject, caps)) return true;
        caps.length = mark;
      }
      return false;
    }
    case "sequence": {
      if (!isSequence(subject)) return false;
      const items: PyValue[] = subject instanceof PyTuple || subject instanceof PyList ? (subject as PyTuple).items.slice() : iterToArrayBorrowed(subject);
      const n = items.length;
      const pats = p.patterns;
      if (p.star < 0) {
        if (n !== pats.length) return false;
        for (let i = 0; i < n; i++) if (!matchPattern(f, pats[i], items[i], caps)) return false;
        return true;
      }
      const before = p.star;
      const after = pats.length - p.star - 1;
      if (n < before + after) return false;
      for (let i = 0; i < before; i++) if (!matchPattern(f, pats[i], items[i], caps)) return false;
      for (let i = 0; i < after; i++) if (!matchPattern(f, pats[p.star + 1 + i], items[n - after + i], caps)) return false;
      const star = pats[p.star];
      if (star.kind === "star" && star.target !== null) {
        const middle = newListOwned(items.slice(before, n - after).map((x) => newref(x)));
        keepAlive.push(middle);
        caps.push([star.target, middle]);
      }
      return true;
    }
    case "mapping": {
      if (!isMapping(subject)) return false;
      const keys = p.keys.map((k) => evalSimple(f, k));
      try {
        for (let i = 0; i < keys.length; i++) {
          for (let j = 0; j < i; j++) {
            if (eq(keys[i], keys[j])) throw newException(T.valueErrorType, [`mapping pattern checks duplicate key (${repr(keys[i])})`]);
          }
        }
        const values: PyValue[] = [];
        for (const k of keys) {
          const v = mappingGet(subject, k);
          if (v === undefined) {
            for (const x of values) decref(x);
            return false;
          }
          values.push(v);
        }
        for (const v of values) keepAlive.push(v);
        for (let i = 0; i < values.length; i++) if (!matchPattern(f, p.patterns[i], values[i], caps)) return false;
        if (p.rest !== null) {
          const rest = newDict();
          const all = subject instanceof PyDict ? subject.keyList() : iterToArrayBorrowed(callMethod(subject, "keys", []));
          for (const k of all) {
            if (keys.some((x) => eq(x, k))) continue;
            const v = getItem(subject, k);
            rest.set(k, v);
            decref(v);
          }
          keepAlive.push(rest);
          caps.push([p.rest, rest]);
        }
        return true;
      } finally {
        for (const k of keys) decref(k);
      }
    }
    case "class": {
      const cls = evalSimple(f, p.cls);
      try {
        if (!(cls instanceof PyType)) typeError("called match pattern must be a class");
        if (!typeOf(subject).isSubtypeOf(cls)) return false;
        const seen = new Set<string>();
        if (p.patterns.length > 0) {
          let matchArgs: PyValue[] | null = null;
          const ma = getAttrOpt(cls, "__match_args__");
          if (ma !== undefined) {
            if (!(ma instanceof PyTuple)) {
              const tn = typeOf(ma).name;
              decref(ma);
              typeError(`${cls.name}.__match_args__ must be a tuple (got ${tn})`);
            }
            matchArgs = ma.items.slice();
            keepAlive.push(ma);
          }
          const selfMatch = matchArgs === null && MATCH_SELF_TYPES().some((t) => cls.isSubtypeOf(t));
          if (matchArgs === null && selfMatch) {
            if (p.patterns.length > 1) typeError(`${cls.name}() accepts 1 positional sub-pattern (${p.patterns.length} given)`);
            if (!matchPattern(f, p.patterns[0], subject, caps)) return false;
          } else {
            const args = matchArgs ?? [];
            if (p.patterns.length > args.length) {
              typeError(`${cls.name}() accepts ${args.length} positional sub-pattern${args.length === 1 ? "" : "s"} (${p.patterns.length} given)`);
            }
            for (let i = 0; i < p.patterns.length; i++) {
              const name = args[i];
              if (typeof name !== "string") typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
              if (seen.has(name)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
              seen.add(name);
              const v = getAttrOpt(subject, name);
              if (v === undefined) return false;
              keepAlive.push(v);
              if (!matchPattern(f, p.patterns[i], v, caps)) return false;
            }
          }
        }
        for (let i = 0; i < p.kwdAttrs.length; i++) {
          const name = p.kwdAttrs[i];
          if (seen.has(name)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
          seen.add(name);
          const v = getAttrOpt(subject, name);
          if (v === undefined) return false;
          keepAlive.push(v);
          if (!matchPattern(f, p.kwdPatterns[i], v, caps)) return false;
        }
        return true;
      } finally {
        decref(cls);
      }
    }
    case "star":
      return true;
  }
}

/** Values created during matching, released once the captures are bound. */
const keepAlive: PyValue[] = [];

function iterToArrayBorrowed(v: PyValue): PyValue[] {
  const items = iterToArray(v);
  for (const x of items) keepAlive.push(x);
  return items;
}

function mappingGet(m: PyValue, k: PyValue): PyValue | undefined {
  if (m instanceof PyDict && m.type === T.dictType) {
    const v = m.get(k);
    return v === undefined ? undefined : newref(v);
  }
  const sentinel = newDict();
  try {
    const v = callMethod(m, "get", [k, sentinel]);
    if (v === sentinel) {
      decref(v);
      return undefined;
    }
    return v;
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(T.keyErrorType)) {
      decref(e);
      return undefined;
    }
    throw e;
  } finally {
    decref(sentinel);
  }
}

/** The index of the first case from `start` whose pattern matches `subject` (names bound), or -1. */
export function runMatch(f: Frame, e: Node, subject: PyValue, start: number): number {
  const cases = e.x as MatchCase[];
  for (let c = start; c < cases.length; c++) {
    const caps: Captures = [];
    const mark = keepAlive.length;
    try {
      if (matchPattern(f, cases[c].pattern, subject, caps)) {
        for (const [target, value] of caps) storeTo(f, target, value);
        return c;
      }
    } finally {
      const held = keepAlive.splice(mark);
      for (const v of held) decref(v);
    }
  }
  return -1;
}

