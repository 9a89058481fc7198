// The compiler: AST -> code objects whose bodies are trees of executable nodes (nodes.ts).
// Names are resolved here (fast slots, cells, globals, namespaces), as CPython's compile.c does,
// and the compile-time SyntaxErrors that are not scoping errors are raised here ('return' outside
// function, 'break' outside loop, invalid starred targets, ...).

import * as A from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { BytesConst, ComplexConst, EllipsisConst, FloatConst, type ConstantValue } from "../parser/constants.js";
import type { PyValue } from "../runtime/object.js";
import { PyCode, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS } from "../runtime/types/function.js";
import { Ellipsis, None, newComplex, newFloat } from "../runtime/values.js";
import { PyBytes } from "../runtime/types/bytes.js";
import { bytesType, syntaxWarningType } from "../runtime/typeobjects.js";
import { Op, binaryOp, negative } from "../runtime/ops/number.js";
import { Cmp, eq } from "../runtime/ops/compare.js";
import { APPLY, IMPLICIT_RETURN, Node, OP } from "./nodes.js";
import { CodeImpl, CodeKind } from "./frame.js";
import { NameScope, Scope, SymbolTable, mangle } from "./symtable.js";
import type { SourceInfo } from "./source.js";
import { addFastPaths } from "./fast.js";
import { exprAsUnicode } from "./unparse.js";
import { warnAtSource } from "./imports.js";
import { starAnnotationUnpacker, constRepr as repr } from "./call-helpers.js";

/** co_flags bit of `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** The EMPTY marker: an unused call slot (see OP.LOAD_METHOD and APPLY.CALL). */
export const EMPTY_SLOT: unique symbol = Symbol("empty slot");

export const enum UnaryKind {
  Neg = 0,
  Pos = 1,
  Invert = 2,
}

export const enum StoreKind {
  Fast = 0,
  Deref = 1,
  Global = 2,
  Name = 3,
  Attr = 4,
  Subscr = 5,
  Unpack = 6,
  ClassDeref = 7,
  /** `a, b = x, y`: the values are already on the stack, first on top */
  Spread = 8,
}

/** Per-call-site facts: positional count, keyword names, whether a method slot is used. */
export interface CallInfo {
  nargs: number;
  kwnames: string[] | null;
}

/** Per-function facts the DEF/LAMBDA apply needs. */
export interface FunctionInfo {
  code: PyCode;
  hasDefaults: boolean;
  hasKwDefaults: boolean;
  hasAnnotations: boolean;
  ndecorators: number;
  /** index of each of the code's freevars in the defining frame's cells */
  closure: number[];
  qualname: string;
}

export interface ClassInfo {
  code: PyCode;
  name: string;
  nbases: number;
  kwnames: string[];
  ndecorators: number;
  closure: number[];
  hasStarArgs: boolean;
}

/** Except handler facts for a Try node. */
export interface HandlerInfo {
  type: Node | null;
  name: Node | null; // store node for `as name`
  nameDelete: Node | null; // delete node for `as name`
  body: Node;
  /** the except clause's position (its line event when tracing) */
  clause: Node;
}

export interface TryInfo {
  handlers: HandlerInfo[];
  orelse: Node | null;
  finalbody: Node | null;
  isStar: boolean;
}

const OPERATORS: Record<A.operator, Op> = {
  Add: Op.Add, Sub: Op.Sub, Mult: Op.Mul, MatMult: Op.MatMul, Div: Op.TrueDiv, Mod: Op.Mod, Pow: Op.Pow,
  LShift: Op.LShift, RShift: Op.RShift, BitOr: Op.Or, BitXor: Op.Xor, BitAnd: Op.And, FloorDiv: Op.FloorDiv,
};

export const enum CmpKind {
  Lt = Cmp.Lt,
  Le = Cmp.Le,
  Eq = Cmp.Eq,
  Ne = Cmp.Ne,
  Gt = Cmp.Gt,
  Ge = Cmp.Ge,
  Is = 6,
  IsNot = 7,
  In = 8,
  NotIn = 9,
}

const CMPOPS: Record<A.cmpop, CmpKind> = {
  Lt: CmpKind.Lt, LtE: CmpKind.Le, Eq: CmpKind.Eq, NotEq: CmpKind.Ne, Gt: CmpKind.Gt, GtE: CmpKind.Ge,
  Is: CmpKind.Is, IsNot: CmpKind.IsNot, In: CmpKind.In, NotIn: CmpKind.NotIn,
};

type Pos = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };

function node(op: OP, p: Pos): Node {
  return new Node(op, p.lineno, p.col_offset, p.end_lineno ?? p.lineno, p.end_col_offset ?? p.col_offset);
}

/**
 * Marks an expression whose value is only tested for truth (CPython's compiler_jump_if): an `and`/`or`
 * that short-circuits, or a comparison chain whose link fails, then leaves a bool instead of the operand,
 * so the operand's `__bool__` is not called a second time by the test. `not` passes the mark to its operand.
 */
function markTest(n: Node): void {
  if (n.op === OP.BOOLOP) {
    n.j = 1;
    for (const kid of n.kids) markTest(kid);
  } else if (n.op === OP.COMPARE_CHAIN) n.j = 1;
  else if (n.op === OP.EVAL && n.j === APPLY.NOT) markTest(n.kids[0]);
}

/** An EVAL node: evaluate `kids` in order, then apply. */
function evalNode(apply: APPLY, kids: Node[], p: Pos): Node {
  const n = node(OP.EVAL, p);
  n.j = apply;
  n.kids = kids;
  n.k = [n];
  for (let i = 1; i <= kids.length; i++) n.k.push(n.cont(OP.EVAL, i));
  return n;
}

/** Converts an AST constant to a Python value (owned by the code object). */
export function constantValue(v: ConstantValue): PyValue {
  if (v === null) return None;
  if (typeof v === "boolean" || typeof v === "number" || typeof v === "string" || typeof v === "bigint") return v;
  if (v instanceof FloatConst) return newFloat(v.value);
  if (v instanceof ComplexConst) return newComplex(v.real, v.imag);
  if (v instanceof BytesConst) return new PyBytes(bytesType, v.bytes);
  if (v instanceof EllipsisConst) return Ellipsis;
  throw new Error("unknown constant");
}

interface LoopCtx {
  /** the node `break`/`continue` unwind to */
  marker: Node;
  isFor: boolean;
}

class Unit {
  readonly impl: CodeImpl;
  readonly slots = new Map<string, number>();
  readonly cellIndex = new Map<string, number>();
  readonly loops: LoopCtx[] = [];
  /** depth of constructs that a `return` must unwind through (try, with, for, except bodies) */
  unwindDepth = 0;
  /** inside a `finally` body: break/continue/return there are allowed but must unwind */
  inFinally = 0;
  /** for each enclosing except* handler body: how many loops were open where it starts */
  readonly starHandlerLoops: number[] = [];
  readonly varnames: string[] = [];

  constructor(readonly scope: Scope, kind: CodeKind, name: string, qualname: string, src: SourceInfo, firstlineno: number) {
    this.impl = new CodeImpl(kind, name, qualname, src, firstlineno);
    for (const p of scope.params) this.slot(p);
    const cells = [...scope.cellvars];
    cells.forEach((n, i) => this.cellIndex.set(n, i));
    scope.freevars.forEach((n, i) => this.cellIndex.set(n, cells.length + i));
  }

  slot(name: string): number {
    let s = this.slots.get(name);
    if (s === undefined) {
      s = this.varnames.length;
      this.varnames.push(name);
      this.slots.set(name, s);
    }
    return s;
  }
}

export interface CompileOptions {
  /** `from __future__ import annotations` in effect */
  futureAnnotations?: boolean;
  /** interactive mode: expression statements print their value */
  interactive?: boolean;
  /** qualified names of the functions whose frames stay out of tracebacks ("*": all the code) */
  nativeFrames?: ReadonlySet<string>;
}

export class Compiler {
  private readonly st: SymbolTable;
  private u!: Unit;
  private futureAnnotations: boolean;
  private interactive: boolean;
  private readonly nativeFrames: ReadonlySet<string> | null;

  constructor(private readonly src: SourceInfo, options: CompileOptions = {}) {
    this.nativeFrames = options.nativeFrames ?? null;
    this.st = new SymbolTable(src);
    this.futureAnnotations = options.futureAnnotations ?? false;
    this.st.inheritedFutureAnnotations = this.futureAnnotations;
    this.interactive = options.interactive ?? false;
  }
  /** Marks code named in options.nativeFrames, or nested in such a function or class. */
  private markNative(u: Unit): void {
    const names = this.nativeFrames;
    if (names === null) return;
    if (names.has("*")) {
      u.impl.nativeFrames = true;
      return;
    }
    const parts = u.impl.qualname.split(".");
    for (let n = 1; n <= parts.length; n++) {
      if (names.has(parts.slice(0, n).join("."))) {
        u.impl.nativeFrames = true;
        return;
      }
    }
  }


  private error(p: Pos, msg: string): never {
    throw this.src.errorAt(p, msg);
  }

  /**
   * compiler_warn: a SyntaxWarning at p's line; when a filter turns it into an error, a SyntaxError
   * with the same message at p instead ("to get a more accurate error report").
   */
  private warn(p: Pos, msg: string): void {
    if (!warnAtSource(syntaxWarningType, msg, this.src.filename, p.lineno)) this.error(p, msg);
  }

