// Expressions back to source text, as CPython's compiler does it for `from __future__ import
// annotations` (Python/ast_unparse.c, _PyAST_ExprAsUnicode): a precedence-driven printer over the
// unoptimized AST, with constants written as their repr().

import type * as A from "../parser/ast.js";
import { EllipsisConst, type ConstantValue } from "../parser/constants.js";

/** Priority levels, lowest binding first (ast_unparse.c's PR_*). */
const enum PR {
  TUPLE,
  TEST, // if-else, lambda
  OR,
  AND,
  NOT,
  CMP,
  EXPR, // also '|'
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}
const BOR = PR.EXPR;

const BINOPS: Record<string, [string, PR]> = {
  Add: [" + ", PR.ARITH],
  Sub: [" - ", PR.ARITH],
  Mult: [" * ", PR.TERM],
  MatMult: [" @ ", PR.TERM],
  Div: [" / ", PR.TERM],
  Mod: [" % ", PR.TERM],
  LShift: [" << ", PR.SHIFT],
  RShift: [" >> ", PR.SHIFT],
  BitOr: [" | ", BOR],
  BitXor: [" ^ ", PR.BXOR],
  BitAnd: [" & ", PR.BAND],
  FloorDiv: [" // ", PR.TERM],
  Pow: [" ** ", PR.POWER],
};

const CMPOPS: Record<string, string> = {
  Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ",
  Is: " is ", IsNot: " is not ", In: " in ", NotIn: " not in ",
};

/** repr() of a constant, supplied by the caller (the runtime's repr; infinities already spelled 1e309). */
export type ConstRepr = (v: ConstantValue) => string;

/** _PyAST_ExprAsUnicode: `e` as annotation text. */
export function exprAsUnicode(e: A.expr, repr: ConstRepr): string {
  return new Unparser(repr).expr(e, PR.TEST);
}

class Unparser {
  constructor(private readonly repr: ConstRepr) {}

