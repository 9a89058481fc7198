// Scope analysis, as CPython's Python/symtable.c: which names are local, global, free or cell in
// each scope (module, class, function, lambda, comprehension), and the compile-time SyntaxErrors
// that come from scoping (nonlocal/global misuse, yield/await placement, walrus in comprehensions).

import type * as A from "../parser/ast.js";
import type { SourceInfo } from "./source.js";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 32;
export const DEF_IMPORT = 64;
export const DEF_ANNOT = 128;
export const DEF_COMP_ITER = 256;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const enum NameScope {
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

export type ScopeKind = "module" | "class" | "function" | "lambda" | "comprehension" | "annotation";

type Located = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };

export class Scope {
  readonly symbols = new Map<string, number>();
  /** where each symbol was first used/defined, for error positions */
  readonly firstSeen = new Map<string, Located>();
  readonly scopes = new Map<string, NameScope>();
  readonly children: Scope[] = [];
  /** parameter names in co_varnames order */
  readonly params: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  hasReturnValue = false;
  /** the class scope needs a __class__ cell (a method uses super() or __class__) */
  needsClassClosure = false;
  /** comprehension kind, for "'yield' inside list comprehension" */
  compKind: "list comprehension" | "set comprehension" | "dict comprehension" | "generator expression" | null = null;
  /** a generator expression / comprehension containing `async for` or `await` */
  isAsyncComprehension = false;
  /** the class a method is defined in (for private name mangling), nearest enclosing */
  className: string | null = null;
  cellvars: string[] = [];
  freevars: string[] = [];
  /** the scope contains `import *` or exec-like behaviour (module/class only) */
  varargName: string | null = null;
  kwargName: string | null = null;

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: object,
    readonly parent: Scope | null,
  ) {}

  isFunctionLike(): boolean {
    return this.kind === "function" || this.kind === "lambda" || this.kind === "comprehension";
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  scopeOf(name: string): NameScope {
    return this.scopes.get(name) ?? (this.kind === "module" ? NameScope.GlobalImplicit : NameScope.GlobalImplicit);
  }
}

export { mangle } from "../shared/mangle.js";
import { mangle } from "../shared/mangle.js";

export class SymbolTable {
  readonly scopeOfNode = new Map<object, Scope>();
  top!: Scope;
  private cur!: Scope;
  /** inside the iterable of a comprehension's first `for` (walrus is forbidden there) */
  private inCompIter = 0;

  constructor(private readonly src: SourceInfo) {}

  private error(node: Located, msg: string): never {
    throw this.src.errorAt(node, msg);
  }

  /** `from __future__ import annotations` in effect: annotations are visited as their own blocks */
  private futureAnnotations = false;
  /** the scope whose annotation is being visited (CPython's AnnotationBlock), or null */
  private annotationScope: Scope | null = null;

  /** Compiling under an inherited `from __future__ import annotations` (compile()/exec() in such a module). */
  inheritedFutureAnnotations = false;

  build(mod: A.Module | A.Expression | A.Interactive): Scope {
    this.futureAnnotations = this.inheritedFutureAnnotations || (mod._type !== "Expression" && hasFutureAnnotations(mod.body));
    this.top = this.enter("module", "top", mod, null);
    if (mod._type === "Expression") this.visitExpr(mod.body);
    else this.visitStmts(mod.body);
    this.leave();
    this.analyze(this.top, new Set(), new Set());
    return this.top;
  }

  private enter(kind: ScopeKind, name: string, node: object, located: Located | null): Scope {
    const parent = this.cur ?? null;
    const s = new Scope(kind, name, node, parent);
    if (parent !== null) {
      parent.children.push(s);
      s.className = kind === "class" ? name : parent.kind === "class" ? parent.name : parent.className;
      if (kind === "class") s.className = name;
    }
    this.scopeOfNode.set(node, s);
    this.cur = s;
    void located;
    return s;
  }

  private leave(): void {
    this.cur = this.cur.parent!;
  }

