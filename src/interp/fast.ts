// Fast closures (ARCHITECTURE.md, technique 1): subtrees that contain no call and no
// yield/await are compiled once into closures that read borrowed references and finish the
// common cases (int/float/str arithmetic and comparisons, local and global loads, plain
// attribute reads, list/tuple/dict indexing) in one machine step. A closure returns GIVE_UP
// before any side effect whenever it meets anything else (a user-defined __add__, a property,
// an error to raise), and the machine then evaluates the subtree step by step, which gives the
// same result and the same exception positions. Simple statements built from such subtrees
// (assignments, augmented assignments) get a whole-statement closure too.

import { decref, type PyObject, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyType } from "../runtime/type.js";
import { PyFloat } from "../runtime/types/float.js";
import { PyList } from "../runtime/types/list.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyInstance } from "../runtime/types/instance.js";
import { PyFunction, PyMethod } from "../runtime/types/function.js";
import { PyModule } from "../runtime/types/module.js";
import { None, newFloat, newTupleOwned, newListOwned } from "../runtime/values.js";
import { descrKind, DescrKind } from "../runtime/ops/attr.js";
import * as I from "../runtime/ops/intmath.js";
import { Op } from "../runtime/ops/number.js";
import { APPLY, GIVE_UP, Node, OP, type FastFn, type FastResult, type FastStmt } from "./nodes.js";
import type { CodeImpl, Frame } from "./frame.js";
import { CmpKind, StoreKind, UnaryKind } from "./compile.js";
import { jitExpr, jitStmt } from "./jit.js";
import { AttrSite, sitePlainStore } from "./attr-site.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function release(v: PyValue): void {
  if (typeof v === "object") decref(v);
}

// ---- operations on primitives ---------------------------------------------------------------

/** int/float/str binary operations that cannot raise; GIVE_UP otherwise. Operands are borrowed. */
export function fastBinary(a: PyValue, b: PyValue, op: Op): FastResult {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case Op.Add: {
        const r = a + b;
        return r <= MAX_SAFE && r >= -MAX_SAFE ? r : I.add(a, b);
      }
      case Op.Sub: {
        const r = a - b;
        return r <= MAX_SAFE && r >= -MAX_SAFE ? r : I.sub(a, b);
      }
      case Op.Mul: {
        const r = a * b;
        return r <= MAX_SAFE && r >= -MAX_SAFE ? (r === 0 ? 0 : r) : I.mul(a, b);
      }
      case Op.FloorDiv:
        return b === 0 ? GIVE_UP : I.floordiv(a, b);
      case Op.Mod:
        return b === 0 ? GIVE_UP : I.mod(a, b);
      case Op.TrueDiv:
        return b === 0 ? GIVE_UP : newFloat(a / b);
      case Op.And:
        return (a | 0) === a && (b | 0) === b ? a & b : I.and(a, b);
      case Op.Or:
        return (a | 0) === a && (b | 0) === b ? a | b : I.or(a, b);
      case Op.Xor:
        return (a | 0) === a && (b | 0) === b ? a ^ b : I.xor(a, b);
      case Op.LShift:
        return b < 0 || b > 64 ? GIVE_UP : I.lshift(a, b);
      case Op.RShift:
        return b < 0 ? GIVE_UP : I.rshift(a, b);
      case Op.Pow:
        return b < 0 || b > 64 ? GIVE_UP : I.powNonNeg(a, b);
      default:
        return GIVE_UP;
    }
  }
  let x: number;
  let y: number;
  if (typeof a === "object" && a.type === T.floatType) {
    x = (a as PyFloat).value;
    if (typeof b === "object" && b.type === T.floatType) y = (b as PyFloat).value;
    else if (typeof b === "number") y = b;
    else return fastStrOp(a, b, op);
  } else if (typeof a === "number" && typeof b === "object" && b.type === T.floatType) {
    x = a;
    y = (b as PyFloat).value;
  } else {
    return fastStrOp(a, b, op);
  }
  switch (op) {
    case Op.Add:
      return newFloat(x + y);
    case Op.Sub:
      return newFloat(x - y);
    case Op.Mul:
      return newFloat(x * y);
    case Op.TrueDiv:
      return y === 0 ? GIVE_UP : newFloat(x / y);
    default:
      return GIVE_UP;
  }
}

