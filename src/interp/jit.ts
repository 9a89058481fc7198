// A small JIT from executable nodes to JavaScript source, for the hot subtrees that fast.ts
// already knows to be call-free. The fast closures (fast.ts) are generic: each node is a separate
// JS closure and every call between them is megamorphic. Once a statement or expression has run
// often, this module generates one JS function for the whole subtree, which V8 then optimises
// like hand-written code (typed number arithmetic with overflow checks, inline dict lookups).
//
// The contract is the fast closures' contract: generated code only reads (borrowing references)
// until everything it needs has succeeded, so giving up at any point changes nothing; the
// machine then does the work step by step. Objects the generated code creates (floats) start
// with a zero count and are counted when stored or returned.

import { decref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyFloat } from "../runtime/types/float.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyInstance } from "../runtime/types/instance.js";
import { Op } from "../runtime/ops/number.js";
import { APPLY, GIVE_UP, OP, type FastFn, type FastStmt, type Node } from "./nodes.js";
import { CmpKind, StoreKind, UnaryKind } from "./compile.js";
import { fastTruth, fastContainsBorrowed, fastAttrBorrowed, plainInstanceSetattr } from "./fast.js";
import { AttrSite } from "./attr-site.js";

/** Values the generated code reaches through its `H` argument. */
const H = {
  GIVE_UP,
  T,
  PyFloat,
  PyDict,
  PyInstance,
  floatType: T.floatType,
  listType: T.listType,
  tupleType: T.tupleType,
  dictType: T.dictType,
  decref,
  truth: fastTruth,
  contains: fastContainsBorrowed,
  attr: fastAttrBorrowed,
  plainSetattr: plainInstanceSetattr,
  /** a float the generated code owns no reference to yet */
  fl(x: number): PyFloat {
    const f = new PyFloat(T.floatType, x);
    f.rc = 0;
    return f;
  },
  hasHigh(s: string): boolean {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xd800) return true;
    return false;
  },
};

type Kind = "int" | "any";

interface Expr {
  /** a JS expression (usually a temp name) holding the value: primitive, borrowed, or zero-count float */
  v: string;
  kind: Kind;
}

class Gen {
  readonly out: string[] = [];
  readonly consts: unknown[] = [];
  private tmp = 0;
  constructor(readonly bail: string) {}

  t(): string {
    return `t${this.tmp++}`;
  }

  k(v: unknown): string {
    let i = this.consts.indexOf(v);
    if (i < 0) {
      i = this.consts.length;
      this.consts.push(v);
    }
    return `K[${i}]`;
  }

  emit(line: string): void {
    this.out.push(line);
  }