  /** check_compare: `is`/`is not` with a literal operand (other than None, True, False, ...). */
  private checkCompare(e: A.Compare): void {
    let left = isIdentityOperand(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i];
      const right = isIdentityOperand(e.comparators[i]);
      if ((op === "Is" || op === "IsNot") && (!left || !right)) {
        const [used, meant] = op === "Is" ? ["is", "=="] : ["is not", "!="];
        this.warn(e, `"${used}" with a literal. Did you mean "${meant}"?`);
        return; // one warning per comparison chain
      }
      left = right;
    }
  }

  /** check_caller: calling a display or literal is probably a missing comma. */
  private checkCaller(e: A.Call): void {
    const f = e.func;
    if (foldedConstantType(f) !== null || NOT_CALLABLE_KINDS.has(f._type)) {
      this.warn(e, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
    }
  }

  /** check_subscripter and check_index: subscripting a display or literal (Load context only). */
  private checkSubscript(e: A.Subscript): void {
    const v = e.value;
    const vt = foldedConstantType(v);
    if (vt !== null ? NOT_SUBSCRIPTABLE_CONSTANTS.has(vt) : NOT_SUBSCRIPTABLE_KINDS.has(v._type)) {
      this.warn(e, `'${inferType(v)}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    }
    const it = inferType(e.slice);
    if (it === null || it === "int" || it === "bool") return;
    if (vt !== null ? vt === "str" || vt === "bytes" || vt === "tuple" : SEQUENCE_DISPLAY_KINDS.has(v._type)) {
      this.warn(e, `${inferType(v)} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
    }
  }

  /** future_check_features: PyErr_SyntaxLocationObject gives the statement's start only (end_offset None). */
  private futureError(p: Pos, msg: string): never {
    const e = this.src.errorAt(p, msg);
    throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.lineno, null);
  }

  // ---- units ------------------------------------------------------------------------------

  compileModule(mod: A.Module | A.Interactive): PyCode {
    const original = mod;
    if (mod._type === "Module") mod = withDocAssignment(mod);
    const top = this.st.build(mod);
    this.checkFuture(original.body);
    const u = new Unit(top, CodeKind.Module, "<module>", "<module>", this.src, 1);
    this.markNative(u);
    this.u = u;
    u.impl.usesLocalsDict = true;
    u.impl.hasAnnotations = hasAnnotations(mod.body);
    const body = this.block(mod.body, true);
    return this.finishUnit(u, body, 0);
  }

  compileEval(expr: A.Expression): PyCode {
    const top = this.st.build(expr);
    const u = new Unit(top, CodeKind.Eval, "<module>", "<module>", this.src, 1);
    this.u = u;
    u.impl.usesLocalsDict = true;
    const ret = node(OP.RETURN, expr.body);
    ret.a = this.expr(expr.body);
    ret.k = [ret, ret.cont(OP.RETURN_K, 1)];
    const body = node(OP.BLOCK, expr.body);
    body.kids = [ret];
    body.k = [body, body.cont(OP.BLOCK, 1)];
    return this.finishUnit(u, body, 0);
  }

  private checkFuture(body: A.stmt[]): void {
    let i = 0;
    if (body.length > 0 && body[0]._type === "Expr" && body[0].value._type === "Constant" && typeof body[0].value.value === "string") i = 1;
    for (const s of body) {
      if (s._type !== "ImportFrom" || s.module !== "__future__") continue;
      const idx = body.indexOf(s);
      if (idx > i) {
        let allFuture = true;
        for (let j = i; j < idx; j++) {
          const t = body[j];
          if (!(t._type === "ImportFrom" && t.module === "__future__")) allFuture = false;
        }
        if (!allFuture) this.error(s, "from __future__ imports must occur at the beginning of the file");
      }
      for (const a of s.names) {
        if (a.name === "annotations") this.futureAnnotations = true;
        else if (a.name === "braces") this.futureError(s, "not a chance");
        else if (!["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop"].includes(a.name)) {
          this.futureError(s, `future feature ${a.name} is not defined`);
        }
      }
    }
  }

  private finishUnit(u: Unit, body: Node, argcount: number, extra?: { posonly: number; kwonly: number; varargs: boolean; varkw: boolean }): PyCode {
    const impl = u.impl;
    // Falling off the end returns None (every body ends in a RETURN, so the loop never runs dry).
    const last = body.kids[body.kids.length - 1];
    if (last === undefined || last.op !== OP.RETURN) {
      const ret = new Node(OP.RETURN, last?.endLine ?? body.line, 0, last?.endLine ?? body.line, 0);
      // no line of its own (CPython: no location): no trace event, f_lineno stays on the last line run
      ret.s = IMPLICIT_RETURN;
      const none = new Node(OP.CONST, ret.line, 0, ret.line, 0);
      none.v = None;
      ret.a = none;
      ret.k = [ret, ret.cont(OP.RETURN_K, 1)];
      body.kids.push(ret);
      body.k.push(body.cont(OP.BLOCK, body.kids.length));
    }
    impl.body = body;
    impl.varnames = u.varnames;
    impl.nlocals = u.varnames.length;
    impl.localsTemplate = new Array(impl.nlocals).fill(undefined);
    impl.cellvars = u.scope.cellvars;
    impl.freevars = u.scope.freevars;
    impl.cellFromParam = impl.cellvars.map((n) => {
      const s = u.slots.get(n);
      return s !== undefined && u.scope.params.includes(n) ? s : -1;
    });
    impl.argcount = argcount;
    impl.posonlyargcount = extra?.posonly ?? 0;
    impl.kwonlyargcount = extra?.kwonly ?? 0;
    impl.hasVarargs = extra?.varargs ?? false;
    impl.hasVarkw = extra?.varkw ?? false;
    const sc = u.scope;
    impl.isCoroutine = sc.isCoroutine && !sc.isGenerator;
    impl.isAsyncGenerator = sc.isCoroutine && sc.isGenerator;
    impl.isGenerator = sc.isGenerator && !sc.isCoroutine;
    if (sc.kind === "comprehension" && sc.isAsyncComprehension && sc.compKind === "generator expression") {
      impl.isGenerator = false;
      impl.isAsyncGenerator = true;
    }
    impl.simpleArgs = !impl.hasVarargs && !impl.hasVarkw && impl.kwonlyargcount === 0;
    impl.ncells = impl.cellvars.length + impl.freevars.length;
    impl.isGenLike = impl.isGenerator || impl.isCoroutine || impl.isAsyncGenerator;
    const sizes = measure(body);
    impl.stackSize = Math.max(8, sizes.stack + 4);
    impl.ctrlSize = Math.max(16, sizes.ctrl + 8);
    let flags = 0;
    // the future features in effect are part of every code object's flags (compile() and exec() inherit them)
    if (this.futureAnnotations) flags |= CO_FUTURE_ANNOTATIONS;
    if (sc.isFunctionLike()) flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (impl.hasVarargs) flags |= CO_VARARGS;
    if (impl.hasVarkw) flags |= CO_VARKEYWORDS;
    if (sc.parent !== null && sc.parent.kind !== "module") flags |= CO_NESTED;
    if (impl.isGenerator) flags |= CO_GENERATOR;
    if (impl.isCoroutine) flags |= CO_COROUTINE;
    if (impl.isAsyncGenerator) flags |= CO_ASYNC_GENERATOR;
    addFastPaths(body, impl);
    const code = new PyCode(
      impl.name, impl.qualname, this.src.filename, impl.firstlineno,
      argcount, impl.posonlyargcount, impl.kwonlyargcount, flags,
      u.varnames, impl.cellvars, impl.freevars, impl,
    );
    impl.pycode = code;
    return code;
  }

  private qualname(name: string): string {
    // Python/compile.c compiler_set_qualname: nested in a function -> <locals>; a global declaration keeps it top-level.
    const parent = this.u.scope;
    if (parent.kind === "module") return name;
    const parentQual = this.u.impl.qualname;
    if (parent.kind === "class") {
      const mangled = mangle(parent.name, name);
      if (parent.scopeOf(mangled) === NameScope.GlobalExplicit) return name;
      return parentQual + "." + name;
    }
    if (parent.scopes.get(name) === NameScope.GlobalExplicit) return name;
    // only function and lambda parents add ".<locals>" (f.<locals>.<listcomp>.<genexpr>)
    if (parent.kind === "comprehension") return parentQual + "." + name;
    return parentQual + ".<locals>." + name;
  }

  private withUnit<T>(u: Unit, fn: () => T): T {
    const saved = this.u;
    this.u = u;
    try {
      return fn();
    } finally {
      this.u = saved;
    }
  }

  /** Indexes of `code`'s free variables in the enclosing unit's cells (for MAKE_FUNCTION's closure). */
  private closureFor(scope: Scope): number[] {
    return scope.freevars.map((n) => {
      const i = this.u.cellIndex.get(n);
      if (i === undefined) throw new Error(`compiler: free variable ${n} not found in enclosing scope`);
      return i;
    });
  }

  // ---- blocks and statements ----------------------------------------------------------------

  private block(stmts: A.stmt[], isModuleTop = false): Node {
    const kids: Node[] = [];
    for (const s of stmts) {
      const n = this.stmt(s, isModuleTop);
      if (n !== null) kids.push(n);
    }
    const p: Pos = stmts.length > 0 ? stmts[0] : { lineno: 1, col_offset: 0 };
    const b = node(OP.BLOCK, p);
    b.kids = kids;
    b.k = [b];
    for (let i = 1; i <= kids.length; i++) b.k.push(b.cont(OP.BLOCK, i));
    return b;
  }

  private stmt(s: A.stmt, _isModuleTop: boolean): Node | null {
    switch (s._type) {
      case "Expr":
        return this.exprStmt(s);
      case "Assign":
        return this.assign(s);
      case "AugAssign":
        return this.augAssign(s);
      case "AnnAssign":
        return this.annAssign(s);
      case "Delete": {
        const n = node(OP.DELETE, s);
        n.kids = s.targets.map((t) => this.delTarget(t));
        n.k = [n];
        for (let i = 1; i <= n.kids.length; i++) n.k.push(n.cont(OP.DELETE, i));
        return n;
      }
      case "Pass":
        // a statement of its own: a trace function sees its line
        return node(OP.NOP, s);
      case "Global":
      case "Nonlocal":
        return null;
      case "If": {
        const n = node(OP.IF, s);
        n.a = this.testExpr(s.test);
        n.b = this.block(s.body);
        n.c = s.orelse.length > 0 ? this.block(s.orelse) : null;
        n.k = [n, n.cont(OP.IF_K, 1)];
        return n;
      }
      case "While":
        return this.whileStmt(s);
      case "For":
        return this.forStmt(s);
      case "AsyncFor":
        return this.forStmt(s);
      case "Break":
      case "Continue": {
        const stars = this.u.starHandlerLoops;
        if (stars.length > 0 && stars[stars.length - 1] >= this.u.loops.length) this.error(s, EXCEPT_STAR_EXIT);
        const loop = this.u.loops[this.u.loops.length - 1];
        if (loop === undefined) this.error(s, s._type === "Break" ? "'break' outside loop" : "'continue' not properly in loop");
        const n = node(s._type === "Break" ? OP.BREAK : OP.CONTINUE, s);
        n.a = loop.marker;
        n.i = loop.isFor ? 1 : 0;
        return n;
      }
      case "Return": {
        if (!this.u.scope.isFunctionLike()) this.error(s, "'return' outside function");
        if (this.u.starHandlerLoops.length > 0) {
          // CPython reports a constant value's position (it emits no code of its own), else the statement's
          this.error(s.value !== null && isFoldableConstant(s.value) && s.value.lineno === s.lineno ? s.value : s, EXCEPT_STAR_EXIT);
        }
        const n = node(OP.RETURN, s);
        n.a = s.value === null ? this.constNode(None, s) : this.expr(s.value);
        n.i = this.u.unwindDepth > 0 ? 1 : 0;
        n.k = [n, n.cont(OP.RETURN_K, 1)];
        return n;
      }
      case "Raise": {
        const n = node(OP.RAISE, s);
        n.a = s.exc === null ? null : this.expr(s.exc);
        n.b = s.cause === null ? null : this.expr(s.cause);
        n.k = [n, n.cont(OP.RAISE_K, 1)];
        return n;
      }
      case "Try":
      case "TryStar":
        return this.tryStmt(s);
      case "With":
      case "AsyncWith":
        return this.withStmt(s, 0);
      case "Assert": {
        if (s.test._type === "Tuple" && s.test.elts.length > 0) this.warn(s, "assertion is always true, perhaps remove parentheses?");
        const n = node(OP.ASSERT, s);
        n.a = this.testExpr(s.test);
        n.b = s.msg === null ? null : this.expr(s.msg);
        n.k = [n, n.cont(OP.ASSERT_K, 1), n.cont(OP.ASSERT_K, 2)];
        return n;
      }
      case "Import":
        return this.importStmt(s);
      case "ImportFrom":
        return this.importFrom(s);
      case "FunctionDef":
      case "AsyncFunctionDef":
        return this.functionDef(s);
      case "ClassDef":
        return this.classDef(s);
      case "Match":
        return this.matchStmt(s);
    }
  }

  private exprStmt(s: A.Expr): Node {
    const n = node(OP.EXPR_STMT, s.value);
    n.a = this.expr(s.value);
    n.i = this.interactive && this.u.scope.kind === "module" ? 1 : 0;
    n.k = [n, n.cont(OP.EXPR_STMT_K, 1)];
    return n;
  }

  private assign(s: A.Assign): Node {
    const n = node(OP.ASSIGN, s);
    const t0 = s.targets[0];
    const v = s.value;
    if (
      s.targets.length === 1 && (t0._type === "Tuple" || t0._type === "List") && (v._type === "Tuple" || v._type === "List") &&
      t0.elts.length === v.elts.length && t0.elts.length <= 8 &&
      !t0.elts.some((e) => e._type === "Starred") && !v.elts.some((e) => e._type === "Starred")
    ) {
      // a, b = x, y: no tuple is built (CPython's compiler rotates the stack instead)
      n.a = evalNode(APPLY.SPREAD, this.exprs(v.elts), v);
      const spread = node(OP.STORE, t0);
      spread.j = StoreKind.Spread;
      spread.kids = t0.elts.map((e) => this.storeTarget(e));
      n.kids = [spread];
      n.k = [n, n.cont(OP.ASSIGN_K, 1), n.cont(OP.ASSIGN_K, 2)];
      return n;
    }
    n.a = this.expr(s.value);
    n.kids = s.targets.map((t) => this.storeTarget(t));
    n.k = [n];
    for (let i = 1; i <= n.kids.length + 1; i++) n.k.push(n.cont(OP.ASSIGN_K, i));
    return n;
  }

  private augAssign(s: A.AugAssign): Node {
    const t = s.target;
    const n = node(OP.AUGASSIGN, s);
    n.i = OPERATORS[s.op];
    n.b = this.expr(s.value);
    if (t._type === "Name") {
      n.j = 0;
      n.a = this.nameLoad(t.id, t);
      n.c = this.nameStore(t.id, t);
    } else if (t._type === "Attribute") {
      n.j = 1;
      n.a = this.expr(t.value);
      n.s = this.mangleName(t.attr);
    } else if (t._type === "Subscript") {
      n.j = 2;
      n.a = this.expr(t.value);
      n.c = this.expr(t.slice);
    } else {
      this.error(t, `'${describeExpr(t)}' is an illegal expression for augmented assignment`);
    }
    n.k = [n];
    for (let i = 1; i <= 5; i++) n.k.push(n.cont(OP.AUGASSIGN_K, i));
    return n;
  }

  private annAssign(s: A.AnnAssign): Node {
    const n = node(OP.ANNASSIGN, s);
    const t = s.target;
    const sc = this.u.scope;
    // Annotations are evaluated and stored for simple names at module and class level only.
    const store = s.simple && t._type === "Name" && (sc.kind === "module" || sc.kind === "class");
    n.a = s.value === null ? null : this.expr(s.value);
    n.b = s.value === null ? null : this.storeTarget(t);
    n.c = store ? (this.futureAnnotations ? this.constNode(this.annotationString(s.annotation), s.annotation) : this.expr(s.annotation)) : null;
    n.s = t._type === "Name" ? this.mangleName(t.id) : "";
    if (!store && !this.futureAnnotations && sc.kind !== "function" && sc.kind !== "lambda") {
      // Non-simple targets at module/class level still evaluate the annotation (and the target's parts).
      n.x = this.expr(s.annotation);
    }
    if (s.value === null && t._type !== "Name") {
      // `a.b: int` / `a[0]: int` evaluate the target's object (and index) expressions.
      const parts: Node[] = [];
      if (t._type === "Attribute") parts.push(this.expr(t.value));
      else if (t._type === "Subscript") {
        parts.push(this.expr(t.value));
        parts.push(this.expr(t.slice));
      }
      n.kids = parts;
    }
    n.k = [n];
    for (let i = 1; i <= 4; i++) n.k.push(n.cont(OP.ANNASSIGN_K, i));
    return n;
  }

  /** The text of an annotation under `from __future__ import annotations` (_PyAST_ExprAsUnicode). */
  private annotationString(e: A.expr): string {
    return exprAsUnicode(e, (c) => {
      const r = repr(constantValue(c));
      // append_repr: infinities are written as a literal that overflows to them
      return c instanceof FloatConst || c instanceof ComplexConst ? r.replace(/inf/g, "1e309") : r;
    });
  }

  /** An expression evaluated only for its truth (see markTest). */
  private testExpr(e: A.expr): Node {
    const n = this.expr(e);
    markTest(n);
    return n;
  }

  private whileStmt(s: A.While): Node {
    const n = node(OP.WHILE, s);
    n.a = this.testExpr(s.test);
    this.u.loops.push({ marker: n, isFor: false });
    n.b = this.block(s.body);
    this.u.loops.pop();
    n.c = s.orelse.length > 0 ? this.block(s.orelse) : null;
    n.k = [n, n.cont(OP.WHILE_K, 1)];
    return n;
  }

  private forStmt(s: A.For | A.AsyncFor): Node {
    const n = node(OP.FOR, s);
    n.j = s._type === "AsyncFor" ? 1 : 0;
    if (n.j === 1) this.checkAsyncAllowed(s, "'async for' outside async function");
    n.a = this.expr(s.iter);
    const next = n.cont(OP.FOR_NEXT, 1);
    n.b = this.storeTarget(s.target);
    this.u.loops.push({ marker: next, isFor: true });
    this.u.unwindDepth++;
    n.c = this.block(s.body);
    this.u.unwindDepth--;
    this.u.loops.pop();
    n.x = s.orelse.length > 0 ? this.block(s.orelse) : null;
    n.k = [n, n.cont(OP.FOR_K, 1), next, n.cont(OP.FOR_BIND, 3)];
    return n;
  }

  private checkAsyncAllowed(p: Pos, msg: string): void {
    const sc = this.u.scope;
    if (sc.isCoroutine) return;
    if (sc.kind === "comprehension") {
      // checked where the comprehension is used
      return;
    }
    this.error(p, msg);
  }

  private tryStmt(s: A.Try | A.TryStar): Node {
    const n = node(OP.TRY, s);
    const isStar = s._type === "TryStar";
    const info: TryInfo = { handlers: [], orelse: null, finalbody: null, isStar };
    this.u.unwindDepth++;
    n.a = this.block(s.body);
    this.u.unwindDepth--;
    s.handlers.forEach((h, idx) => {
      if (h.type === null && idx < s.handlers.length - 1) this.error(h, "default 'except:' must be last");
      if (isStar && h.type === null) this.error(h, "expected ':'");
      this.u.unwindDepth++;
      if (isStar) this.u.starHandlerLoops.push(this.u.loops.length);
      const body = this.block(h.body);
      if (isStar) this.u.starHandlerLoops.pop();
      this.u.unwindDepth--;
      info.handlers.push({
        type: h.type === null ? null : this.expr(h.type),
        name: h.name === null ? null : this.nameStore(h.name, h),
        nameDelete: h.name === null ? null : this.nameDelete(h.name, h),
        body,
        clause: node(OP.NOP, h),
      });
    });
    // the else block runs inside the try statement: a return there must run the finally block
    this.u.unwindDepth++;
    info.orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
    this.u.unwindDepth--;
    if (s.finalbody.length > 0) {
      this.u.unwindDepth++;
      this.u.inFinally++;
      info.finalbody = this.block(s.finalbody);
      this.u.inFinally--;
      this.u.unwindDepth--;
    }
    n.x = info;
    // k[1]: TRY_END (normal completion of body -> else), k[2]: EXCEPT_MARK, k[3]: FINALLY_MARK,
    // k[4]: FINALLY_END, k[5+h]: EXCEPT_MATCH for handler h, then EXCEPT_MATCH_K, EXCEPT_BODY_MARK
    n.k = [n, n.cont(OP.TRY_END, 1), n.cont(OP.EXCEPT_MARK, 2), n.cont(OP.FINALLY_MARK, 3), n.cont(OP.FINALLY_END, 4)];
    for (let h = 0; h < info.handlers.length; h++) n.k.push(n.cont(OP.EXCEPT_MATCH, h));
    for (let h = 0; h < info.handlers.length; h++) n.k.push(n.cont(OP.EXCEPT_MATCH_K, h));
    for (let h = 0; h < info.handlers.length; h++) n.k.push(n.cont(OP.EXCEPT_BODY_MARK, h));
    if (isStar) n.k.push(n.cont(OP.EXCEPT_STAR_END, 0));
    return n;
  }

  private withStmt(s: A.With | A.AsyncWith, itemIndex: number): Node {
    const item = s.items[itemIndex];
    const n = node(OP.WITH, itemIndex === 0 ? s : item.context_expr);
    if (itemIndex === 0 && s._type === "AsyncWith") this.checkAsyncAllowed(s, "'async with' outside async function");
    n.j = s._type === "AsyncWith" ? 1 : 0;
    n.a = this.expr(item.context_expr);
    n.b = item.optional_vars === null ? null : this.storeTarget(item.optional_vars);
    this.u.unwindDepth++;
    n.c = itemIndex + 1 < s.items.length ? this.wrapBlock(this.withStmt(s, itemIndex + 1)) : this.block(s.body);
    this.u.unwindDepth--;
    n.k = [n, n.cont(OP.WITH_K, 1), n.cont(OP.WITH_MARK, 2), n.cont(OP.WITH_END, 3), n.cont(OP.WITH_K, 4), n.cont(OP.WITH_K, 5)];
    // Positions for tracebacks of __exit__ point at the with statement.
    return n;
  }

  private wrapBlock(n: Node): Node {
    const b = new Node(OP.BLOCK, n.line, n.col, n.endLine, n.endCol);
    b.kids = [n];
    b.k = [b, b.cont(OP.BLOCK, 1)];
    return b;
  }

  private importStmt(s: A.Import): Node {
    const n = node(OP.IMPORT, s);
    n.kids = s.names.map((a) => {
      const item = node(OP.NOP, a);
      item.s = a.name;
      item.x = a.asname;
      // compiler_import: the binding is checked at the statement
      this.forbiddenName(a.asname ?? a.name.split(".")[0], s, "Store");
      item.a = this.nameStore(a.asname ?? a.name.split(".")[0], a);
      return item;
    });
    n.k = [n];
    for (let i = 1; i <= n.kids.length; i++) n.k.push(n.cont(OP.IMPORT, i));
    return n;
  }

  private importFrom(s: A.ImportFrom): Node {
    const n = node(OP.IMPORT_FROM, s);
    n.s = s.module ?? "";
    n.i = s.level ?? 0;
    n.x = s.names.map((a) => a.name);
    n.kids = s.names.map((a) => {
      const item = node(OP.NOP, a);
      item.s = a.name;
      if (a.name !== "*") this.forbiddenName(a.asname ?? a.name, s, "Store");
      item.a = a.name === "*" ? null : this.nameStore(a.asname ?? a.name, a);
      return item;
    });
    n.k = [n];
    for (let i = 1; i <= n.kids.length; i++) n.k.push(n.cont(OP.IMPORT_FROM, i));
    return n;
  }

  // ---- functions and classes ----------------------------------------------------------------

  private functionDef(s: A.FunctionDef | A.AsyncFunctionDef): Node {
    this.checkDebugArgs(s.args, s);
    const scope = this.st.scopeOfNode.get(s)!;
    const decorators = s.decorator_list.map((d) => this.expr(d));
    const fn = this.makeFunctionNodes(s, scope, s.name, s.args, s.returns, () => this.functionBody(s.body, scope), decorators);
    fn.a = this.nameStore(s.name, s);
    return fn;
  }

  private functionBody(body: A.stmt[], scope: Scope): Node {
    void scope;
    return this.block(body);
  }

  /** Builds the DEF node: decorators, defaults, kwdefaults, annotations, then MAKE_FUNCTION. */
  private makeFunctionNodes(
    s: A.FunctionDef | A.AsyncFunctionDef | A.Lambda,
    scope: Scope,
    name: string,
    args: A.arguments_,
    returns: A.expr | null,
    makeBody: () => Node,
    decorators: Node[],
  ): Node {
    const kids: Node[] = [...decorators];
    const hasDefaults = args.defaults.length > 0;
    if (hasDefaults) kids.push(evalNode(APPLY.TUPLE, args.defaults.map((d) => this.expr(d)), s));
    const kwNames: string[] = [];
    const kwValues: Node[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d !== null) {
        kwNames.push(this.mangleName(a.arg));
        kwValues.push(this.expr(d));
      }
    });
    const hasKwDefaults = kwNames.length > 0;
    if (hasKwDefaults) {
      const items: Node[] = [];
      kwNames.forEach((k, i) => {
        items.push(this.constNode(k, s));
        items.push(kwValues[i]);
      });
      const d = evalNode(APPLY.DICT, items, s);
      d.i = kwNames.length;
      kids.push(d);
    }
    let hasAnnotations = false;
    if (s._type !== "Lambda") {
      const ann = this.annotations(args, returns, s);
      if (ann !== null) {
        kids.push(ann);
        hasAnnotations = true;
      }
    }
    const qualname = this.qualname(s._type === "Lambda" ? "<lambda>" : name);
    const kind = s._type === "Lambda" ? CodeKind.Lambda : CodeKind.Function;
    // co_firstlineno: a decorated function starts at its first decorator
    const firstLine = s._type !== "Lambda" && s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    const u = new Unit(scope, kind, s._type === "Lambda" ? "<lambda>" : name, qualname, this.src, firstLine);
    this.markNative(u);
    const code = this.withUnit(u, () => {
      let body: Node;
      if (s._type === "Lambda") {
        const ret = node(OP.RETURN, s.body);
        ret.a = this.expr(s.body);
        ret.k = [ret, ret.cont(OP.RETURN_K, 1)];
        // a lambda containing yield is a generator that returns its body's value (StopIteration's
        // value; bpo-23192)
        body = this.wrapBlock(ret);
      } else {
        const first = s.body[0];
        if (first !== undefined && first._type === "Expr" && first.value._type === "Constant" && typeof first.value.value === "string") {
          u.impl.doc = first.value.value;
        }
        body = makeBody();
      }
      const posonly = args.posonlyargs.length;
      return this.finishUnit(u, body, posonly + args.args.length, {
        posonly,
        kwonly: args.kwonlyargs.length,
        varargs: args.vararg !== null,
        varkw: args.kwarg !== null,
      });
    });
    const info: FunctionInfo = {
      code,
      hasDefaults,
      hasKwDefaults,
      hasAnnotations,
      ndecorators: decorators.length,
      closure: this.closureFor(scope),
      qualname,
    };
    const n = evalNode(APPLY.LAMBDA, kids, s);
    n.x = info;
    if (s._type !== "Lambda") {
      const def = node(OP.DEF, s);
      def.b = n;
      def.k = [def, def.cont(OP.DEF_K, 1)];
      return def;
    }
    return n;
  }

  private annotations(args: A.arguments_, returns: A.expr | null, p: Pos): Node | null {
    const items: Node[] = [];
    const add = (name: string, e: A.expr | null) => {
      if (e === null) return;
      items.push(this.constNode(this.mangleName(name), e));
      items.push(this.futureAnnotations ? this.constNode(this.annotationString(e), e) : this.expr(e));
    };
    for (const a of [...args.posonlyargs, ...args.args]) add(a.arg, a.annotation);
    const va = args.vararg;
    if (va !== null && va.annotation !== null && va.annotation._type === "Starred" && !this.futureAnnotations) {
      // `*args: *Ts` (PEP 646): Ts unpacked to its single item (compiler_visit_argannotation)
      const ann = va.annotation;
      items.push(this.constNode(this.mangleName(va.arg), ann));
      const empty = node(OP.CONST, ann);
      empty.v = EMPTY_SLOT as unknown as PyValue;
      const n = evalNode(APPLY.CALL, [empty, this.constNode(starAnnotationUnpacker(), ann), this.expr(ann.value)], ann);
      n.x = { nargs: 1, kwnames: null } satisfies CallInfo;
      items.push(n);
    } else if (va !== null) add(va.arg, va.annotation);
    for (const a of args.kwonlyargs) add(a.arg, a.annotation);
    if (args.kwarg !== null) add(args.kwarg.arg, args.kwarg.annotation);
    add("return", returns);
    if (items.length === 0) return null;
    const d = evalNode(APPLY.DICT, items, p);
    d.i = items.length / 2;
    return d;
  }

  private classDef(s: A.ClassDef): Node {
    this.validateKeywords(s.keywords, s);
    const scope = this.st.scopeOfNode.get(s)!;
    const decorators = s.decorator_list.map((d) => this.expr(d));
    const qualname = this.qualname(s.name);
    const u = new Unit(scope, CodeKind.Class, s.name, qualname, this.src, s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno);
    this.markNative(u);
    u.impl.usesLocalsDict = true;
    u.impl.prologueLine = s.lineno;
    u.impl.hasAnnotations = hasAnnotations(s.body);
    const code = this.withUnit(u, () => {
      const first = s.body[0];
      if (first !== undefined && first._type === "Expr" && first.value._type === "Constant" && typeof first.value.value === "string") {
        u.impl.doc = first.value.value;
      }
      const body = this.block(s.body);
      return this.finishUnit(u, body, 0);
    });
    const kids: Node[] = [...decorators];
    let hasStarArgs = false;
    for (const b of s.bases) {
      if (b._type === "Starred") hasStarArgs = true;
    }
    if (hasStarArgs || s.keywords.some((k) => k.arg === null)) {
      hasStarArgs = true;
      kids.push(this.starredTuple(s.bases, s));
      kids.push(this.kwargsDict(s.keywords, s));
    } else {
      for (const b of s.bases) kids.push(this.expr(b));
      for (const k of s.keywords) kids.push(this.expr(k.value));
    }
    const info: ClassInfo = {
      code,
      name: s.name,
      nbases: s.bases.length,
      kwnames: s.keywords.map((k) => k.arg ?? ""),
      ndecorators: decorators.length,
      closure: this.closureFor(scope),
      hasStarArgs,
    };
    const n = node(OP.CLASS, s);
    n.b = evalNode(APPLY.CLASS_CELL, kids, s);
    n.b.x = info;
    n.a = this.nameStore(s.name, s);
    n.x = info;
    n.k = [n, n.cont(OP.CLASS_K, 1)];
    return n;
  }

  // ---- match --------------------------------------------------------------------------------

  private matchStmt(s: A.Match): Node {
    this.checkMatch(s);
    const n = node(OP.MATCH, s);
    n.a = this.expr(s.subject);
    n.x = s.cases.map((c) => ({
      pattern: this.pattern(c.pattern),
      guard: c.guard === null ? null : this.testExpr(c.guard),
      body: this.block(c.body),
    }));
    n.k = [n, n.cont(OP.MATCH_K, 1), n.cont(OP.MATCH_K, 2), n.cont(OP.MATCH_K, 3)];
    return n;
  }

  /** Patterns compile to a small tree the MATCH op interprets (value expressions are nodes). */
  /**
   * The compile-time errors of CPython's compiler_match_inner / compiler_pattern_*, found in its
   * traversal order and reported at its current location (the last pattern entered).
   */
  private checkMatch(s: A.Match): void {
    const cases = s.cases;
    const last = cases[cases.length - 1];
    const hasDefault = isWildcardPattern(last.pattern) && cases.length > 1;
    for (let i = 0; i < cases.length - (hasDefault ? 1 : 0); i++) {
      const m = cases[i];
      // irrefutable cases must be either guarded, last, or both
      this.checkPattern(m.pattern, { allow: m.guard !== null || i === cases.length - 1, stores: [], loc: m.pattern });
    }
  }

  private checkPattern(p: A.pattern, pc: { allow: boolean; stores: string[]; loc: A.pattern }): void {
    pc.loc = p;
    const sub = (q: A.pattern) => {
      const allow = pc.allow;
      pc.allow = true;
      this.checkPattern(q, pc);
      pc.allow = allow;
    };
    const store = (name: string | null) => {
      if (name === null) return;
      if (pc.stores.includes(name)) this.error(pc.loc, `multiple assignments to name ${repr(name)} in pattern`);
      pc.stores.push(name);
    };
    switch (p._type) {
      case "MatchValue":
        if (!isValuePatternExpr(p.value)) this.error(p, "patterns may only match literals and attribute lookups");
        return;
      case "MatchSingleton":
        return;
      case "MatchSequence": {
        if (p.patterns.filter((q) => q._type === "MatchStar").length > 1) this.error(p, "multiple starred names in sequence pattern");
        for (const q of p.patterns) sub(q);
        return;
      }
      case "MatchMapping": {
        const seen: PyValue[] = [];
        for (const k of p.keys) {
          if (k._type === "Attribute") continue;
          if (!isValuePatternExpr(k)) this.error(p, "mapping pattern keys may only match literals and attribute lookups");
          const v = foldedPatternConstant(k);
          if (v !== undefined) {
            if (seen.some((x) => eq(x, v))) this.error(p, `mapping pattern checks duplicate key (${repr(v)})`);
            seen.push(v);
          }
        }
        for (const q of p.patterns) sub(q);
        store(p.rest);
        return;
      }
      case "MatchClass": {
        // validate_kwd_attrs, reported at the repeated attribute's pattern
        for (let i = 0; i < p.kwd_attrs.length; i++) {
          for (let j = i + 1; j < p.kwd_attrs.length; j++) {
            if (p.kwd_attrs[i] === p.kwd_attrs[j]) this.error(p.kwd_patterns[j], `attribute name repeated in class pattern: ${p.kwd_attrs[i]}`);
          }
        }
        pc.loc = p;
        for (const q of p.patterns) sub(q);
        for (const q of p.kwd_patterns) sub(q);
        return;
      }
      case "MatchStar":
        store(p.name);
        return;
      case "MatchAs":
        if (p.pattern === null) {
          if (!pc.allow) {
            this.error(p, p.name !== null ? `name capture ${repr(p.name)} makes remaining patterns unreachable` : "wildcard makes remaining patterns unreachable");
          }
          store(p.name);
          return;
        }
        this.checkPattern(p.pattern, pc);
        store(p.name);
        return;
      case "MatchOr": {
        const outer = pc.stores;
        const allow = pc.allow;
        let control: string[] | null = null;
        for (let i = 0; i < p.patterns.length; i++) {
          const alt = p.patterns[i];
          // an irrefutable alternative must be last, if it is allowed at all
          pc.stores = [];
          pc.allow = i === p.patterns.length - 1 && allow;
          this.checkPattern(alt, pc);
          if (control === null) control = pc.stores;
          else if (control.length !== pc.stores.length || control.some((n) => !pc.stores.includes(n))) {
            this.error(pc.loc, "alternative patterns bind different names");
          }
        }
        pc.stores = outer;
        pc.allow = allow;
        for (const n of control ?? []) store(n);
        return;
      }
    }
  }

  private pattern(p: A.pattern): CompiledPattern {
    switch (p._type) {
      case "MatchValue":
        return { kind: "value", value: this.expr(p.value), pos: node(OP.NOP, p) };
      case "MatchSingleton":
        return { kind: "singleton", constant: constantValue(p.value), pos: node(OP.NOP, p) };
      case "MatchSequence": {
        const star = p.patterns.findIndex((q) => q._type === "MatchStar");
        return { kind: "sequence", patterns: p.patterns.map((q) => this.pattern(q)), star, pos: node(OP.NOP, p) };
      }
      case "MatchMapping":
        return {
          kind: "mapping",
          keys: p.keys.map((k) => this.expr(k)),
          patterns: p.patterns.map((q) => this.pattern(q)),
          rest: p.rest === null ? null : this.nameStore(p.rest, p),
          pos: node(OP.NOP, p),
        };
      case "MatchClass":
        return {
          kind: "class",
          cls: this.expr(p.cls),
          patterns: p.patterns.map((q) => this.pattern(q)),
          kwdAttrs: p.kwd_attrs,
          kwdPatterns: p.kwd_patterns.map((q) => this.pattern(q)),
          pos: node(OP.NOP, p),
        };
      case "MatchStar":
        return { kind: "star", target: p.name === null ? null : this.nameStore(p.name, p), pos: node(OP.NOP, p) };
      case "MatchAs":
        return {
          kind: "as",
          pattern: p.pattern === null ? null : this.pattern(p.pattern),
          target: p.name === null ? null : this.nameStore(p.name, p),
          name: p.name,
          pos: node(OP.NOP, p),
        };
      case "MatchOr":
        return { kind: "or", patterns: p.patterns.map((q) => this.pattern(q)), pos: node(OP.NOP, p) };
    }
  }

  // ---- expressions ----------------------------------------------------------------------------

  private constNode(v: PyValue, p: Pos): Node {
    const n = node(OP.CONST, p);
    n.v = v;
    return n;
  }

  private mangleName(name: string): string {
    const sc = this.u.scope;
    return mangle(sc.kind === "class" ? sc.name : sc.className, name);
  }

  private exprs(es: A.expr[]): Node[] {
    return es.map((e) => this.expr(e));
  }

  expr(e: A.expr): Node {
    switch (e._type) {
      case "Constant":
        return this.constNode(constantValue(e.value), e);
      case "Name":
        if (e.ctx !== "Load") throw new Error("compiler: store context in load position");
        return this.nameLoad(e.id, e);
      case "Attribute": {
        const n = evalNode(APPLY.ATTR, [this.expr(e.value)], e);
        n.s = this.mangleName(e.attr);
        return n;
      }
      case "Subscript": {
        this.checkSubscript(e);
        return evalNode(APPLY.SUBSCR, [this.expr(e.value), this.expr(e.slice)], e);
      }
      case "Slice": {
        const parts = [e.lower, e.upper, e.step].map((x) => (x === null ? this.constNode(None, e) : this.expr(x)));
        return evalNode(APPLY.SLICE, parts, e);
      }
      case "BinOp": {
        const n = evalNode(APPLY.BINOP, [this.expr(e.left), this.expr(e.right)], e);
        n.i = OPERATORS[e.op];
        n.k.push(n.cont(OP.DUNDER_RESULT, 0), n.cont(OP.DUNDER_RESULT, 1));
        return n;
      }
      case "UnaryOp": {
        if (e.op === "Not") return evalNode(APPLY.NOT, [this.expr(e.operand)], e);
        const n = evalNode(APPLY.UNARY, [this.expr(e.operand)], e);
        n.i = e.op === "USub" ? UnaryKind.Neg : e.op === "UAdd" ? UnaryKind.Pos : UnaryKind.Invert;
        return n;
      }
      case "BoolOp": {
        const n = node(OP.BOOLOP, e);
        n.kids = this.exprs(e.values);
        n.i = e.op === "And" ? 1 : 0;
        n.k = [n];
        for (let i = 1; i <= n.kids.length; i++) n.k.push(n.cont(OP.BOOLOP_K, i));
        return n;
      }
      case "Compare": {
        this.checkCompare(e);
        if (e.ops.length === 1) {
          const n = evalNode(APPLY.COMPARE, [this.expr(e.left), this.expr(e.comparators[0])], e);
          n.i = CMPOPS[e.ops[0]];
          n.k.push(n.cont(OP.DUNDER_RESULT, 0), n.cont(OP.DUNDER_RESULT, 1));
          return n;
        }
        const n = node(OP.COMPARE_CHAIN, e);
        n.kids = [this.expr(e.left), ...this.exprs(e.comparators)];
        n.x = e.ops.map((o) => CMPOPS[o]);
        n.k = [n];
        for (let i = 1; i <= n.kids.length; i++) n.k.push(n.cont(OP.COMPARE_CHAIN_K, i));
        return n;
      }
      case "IfExp": {
        const n = node(OP.IFEXP, e);
        n.a = this.testExpr(e.test);
        n.b = this.expr(e.body);
        n.c = this.expr(e.orelse);
        n.k = [n, n.cont(OP.IFEXP_K, 1)];
        return n;
      }
      case "Call":
        return this.call(e);
      case "Tuple":
      case "List":
      case "Set": {
        if (e._type !== "Set" && e.ctx !== "Load") throw new Error("compiler: store context in load position");
        const starred = e.elts.some((x) => x._type === "Starred");
        if (starred) {
          const kind = e._type === "Tuple" ? APPLY.STARRED_TUPLE : e._type === "List" ? APPLY.STARRED_LIST : APPLY.STARRED_SET;
          const n = evalNode(kind, e.elts.map((x) => (x._type === "Starred" ? this.expr(x.value) : this.expr(x))), e);
          n.x = e.elts.map((x) => x._type === "Starred");
          return n;
        }
        const kind = e._type === "Tuple" ? APPLY.TUPLE : e._type === "List" ? APPLY.LIST : APPLY.SET;
        const n = evalNode(kind, this.exprs(e.elts), e);
        n.i = e.elts.length;
        // CPython folds a set display of more than two constants into a frozenset constant that is
        // merged into the new set, which gives a different iteration order than adding one by one.
        if (e._type === "Set" && e.elts.length > 2 && e.elts.every(isFoldableConstant)) n.s = "const";
        return n;
      }
      case "Dict": {
        if (e.keys.some((k) => k === null)) {
          const kids: Node[] = [];
          const isMapping: boolean[] = [];
          e.keys.forEach((k, i) => {
            if (k === null) {
              kids.push(this.expr(e.values[i]));
              isMapping.push(true);
            } else {
              kids.push(this.expr(k));
              kids.push(this.expr(e.values[i]));
              isMapping.push(false);
            }
          });
          const n = evalNode(APPLY.DICT_MERGE, kids, e);
          n.x = isMapping;
          return n;
        }
        const kids: Node[] = [];
        e.keys.forEach((k, i) => {
          kids.push(this.expr(k!));
          kids.push(this.expr(e.values[i]));
        });
        const n = evalNode(APPLY.DICT, kids, e);
        n.i = e.keys.length;
        return n;
      }
      case "Starred":
        this.error(e, "can't use starred expression here");
        break;
      case "Lambda": {
        this.checkDebugArgs(e.args, e);
        const scope = this.st.scopeOfNode.get(e)!;
        return this.makeFunctionNodes(e, scope, "<lambda>", e.args, null, () => {
          throw new Error("unreachable");
        }, []);
      }
      case "NamedExpr": {
        const n = node(OP.NAMED_EXPR, e);
        n.a = this.expr(e.value);
        n.b = this.walrusStore(e.target as A.Name);
        n.k = [n, n.cont(OP.NAMED_EXPR_K, 1)];
        return n;
      }
      case "Yield": {
        this.checkYieldPlacement(e);
        const n = evalNode(APPLY.YIELD, [e.value === null ? this.constNode(None, e) : this.expr(e.value)], e);
        return n;
      }
      case "YieldFrom": {
        this.checkYieldPlacement(e);
        const n = evalNode(APPLY.YIELD_FROM, [this.expr(e.value)], e);
        n.k.push(n.cont(OP.YIELD_FROM_K, 0), n.cont(OP.YIELD_FROM_K, 1));
        return n;
      }
      case "Await": {
        this.checkAwait(e);
        const n = evalNode(APPLY.AWAIT, [this.expr(e.value)], e);
        n.k.push(n.cont(OP.YIELD_FROM_K, 0), n.cont(OP.YIELD_FROM_K, 1));
        return n;
      }
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.comprehension(e);
      case "JoinedStr": {
        const n = evalNode(APPLY.JOINSTR, this.exprs(e.values), e);
        n.i = e.values.length;
        return n;
      }
      case "FormattedValue": {
        const kids = [this.expr(e.value)];
        if (e.format_spec !== null) kids.push(this.expr(e.format_spec));
        const n = evalNode(APPLY.FORMAT, kids, e);
        n.i = e.conversion;
        return n;
      }
    }
    throw new Error(`compiler: unhandled expression ${(e as A.expr)._type}`);
  }

  private checkYieldPlacement(e: A.Yield | A.YieldFrom): void {
    // symtable has already rejected yield outside functions and inside comprehensions.
    void e;
  }

  private checkAwait(e: A.Await): void {
    const sc = this.u.scope;
    if (sc.kind === "module" || sc.kind === "class") this.error(e, "'await' outside function");
    if (sc.kind === "comprehension") {
      let p: Scope | null = sc;
      while (p !== null && p.kind === "comprehension") p = p.parent;
      if (p !== null && p.isCoroutine) return;
      if (sc.compKind === "generator expression") return;
      this.error(e, "asynchronous comprehension outside of an asynchronous function");
    }
    if (!sc.isCoroutine) this.error(e, "'await' outside async function");
  }

  private call(e: A.Call): Node {
    this.checkCaller(e);
    const hasStar = e.args.some((a) => a._type === "Starred") || e.keywords.some((k) => k.arg === null);
    // Check argument order errors CPython reports at compile time.
    let sawDoubleStar = false;
    for (const k of e.keywords) if (k.arg === null) sawDoubleStar = true;
    if (sawDoubleStar) {
      const firstDoubleStar = e.keywords.find((k) => k.arg === null)!;
      for (const a of e.args) {
        if (a._type === "Starred" && (a.lineno > firstDoubleStar.lineno || (a.lineno === firstDoubleStar.lineno && a.col_offset > firstDoubleStar.col_offset))) {
          this.error(a, "iterable argument unpacking follows keyword argument unpacking");
        }
      }
    }
    this.validateKeywords(e.keywords, e);
    const isMethod = e.func._type === "Attribute" && !hasStar;
    const kids: Node[] = [];
    if (isMethod) {
      const attr = e.func as A.Attribute;
      kids.push(this.expr(attr.value));
      const lm = node(OP.LOAD_METHOD, attr);
      lm.s = this.mangleName(attr.attr);
      lm.x = { type: null, version: -1, descr: undefined } satisfies MethodCache;
      kids.push(lm);
    } else {
      const empty = node(OP.CONST, e.func);
      empty.v = EMPTY_SLOT as unknown as PyValue;
      kids.push(empty);
      kids.push(this.expr(e.func));
    }
    if (hasStar) {
      const argsTuple = this.starredTuple(e.args, e);
      argsTuple.s = "call-args";
      kids.push(argsTuple);
      kids.push(this.kwargsDict(e.keywords, e));
      const n = evalNode(APPLY.CALL_EX, kids, e);
      return n;
    }
    for (const a of e.args) kids.push(this.expr(a));
    const kwnames: string[] = [];
    for (const k of e.keywords) {
      kids.push(this.expr(k.value));
      kwnames.push(k.arg!);
    }
    const n = evalNode(APPLY.CALL, kids, e);
    const info: CallInfo = { nargs: e.args.length, kwnames: kwnames.length > 0 ? kwnames : null };
    n.x = info;
    return n;
  }

  /** A tuple of positional arguments, with *iterables spliced in. */
  private starredTuple(args: A.expr[], p: Pos): Node {
    const n = evalNode(APPLY.STARRED_TUPLE, args.map((a) => (a._type === "Starred" ? this.expr(a.value) : this.expr(a))), p);
    n.x = args.map((a) => a._type === "Starred");
    return n;
  }

  /** A dict of keyword arguments, with **mappings merged (duplicates are errors at call time). */
  private kwargsDict(keywords: A.keyword[], p: Pos): Node {
    if (keywords.length === 0) return this.constNode(EMPTY_SLOT as unknown as PyValue, p);
    const kids: Node[] = [];
    const isMapping: boolean[] = [];
    for (const k of keywords) {
      if (k.arg === null) {
        kids.push(this.expr(k.value));
        isMapping.push(true);
      } else {
        kids.push(this.constNode(k.arg, k));
        kids.push(this.expr(k.value));
        isMapping.push(false);
      }
    }
    const n = evalNode(APPLY.DICT_MERGE, kids, p);
    n.x = isMapping;
    n.i = 1; // keyword-argument mode: duplicate keys are TypeErrors
    return n;
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): Node {
    const scope = this.st.scopeOfNode.get(e)!;
    const names: Record<string, string> = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" };
    const name = names[e._type];
    const outerFirstIter = this.expr(e.generators[0].iter);
    const qualname = this.qualname(name);
    const u = new Unit(scope, CodeKind.Comprehension, name, qualname, this.src, e.lineno);
    this.markNative(u);
    const isAsync = scope.isAsyncComprehension;
    if (isAsync && e._type !== "GeneratorExp") {
      let p: Scope | null = scope.parent;
      while (p !== null && p.kind === "comprehension") p = p.parent;
      if (p === null || !p.isCoroutine) {
        if (!(scope.parent?.kind === "comprehension" && scope.parent.compKind === "generator expression")) {
          this.error(e, "asynchronous comprehension outside of an asynchronous function");
        }
      }
    }
    const code = this.withUnit(u, () => {
      const resultSlot = e._type === "GeneratorExp" ? -1 : u.slot(".result");
      let inner: Node;
      if (e._type === "GeneratorExp") {
        const y = evalNode(APPLY.YIELD, [this.expr(e.elt)], e.elt);
        const st = node(OP.EXPR_STMT, e.elt);
        st.a = y;
        st.k = [st, st.cont(OP.EXPR_STMT_K, 1)];
        inner = st;
      } else if (e._type === "DictComp") {
        inner = evalNode(APPLY.COMPREHENSION, [this.expr(e.key), this.expr(e.value)], e);
        inner.i = resultSlot;
        inner.s = "dict";
      } else {
        inner = evalNode(APPLY.COMPREHENSION, [this.expr(e.elt)], e);
        inner.i = resultSlot;
        inner.s = e._type === "ListComp" ? "list" : "set";
      }
      // Build the loops from the innermost outwards.
      for (let gi = e.generators.length - 1; gi >= 0; gi--) {
        const g = e.generators[gi];
        let body: Node = inner;
        for (let ci = g.ifs.length - 1; ci >= 0; ci--) {
          const iff = node(OP.IF, g.ifs[ci]);
          iff.a = this.testExpr(g.ifs[ci]);
          iff.b = this.wrapBlock(body);
          iff.c = null;
          iff.k = [iff, iff.cont(OP.IF_K, 1)];
          body = iff;
        }
        const loop = node(OP.FOR, g.iter);
        loop.j = g.is_async ? 1 : 0;
        loop.a = gi === 0 ? this.nameLoad(".0", g.iter) : this.expr(g.iter);
        if (gi === 0) loop.j |= 2; // the iterator is already made
        const next = loop.cont(OP.FOR_NEXT, 1);
        loop.b = this.storeTarget(g.target);
        loop.c = this.wrapBlock(body);
        loop.x = null;
        loop.k = [loop, loop.cont(OP.FOR_K, 1), next, loop.cont(OP.FOR_BIND, 3)];
        inner = loop;
      }
      const stmts: Node[] = [];
      if (resultSlot >= 0) {
        const kind = e._type === "ListComp" ? APPLY.LIST : e._type === "SetComp" ? APPLY.SET : APPLY.DICT;
        const init = node(OP.ASSIGN, e);
        init.a = evalNode(kind, [], e);
        const store = node(OP.STORE, e);
        store.j = StoreKind.Fast;
        store.i = resultSlot;
        store.s = ".result";
        init.kids = [store];
        init.k = [init, init.cont(OP.ASSIGN_K, 1), init.cont(OP.ASSIGN_K, 2)];
        stmts.push(init);
      }
      stmts.push(inner);
      const ret = node(OP.RETURN, e);
      ret.a = resultSlot >= 0 ? this.nameLoad(".result", e) : this.constNode(None, e);
      ret.k = [ret, ret.cont(OP.RETURN_K, 1)];
      stmts.push(ret);
      const body = node(OP.BLOCK, e);
      body.kids = stmts;
      body.k = [body];
      for (let i = 1; i <= stmts.length; i++) body.k.push(body.cont(OP.BLOCK, i));
      return this.finishUnit(u, body, 1);
    });
    const n = evalNode(APPLY.COMPREHENSION, [outerFirstIter], e);
    n.i = -1;
    n.x = { code, closure: this.closureFor(scope), qualname, isAsync } satisfies ComprehensionInfo;
    return n;
  }

  // ---- names ----------------------------------------------------------------------------------

  private nameKind(name: string): { kind: StoreKind; slot: number; mangled: string } {
    const u = this.u;
    const sc = u.scope;
    const mangled = name === ".0" || name === ".result" ? name : this.mangleName(name);
    const scope = sc.scopes.get(mangled);
    if (name === ".result") return { kind: StoreKind.Fast, slot: u.slot(name), mangled };
    switch (scope) {
      case NameScope.Free:
      case NameScope.Cell:
        if (sc.kind === "class" && scope === NameScope.Free) return { kind: StoreKind.ClassDeref, slot: u.cellIndex.get(mangled)!, mangled };
        return { kind: StoreKind.Deref, slot: u.cellIndex.get(mangled)!, mangled };
      case NameScope.Local:
        if (sc.isFunctionLike()) return { kind: StoreKind.Fast, slot: u.slot(mangled), mangled };
        return { kind: StoreKind.Name, slot: 0, mangled };
      case NameScope.GlobalImplicit:
        if (sc.isFunctionLike()) return { kind: StoreKind.Global, slot: 0, mangled };
        return { kind: StoreKind.Name, slot: 0, mangled };
      case NameScope.GlobalExplicit:
        return { kind: StoreKind.Global, slot: 0, mangled };
      default:
        if (sc.isFunctionLike()) return { kind: StoreKind.Global, slot: 0, mangled };
        return { kind: StoreKind.Name, slot: 0, mangled };
    }
  }

  nameLoad(name: string, p: Pos): Node {
    const { kind, slot, mangled } = this.nameKind(name);
    let n: Node;
    switch (kind) {
      case StoreKind.Fast:
        n = node(OP.LOAD_FAST, p);
        break;
      case StoreKind.Deref:
        n = node(OP.LOAD_DEREF, p);
        break;
      case StoreKind.ClassDeref:
        n = node(OP.LOAD_CLASSDEREF, p);
        break;
      case StoreKind.Global:
        n = node(OP.LOAD_GLOBAL, p);
        break;
      default:
        n = node(OP.LOAD_NAME, p);
    }
    n.i = slot;
    n.s = mangled;
    return n;
  }

  /** validate_keywords: each name is checked, then compared with the later ones. */
  private validateKeywords(kws: A.keyword[], p: Pos): void {
    for (let i = 0; i < kws.length; i++) {
      const arg = kws[i].arg;
      if (arg === null) continue;
      this.forbiddenName(arg, p, "Store");
      for (let j = i + 1; j < kws.length; j++) if (kws[j].arg === arg) this.error(kws[j], `keyword argument repeated: ${arg}`);
    }
  }

  /** forbidden_name: `__debug__` cannot be bound or deleted (reported at `p`). */
  private forbiddenName(name: string, p: Pos, ctx: "Store" | "Del"): void {
    if (name === "__debug__") this.error(p, ctx === "Store" ? "cannot assign to __debug__" : "cannot delete __debug__");
  }

  /** compiler_check_debug_args: no parameter may be called `__debug__` (reported at the def or lambda). */
  private checkDebugArgs(args: A.arguments_, p: Pos): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) this.forbiddenName(a.arg, p, "Store");
  }

  /** A STORE node for a simple name: pops a value and binds it. */
  nameStore(name: string, p: Pos): Node {
    this.forbiddenName(name, p, "Store");
    const { kind, slot, mangled } = this.nameKind(name);
    const n = node(OP.STORE, p);
    n.j = kind === StoreKind.ClassDeref ? StoreKind.Deref : kind;
    n.i = slot;
    n.s = mangled;
    return n;
  }

  private nameDelete(name: string, p: Pos): Node {
    this.forbiddenName(name, p, "Del");
    const n = this.nameStore(name, p);
    n.op = OP.DELETE;
    n.x = "name";
    return n;
  }

  /** Walrus targets bind in the enclosing function even from inside a comprehension. */
  private walrusStore(t: A.Name): Node {
    return this.nameStore(t.id, t);
  }

  /** Compiles an assignment target into a STORE node (pops the value from the stack). */
  storeTarget(t: A.expr): Node {
    switch (t._type) {
      case "Name":
        return this.nameStore(t.id, t);
      case "Attribute": {
        this.forbiddenName(t.attr, t, "Store");
        const n = node(OP.STORE, t);
        n.j = StoreKind.Attr;
        n.a = this.expr(t.value);
        n.s = this.mangleName(t.attr);
        n.k = [n, n.cont(OP.STORE_K, 1), n.cont(OP.STORE_K, 2)];
        return n;
      }
      case "Subscript": {
        const n = node(OP.STORE, t);
        n.j = StoreKind.Subscr;
        n.a = this.expr(t.value);
        n.b = this.expr(t.slice);
        n.k = [n, n.cont(OP.STORE_K, 1), n.cont(OP.STORE_K, 2)];
        return n;
      }
      case "Tuple":
      case "List": {
        const star = t.elts.findIndex((x) => x._type === "Starred");
        if (star >= 0 && t.elts.findIndex((x, i) => x._type === "Starred" && i > star) >= 0) {
          this.error(t, "multiple starred expressions in assignment");
        }
        const n = node(OP.STORE, t);
        n.j = StoreKind.Unpack;
        n.kids = t.elts.map((x) => (x._type === "Starred" ? this.storeTarget(x.value) : this.storeTarget(x)));
        n.i = t.elts.length;
        n.c = null;
        n.x = star;
        n.k = [n];
        for (let i = 1; i <= n.kids.length; i++) n.k.push(n.cont(OP.STORE_K, i));
        return n;
      }
      case "Starred":
        this.error(t, "starred assignment target must be in a list or tuple");
        break;
      default:
        this.error(t, `cannot assign to ${describeExpr(t)}`);
    }
    throw new Error("unreachable");
  }

  private delTarget(t: A.expr): Node {
    switch (t._type) {
      case "Name":
        return this.nameDelete(t.id, t);
      case "Attribute": {
        const n = node(OP.DELETE, t);
        n.x = "attr";
        n.a = this.expr(t.value);
        n.s = this.mangleName(t.attr);
        n.k = [n, n.cont(OP.DELETE_K, 1)];
        return n;
      }
      case "Subscript": {
        const n = node(OP.DELETE, t);
        n.x = "subscr";
        n.a = this.expr(t.value);
        n.b = this.expr(t.slice);
        n.k = [n, n.cont(OP.DELETE_K, 1), n.cont(OP.DELETE_K, 2)];
        return n;
      }
      case "Tuple":
      case "List": {
        const n = node(OP.DELETE, t);
        n.x = "seq";
        n.kids = t.elts.map((x) => this.delTarget(x));
        n.k = [n];
        for (let i = 1; i <= n.kids.length; i++) n.k.push(n.cont(OP.DELETE, i));
        return n;
      }
      default:
        this.error(t, `cannot delete ${describeExpr(t)}`);
    }
  }
}