function fastStrOp(a: PyValue, b: PyValue, op: Op): FastResult {
  if (typeof a === "string") {
    if (op === Op.Add && typeof b === "string") return a + b;
    if (op === Op.Mul && typeof b === "number" && a.length * b < 1 << 20) return b <= 0 ? "" : a.repeat(b);
  }
  return GIVE_UP;
}

/** Comparisons of ints, floats and strs, and identity; GIVE_UP otherwise. */
export function fastCompare(a: PyValue, b: PyValue, op: CmpKind): FastResult {
  if (op === CmpKind.Is) return a === b;
  if (op === CmpKind.IsNot) return a !== b;
  let x: number | string;
  let y: number | string;
  const ta = typeof a;
  if (ta === "number" || ta === "string") {
    if (typeof b !== ta) {
      if (ta === "number" && typeof b === "object" && b.type === T.floatType) {
        x = a as number;
        y = (b as PyFloat).value;
      } else return GIVE_UP;
    } else {
      x = a as number | string;
      y = b as number | string;
      if (ta === "string" && op !== CmpKind.Eq && op !== CmpKind.Ne && op < CmpKind.Is && !asciiOrBmp(x as string, y as string)) return GIVE_UP;
    }
  } else if (ta === "object" && (a as PyObject).type === T.floatType) {
    x = (a as PyFloat).value;
    if (typeof b === "number") y = b;
    else if (typeof b === "object" && b.type === T.floatType) y = (b as PyFloat).value;
    else return GIVE_UP;
  } else {
    if (op === CmpKind.In || op === CmpKind.NotIn) return fastContains(b, a, op === CmpKind.In);
    return GIVE_UP;
  }
  switch (op) {
    case CmpKind.Lt:
      return x < y;
    case CmpKind.Le:
      return x <= y;
    case CmpKind.Eq:
      return x === y;
    case CmpKind.Ne:
      return x !== y;
    case CmpKind.Gt:
      return x > y;
    case CmpKind.Ge:
      return x >= y;
    case CmpKind.In:
    case CmpKind.NotIn:
      return fastContains(b, a, op === CmpKind.In);
    default:
      return GIVE_UP;
  }
}

/** UTF-16 order equals code-point order unless a surrogate may meet a character at or above U+D800. */
function asciiOrBmp(a: string, b: string): boolean {
  return !hasHighBmp(a) && !hasHighBmp(b);
}

function hasHighBmp(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xd800) return true;
  return false;
}

function fastContains(container: PyValue, item: PyValue, positive: boolean): FastResult {
  if (typeof container === "object") {
    const t = container.type;
    if (t === T.dictType && (typeof item === "string" || typeof item === "number")) {
      const found = (container as PyDict).hasPrimitive(item);
      if (found === undefined) return GIVE_UP;
      return positive ? found : !found;
    }
    if ((t === T.listType || t === T.tupleType) && (typeof item === "number" || typeof item === "string")) {
      const items = (container as PyList).items;
      for (let i = 0; i < items.length; i++) {
        const v = items[i];
        if (v === item) return positive;
        if (typeof v === "object") return GIVE_UP; // a user type could claim equality
      }
      return !positive;
    }
  } else if (typeof container === "string" && typeof item === "string") {
    const found = container.includes(item);
    return positive ? found : !found;
  }
  return GIVE_UP;
}