  expr(e: A.expr, level: number): string {
    const wrap = (pr: number, s: string) => (level > pr ? `(${s})` : s);
    switch (e._type) {
      case "BoolOp": {
        const pr = e.op === "And" ? PR.AND : PR.OR;
        return wrap(pr, e.values.map((v) => this.expr(v, pr + 1)).join(e.op === "And" ? " and " : " or "));
      }
      case "BinOp": {
        const [op, pr] = BINOPS[e.op];
        const rassoc = e.op === "Pow" ? 1 : 0;
        return wrap(pr, this.expr(e.left, pr + rassoc) + op + this.expr(e.right, pr + 1 - rassoc));
      }
      case "UnaryOp": {
        const [op, pr] = e.op === "Not" ? ["not ", PR.NOT] : e.op === "Invert" ? ["~", PR.FACTOR] : e.op === "UAdd" ? ["+", PR.FACTOR] : ["-", PR.FACTOR];
        return wrap(pr as number, op + this.expr(e.operand, pr as number));
      }
      case "Lambda": {
        const npos = e.args.args.length + e.args.posonlyargs.length;
        return wrap(PR.TEST, (npos ? "lambda " : "lambda") + this.args(e.args) + ": " + this.expr(e.body, PR.TEST));
      }
      case "IfExp":
        return wrap(PR.TEST, `${this.expr(e.body, PR.TEST + 1)} if ${this.expr(e.test, PR.TEST + 1)} else ${this.expr(e.orelse, PR.TEST)}`);
      case "Dict":
        return "{" + e.values.map((v, i) => {
          const k = e.keys[i];
          return k === null ? "**" + this.expr(v, PR.EXPR) : `${this.expr(k, PR.TEST)}: ${this.expr(v, PR.TEST)}`;
        }).join(", ") + "}";
      case "Set":
        return "{" + e.elts.map((x) => this.expr(x, PR.TEST)).join(", ") + "}";
      case "GeneratorExp":
        return "(" + this.expr(e.elt, PR.TEST) + this.comprehensions(e.generators) + ")";
      case "ListComp":
        return "[" + this.expr(e.elt, PR.TEST) + this.comprehensions(e.generators) + "]";
      case "SetComp":
        return "{" + this.expr(e.elt, PR.TEST) + this.comprehensions(e.generators) + "}";
      case "DictComp":
        return "{" + this.expr(e.key, PR.TEST) + ": " + this.expr(e.value, PR.TEST) + this.comprehensions(e.generators) + "}";
      case "Yield":
        return e.value === null ? "(yield)" : `(yield ${this.expr(e.value, PR.TEST)})`;
      case "YieldFrom":
        return `(yield from ${this.expr(e.value, PR.TEST)})`;
      case "Await":
        return wrap(PR.AWAIT, "await " + this.expr(e.value, PR.ATOM));
      case "Compare": {
        let s = this.expr(e.left, PR.CMP + 1);
        for (let i = 0; i < e.ops.length; i++) s += CMPOPS[e.ops[i]] + this.expr(e.comparators[i], PR.CMP + 1);
        return wrap(PR.CMP, s);
      }
      case "Call": {
        const f = this.expr(e.func, PR.ATOM);
        // a lone generator expression argument keeps only its own parentheses
        if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === "GeneratorExp") return f + this.expr(e.args[0], PR.TEST);
        const parts = e.args.map((a) => this.expr(a, PR.TEST));
        for (const k of e.keywords) parts.push((k.arg === null ? "**" : k.arg + "=") + this.expr(k.value, PR.TEST));
        return f + "(" + parts.join(", ") + ")";
      }
      case "Constant":
        return this.constant(e.value);
      case "JoinedStr":
        return this.joined(e, false);
      case "FormattedValue":
        return this.formatted(e);
      case "Attribute": {
        const v = e.value;
        // an int needs a space before the dot
        const intConst = v._type === "Constant" && (typeof v.value === "number" || typeof v.value === "bigint");
        return this.expr(v, PR.ATOM) + (intConst ? " ." : ".") + e.attr;
      }
      case "Subscript":
        return this.expr(e.value, PR.ATOM) + "[" + this.expr(e.slice, PR.TUPLE) + "]";
      case "Starred":
        return "*" + this.expr(e.value, PR.EXPR);
      case "Slice":
        return (e.lower ? this.expr(e.lower, PR.TEST) : "") + ":" + (e.upper ? this.expr(e.upper, PR.TEST) : "") + (e.step ? ":" + this.expr(e.step, PR.TEST) : "");
      case "Name":
        return e.id;
      case "List":
        return "[" + e.elts.map((x) => this.expr(x, PR.TEST)).join(", ") + "]";
      case "Tuple": {
        if (e.elts.length === 0) return "()";
        const body = e.elts.map((x) => this.expr(x, PR.TEST)).join(", ") + (e.elts.length === 1 ? "," : "");
        return wrap(PR.TUPLE, body);
      }
      case "NamedExpr":
        return wrap(PR.TUPLE, this.expr(e.target, PR.ATOM) + ":=" + this.expr(e.value, PR.ATOM));
    }
  }

  private constant(v: ConstantValue): string {
    if (v instanceof EllipsisConst) return "...";
    return this.repr(v);
  }

  private comprehensions(gens: A.comprehension[]): string {
    let s = "";
    for (const g of gens) {
      s += (g.is_async ? " async for " : " for ") + this.expr(g.target, PR.TUPLE) + " in " + this.expr(g.iter, PR.TEST + 1);
      for (const c of g.ifs) s += " if " + this.expr(c, PR.TEST + 1);
    }
    return s;
  }

  private args(a: A.arguments_): string {
    const parts: string[] = [];
    const pos = [...a.posonlyargs, ...a.args];
    for (let i = 0; i < pos.length; i++) {
      let s = this.arg(pos[i]);
      const di = i - pos.length + a.defaults.length;
      if (di >= 0) s += "=" + this.expr(a.defaults[di], PR.TEST);
      if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ", /";
      parts.push(s);
    }
    if (a.vararg !== null || a.kwonlyargs.length) parts.push("*" + (a.vararg !== null ? this.arg(a.vararg) : ""));
    for (let i = 0; i < a.kwonlyargs.length; i++) {
      let s = this.arg(a.kwonlyargs[i]);
      const d = a.kw_defaults[i - a.kwonlyargs.length + a.kw_defaults.length];
      if (d !== null && d !== undefined) s += "=" + this.expr(d, PR.TEST);
      parts.push(s);
    }
    if (a.kwarg !== null) parts.push("**" + this.arg(a.kwarg));
    return parts.join(", ");
  }

  private arg(a: A.arg): string {
    return a.annotation === null ? a.arg : `${a.arg}: ${this.expr(a.annotation, PR.TEST)}`;
  }

  /** An f-string: its body (literal braces doubled) in one repr()'d string, prefixed by f. */
  private joined(e: A.JoinedStr, isFormatSpec: boolean): string {
    let body = "";
    for (const v of e.values) body += this.fstringElement(v, true);
    return isFormatSpec ? body : "f" + this.repr(body);
  }

  private fstringElement(v: A.expr, isFormatSpec: boolean): string {
    if (v._type === "Constant") return String(v.value).replace(/\{/g, "{{").replace(/\}/g, "}}");
    if (v._type === "JoinedStr") return this.joined(v, isFormatSpec);
    if (v._type === "FormattedValue") return this.formatted(v);
    return "";
  }

  private formatted(e: A.FormattedValue): string {
    // PR_TEST + 1: a lambda (its ':') gets parentheses
    const inner = this.expr(e.value, PR.TEST + 1);
    let s = (inner.startsWith("{") ? "{ " : "{") + inner;
    if (e.conversion > 0) s += "!" + String.fromCharCode(e.conversion);
    if (e.format_spec !== null) s += ":" + this.fstringElement(e.format_spec, true);
    return s + "}";
  }
}