/** LOAD_METHOD's inline cache: what the lookup found for the last receiver type. */
export interface MethodCache {
  type: unknown;
  version: number;
  /** the method descriptor/function to call unbound, or undefined: use getattr */
  descr: unknown;
}

export interface ComprehensionInfo {
  code: PyCode;
  closure: number[];
  qualname: string;
  isAsync: boolean;
}

export type CompiledPattern =
  | { kind: "value"; value: Node; pos: Node }
  | { kind: "singleton"; constant: PyValue; pos: Node }
  | { kind: "sequence"; patterns: CompiledPattern[]; star: number; pos: Node }
  | { kind: "mapping"; keys: Node[]; patterns: CompiledPattern[]; rest: Node | null; pos: Node }
  | { kind: "class"; cls: Node; patterns: CompiledPattern[]; kwdAttrs: string[]; kwdPatterns: CompiledPattern[]; pos: Node }
  | { kind: "star"; target: Node | null; pos: Node }
  | { kind: "as"; pattern: CompiledPattern | null; target: Node | null; name: string | null; pos: Node }
  | { kind: "or"; patterns: CompiledPattern[]; pos: Node };

const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

/** `_` (MatchAs without pattern or name): WILDCARD_CHECK. */
function isWildcardPattern(p: A.pattern): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null;
}