/** Truthiness without calling Python code: 1 / 0, or -1 when a __bool__/__len__ could run. */
export function fastTruth(v: PyValue): number {
  switch (typeof v) {
    case "boolean":
      return v ? 1 : 0;
    case "number":
      return v !== 0 ? 1 : 0;
    case "string":
      return v.length !== 0 ? 1 : 0;
    case "bigint":
      return 1;
  }
  if (v === None) return 0;
  const t = v.type;
  if (t === T.floatType) return (v as PyFloat).value !== 0 ? 1 : 0;
  if (t === T.listType || t === T.tupleType) return (v as PyList).items.length !== 0 ? 1 : 0;
  if (t === T.dictType) return (v as PyDict).size !== 0 ? 1 : 0;
  if (v instanceof PyInstance && t.lookup("__bool__") === undefined && t.lookup("__len__") === undefined) return 1;
  return -1;
}

/** fastGetAttr without the new reference: GIVE_UP where a new object (a bound method) would be needed. */
export function fastAttrBorrowed(obj: PyValue, site: AttrSite): FastResult {
  if (typeof obj !== "object") return GIVE_UP;
  const t = obj.type;
  const name = site.name;
  if (obj instanceof PyModule) {
    if (t !== T.moduleType) return GIVE_UP;
    const v = obj.dict.getStr(name);
    return v === undefined ? GIVE_UP : v;
  }
  if (obj instanceof PyType) {
    const v = fastTypeAttr(obj, name);
    if (typeof v === "object") v.rc--; // borrowed: the type keeps it alive
    return v;
  }
  if ((site.type !== t || site.version !== t.version) && !site.fill(t)) return GIVE_UP;
  if (!site.generic) return GIVE_UP;
  const descr = site.descr;
  if (descr !== undefined && typeof descr === "object") {
    const kind = site.kind;
    if (kind === DescrKind.Data) return GIVE_UP;
    const d = obj.dict;
    if (d !== null) {
      const v = d.getStr(name);
      if (v !== undefined) return v;
    }
    return kind === DescrKind.Plain ? descr : GIVE_UP;
  }
  const d = obj.dict;
  if (d !== null) {
    const v = d.getStr(name);
    if (v !== undefined) return v;
  }
  return descr === undefined ? GIVE_UP : descr;
}

export { fastContains as fastContainsBorrowed };

/** A class whose instances store attributes straight into their __dict__. */
export function plainInstanceSetattr(t: PyType, site: AttrSite): boolean {
  return sitePlainStore(site, t);
}

/** Plain attribute reads: instance dict entries, class attributes without __get__, functions as bound methods, modules. */
export function fastGetAttr(obj: PyValue, site: AttrSite): FastResult {
  if (typeof obj !== "object") return GIVE_UP;
  const t = obj.type;
  const name = site.name;
  if (obj instanceof PyModule) {
    if (t !== T.moduleType) return GIVE_UP;
    const v = obj.dict.getStr(name);
    if (v === undefined) return GIVE_UP;
    if (typeof v === "object") v.rc++;
    return v;
  }
  if (obj instanceof PyType) return fastTypeAttr(obj, name);
  if ((site.type !== t || site.version !== t.version) && !site.fill(t)) return GIVE_UP;
  if (!site.generic) return GIVE_UP;
  const descr = site.descr;
  if (descr !== undefined && typeof descr === "object") {
    const kind = site.kind;
    if (kind === DescrKind.Data) return GIVE_UP;
    const d = obj.dict;
    if (d !== null) {
      const v = d.getStr(name);
      if (v !== undefined) {
        if (typeof v === "object") v.rc++;
        return v;
      }
    }
    if (kind === DescrKind.Plain) {
      descr.rc++;
      return descr;
    }
    if (descr instanceof PyFunction) {
      descr.rc++;
      obj.rc++;
      return new PyMethod(descr, obj);
    }
    return GIVE_UP;
  }
  const d = obj.dict;
  if (d !== null) {
    const v = d.getStr(name);
    if (v !== undefined) {
      if (typeof v === "object") v.rc++;
      return v;
    }
  }
  if (descr !== undefined) return descr; // a primitive class attribute
  return GIVE_UP;
}

