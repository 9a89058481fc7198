// Code objects' executable form and frames. A frame holds everything about one activation:
// fast locals, cells, the value stack, the control stack of pending nodes, and where it is in the
// tree. Frames are reference counted Python objects (sys._getframe, tracebacks and generators
// hold them); while one runs, the interpreter owns one reference. When the count drops to zero
// its locals are released in slot order (CPython's _PyFrame_Clear) and the frame goes back to its
// code's free list.

import { PyObject, decref, xdecref, type PyValue } from "../runtime/object.js";
import { frameType } from "../runtime/typeobjects.js";
import type { PyDict } from "../runtime/types/dict.js";
import type { PyCell, PyCode, PyFunction } from "../runtime/types/function.js";
import type { Node } from "./nodes.js";
import type { SourceInfo } from "./source.js";

export const enum CodeKind {
  Module = 0,
  Class = 1,
  Function = 2,
  Lambda = 3,
  Comprehension = 4,
  Eval = 5,
}

export class CodeImpl {
  body!: Node;
  /** python code object this belongs to (set after construction) */
  pycode!: PyCode;
  nlocals = 0;
  /** co_varnames: parameters first */
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  /** for each cellvar: the index of the parameter it starts from, or -1 */
  cellFromParam: number[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  hasVarargs = false;
  hasVarkw = false;
  isGenerator = false;
  isCoroutine = false;
  isAsyncGenerator = false;
  /** NAME ops go through a locals mapping (module, class body, exec) */
  usesLocalsDict = false;
  stackSize = 8;
  ctrlSize = 16;
  readonly freeFrames: Frame[] = [];
  /** a template of `nlocals` undefined slots, copied so locals arrays keep one element kind */
  localsTemplate: (PyValue | undefined)[] = [];
  /** the docstring constant, if the body starts with one */
  doc: PyValue | null = null;
  /** the body (module or class) contains annotated assignments: __annotations__ is created first */
  hasAnnotations = false;
  /** only positional parameters (no *args, **kwargs, keyword-only): calls can move arguments straight in */
  simpleArgs = false;
  /** cellvars + freevars */
  ncells = 0;
  /** a generator, coroutine or async generator: calling it makes the object instead of running */
  isGenLike = false;
  /** where a not-yet-started generator frame stands: the def line (f_lineno, traceback of throw()) */
  startNode: Node | null = null;
  /** a class body's first line event: its `class` line (where __module__/__qualname__ are set) */
  prologueLine = -1;
  /**
   * the frames of this code stay out of tracebacks: a pyframe library function standing in for
   * one CPython writes in C, which has no frame (see NATIVE_FRAMES in interp/imports.ts)
   */
  nativeFrames = false;

  constructor(
    readonly kind: CodeKind,
    readonly name: string,
    readonly qualname: string,
    readonly source: SourceInfo,
    readonly firstlineno: number,
  ) {}
}

/** Where a frame's result goes when it finishes or yields (see run.ts). */
export const enum Resume {
  /** push onto the caller's stack (calls, for-loops, yield from) */
  Push = 0,
  /** return to the native code that started this run */
  Native = 1,
}

export class Frame extends PyObject {
  code: CodeImpl;
  func: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** the mapping NAME ops use (module globals, class namespace, exec locals), or null */
  localsDict: PyValue | null;
  locals: (PyValue | undefined)[];
  cells: PyCell[];
  // deno-lint-ignore no-explicit-any
  stack: any[];
  sp: number;
  ctrl: Node[];
  csp: number;
  /** value-stack height saved by handler markers, parallel to ctrl */
  ctrlSp: number[];
  /** the frame that resumes when this one returns or yields (null: return to native code) */
  back: Frame | null;
  /** the frame that was running when this one started (f_back, also across native calls) */
  prev: Frame | null;
  /** the node executing (or, in callers, the call being made): line numbers and tracebacks */
  cur: Node;
  /** the generator/coroutine that owns this frame, if any */
  gen: PyObject | null;
  /** true while on the interpreter's frame stack */
  executing: boolean;
  /** f_trace: the local trace function */
  trace: PyValue | null;
  /** f_lineno as last reported to the tracer */
  traceLine: number;
  /** the statement last started while tracing (tells a loop's first test from its backward jumps) */
  traceStmt: Node | null;
  /** true when the frame holds its own references to globals/builtins (no function to borrow them from) */
  ownsNamespaces: boolean;
  /** a function frame's f_locals dict, made by the first locals()/f_locals and refreshed by each */
  localsCache: PyDict | null;