/** MATCH_VALUE_EXPR after constant folding: a constant (signed and complex literals fold) or an attribute. */
function isValuePatternExpr(e: A.expr): boolean {
  if (e._type === "Attribute") return true;
  if (e._type === "Constant") return true;
  if (e._type === "UnaryOp" || e._type === "BinOp") return foldedPatternConstant(e) !== undefined;
  return false;
}

/** The constant a literal pattern expression folds to (`-1`, `1+2j`), or undefined. */
function foldedPatternConstant(e: A.expr): PyValue | undefined {
  if (e._type === "Constant") return constantValue(e.value);
  if (e._type === "UnaryOp" && e.op === "USub") {
    const v = foldedPatternConstant(e.operand);
    return v === undefined ? undefined : negative(v);
  }
  if (e._type === "BinOp" && (e.op === "Add" || e.op === "Sub")) {
    const a = foldedPatternConstant(e.left);
    const b = foldedPatternConstant(e.right);
    if (a === undefined || b === undefined) return undefined;
    return binaryOp(a, b, e.op === "Add" ? Op.Add : Op.Sub);
  }
  return undefined;
}

/** A module's docstring is stored as `__doc__ = "..."` where it stands (compiler_body). */
function withDocAssignment(mod: A.Module): A.Module {
  const first = mod.body[0];
  if (first === undefined || first._type !== "Expr" || first.value._type !== "Constant" || typeof first.value.value !== "string") return mod;
  const v = first.value;
  const target = new A.Name("__doc__", "Store", v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
  const assign = new A.Assign([target], v, null, first.lineno, first.col_offset, first.end_lineno, first.end_col_offset);
  return new A.Module([assign, ...mod.body.slice(1)], mod.type_ignores);
}

/**
 * The type name of the constant an expression becomes in CPython's AST optimizer (literals, unary
 * operators on constants, tuples of constants), or null when it is no constant. Binary operations,
 * which fold too, are left out: their result type depends on the operands' values.
 */
function foldedConstantType(e: A.expr): string | null {
  switch (e._type) {
    case "Constant": {
      const v = e.value;
      if (v === null) return "NoneType";
      if (typeof v === "boolean") return "bool";
      if (typeof v === "number" || typeof v === "bigint") return "int";
      if (typeof v === "string") return "str";
      if (v instanceof FloatConst) return "float";
      if (v instanceof ComplexConst) return "complex";
      if (v instanceof BytesConst) return "bytes";
      return "ellipsis";
    }
    case "UnaryOp": {
      const t = foldedConstantType(e.operand);
      if (t === null) return null;
      if (e.op === "Not") return "bool";
      if (e.op === "Invert") return t === "int" || t === "bool" ? "int" : null;
      if (t === "bool") return "int";
      return t === "int" || t === "float" || t === "complex" ? t : null;
    }
    case "Tuple":
      return e.ctx === "Load" && e.elts.every((x) => foldedConstantType(x) !== null) ? "tuple" : null;
    default:
      return null;
  }
}

/** infer_type: the type of the object an expression certainly evaluates to, or null. */
function inferType(e: A.expr): string | null {
  const t = foldedConstantType(e);
  if (t !== null) return t;
  switch (e._type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    default:
      return null;
  }
}

/** check_is_arg: an operand `is` may compare by identity (no constant, or a singleton constant). */
function isIdentityOperand(e: A.expr): boolean {
  const t = foldedConstantType(e);
  return t === null || t === "NoneType" || t === "bool" || t === "ellipsis";
}

const NOT_CALLABLE_KINDS = new Set(["Tuple", "List", "ListComp", "Dict", "DictComp", "Set", "SetComp", "GeneratorExp", "JoinedStr", "FormattedValue"]);
const NOT_SUBSCRIPTABLE_KINDS = new Set(["Set", "SetComp", "GeneratorExp", "Lambda"]);
/** constants check_subscripter reports (bool counts as int) */
const NOT_SUBSCRIPTABLE_CONSTANTS = new Set(["NoneType", "ellipsis", "int", "bool", "float", "complex"]);
const SEQUENCE_DISPLAY_KINDS = new Set(["Tuple", "List", "ListComp", "JoinedStr", "FormattedValue"]);

/** What CPython's AST optimizer folds into a constant: literals, signed numbers, tuples of constants. */
function isFoldableConstant(e: A.expr): boolean {
  if (e._type === "Constant") return true;
  if (e._type === "UnaryOp" && e.op !== "Not") return e.operand._type === "Constant" && (typeof e.operand.value === "number" || typeof e.operand.value === "bigint" || e.operand.value instanceof FloatConst || e.operand.value instanceof ComplexConst);
  if (e._type === "Tuple") return e.elts.every(isFoldableConstant);
  return false;
}

/** find_ann: does a module or class body contain annotated assignments (outside nested scopes)? */
function hasAnnotations(stmts: A.stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (hasAnnotations(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody)) return true;
        for (const h of s.handlers) if (hasAnnotations(h.body)) return true;
        break;
      case "Match":
        for (const c of s.cases) if (hasAnnotations(c.body)) return true;
        break;
    }
  }
  return false;
}