/** Class attribute reads: plain values and functions found along the MRO of a class whose metaclass is `type`. */
function fastTypeAttr(cls: PyType, name: string): FastResult {
  if (cls.type !== T.typeType) return GIVE_UP;
  if (T.typeType.lookup(name) !== undefined) return GIVE_UP; // a metatype descriptor such as __name__
  const v = cls.lookup(name);
  if (v === undefined) return GIVE_UP;
  if (typeof v !== "object") return v;
  if (v instanceof PyFunction || descrKind(v) === DescrKind.Plain) {
    v.rc++;
    return v;
  }
  return GIVE_UP;
}

/** list[int], tuple[int], dict[str|int] without raising. */
export function fastSubscript(o: PyValue, k: PyValue): FastResult {
  if (typeof o !== "object") return GIVE_UP;
  const t = o.type;
  if (typeof k === "number") {
    if (t === T.listType || t === T.tupleType) {
      const items = (o as PyList).items;
      const i = k < 0 ? k + items.length : k;
      if (i < 0 || i >= items.length) return GIVE_UP;
      const v = items[i];
      if (typeof v === "object") v.rc++;
      return v;
    }
  }
  if (t === T.dictType && (typeof k === "string" || typeof k === "number")) {
    const v = (o as PyDict).get(k);
    if (v === undefined) return GIVE_UP;
    if (typeof v === "object") v.rc++;
    return v;
  }
  return GIVE_UP;
}

// ---- closure builders ---------------------------------------------------------------------

function constFn(v: PyValue): FastFn {
  if (typeof v === "object") return () => (v.rc++, v);
  return () => v;
}

function unaryFn(kid: FastFn, kind: UnaryKind): FastFn {
  return (f) => {
    const v = kid(f);
    if (v === GIVE_UP) return GIVE_UP;
    if (typeof v === "number") {
      if (kind === UnaryKind.Neg) return v === 0 ? 0 : -v;
      if (kind === UnaryKind.Pos) return v;
      return (v | 0) === v ? ~v : I.invert(v);
    }
    if (typeof v === "object" && v.type === T.floatType) {
      if (kind === UnaryKind.Neg) {
        const r = newFloat(-(v as PyFloat).value);
        decref(v);
        return r;
      }
      if (kind === UnaryKind.Pos) return v;
    }
    release(v);
    return GIVE_UP;
  };
}

/** Builds the closure for an expression node, or null if it cannot have one. */
function makeFast(n: Node): FastFn | null {
  switch (n.op) {
    case OP.CONST:
      return constFn(n.v!);
    case OP.LOAD_FAST: {
      const i = n.i;
      return (f) => {
        const v = f.locals[i];
        if (v === undefined) return GIVE_UP;
        if (typeof v === "object") v.rc++;
        return v;
      };
    }
    case OP.LOAD_DEREF: {
      const i = n.i;
      return (f) => {
        const v = f.cells[i].ref;
        if (v === undefined) return GIVE_UP;
        if (typeof v === "object") v.rc++;
        return v;
      };
    }
    case OP.LOAD_GLOBAL: {
      const name = n.s;
      return (f) => {
        let v = f.globals.getStr(name);
        if (v === undefined) {
          v = f.builtins.getStr(name);
          if (v === undefined) return GIVE_UP;
        }
        if (typeof v === "object") v.rc++;
        return v;
      };
    }
    case OP.LOAD_NAME: {
      const name = n.s;
      return (f) => {
        const ld = f.localsDict;
        let v: PyValue | undefined;
        // a dict subclass may override __getitem__ (LOAD_NAME uses PyObject_GetItem then)
        if (ld instanceof PyDict && ld.type === T.dictType) v = ld.getStr(name);
        else if (ld !== null) return GIVE_UP;
        if (v === undefined) {
          v = f.globals.getStr(name);
          if (v === undefined) {
            v = f.builtins.getStr(name);
            if (v === undefined) return GIVE_UP;
          }
        }
        if (typeof v === "object") v.rc++;
        return v;
      };
    }
    case OP.BOOLOP: {
      const kids = n.kids.map((k) => k.fast);
      if (kids.some((k) => k === null)) return null;
      const fns = kids as FastFn[];
      const isAnd = n.i === 1;
      return (f) => {
        let v: FastResult = GIVE_UP;
        for (let i = 0; i < fns.length; i++) {
          v = fns[i](f);
          if (v === GIVE_UP) return GIVE_UP;
          if (i === fns.length - 1) return v;
          const t = fastTruth(v);
          if (t < 0) {
            release(v);
            return GIVE_UP;
          }
          if (isAnd ? t === 0 : t === 1) return v;
          release(v);
        }
        return v;
      };
    }
    case OP.IFEXP: {
      const test = n.a!.fast;
      const body = n.b!.fast;
      const orelse = n.c!.fast;
      if (test === null || body === null || orelse === null) return null;
      return (f) => {
        const c = test(f);
        if (c === GIVE_UP) return GIVE_UP;
        const t = fastTruth(c);
        release(c);
        if (t < 0) return GIVE_UP;
        return t === 1 ? body(f) : orelse(f);
      };
    }
    case OP.EVAL:
      return makeFastEval(n);
    default:
      return null;
  }
}