  constructor(code: CodeImpl) {
    super(frameType);
    this.code = code;
    this.func = null;
    this.globals = null as unknown as PyDict;
    this.builtins = null as unknown as PyDict;
    this.localsDict = null;
    this.locals = code.localsTemplate.slice();
    this.cells = NO_CELLS;
    this.stack = new Array(code.stackSize).fill(0);
    this.sp = -1;
    this.ctrl = new Array(code.ctrlSize).fill(code.body);
    this.csp = -1;
    this.ctrlSp = new Array(code.ctrlSize).fill(0);
    this.back = null;
    this.prev = null;
    this.cur = code.body;
    this.gen = null;
    this.executing = false;
    this.trace = null;
    this.traceLine = -1;
    this.traceStmt = null;
    this.ownsNamespaces = false;
    this.localsCache = null;
  }

  /** f_lineno */
  get lineno(): number {
    return this.cur.line;
  }

  override clearRefs(): void {
    // _PyFrame_Clear: locals in slot order, then cells and free variables, then the value stack.
    const locals = this.locals;
    for (let i = 0; i < locals.length; i++) {
      const v = locals[i];
      if (v !== undefined) {
        locals[i] = undefined;
        decref(v);
      }
    }
    const cells = this.cells;
    if (cells.length > 0) {
      this.cells = NO_CELLS;
      for (const c of cells) decref(c);
    }
    const stack = this.stack;
    for (let i = this.sp; i >= 0; i--) {
      const v = stack[i];
      stack[i] = 0;
      if (typeof v === "object" && v !== null && typeof v.rc === "number") decref(v);
    }
    this.sp = -1;
    this.csp = -1;
    const func = this.func;
    const ld = this.localsDict;
    this.func = null;
    this.localsDict = null;
    if (this.ownsNamespaces) {
      this.ownsNamespaces = false;
      decref(this.globals);
      decref(this.builtins);
      // a module-level frame (no function) keeps its code object alive, as f_code does in CPython
      decref(this.code.pycode);
    }
    xdecref(func);
    xdecref(ld);
    const lc = this.localsCache;
    if (lc !== null) {
      this.localsCache = null;
      decref(lc);
    }
    if (this.trace !== null) {
      decref(this.trace);
      this.trace = null;
    }
    this.gen = null;
    this.back = null;
    this.prev = null;
    if (this.dict !== null) super.clearRefs();
    // Reuse: the frame object is dead, so its arrays can serve the next call of the same code.
    const free = this.code.freeFrames;
    if (free.length < 16) {
      this.rc = 0;
      free.push(this);
    }
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const v of this.locals) if (typeof v === "object") visit(v);
    for (const c of this.cells) visit(c);
    for (let i = 0; i <= this.sp; i++) {
      const v = this.stack[i];
      if (v instanceof PyObject) visit(v);
    }
    if (this.func !== null) visit(this.func);
    if (typeof this.localsDict === "object" && this.localsDict !== null) visit(this.localsDict);
    if (this.localsCache !== null) visit(this.localsCache);
    if (this.ownsNamespaces) {
      visit(this.globals);
      visit(this.builtins);
    }
  }
}

const NO_CELLS: PyCell[] = [];

function recycled(code: CodeImpl): Frame {
  const free = code.freeFrames;
  if (free.length > 0) {
    const f = free.pop()!;
    f.rc = 1;
    f.flags = 0;
    f.cur = code.body;
    f.traceLine = -1;
    f.traceStmt = null;
    return f;
  }
  return new Frame(code);
}

/** A frame for calling `func` (one reference, the caller's); it borrows the function's namespaces. */
export function newFrame(code: CodeImpl, func: PyFunction): Frame {
  const f = recycled(code);
  f.globals = func.globals;
  f.builtins = func.builtins;
  return f;
}

/** A frame for module-level code (exec, import): it owns references to its namespaces. */
export function newModuleFrame(code: CodeImpl, globals: PyDict, builtins: PyDict): Frame {
  const f = recycled(code);
  globals.rc++;
  builtins.rc++;
  code.pycode.rc++;
  f.globals = globals;
  f.builtins = builtins;
  f.ownsNamespaces = true;
  return f;
}