/** How CPython names an expression in "cannot assign to ..." messages. */
export function describeExpr(e: A.expr): string {
  switch (e._type) {
    case "Call":
      return "function call";
    case "Constant":
      if (e.value === null || e.value === true || e.value === false) return String(e.value === null ? "None" : e.value ? "True" : "False");
      if (e.value instanceof EllipsisConst) return "ellipsis";
      return "literal";
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "BoolOp":
      return "expression";
    case "Compare":
      return "comparison";
    case "Lambda":
      return "lambda";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "GeneratorExp":
      return "generator expression";
    case "Await":
      return "await expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Starred":
      return "starred";
    default:
      return "expression";
  }
}

function sliceBytes(line: string, from: number, to: number): string {
  const bytes = new TextEncoder().encode(line);
  return new TextDecoder().decode(bytes.subarray(from, to === Infinity ? bytes.length : to));
}

/** Conservative stack and control-stack sizes for a code body (arrays grow if exceeded). */
function measure(root: Node): { stack: number; ctrl: number } {
  let nodes = 0;
  const seen = new Set<Node>();
  const visit = (n: Node | null, depth: number): number => {
    if (n === null || seen.has(n)) return depth;
    seen.add(n);
    nodes++;
    let d = depth;
    for (const kid of n.kids) d = Math.max(d, visit(kid, depth + 1));
    d = Math.max(d, visit(n.a, depth + 1), visit(n.b, depth + 1), visit(n.c, depth + 1));
    return d;
  };
  const depth = visit(root, 0);
  return { stack: Math.min(64, depth * 2 + 4), ctrl: Math.min(128, depth * 3 + 8) };
}
