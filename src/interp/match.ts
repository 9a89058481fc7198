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
import { Cmp, eq, isTrue, richCompare } from "../runtime/ops/compare.js";
import { getAttr, getAttrOpt } from "../runtime/ops/attr.js";
import { call, callMethod } from "../runtime/ops/call.js";
import { getItem, len } from "../runtime/ops/seq.js";
import { getIter, iterNext, iterToArray } from "../runtime/ops/iter.js";
import { STOP } from "../runtime/types/iterator.js";
import { isInstance } from "../runtime/modules/builtins.js";
import { dictUpdateArg } from "../runtime/types/dict-type.js";
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
      // compiler_pattern_value: `subject == value` (COMPARE_OP, no identity shortcut)
      const v = evalSimple(f, p.value);
      try {
        const r = richCompare(subject, v, Cmp.Eq);
        try {
          return typeof r === "boolean" ? r : isTrue(r);
        } finally {
          if (typeof r === "object") decref(r);
        }
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
      // compiler_pattern_sequence: MATCH_SEQUENCE, a length check, then subscripts (`*_`) or unpacking
      if (!isSequence(subject)) return false;
      const pats = p.patterns;
      const size = pats.length;
      const star = p.star;
      if (star < 0) {
        if (len(subject) !== size) return false;
      } else if (size > 1 && len(subject) < size - 1) return false;
      const starWild = star >= 0 && pats[star].kind === "star" && (pats[star] as { target: Node | null }).target === null;
      if (pats.every((q, i) => (i === star ? starWild : isWildcard(q)))) return true;
      if (starWild) {
        for (let i = 0; i < size; i++) {
          if (i === star || isWildcard(pats[i])) continue;
          // pattern_helper_sequence_subscr: a nonnegative index after the star
          const v = getItem(subject, i < star ? i : len(subject) - (size - i));
          keepAlive.push(v);
          if (!matchPattern(f, pats[i], v, caps)) return false;
        }
        return true;
      }
      const items = unpackForPattern(subject, size, star);
      for (let i = 0; i < size; i++) {
        if (i === star) {
          caps.push([(pats[i] as { target: Node }).target, items[i]]);
          continue;
        }
        if (!matchPattern(f, pats[i], items[i], caps)) return false;
      }
      return true;
    }
    case "mapping": {
      // compiler_pattern_mapping: MATCH_MAPPING, len >= number of keys, MATCH_KEYS, sub-patterns, then the rest
      if (!isMapping(subject)) return false;
      const nkeys = p.keys.length;
      if (nkeys > 0 && len(subject) < nkeys) return false;
      const keys: PyValue[] = [];
      try {
        for (const k of p.keys) keys.push(evalSimple(f, k));
        const values = matchKeys(subject, keys);
        if (values === null) return false;
        for (let i = 0; i < values.length; i++) if (!matchPattern(f, p.patterns[i], values[i], caps)) return false;
        if (p.rest !== null) {
          // COPY_DICT_WITHOUT_KEYS
          const rest = newDict();
          keepAlive.push(rest);
          dictUpdateArg(rest, subject);
          for (const k of keys) {
            const old = rest.pop(k);
            if (old === undefined) throw newException(T.keyErrorType, [k]);
            decref(old);
          }
          caps.push([p.rest, rest]);
        }
        return true;
      } finally {
        for (const k of keys) decref(k);
      }
    }
    case "class": {
      // compiler_pattern_class / MATCH_CLASS: isinstance, then every attribute fetched, then the sub-patterns
      const cls = evalSimple(f, p.cls);
      try {
        if (!(cls instanceof PyType)) typeError("called match pattern must be a type");
        if (!isInstance(subject, cls)) return false;
        const seen: string[] = [];
        const attrs: PyValue[] = [];
        const fetch = (name: string): boolean => {
          if (seen.includes(name)) typeError(`${cls.name}() got multiple sub-patterns for attribute ${repr(name)}`);
          seen.push(name);
          const v = getAttrOpt(subject, name);
          if (v === undefined) return false;
          keepAlive.push(v);
          attrs.push(v);
          return true;
        };
        const nargs = p.patterns.length;
        if (nargs > 0) {
          let matchArgs: PyValue[] | null = null;
          const ma = getAttrOpt(cls, "__match_args__");
          if (ma !== undefined) {
            keepAlive.push(ma);
            if (!(ma instanceof PyTuple)) typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).name})`);
            matchArgs = ma.items;
          }
          const matchSelf = matchArgs === null && MATCH_SELF_TYPES().some((t) => cls.isSubtypeOf(t));
          const allowed = matchArgs !== null ? matchArgs.length : matchSelf ? 1 : 0;
          if (allowed < nargs) {
            typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
          }
          if (matchSelf) {
            attrs.push(subject);
          } else {
            for (let i = 0; i < nargs; i++) {
              const name = matchArgs![i];
              if (typeof name !== "string") typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
              if (!fetch(name)) return false;
            }
          }
        }
        for (const name of p.kwdAttrs) if (!fetch(name)) return false;
        const subs = [...p.patterns, ...p.kwdPatterns];
        for (let i = 0; i < subs.length; i++) if (!matchPattern(f, subs[i], attrs[i], caps)) return false;
        return true;
      } finally {
        decref(cls);
      }
    }
    case "star":
      return true;
  }
}

/** `_`: a MatchAs without pattern or name. */
function isWildcard(p: CompiledPattern): boolean {
  return p.kind === "as" && p.pattern === null && p.target === null;
}

/**
 * UNPACK_SEQUENCE / UNPACK_EX for a sequence pattern: `size` values (the star's a new list), kept
 * alive in keepAlive. The length was checked before, but an iterator may disagree with __len__.
 */
function unpackForPattern(subject: PyValue, size: number, star: number): PyValue[] {
  let all: PyValue[];
  if ((subject instanceof PyTuple && subject.type === T.tupleType) || (subject instanceof PyList && subject.type === T.listType)) {
    all = subject.items.slice();
  } else if (star < 0) {
    const it = getIter(subject);
    try {
      all = [];
      for (;;) {
        const v = iterNext(it);
        if (v === STOP) break;
        keepAlive.push(v);
        all.push(v);
        if (all.length > size) throw newException(T.valueErrorType, [`too many values to unpack (expected ${size})`]);
      }
    } finally {
      decref(it);
    }
  } else {
    all = iterToArrayBorrowed(subject);
  }
  if (star < 0) {
    if (all.length > size) throw newException(T.valueErrorType, [`too many values to unpack (expected ${size})`]);
    if (all.length < size) throw newException(T.valueErrorType, [`not enough values to unpack (expected ${size}, got ${all.length})`]);
    return all;
  }
  const after = size - star - 1;
  if (all.length < size - 1) throw newException(T.valueErrorType, [`not enough values to unpack (expected at least ${size - 1}, got ${all.length})`]);
  const middle = newListOwned(all.slice(star, all.length - after).map((x) => newref(x)));
  keepAlive.push(middle);
  return [...all.slice(0, star), middle, ...all.slice(all.length - after)];
}

/** MATCH_KEYS (match_keys): map.get(key, dummy) for each key, with the duplicate check; null when one is missing. */
function matchKeys(m: PyValue, keys: PyValue[]): PyValue[] | null {
  const values: PyValue[] = [];
  const seen: PyValue[] = [];
  const exact = m instanceof PyDict && m.type === T.dictType;
  const get = exact ? null : getAttr(m, "get");
  const dummy = exact ? null : newDict();
  try {
    for (const k of keys) {
      if (seen.some((x) => eq(x, k))) throw newException(T.valueErrorType, [`mapping pattern checks duplicate key (${repr(k)})`]);
      seen.push(k);
      let v: PyValue | undefined;
      if (exact) {
        v = (m as PyDict).get(k);
        if (v !== undefined) v = newref(v);
      } else {
        v = call(get!, [k, dummy!], null);
        if (v === dummy) {
          decref(v);
          v = undefined;
        }
      }
      if (v === undefined) return null;
      keepAlive.push(v);
      values.push(v);
    }
    return values;
  } finally {
    if (get !== null) decref(get);
    if (dummy !== null) decref(dummy);
  }
}

/** Values created during matching, released once the captures are bound. */
const keepAlive: PyValue[] = [];

function iterToArrayBorrowed(v: PyValue): PyValue[] {
  const items = iterToArray(v);
  for (const x of items) keepAlive.push(x);
  return items;
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