  literal(v: PyValue): string {
    if (typeof v === "number") return `(${Object.is(v, -0) ? "0" : String(v)})`;
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "string") return JSON.stringify(v);
    return this.k(v);
  }

  expr(n: Node): Expr | null {
    const b = this.bail;
    switch (n.op) {
      case OP.CONST:
        return { v: this.literal(n.v!), kind: typeof n.v === "number" ? "int" : "any" };
      case OP.LOAD_FAST: {
        const t = this.t();
        this.emit(`const ${t} = L[${n.i}]; if (${t} === undefined) ${b};`);
        return { v: t, kind: "any" };
      }
      case OP.LOAD_DEREF: {
        const t = this.t();
        this.emit(`const ${t} = f.cells[${n.i}].ref; if (${t} === undefined) ${b};`);
        return { v: t, kind: "any" };
      }
      case OP.LOAD_GLOBAL: {
        const t = this.t();
        const name = JSON.stringify(n.s);
        this.emit(`let ${t} = f.globals.getStr(${name}); if (${t} === undefined) { ${t} = f.builtins.getStr(${name}); if (${t} === undefined) ${b}; }`);
        return { v: t, kind: "any" };
      }
      case OP.EVAL:
        return this.evalExpr(n);
      case OP.BOOLOP: {
        const t = this.t();
        this.emit(`let ${t};`);
        const isAnd = n.i === 1;
        let depth = 0;
        for (let i = 0; i < n.kids.length; i++) {
          const e = this.expr(n.kids[i]);
          if (e === null) return null;
          this.emit(`${t} = ${e.v};`);
          if (i < n.kids.length - 1) {
            const c = this.t();
            this.emit(`const ${c} = H.truth(${t}); if (${c} < 0) ${b};`);
            this.emit(`if (${c} === ${isAnd ? 1 : 0}) {`);
            depth++;
          }
        }
        for (let i = 0; i < depth; i++) this.emit("}");
        return { v: t, kind: "any" };
      }
      case OP.IFEXP: {
        const t = this.t();
        const test = this.expr(n.a!);
        if (test === null) return null;
        const c = this.t();
        this.emit(`const ${c} = H.truth(${test.v}); if (${c} < 0) ${b};`);
        this.emit(`let ${t}; if (${c} === 1) {`);
        const body = this.expr(n.b!);
        if (body === null) return null;
        this.emit(`${t} = ${body.v}; } else {`);
        const orelse = this.expr(n.c!);
        if (orelse === null) return null;
        this.emit(`${t} = ${orelse.v}; }`);
        return { v: t, kind: "any" };
      }
      default:
        return null;
    }
  }

  private evalExpr(n: Node): Expr | null {
    const b = this.bail;
    switch (n.j as APPLY) {
      case APPLY.BINOP: {
        const x = this.expr(n.kids[0]);
        if (x === null) return null;
        const y = this.expr(n.kids[1]);
        if (y === null) return null;
        return this.binop(x, y, n.i as Op);
      }
      case APPLY.COMPARE: {
        const x = this.expr(n.kids[0]);
        if (x === null) return null;
        const y = this.expr(n.kids[1]);
        if (y === null) return null;
        return this.compare(x, y, n.i as CmpKind);
      }
      case APPLY.NOT: {
        const x = this.expr(n.kids[0]);
        if (x === null) return null;
        const c = this.t();
        this.emit(`const ${c} = H.truth(${x.v}); if (${c} < 0) ${b};`);
        return { v: `(${c} === 0)`, kind: "any" };
      }
      case APPLY.UNARY: {
        const x = this.expr(n.kids[0]);
        if (x === null) return null;
        const t = this.t();
        const a = x.v;
        switch (n.i as UnaryKind) {
          case UnaryKind.Neg:
            this.emit(`let ${t}; if (typeof ${a} === "number") ${t} = ${a} === 0 ? 0 : -${a}; else if (typeof ${a} === "object" && ${a}.type === H.floatType) ${t} = H.fl(-${a}.value); else ${b};`);
            return { v: t, kind: "any" };
          case UnaryKind.Pos:
            this.emit(`if (typeof ${a} !== "number" && !(typeof ${a} === "object" && ${a}.type === H.floatType)) ${b}; const ${t} = ${a};`);
            return { v: t, kind: "any" };
          default:
            this.emit(`if (typeof ${a} !== "number" || (${a} | 0) !== ${a}) ${b}; const ${t} = ~${a};`);
            return { v: t, kind: "int" };
        }
      }
      case APPLY.ATTR: {
        const o = this.expr(n.kids[0]);
        if (o === null) return null;
        const t = this.t();
        this.emit(`const ${t} = H.attr(${o.v}, ${this.k(new AttrSite(n.s))}); if (${t} === H.GIVE_UP) ${b};`);
        return { v: t, kind: "any" };
      }
      case APPLY.SUBSCR: {
        const o = this.expr(n.kids[0]);
        if (o === null) return null;
        const k = this.expr(n.kids[1]);
        if (k === null) return null;
        const t = this.t();
        const ov = o.v;
        const kv = k.v;
        this.emit(`let ${t};`);
        this.emit(`if (typeof ${ov} !== "object") ${b};`);
        this.emit(`if (typeof ${kv} === "number" && (${ov}.type === H.listType || ${ov}.type === H.tupleType)) { const items = ${ov}.items; const i = ${kv} < 0 ? ${kv} + items.length : ${kv}; if (i < 0 || i >= items.length) ${b}; ${t} = items[i]; }`);
        this.emit(`else if (${ov}.type === H.dictType && (typeof ${kv} === "string" || typeof ${kv} === "number")) { ${t} = ${ov}.get(${kv}); if (${t} === undefined) ${b}; }`);
        this.emit(`else ${b};`);
        return { v: t, kind: "any" };
      }
      case APPLY.FORMAT: {
        if (n.kids.length !== 1 || n.i !== -1) return null;
        const x = this.expr(n.kids[0]);
        if (x === null) return null;
        const t = this.t();
        this.emit(`let ${t}; if (typeof ${x.v} === "string") ${t} = ${x.v}; else if (typeof ${x.v} === "number") ${t} = String(${x.v}); else ${b};`);
        return { v: t, kind: "any" };
      }
      case APPLY.JOINSTR: {
        const parts: string[] = [];
        for (const kid of n.kids) {
          const x = this.expr(kid);
          if (x === null) return null;
          this.emit(`if (typeof ${x.v} !== "string") ${b};`);
          parts.push(x.v);
        }
        const t = this.t();
        this.emit(`const ${t} = ${parts.length === 0 ? '""' : parts.join(" + ")};`);
        return { v: t, kind: "any" };
      }
      default:
        return null;
    }
  }

  binop(x: Expr, y: Expr, op: Op): Expr | null {
    const b = this.bail;
    const a = x.v;
    const c = y.v;
    const t = this.t();
    this.emit(`let ${t};`);
    const both = `typeof ${a} === "number" && typeof ${c} === "number"`;
    const M = "9007199254740991";
    let intCode: string;
    switch (op) {
      case Op.Add:
        intCode = `${t} = ${a} + ${c}; if (${t} > ${M} || ${t} < -${M}) ${b};`;
        break;
      case Op.Sub:
        intCode = `${t} = ${a} - ${c}; if (${t} > ${M} || ${t} < -${M}) ${b};`;
        break;
      case Op.Mul:
        intCode = `${t} = ${a} * ${c}; if (${t} > ${M} || ${t} < -${M}) ${b}; if (${t} === 0) ${t} = 0;`;
        break;
      case Op.FloorDiv:
        intCode = `if (${c} === 0) ${b}; { let r = ${a} % ${c}; if (r !== 0 && (r < 0) !== (${c} < 0)) r += ${c}; ${t} = (${a} - r) / ${c}; if (${t} === 0) ${t} = 0; }`;
        break;
      case Op.Mod:
        intCode = `if (${c} === 0) ${b}; ${t} = ${a} % ${c}; if (${t} !== 0 && (${t} < 0) !== (${c} < 0)) ${t} += ${c}; if (${t} === 0) ${t} = 0;`;
        break;
      case Op.TrueDiv:
        intCode = `if (${c} === 0) ${b}; ${t} = H.fl(${a} / ${c});`;
        break;
      case Op.And:
        intCode = `if ((${a} | 0) !== ${a} || (${c} | 0) !== ${c}) ${b}; ${t} = ${a} & ${c};`;
        break;
      case Op.Or:
        intCode = `if ((${a} | 0) !== ${a} || (${c} | 0) !== ${c}) ${b}; ${t} = ${a} | ${c};`;
        break;
      case Op.Xor:
        intCode = `if ((${a} | 0) !== ${a} || (${c} | 0) !== ${c}) ${b}; ${t} = ${a} ^ ${c};`;
        break;
      case Op.LShift:
        intCode = `if (${c} < 0 || ${c} > 52) ${b}; ${t} = ${a} * 2 ** ${c}; if (${t} > ${M} || ${t} < -${M}) ${b};`;
        break;
      case Op.RShift:
        intCode = `if (${c} < 0) ${b}; ${t} = ${c} >= 64 ? (${a} < 0 ? -1 : 0) : Math.floor(${a} / 2 ** ${c});`;
        break;
      case Op.Pow:
        intCode = `if (${c} < 0 || ${c} > 64) ${b}; ${t} = ${a} ** ${c}; if (!(${t} <= ${M} && ${t} >= -${M})) ${b};`;
        break;
      default:
        return null;
    }
    let floatCode = "";
    if (op === Op.Add || op === Op.Sub || op === Op.Mul || op === Op.TrueDiv) {
      const sym = op === Op.Add ? "+" : op === Op.Sub ? "-" : op === Op.Mul ? "*" : "/";
      const zero = op === Op.TrueDiv ? `if (y === 0) ${b}; ` : "";
      floatCode =
        ` else { let x, y;` +
        ` if (typeof ${a} === "number") x = ${a}; else if (typeof ${a} === "object" && ${a}.type === H.floatType) x = ${a}.value; else { x = undefined; }` +
        ` if (typeof ${c} === "number") y = ${c}; else if (typeof ${c} === "object" && ${c}.type === H.floatType) y = ${c}.value; else { y = undefined; }` +
        ` if (x === undefined || y === undefined) {${this.strCode(a, c, t, op)} } else { ${zero}${t} = H.fl(x ${sym} y); } }`;
    } else {
      floatCode = ` else ${b};`;
    }
    this.emit(`if (${both}) { ${intCode} }${floatCode}`);
    return { v: t, kind: "any" };
  }

  private strCode(a: string, c: string, t: string, op: Op): string {
    const b = this.bail;
    if (op === Op.Add) return ` if (typeof ${a} === "string" && typeof ${c} === "string") ${t} = ${a} + ${c}; else ${b};`;
    return ` ${b};`;
  }

  private compare(x: Expr, y: Expr, op: CmpKind): Expr | null {
    const b = this.bail;
    const a = x.v;
    const c = y.v;
    if (op === CmpKind.Is) return { v: `(${a} === ${c})`, kind: "any" };
    if (op === CmpKind.IsNot) return { v: `(${a} !== ${c})`, kind: "any" };
    const t = this.t();
    if (op === CmpKind.In || op === CmpKind.NotIn) {
      this.emit(`const ${t} = H.contains(${c}, ${a}, ${op === CmpKind.In}); if (${t} === H.GIVE_UP) ${b};`);
      return { v: t, kind: "any" };
    }
    const sym = ["<", "<=", "===", "!==", ">", ">="][op];
    this.emit(`let ${t};`);
    this.emit(
      `if (typeof ${a} === "number" && typeof ${c} === "number") ${t} = ${a} ${sym} ${c};` +
        ` else if (typeof ${a} === "string" && typeof ${c} === "string") { ${op === CmpKind.Eq || op === CmpKind.Ne ? "" : `if (H.hasHigh(${a}) || H.hasHigh(${c})) ${b}; `}${t} = ${a} ${sym} ${c}; }` +
        ` else { let p, q;` +
        ` if (typeof ${a} === "number") p = ${a}; else if (typeof ${a} === "object" && ${a}.type === H.floatType) p = ${a}.value; else ${b};` +
        ` if (typeof ${c} === "number") q = ${c}; else if (typeof ${c} === "object" && ${c}.type === H.floatType) q = ${c}.value; else ${b};` +
        ` ${t} = p ${sym} q; }`,
    );
    return { v: t, kind: "any" };
  }

  /** Code that gives `v` (a value from expr()) a reference the holder owns. */
  own(v: string): string {
    return `if (typeof ${v} === "object") ${v}.rc++;`;
  }

  store(target: Node, v: string): boolean {
    const b = this.bail;
    switch (target.j as StoreKind) {
      case StoreKind.Fast:
        this.emit(`{ ${this.own(v)} const old = L[${target.i}]; L[${target.i}] = ${v}; if (typeof old === "object") H.decref(old); }`);
        return true;
      case StoreKind.Deref:
        this.emit(`{ ${this.own(v)} const cell = f.cells[${target.i}]; const old = cell.ref; cell.ref = ${v}; if (typeof old === "object") H.decref(old); }`);
        return true;
      case StoreKind.Global:
        this.emit(`{ ${this.own(v)} f.globals.set(${JSON.stringify(target.s)}, ${v}); if (typeof ${v} === "object") H.decref(${v}); }`);
        return true;
      default:
        void b;
        return false;
    }
  }

  build(kind: "stmt" | "expr"): FastStmt | FastFn {
    const body = this.out.join("\n");
    const src = `"use strict";\nreturn function jitted(f) {\nconst L = f.locals;\n${body}\n}`;
    let factory: (h: typeof H, k: unknown[]) => FastStmt | FastFn;
    try {
      factory = new Function("H", "K", src) as (h: typeof H, k: unknown[]) => FastStmt | FastFn;
    } catch (e) {
      throw new Error(`jit: generated code does not compile (${(e as Error).message}):\n${src}`);
    }
    void kind;
    return factory(H, this.consts);
  }
}