function makeFastEval(n: Node): FastFn | null {
  const kids = n.kids.map((k) => k.fast);
  if (kids.some((k) => k === null)) return null;
  const fns = kids as FastFn[];
  switch (n.j as APPLY) {
    case APPLY.BINOP: {
      const [fa, fb] = fns;
      const op = n.i as Op;
      return (f) => {
        const a = fa(f);
        if (a === GIVE_UP) return GIVE_UP;
        const b = fb(f);
        if (b === GIVE_UP) {
          release(a);
          return GIVE_UP;
        }
        const r = fastBinary(a, b, op);
        release(a);
        release(b);
        return r;
      };
    }
    case APPLY.COMPARE: {
      const [fa, fb] = fns;
      const op = n.i as CmpKind;
      return (f) => {
        const a = fa(f);
        if (a === GIVE_UP) return GIVE_UP;
        const b = fb(f);
        if (b === GIVE_UP) {
          release(a);
          return GIVE_UP;
        }
        const r = fastCompare(a, b, op);
        release(a);
        release(b);
        return r;
      };
    }
    case APPLY.NOT: {
      const [fa] = fns;
      return (f) => {
        const v = fa(f);
        if (v === GIVE_UP) return GIVE_UP;
        const t = fastTruth(v);
        release(v);
        return t < 0 ? GIVE_UP : t === 0;
      };
    }
    case APPLY.UNARY:
      return unaryFn(fns[0], n.i as UnaryKind);
    case APPLY.ATTR: {
      const [fo] = fns;
      const site = new AttrSite(n.s);
      return (f) => {
        const o = fo(f);
        if (o === GIVE_UP) return GIVE_UP;
        const r = fastGetAttr(o, site);
        release(o);
        return r;
      };
    }
    case APPLY.SUBSCR: {
      const [fo, fk] = fns;
      return (f) => {
        const o = fo(f);
        if (o === GIVE_UP) return GIVE_UP;
        const k = fk(f);
        if (k === GIVE_UP) {
          release(o);
          return GIVE_UP;
        }
        const r = fastSubscript(o, k);
        release(o);
        release(k);
        return r;
      };
    }
    case APPLY.TUPLE:
    case APPLY.LIST: {
      const isTuple = n.j === APPLY.TUPLE;
      return (f) => {
        const items: PyValue[] = [];
        for (let i = 0; i < fns.length; i++) {
          const v = fns[i](f);
          if (v === GIVE_UP) {
            for (const x of items) release(x);
            return GIVE_UP;
          }
          items.push(v);
        }
        return isTuple ? newTupleOwned(items) : newListOwned(items);
      };
    }
    case APPLY.FORMAT: {
      if (n.kids.length !== 1 || n.i !== -1) return null;
      const [fv] = fns;
      return (f) => {
        const v = fv(f);
        if (v === GIVE_UP) return GIVE_UP;
        if (typeof v === "string") return v;
        if (typeof v === "number") return String(v);
        release(v);
        return GIVE_UP;
      };
    }
    case APPLY.JOINSTR: {
      return (f) => {
        let s = "";
        for (let i = 0; i < fns.length; i++) {
          const v = fns[i](f);
          if (v === GIVE_UP) return GIVE_UP;
          if (typeof v !== "string") {
            release(v);
            return GIVE_UP;
          }
          s += v;
        }
        return s;
      };
    }
    default:
      return null;
  }
}