  private mangled(name: string): string {
    const cls = this.cur.kind === "class" ? this.cur.name : this.cur.className;
    return mangle(cls, name);
  }

  private addDef(name: string, flag: number, node: Located, scope: Scope = this.cur): void {
    const mname = mangle(scope.kind === "class" ? scope.name : scope.className, name);
    const old = scope.symbols.get(mname) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) this.error(node, `duplicate argument '${mname}' in function definition`);
    scope.symbols.set(mname, old | flag);
    if (!scope.firstSeen.has(mname)) scope.firstSeen.set(mname, node);
    if (flag & DEF_GLOBAL && scope !== this.top) {
      // symtable_add_def_helper: a global statement anywhere marks the module-level name global
      // too (st_global), so module code stores it with STORE_GLOBAL even when exec() gives
      // separate locals
      this.top.symbols.set(mname, (this.top.symbols.get(mname) ?? 0) | DEF_GLOBAL);
      if (!this.top.firstSeen.has(mname)) this.top.firstSeen.set(mname, node);
    }
    if (flag & DEF_PARAM) scope.params.push(mname);
    if (flag & DEF_LOCAL && this.inCompIter > 0 && scope === this.cur) {
      // nothing: comprehension iteration targets are handled by the comprehension walker
    }
  }

  // ---- statements -------------------------------------------------------------------------

  private visitStmts(stmts: A.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: A.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitArgDefaults(s.args);
        this.visitAnnotations(s.args, s.returns);
        for (const d of s.decorator_list) this.visitExpr(d);
        const fs = this.enter("function", s.name, s, s);
        fs.isCoroutine = s._type === "AsyncFunctionDef";
        this.visitParams(s.args);
        this.visitStmts(s.body);
        this.leave();
        break;
      }
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.visitExpr(b);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enter("class", s.name, s, s);
        this.visitStmts(s.body);
        this.leave();
        break;
      }
      case "Return":
        if (s.value !== null) {
          this.visitExpr(s.value);
          if (this.cur.isFunctionLike()) this.cur.hasReturnValue = true;
          if (this.cur.isCoroutine && this.cur.isGenerator) this.error(s, "'return' with value in async generator");
        }
        break;
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        break;
      case "Assign":
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        if (s.target._type === "Name") {
          const name = this.mangled(s.target.id);
          const cur = this.cur.flags(name);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols.has(name) && s.simple) {
            const what = cur & DEF_GLOBAL ? "global" : "nonlocal";
            this.error(s, `annotated name '${s.target.id}' can't be ${what}`);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value !== null) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value !== null) this.visitExpr(s.value);
        break;
      }
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "While":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc !== null) this.visitExpr(s.exc);
        if (s.cause !== null) this.visitExpr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.visitStmts(s.body);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.orelse);
        this.visitStmts(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") {
            if (this.cur.kind !== "module") this.error(s._type === "ImportFrom" ? a : s, "import * only allowed at module level");
            continue;
          }
          const stored = a.asname ?? (s._type === "Import" ? a.name.split(".")[0] : a.name);
          this.addDef(stored, DEF_IMPORT, a);
        }
        break;
      case "Global":
      case "Nonlocal":
        this.visitGlobalNonlocal(s);
        break;
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  private visitGlobalNonlocal(s: A.Global | A.Nonlocal): void {
    const isGlobal = s._type === "Global";
    if (!isGlobal && this.cur.kind === "module") this.error(s, "nonlocal declaration not allowed at module level");
    for (const raw of s.names) {
      const name = this.mangled(raw);
      const cur = this.cur.flags(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const what = isGlobal ? "global" : "nonlocal";
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${raw}' is parameter and ${what}`;
        else if (cur & USE) msg = `name '${raw}' is used prior to ${what} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${raw}' can't be ${what}`;
        else msg = `name '${raw}' is assigned to before ${what} declaration`;
        this.error(s, msg);
      }
      this.addDef(raw, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
    }
  }

  private visitArgDefaults(args: A.arguments_): void {
    for (const d of args.defaults) this.visitExpr(d);
    for (const d of args.kw_defaults) if (d !== null) this.visitExpr(d);
  }

  private visitAnnotations(args: A.arguments_, returns: A.expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg !== null) all.push(args.vararg);
    if (args.kwarg !== null) all.push(args.kwarg);
    for (const a of all) if (a.annotation !== null) this.visitAnnotation(a.annotation);
    if (returns !== null) this.visitAnnotation(returns);
  }

  /** symtable_visit_annotation: with future annotations, an annotation is a block of its own. */
  private visitAnnotation(e: A.expr): void {
    if (!this.futureAnnotations) return this.visitExpr(e);
    const saved = this.annotationScope;
    this.annotationScope = this.cur;
    try {
      this.visitExpr(e);
    } finally {
      this.annotationScope = saved;
    }
  }

  /** symtable_raise_if_annotation_block */
  private notInAnnotation(e: A.expr, what: string): void {
    if (this.annotationScope !== null && this.annotationScope === this.cur) this.error(e, `'${what}' can not be used within an annotation`);
  }

  private visitParams(args: A.arguments_): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargName = args.vararg.arg;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.kwargName = args.kwarg.arg;
    }
  }

  // ---- expressions ------------------------------------------------------------------------

  private visitExprs(es: A.expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  private visitExpr(e: A.expr): void {
    switch (e._type) {
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "NamedExpr":
        this.notInAnnotation(e, "named expression");
        this.visitNamedExpr(e);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda": {
        this.visitArgDefaults(e.args);
        this.enter("lambda", "lambda", e, e);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.leave();
        break;
      }
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        for (const k of e.keys) if (k !== null) this.visitExpr(k);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "ListComp":
        this.visitComprehension(e, "listcomp", "list comprehension", e.generators, [e.elt]);
        break;
      case "SetComp":
        this.visitComprehension(e, "setcomp", "set comprehension", e.generators, [e.elt]);
        break;
      case "DictComp":
        this.visitComprehension(e, "dictcomp", "dict comprehension", e.generators, [e.key, e.value]);
        break;
      case "GeneratorExp":
        this.visitComprehension(e, "genexpr", "generator expression", e.generators, [e.elt]);
        break;
      case "Await":
        this.notInAnnotation(e, "await expression");
        this.checkAwait(e);
        this.visitExpr(e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.notInAnnotation(e, "yield expression");
        this.checkYield(e);
        if (e.value !== null) this.visitExpr(e.value);
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Name":
        this.visitName(e);
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
      case "Slice":
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
    }
  }

  private visitName(e: A.Name): void {
    if (e.ctx === "Load") {
      this.addDef(e.id, USE, e);
      // A function in a class that names super (or __class__) needs the class cell (symtable.c).
      if (this.cur.isFunctionLike() && (e.id === "super" || e.id === "__class__")) this.useClassCell(e);
    } else {
      this.addDef(e.id, DEF_LOCAL, e);
      if (e.id === "__class__" && this.cur.kind === "class") {
        // assigning __class__ in a class body shadows nothing special
      }
    }
  }

  private useClassCell(e: A.Name): void {
    this.addDef("__class__", USE, e);
  }

  private checkYield(e: A.Yield | A.YieldFrom): void {
    const s = this.cur;
    if (s.kind === "module" || s.kind === "class") this.error(e, "'yield' outside function");
    if (s.kind === "comprehension") this.error(e, `'yield' inside ${s.compKind}`);
    if (e._type === "YieldFrom" && s.isCoroutine) this.error(e, "'yield from' inside async function");
    s.isGenerator = true;
    if (s.isCoroutine && s.hasReturnValue) {
      // 'return' with value before the yield: CPython reports at the return; rare enough to report here
    }
  }

  private checkAwait(e: A.Await): void {
    const s = this.cur;
    if (s.kind === "comprehension") {
      // await in a comprehension makes it asynchronous; allowed only inside async functions
      s.isAsyncComprehension = true;
      return;
    }
    // Module-level / non-async function placement is a compiler error (reported there, with the
    // exact CPython message), since `await` in a lambda or class is also an error.
  }

  private visitNamedExpr(e: A.NamedExpr): void {
    if (this.inCompIter > 0) this.error(e, "assignment expression cannot be used in a comprehension iterable expression");
    this.visitExpr(e.value);
    const target = e.target as A.Name;
    if (this.cur.kind === "comprehension") {
      this.bindWalrusFromComprehension(target);
    } else {
      this.addDef(target.id, DEF_LOCAL, target);
    }
  }

  /** PEP 572: a walrus in a comprehension binds in the nearest enclosing non-comprehension scope. */
  private bindWalrusFromComprehension(target: A.Name): void {
    const name = target.id;
    let s: Scope = this.cur;
    while (s.kind === "comprehension") {
      if (s.flags(name) & DEF_COMP_ITER) this.error(target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
      s = s.parent!;
    }
    if (s.kind === "class") this.error(target, "assignment expression within a comprehension cannot be used in a class body");
    if (s.kind === "function" || s.kind === "lambda") {
      // symtable_extend_namedexpr_scope: a name the function declares global is global in the
      // comprehension too
      const flag = s.flags(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL;
      for (let c: Scope = this.cur; c !== s; c = c.parent!) this.addDef(name, flag, target, c);
      this.addDef(name, DEF_LOCAL, target, s);
    } else {
      // module level: the comprehension declares it global
      for (let c: Scope = this.cur; c !== s; c = c.parent!) this.addDef(name, DEF_GLOBAL, target, c);
      this.addDef(name, DEF_LOCAL, target, s);
    }
  }

  private visitComprehension(
    node: A.expr,
    name: string,
    kind: NonNullable<Scope["compKind"]>,
    gens: A.comprehension[],
    elts: A.expr[],
  ): void {
    // The first iterable is evaluated in the enclosing scope.
    this.inCompIter++;
    this.visitExpr(gens[0].iter);
    this.inCompIter--;
    const parentScope = this.cur;
    const s = this.enter("comprehension", `<${name}>`, node, null);
    s.compKind = kind;
    s.isGenerator = kind === "generator expression";
    this.addDef(".0", DEF_PARAM, node as unknown as Located);
    gens.forEach((g, i) => {
      if (g.is_async) s.isAsyncComprehension = true;
      this.visitCompTarget(g.target);
      if (i > 0) {
        this.inCompIter++;
        this.visitExpr(g.iter);
        this.inCompIter--;
      }
      for (const cond of g.ifs) this.visitExpr(cond);
    });
    for (const e of elts) this.visitExpr(e);
    this.leave();
    void parentScope;
  }

  private visitCompTarget(t: A.expr): void {
    if (t._type === "Name") {
      // symtable_add_def_helper with ste_comp_iter_target: a name this comprehension already
      // declared global/nonlocal (an earlier walrus target) cannot be an iteration variable
      if (this.cur.flags(t.id) & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(t, `comprehension inner loop cannot rebind assignment expression target '${t.id}'`);
      }
      this.addDef(t.id, DEF_LOCAL | DEF_COMP_ITER, t);
      return;
    }
    if (t._type === "Tuple" || t._type === "List") {
      for (const e of t.elts) this.visitCompTarget(e);
      return;
    }
    if (t._type === "Starred") {
      this.visitCompTarget(t.value);
      return;
    }
    this.visitExpr(t);
  }

  private visitPattern(p: A.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchAs":
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  // ---- analysis ---------------------------------------------------------------------------

  /**
   * Resolves every symbol of `s` (analyze_block). `bound`: names bound in enclosing function
   * scopes; `globals`: names declared global in enclosing scopes. Returns the scope's free names.
   */
  private analyze(s: Scope, bound: Set<string>, globals: Set<string>): Set<string> {
    const local = new Set<string>();
    const newGlobals = new Set(globals);
    for (const [name, flags] of s.symbols) {
      let scope: NameScope;
      if (flags & DEF_GLOBAL) {
        // analyze_name: reported at the name's first directive (error_at_directive)
        if (flags & DEF_NONLOCAL) this.error(s.firstSeen.get(name)!, `name '${name}' is nonlocal and global`);
        scope = NameScope.GlobalExplicit;
        newGlobals.add(name);
      } else if (flags & DEF_NONLOCAL) {
        if (!bound.has(name)) this.error(s.firstSeen.get(name)!, `no binding for nonlocal '${name}' found`);
        scope = NameScope.Free;
      } else if (flags & DEF_BOUND) {
        scope = NameScope.Local;
        local.add(name);
        newGlobals.delete(name);
      } else if (s.kind !== "module" && bound.has(name)) {
        scope = NameScope.Free;
      } else {
        scope = NameScope.GlobalImplicit;
      }
      s.scopes.set(name, scope);
    }
    // What children may see: function scopes contribute their locals; class scopes contribute nothing.
    let childBound = bound;
    if (s.isFunctionLike()) {
      childBound = new Set(bound);
      for (const n of local) childBound.add(n);
    } else if (s.kind === "class") {
      childBound = new Set(bound);
      childBound.add("__class__");
    } else if (s.kind === "module") {
      childBound = new Set();
    }
    // A global declaration hides an enclosing function's binding from nested scopes too (not a
    // class's: analyze_block passes a class's children the names as they were before the class).
    for (const [name, sc] of s.scopes) {
      if (s.kind === "class") break;
      if (sc === NameScope.GlobalExplicit && childBound.has(name)) {
        if (childBound === bound) childBound = new Set(bound);
        childBound.delete(name);
      }
    }
    const childFree = new Set<string>();
    for (const c of s.children) {
      const cf = this.analyze(c, childBound, s.kind === "class" ? globals : newGlobals);
      for (const n of cf) childFree.add(n);
    }
    // Children's free names: cells here if bound here, else free here too (passing through).
    if (s.kind === "class" && childFree.has("__class__")) {
      s.needsClassClosure = true;
      childFree.delete("__class__");
    }
    const free = new Set<string>();
    for (const n of childFree) {
      const sc = s.scopes.get(n);
      if (s.isFunctionLike() && sc === NameScope.Local) {
        s.scopes.set(n, NameScope.Cell);
      } else if (sc === NameScope.GlobalExplicit) {
        // a function's global declaration hides the name from its children; a class's does not
        // (update_symbols: free in a method and global in the class: DEF_FREE_CLASS, passed up)
        if (s.kind === "class") {
          s.symbols.set(n, s.flags(n) | DEF_FREE_CLASS);
          free.add(n);
        }
      } else if (s.kind === "class" && sc === NameScope.Local) {
        // the class binds it locally, but children see the enclosing function's: free here too
        s.symbols.set(n, s.flags(n) | DEF_FREE_CLASS);
        free.add(n);
      } else if (s.kind !== "module") {
        if (sc === undefined || sc === NameScope.GlobalImplicit) s.scopes.set(n, NameScope.Free);
        free.add(n);
      }
    }
    for (const [name, sc] of s.scopes) if (sc === NameScope.Free) free.add(name);
    s.cellvars = [...s.scopes].filter(([, sc]) => sc === NameScope.Cell).map(([n]) => n).sort();
    if (s.needsClassClosure) s.cellvars = ["__class__", ...s.cellvars.filter((n) => n !== "__class__")].sort();
    s.freevars = [...free].sort();
    if (s.kind === "module") return new Set();
    return free;
  }
}

/** Whether the module starts (after an optional docstring) with `from __future__ import annotations`. */
function hasFutureAnnotations(body: A.stmt[]): boolean {
  let i = 0;
  const first = body[0];
  if (first !== undefined && first._type === "Expr" && first.value._type === "Constant" && typeof first.value.value === "string") i = 1;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._type !== "ImportFrom" || s.module !== "__future__") break;
    if (s.names.some((a) => a.name === "annotations")) return true;
  }
  return false;
}