/** A generated function for an expression node with the fast-closure contract, or null. */
export function jitExpr(n: Node): FastFn | null {
  const g = new Gen("return H.GIVE_UP");
  const e = g.expr(n);
  if (e === null) return null;
  g.emit(`const result = ${e.v};`);
  g.emit(g.own("result"));
  g.emit("return result;");
  return g.build("expr") as FastFn;
}

/** A generated function for a simple statement with the fastStmt contract, or null. */
export function jitStmt(n: Node): FastStmt | null {
  const g = new Gen("return false");
  if (n.op === OP.ASSIGN && n.kids.length === 1) {
    const target = n.kids[0];
    const value = n.a!;
    if (target.op === OP.STORE && target.j === StoreKind.Spread && value.op === OP.EVAL && value.j === APPLY.SPREAD) {
      // a, b = x, y: evaluate every value, then store in order
      const vals: string[] = [];
      for (const kid of value.kids) {
        const e = g.expr(kid);
        if (e === null) return null;
        const t = g.t();
        g.emit(`const ${t} = ${e.v};`);
        vals.push(t);
      }
      for (let i = 0; i < target.kids.length; i++) {
        const st = target.kids[i];
        if (st.op !== OP.STORE || !g.store(st, vals[i])) return null;
      }
      g.emit("return true;");
      return g.build("stmt") as FastStmt;
    }
    if (target.op !== OP.STORE) return null;
    if (target.j === StoreKind.Attr) {
      const o = g.expr(target.a!);
      if (o === null) return null;
      g.emit(`if (!(${o.v} instanceof H.PyInstance) || ${o.v}.dict === null || !H.plainSetattr(${o.v}.type, ${g.k(new AttrSite(target.s))})) return false;`);
      const e = g.expr(value);
      if (e === null) return null;
      g.emit(`${g.own(e.v)} ${o.v}.dict.set(${JSON.stringify(target.s)}, ${e.v}); if (typeof ${e.v} === "object") H.decref(${e.v});`);
      g.emit("return true;");
      return g.build("stmt") as FastStmt;
    }
    if (target.j === StoreKind.Subscr) {
      const o = g.expr(target.a!);
      if (o === null) return null;
      const k = g.expr(target.b!);
      if (k === null) return null;
      const e = g.expr(value);
      if (e === null) return null;
      const ov = o.v;
      const kv = k.v;
      g.emit(`if (typeof ${ov} !== "object") return false;`);
      g.emit(`if (${ov}.type === H.listType && typeof ${kv} === "number") { const items = ${ov}.items; const i = ${kv} < 0 ? ${kv} + items.length : ${kv}; if (i < 0 || i >= items.length) return false; ${g.own(e.v)} const old = items[i]; items[i] = ${e.v}; if (typeof old === "object") H.decref(old); return true; }`);
      g.emit(`if (${ov}.type === H.dictType && (typeof ${kv} === "string" || typeof ${kv} === "number")) { ${ov}.set(${kv}, ${e.v}); return true; }`);
      g.emit("return false;");
      return g.build("stmt") as FastStmt;
    }
    const e = g.expr(value);
    if (e === null) return null;
    if (!g.store(target, e.v)) return null;
    g.emit("return true;");
    return g.build("stmt") as FastStmt;
  }
  if (n.op === OP.AUGASSIGN) {
    // x op= e (names), self.x op= e (plain instances)
    if (n.j === 0 && n.c!.op === OP.STORE && (n.c!.j === StoreKind.Fast || n.c!.j === StoreKind.Global || n.c!.j === StoreKind.Deref)) {
      const cur = g.expr(n.a!);
      if (cur === null) return null;
      const operand = g.expr(n.b!);
      if (operand === null) return null;
      const r = g.binop(cur, operand, n.i as Op);
      if (r === null) return null;
      if (!g.store(n.c!, r.v)) return null;
      g.emit("return true;");
      return g.build("stmt") as FastStmt;
    }
    if (n.j === 1) {
      const o = g.expr(n.a!);
      if (o === null) return null;
      const name = JSON.stringify(n.s);
      g.emit(`if (!(${o.v} instanceof H.PyInstance) || ${o.v}.dict === null || !H.plainSetattr(${o.v}.type, ${g.k(new AttrSite(n.s))})) return false;`);
      const t = g.t();
      g.emit(`const ${t} = ${o.v}.dict.getStr(${name}); if (${t} === undefined) return false;`);
      const operand = g.expr(n.b!);
      if (operand === null) return null;
      const r = g.binop({ v: t, kind: "any" }, operand, n.i as Op);
      if (r === null) return null;
      g.emit(`${g.own(r.v)} ${o.v}.dict.set(${name}, ${r.v}); if (typeof ${r.v} === "object") H.decref(${r.v});`);
      g.emit("return true;");
      return g.build("stmt") as FastStmt;
    }
    if (n.j === 2) {
      // o[k] op= e on an exact list (int index) or dict (str/int key)
      const o = g.expr(n.a!);
      if (o === null) return null;
      const k = g.expr(n.c!);
      if (k === null) return null;
      const ov = o.v;
      const kv = k.v;
      const cur = g.t();
      g.emit(`if (typeof ${ov} !== "object") return false;`);
      g.emit(`let ${cur}; const isList = ${ov}.type === H.listType;`);
      g.emit(`if (isList && typeof ${kv} === "number") { const items = ${ov}.items; const i = ${kv} < 0 ? ${kv} + items.length : ${kv}; if (i < 0 || i >= items.length) return false; ${cur} = items[i]; }`);
      g.emit(`else if (${ov}.type === H.dictType && (typeof ${kv} === "string" || typeof ${kv} === "number")) { ${cur} = ${ov}.get(${kv}); if (${cur} === undefined) return false; }`);
      g.emit("else return false;");
      const operand = g.expr(n.b!);
      if (operand === null) return null;
      const r = g.binop({ v: cur, kind: "any" }, operand, n.i as Op);
      if (r === null) return null;
      g.emit(`if (isList) { const items = ${ov}.items; const i = ${kv} < 0 ? ${kv} + items.length : ${kv}; ${g.own(r.v)} const old = items[i]; items[i] = ${r.v}; if (typeof old === "object") H.decref(old); return true; }`);
      g.emit(`${ov}.set(${kv}, ${r.v}); return true;`);
      return g.build("stmt") as FastStmt;
    }
    return null;
  }
  return null;
}

export type { PyValue };