// ---- statements ---------------------------------------------------------------------------

function storeFast(f: Frame, i: number, v: PyValue): void {
  const old = f.locals[i];
  f.locals[i] = v;
  if (old !== undefined && typeof old === "object") decref(old);
}

const PASS: FastStmt = () => true;

function makeFastStmt(n: Node): FastStmt | null {
  if (n.op === OP.NOP) return PASS;
  if (n.op === OP.ASSIGN && n.kids.length === 1 && n.kids[0].op === OP.STORE && n.kids[0].j === StoreKind.Spread) {
    // a, b = x, y with local targets
    const targets = n.kids[0].kids;
    const values = n.a!.kids.map((k) => k.fast);
    if (values.some((v) => v === null) || targets.some((t) => t.op !== OP.STORE || t.j !== StoreKind.Fast)) return null;
    const fns = values as FastFn[];
    const slots = targets.map((t) => t.i);
    return (f) => {
      const vals: PyValue[] = [];
      for (let i = 0; i < fns.length; i++) {
        const v = fns[i](f);
        if (v === GIVE_UP) {
          for (const x of vals) release(x);
          return false;
        }
        vals.push(v);
      }
      for (let i = 0; i < slots.length; i++) storeFast(f, slots[i], vals[i]);
      return true;
    };
  }
  if (n.op === OP.ASSIGN && n.kids.length === 1 && n.a!.fast !== null) {
    const value = n.a!.fast;
    const t = n.kids[0];
    if (t.op !== OP.STORE) return null;
    switch (t.j as StoreKind) {
      case StoreKind.Fast: {
        const i = t.i;
        return (f) => {
          const v = value(f);
          if (v === GIVE_UP) return false;
          storeFast(f, i, v);
          return true;
        };
      }
      case StoreKind.Global: {
        const name = t.s;
        return (f) => {
          const v = value(f);
          if (v === GIVE_UP) return false;
          f.globals.set(name, v);
          release(v);
          return true;
        };
      }
      case StoreKind.Name: {
        const name = t.s;
        return (f) => {
          const ld = f.localsDict;
          if (!(ld instanceof PyDict) || ld.type !== T.dictType) return false;
          const v = value(f);
          if (v === GIVE_UP) return false;
          ld.set(name, v);
          release(v);
          return true;
        };
      }
      case StoreKind.Deref: {
        const i = t.i;
        return (f) => {
          const v = value(f);
          if (v === GIVE_UP) return false;
          const cell = f.cells[i];
          const old = cell.ref;
          cell.ref = v;
          if (old !== undefined) release(old);
          return true;
        };
      }
      case StoreKind.Attr: {
        const obj = t.a!.fast;
        if (obj === null) return null;
        const name = t.s;
        const site = new AttrSite(name);
        return (f) => {
          const o = obj(f);
          if (o === GIVE_UP) return false;
          if (!(o instanceof PyInstance) || o.dict === null || !sitePlainStore(site, o.type)) {
            release(o);
            return false;
          }
          const v = value(f);
          if (v === GIVE_UP) {
            release(o);
            return false;
          }
          o.dict.set(name, v);
          release(v);
          decref(o);
          return true;
        };
      }
      default:
        return null;
    }
  }
  if (n.op === OP.AUGASSIGN && n.j === 0 && n.a!.op === OP.LOAD_FAST && n.b!.fast !== null && n.c!.j === StoreKind.Fast) {
    const i = n.a!.i;
    const operand = n.b!.fast;
    const op = n.i as Op;
    return (f) => {
      const cur = f.locals[i];
      if (cur === undefined) return false;
      const b = operand(f);
      if (b === GIVE_UP) return false;
      const r = fastBinary(cur, b, op);
      release(b);
      if (r === GIVE_UP) return false;
      storeFast(f, i, r);
      return true;
    };
  }
  if (n.op === OP.EXPR_STMT && n.i === 0 && n.a!.fast !== null) {
    const e = n.a!.fast;
    return (f) => {
      const v = e(f);
      if (v === GIVE_UP) return false;
      release(v);
      return true;
    };
  }
  return null;
}

