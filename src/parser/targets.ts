// Assignment, deletion and for-loop targets: the parser reads a target as an expression and then
// re-labels its context (CPython's _PyPegen_set_expr_context), or reports the first part that cannot
// be a target with CPython's wording (_PyPegen_get_invalid_target, _PyPegen_get_expr_name).
import type { expr, expr_context } from "./ast.js";
import { EllipsisConst } from "./constants.js";

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: expr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (v === EllipsisConst.instance) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

export type TargetsType = "star" | "del" | "for";

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
export function invalidTarget(e: expr, type: TargetsType): expr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad) return bad;
      }
      return null;
    case "Starred":
      if (type === "del") return e;
      return invalidTarget(e.value, type);
    case "Compare":
      // `for x in y` read as one comparison: the target is its left side.
      if (type === "for") {
        if (e.ops[0] === "In") return invalidTarget(e.left, type);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** _PyPegen_set_expr_context, in place: the target and its nested tuple/list/starred parts. */
export function setContext(e: expr, ctx: expr_context): void {
  switch (e._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "List":
    case "Tuple":
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
  }
}