/** A class whose instances store attributes straight into their __dict__ (no __setattr__, no data descriptor). */

/** Walks a code body bottom-up, attaching fast closures to every node that can have one. */
export function addFastPaths(root: Node, _code: CodeImpl): void {
  const seen = new Set<Node>();
  const visit = (n: Node | null): void => {
    if (n === null || seen.has(n)) return;
    seen.add(n);
    for (const k of n.kids) visit(k);
    visit(n.a);
    visit(n.b);
    visit(n.c);
    if (n.x instanceof Node) visit(n.x);
    else if (Array.isArray(n.x)) for (const x of n.x) if (x instanceof Node) visit(x);
    visitInfo(n.x, visit);
    n.fast = makeFast(n);
    n.fastStmt = makeFastStmt(n);
  };
  visit(root);
  // Roots of fast subtrees (and fast statements) switch to generated code once hot.
  const roots = new Set<Node>();
  for (const n of seen) {
    if (n.fastStmt !== null && n.fastStmt !== PASS) roots.add(n);
    const parentFast = n.fast !== null;
    const kids = [...n.kids, n.a, n.b, n.c];
    for (const k of kids) if (k !== null && k.fast !== null && (!parentFast || k.op === OP.EVAL && k.j === APPLY.CALL)) roots.add(k);
  }
  for (const n of roots) hotSwap(n);
  // Assignments with no closure (subscript and attribute targets, augmented ones) may still have
  // generated code: count them too.
  for (const n of seen) if (n.fastStmt === null && (n.op === OP.ASSIGN || n.op === OP.AUGASSIGN)) jitWhenHot(n);
}

/** A statement the machine runs until it is hot, then generated code if jitStmt can make it. */
function jitWhenHot(n: Node): void {
  let count = 0;
  n.fastStmt = (f) => {
    if (++count < HOT_THRESHOLD) return false;
    n.fastStmt = jitStmt(n);
    return false;
  };
}

const HOT_THRESHOLD = 64;

/** Replaces a node's closure by generated code after it has run HOT_THRESHOLD times. */
function hotSwap(n: Node): void {
  if (n.fastStmt !== null) {
    const slow = n.fastStmt;
    let count = 0;
    n.fastStmt = (f) => {
      if (++count === HOT_THRESHOLD) n.fastStmt = jitStmt(n) ?? slow;
      return slow(f);
    };
  }
  if (n.fast !== null && n.op !== OP.CONST && n.op !== OP.LOAD_FAST) {
    const slow = n.fast;
    let count = 0;
    n.fast = (f) => {
      if (++count === HOT_THRESHOLD) n.fast = jitExpr(n) ?? slow;
      return slow(f);
    };
  }
}

/** Nodes held in op-specific info objects (try handlers, match cases). */
function visitInfo(x: unknown, visit: (n: Node | null) => void): void {
  if (x === null || typeof x !== "object" || x instanceof Node) return;
  const o = x as Record<string, unknown>;
  if (Array.isArray(o.handlers)) {
    for (const h of o.handlers as { type: Node | null; name: Node | null; body: Node }[]) {
      visit(h.type);
      visit(h.name);
      visit(h.body);
    }
    visit(o.orelse as Node | null);
    visit(o.finalbody as Node | null);
  }
  if (Array.isArray(x)) {
    for (const c of x as { guard?: Node | null; body?: Node }[]) {
      if (c && typeof c === "object" && "body" in c) {
        visit(c.guard ?? null);
        visit(c.body ?? null);
      }
    }
  }
}

