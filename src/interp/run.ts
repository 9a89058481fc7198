// The run loop: one loop over explicit frames (ARCHITECTURE.md, decision 2). Each step pops a
// node from the current frame's control stack and executes it; expression results go to the
// frame's value stack. Python-to-Python calls and generator resumption switch frames inside the
// loop, so recursion depth is bounded by sys.getrecursionlimit(), not the JS stack. Native code
// that calls back into Python starts a nested run (as CPython recurses in C).
//
// Stack discipline: every value on a value stack is an owned reference (or a marker: the
// EMPTY_SLOT of a call, reason codes of a finally block). Operands stay on the stack until an
// operation has succeeded, so that an exception leaves them where unwinding releases them.

import { PyObject, decref, newref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyType, TPFLAG_ABSTRACT, TPFLAG_HEAPTYPE } from "../runtime/type.js";
import { PyProperty } from "../runtime/types/descriptors.js";
import { binaryOpAfterLeft, binaryOpAfterRight, binaryOpLeftOnly, reflectedFirst, OP_NAMES, ROP_NAMES } from "../runtime/ops/number.js";
import { richCompareAfterLeft, richCompareAfterRight, richCompareLeftOnly, CMP_NAMES, CMP_SWAPPED } from "../runtime/ops/compare.js";
import { allocInstance } from "../runtime/types/object-type.js";
import { typeOf } from "../runtime/typeof.js";
import { PyException } from "../runtime/types/exception.js";
import { PyFunction, PyMethod, PyCell } from "../runtime/types/function.js";
import { MethodKind, PyMethodDescriptor, PyBuiltinFunction } from "../runtime/types/native.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyList } from "../runtime/types/list.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { PyInstance } from "../runtime/types/instance.js";
import { PySlice } from "../runtime/types/slice.js";
import { GenKind, GenState, PyGenerator } from "../runtime/types/generator.js";
import { STOP } from "../runtime/types/iterator.js";
import { None, NotImplemented, newListOwned, newTupleOwned, emptyTuple, newDict } from "../runtime/values.js";
import { newException, typeError } from "../runtime/errors.js";
import { binaryOp, inplaceOp, negative, positive, invert, type Op } from "../runtime/ops/number.js";
import { richCompare, isTrue, Cmp } from "../runtime/ops/compare.js";
import { getAttr, setAttr, getattrKind, GA_GENERIC, descrGet } from "../runtime/ops/attr.js";
import { getItem, setItem, delItem, contains } from "../runtime/ops/seq.js";
import { getIter, iterNext, iterToArray } from "../runtime/ops/iter.js";
import { call } from "../runtime/ops/call.js";
import { format, repr, str } from "../runtime/ops/repr.js";
import { ascii } from "../runtime/ops/ascii.js";
import { Node, OP, APPLY, GIVE_UP } from "./nodes.js";
import { Frame, newFrame, type CodeImpl } from "./frame.js";
import { EMPTY_SLOT, StoreKind, UnaryKind, CmpKind, type CallInfo, type TryInfo, type FunctionInfo, type ComprehensionInfo, type ClassInfo, type MethodCache } from "./compile.js";
import { bindArgs, releaseLocals } from "./bind.js";
import { ts, Outcome } from "./state.js";
import { StarState, starMatchHandler, starHandlerDone, starRecord, starResult } from "./except-star.js";
import { addTraceback, setContext, toPyException, FLAG_PROPAGATING } from "./exceptions.js";
import { makeFunction, makeComprehensionFunction } from "./functions.js";
import { buildClass } from "./classes.js";
import { importName, importFromModule, importStar } from "./imports.js";
import { runMatch, type MatchCase } from "./match.js";
import { newGenerator, checkResumable, getAwaitableIter, genRaised, genReturned, wrapAsyncGenValue } from "./generators.js";
import { displayHook } from "./display.js";
import { traceLine, traceCall, traceClause, traceException, traceLoopHead, traceReturn } from "./trace.js";

const enum Reason {
  None = 0,
  Exception = 1,
  Return = 2,
  Break = 3,
  Continue = 4,
}

/** The frame that should run next after a generator finishes or yields back to its resumer. */
let recursionMessage = "maximum recursion depth exceeded";

export function setRecursionMessage(m: string): void {
  recursionMessage = m;
}

/** Pushes a frame onto the interpreter's frame stack (the caller owns `f`'s execution reference). */
export function enterFrame(f: Frame, back: Frame | null): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(T.recursionErrorType, [recursionMessage]);
  }
  f.back = back;
  f.prev = ts.frame;
  f.executing = true;
  ts.frame = f;
  if (ts.tracefunc !== null) {
    try {
      traceCall(f);
    } catch (e) {
      // as if the frame never started
      ts.depth--;
      ts.frame = f.prev;
      f.executing = false;
      f.back = null;
      f.prev = null;
      throw e;
    }
  }
}

/** The 'exception' trace event; an exception raised by the trace function replaces `exc`. */
function traceRaised(f: Frame, exc: PyException): PyException {
  try {
    traceException(f, exc);
    return exc;
  } catch (err) {
    decref(exc);
    return toPyException(err);
  }
}

/** The 'return' trace event of a frame ended by an exception (which the trace function may replace). */
function traceUnwound(f: Frame, exc: PyException): PyException {
  try {
    traceReturn(f, None);
    return exc;
  } catch (err) {
    decref(exc);
    return toPyException(err);
  }
}

function isStackObject(v: unknown): v is PyObject {
  return v instanceof PyObject;
}

/** Releases stack slots above `target`. */
function popTo(f: Frame, target: number): void {
  const stack = f.stack;
  let sp = f.sp;
  while (sp > target) {
    const v = stack[sp];
    stack[sp--] = 0;
    if (isStackObject(v)) decref(v);
  }
  f.sp = sp;
}

/** Sets the handled exception (sys.exc_info) and returns the previous one (owned by the caller). */
function pushExcInfo(exc: PyObject): PyObject | null {
  const state = ts.excInfo;
  const prev = state.value;
  exc.rc++;
  state.value = exc;
  return prev;
}

function popExcInfo(prev: PyObject | null): void {
  const state = ts.excInfo;
  const cur = state.value;
  state.value = prev;
  if (cur !== null) decref(cur);
}

/**
 * Runs `entry` (already entered with enterFrame) until it returns or yields to native code.
 * `pendingIn`: start by raising this exception at the frame's current point (generator.throw).
 * Returns the returned/yielded value (ts.outcome says which); throws the Python exception that
 * escapes `entry`.
 */
export function run(entry: Frame, pendingIn: PyException | null): PyValue {
  let f = entry;
  let ctrl = f.ctrl;
  let ctrlSp = f.ctrlSp;
  let stack = f.stack;
  let csp = f.csp;
  let sp = f.sp;
  let node: Node = f.cur;
  let pending: PyException | null = pendingIn;
  /** true when `pending` must not get a traceback entry/context here (re-raise, or propagated from a callee frame) */
  /** true when `pending` already has its context and this frame's traceback entry (re-raise, throw()) */
  // gen.throw(): gen_send_ex2 chains the generator's handled exception (_PyErr_ChainStackItem) and
  // the frame's `error:` path adds its traceback entry, as for any exception raised at the yield.
  let pendingKnown = false;
  if (pendingIn !== null) pendingIn.flags &= ~FLAG_PROPAGATING;
  /** `pending` is pendingIn, not yet unwound */
  let thrownIn = pendingIn !== null;

  outer: for (;;) {
    // ---- exception unwinding ------------------------------------------------------------
    if (pending !== null) {
      let exc = pending;
      pending = null;
      f.sp = sp;
      f.csp = csp;
      if (!pendingKnown) {
        // f_lineno is where the exception was raised (a `raise` statement does not move f.cur)
        f.cur = node;
        // _PyErr_ChainStackItem: an exception thrown in gets the generator's own handled
        // exception as context, not one its caller is handling
        if (thrownIn) setContext(exc, ts.excInfo.value);
        else setContext(exc);
        addTraceback(exc, f, node);
        if (ts.tracefunc !== null) exc = traceRaised(f, exc);
      }
      pendingKnown = false;
      thrownIn = false;
      for (;;) {
        const r = unwindFrame(f, Reason.Exception, exc, null);
        if (r === true) break; // a handler or finally block takes over in f
        if (r === RESTART) {
          // __exit__ raised: unwind its exception instead
          exc = unwindError!;
          unwindError = null;
          continue;
        }
        // No handler: the frame ends with the exception.
        const done = f;
        const caller = done.back;
        popTo(done, -1);
        if (ts.tracefunc !== null) exc = traceUnwound(done, exc);
        if (done.gen !== null) exc = genRaised(done.gen as PyGenerator, exc);
        leaveFrame(done);
        if (caller === null) {
          exc.flags |= FLAG_PROPAGATING;
          throwOut(exc);
        }
        f = caller;
        ts.frame = f;
        addTraceback(exc, f, f.cur);
        if (ts.tracefunc !== null) exc = traceRaised(f, exc);
      }
      node = f.cur;
      ctrl = f.ctrl;
      ctrlSp = f.ctrlSp;
      stack = f.stack;
      csp = f.csp;
      sp = f.sp;
      continue outer;
    }

    try {
      for (;;) {
        node = ctrl[csp--];
        switch (node.op) {
          // ---------------------------------------------------------------- leaves
          case OP.CONST: {
            const v = node.v!;
            if (typeof v === "object") v.rc++;
            stack[++sp] = v;
            break;
          }
          case OP.LOAD_FAST: {
            const v = f.locals[node.i];
            if (v === undefined) {
              throwOut(newException(T.unboundLocalErrorType, [`cannot access local variable '${node.s}' where it is not associated with a value`]));
            }
            if (typeof v === "object") v.rc++;
            stack[++sp] = v;
            break;
          }
          case OP.LOAD_DEREF: {
            const v = f.cells[node.i].ref;
            if (v === undefined) throwOut(unboundDeref(f, node));
            if (typeof v === "object") v.rc++;
            stack[++sp] = v;
            break;
          }
          case OP.LOAD_GLOBAL: {
            let v = f.globals.getStr(node.s);
            if (v === undefined) {
              v = f.builtins.getStr(node.s);
              if (v === undefined) throwOut(nameError(node.s));
            }
            if (typeof v === "object") v.rc++;
            stack[++sp] = v;
            break;
          }
          case OP.LOAD_NAME: {
            stack[++sp] = loadName(f, node.s);
            break;
          }
          case OP.LOAD_CLASSDEREF: {
            const ld = f.localsDict;
            if (ld instanceof PyDict && ld.type === T.dictType) {
              const v = ld.getStr(node.s);
              if (v !== undefined) {
                stack[++sp] = newref(v);
                break;
              }
            } else if (ld !== null) {
              const v = mappingGet(ld, node.s);
              if (v !== undefined) {
                stack[++sp] = v;
                break;
              }
            }
            const v = f.cells[node.i].ref;
            if (v === undefined) throwOut(unboundDeref(f, node));
            stack[++sp] = newref(v);
            break;
          }
          case OP.LOAD_METHOD: {
            sp = loadMethod(stack, sp, node);
            break;
          }

          // ---------------------------------------------------------------- generic expressions
          case OP.EVAL: {
            const e = node.parent;
            const kids = e.kids;
            // the node itself starts at phase 0 (its `i` is an operand); continuations carry their phase
            let p = node === e ? 0 : node.i;
            for (; p < kids.length; p++) {
              const kid = kids[p];
              const fast = kid.fast;
              if (fast !== null) {
                const v = fast(f);
                if (v !== GIVE_UP) {
                  stack[++sp] = v;
                  continue;
                }
              } else if (kid.op === OP.LOAD_METHOD) {
                node = kid;
                sp = loadMethod(stack, sp, kid);
                continue;
              }
              ctrl[++csp] = e.k[p + 1];
              ctrl[++csp] = kid;
              break;
            }
            if (p < kids.length) break;
            node = e;
            switch (e.j as APPLY) {
              case APPLY.BINOP: {
                const a0 = stack[sp - 1];
                const b0 = stack[sp];
                if (typeof a0 === "object" || typeof b0 === "object") {
                  const nf = operatorFrame(a0, b0, e.i, false, e);
                  if (nf !== null) {
                    f.cur = e;
                    f.sp = sp;
                    f.csp = ++csp;
                    ctrl[csp] = e.k[e.kids.length + 1 + dunderPhase];
                    enterFrame(nf, f);
                    f = nf;
                    ctrl = f.ctrl;
                    ctrlSp = f.ctrlSp;
                    stack = f.stack;
                    sp = -1;
                    csp = 0;
                    break;
                  }
                  if (dunderDone !== NO_RESULT) {
                    // the left operand's builtin method already produced the result
                    const r0 = dunderDone;
                    dunderDone = NO_RESULT;
                    stack[sp--] = 0;
                    stack[sp] = r0;
                    if (typeof a0 === "object") decref(a0);
                    if (typeof b0 === "object") decref(b0);
                    break;
                  }
                }
                const r = binaryOp(stack[sp - 1], stack[sp], e.i as Op);
                const a = stack[sp - 1];
                const b = stack[sp];
                stack[sp--] = 0;
                stack[sp] = r;
                if (typeof a === "object") decref(a);
                if (typeof b === "object") decref(b);
                break;
              }
              case APPLY.COMPARE: {
                const a = stack[sp - 1];
                const b = stack[sp];
                if (e.i < CmpKind.Is && (typeof a === "object" || typeof b === "object")) {
                  const nf = operatorFrame(a, b, e.i, true, e);
                  if (nf !== null) {
                    f.cur = e;
                    f.sp = sp;
                    f.csp = ++csp;
                    ctrl[csp] = e.k[e.kids.length + 1 + dunderPhase];
                    enterFrame(nf, f);
                    f = nf;
                    ctrl = f.ctrl;
                    ctrlSp = f.ctrlSp;
                    stack = f.stack;
                    sp = -1;
                    csp = 0;
                    break;
                  }
                  if (dunderDone !== NO_RESULT) {
                    const r0 = dunderDone;
                    dunderDone = NO_RESULT;
                    stack[sp--] = 0;
                    stack[sp] = r0;
                    if (typeof a === "object") decref(a);
                    if (typeof b === "object") decref(b);
                    break;
                  }
                }
                const r = compareOp(a, b, e.i as CmpKind);
                stack[sp--] = 0;
                stack[sp] = r;
                if (typeof a === "object") decref(a);
                if (typeof b === "object") decref(b);
                break;
              }
              case APPLY.ATTR: {
                const o = stack[sp];
                if (typeof o === "object") {
                  // a property whose getter is a Python function runs as a frame of this loop
                  const nf = propertyFrame(o, e.s);
                  if (nf !== null) {
                    stack[sp--] = 0; // the getter's frame took the reference
                    f.cur = e;
                    f.sp = sp;
                    f.csp = csp;
                    enterFrame(nf, f);
                    f = nf;
                    ctrl = f.ctrl;
                    ctrlSp = f.ctrlSp;
                    stack = f.stack;
                    sp = -1;
                    csp = 0;
                    break;
                  }
                }
                f.cur = e; // the frame's position while a getter runs (f_lineno, callers' tracebacks)
                stack[sp] = getAttr(o, e.s);
                if (typeof o === "object") decref(o);
                break;
              }
              case APPLY.SUBSCR: {
                const o0 = stack[sp - 1];
                if (typeof o0 === "object" && o0.type.tflags & TPFLAG_HEAPTYPE) {
                  const gi = o0.type.lookup("__getitem__");
                  if (gi instanceof PyFunction) {
                    const nf = prepareCall(gi, stack, sp - 1, 2, true);
                    if (nf !== null) {
                      sp -= 2;
                      f.cur = e;
                      f.sp = sp;
                      f.csp = csp;
                      enterFrame(nf, f);
                      f = nf;
                      ctrl = f.ctrl;
                      ctrlSp = f.ctrlSp;
                      stack = f.stack;
                      sp = -1;
                      csp = 0;
                      break;
                    }
                  }
                }
                const r = getItem(stack[sp - 1], stack[sp]);
                const a = stack[sp - 1];
                const b = stack[sp];
                stack[sp--] = 0;
                stack[sp] = r;
                if (typeof a === "object") decref(a);
                if (typeof b === "object") decref(b);
                break;
              }
              case APPLY.NOT: {
                const v = stack[sp];
                const r = !isTrue(v);
                stack[sp] = r;
                if (typeof v === "object") decref(v);
                break;
              }
              case APPLY.UNARY: {
                const v = stack[sp];
                const r = e.i === UnaryKind.Neg ? negative(v) : e.i === UnaryKind.Pos ? positive(v) : invert(v);
                stack[sp] = r;
                if (typeof v === "object") decref(v);
                break;
              }
              case APPLY.TUPLE: {
                const n = e.kids.length;
                const items = stack.slice(sp - n + 1, sp + 1) as PyValue[];
                for (let i = 0; i < n; i++) stack[sp - i] = 0;
                sp -= n;
                stack[++sp] = newTupleOwned(items);
                break;
              }
              case APPLY.LIST: {
                const n = e.kids.length;
                const items = stack.slice(sp - n + 1, sp + 1) as PyValue[];
                for (let i = 0; i < n; i++) stack[sp - i] = 0;
                sp -= n;
                stack[++sp] = newListOwned(items);
                break;
              }
              case APPLY.SET: {
                const n = e.kids.length;
                const s = e.s === "const" ? newSetFromConstants(stack, sp - n + 1, n) : newSetFrom(stack, sp - n + 1, n);
                popN(stack, sp, n);
                sp -= n;
                stack[++sp] = s;
                break;
              }
              case APPLY.DICT: {
                const n = e.kids.length >> 1;
                const d = newDict();
                stack[++sp] = d; // keep operands alive (and owned) until the dict holds them
                const base = sp - 2 * n;
                for (let i = 0; i < n; i++) d.set(stack[base + 2 * i], stack[base + 2 * i + 1]);
                stack[sp--] = 0;
                popN(stack, sp, 2 * n);
                sp -= 2 * n;
                stack[++sp] = d;
                break;
              }
              case APPLY.SPREAD: {
                // reverse the values in place: the first target's value ends on top
                const n = e.kids.length;
                for (let lo = sp - n + 1, hi = sp; lo < hi; lo++, hi--) {
                  const tmp = stack[lo];
                  stack[lo] = stack[hi];
                  stack[hi] = tmp;
                }
                break;
              }
              case APPLY.SLICE: {
                const a = stack[sp - 2];
                const b = stack[sp - 1];
                const c = stack[sp];
                stack[sp] = stack[sp - 1] = 0;
                sp -= 2;
                stack[sp] = new PySlice(a, b, c);
                break;
              }
              case APPLY.CALL: {
                const info = e.x as CallInfo;
                const kwnames = info.kwnames;
                const argc = info.nargs + (kwnames === null ? 0 : kwnames.length);
                const base = sp - argc + 1;
                let slot0 = stack[base - 2];
                let slot1 = stack[base - 1];
                if (slot0 === EMPTY_SLOT && typeof slot1 === "object") {
                  if (slot1 instanceof PyMethod) {
                    const m = slot1;
                    slot0 = newref(m.func);
                    slot1 = newref(m.self);
                    stack[base - 2] = slot0;
                    stack[base - 1] = slot1;
                    decref(m);
                  } else if (slot1.type.tflags & TPFLAG_HEAPTYPE && !(slot1 instanceof PyType)) {
                    // an instance with a Python __call__ is called like a bound method
                    const cm = slot1.type.lookup("__call__");
                    if (cm instanceof PyFunction) {
                      cm.rc++;
                      slot0 = cm;
                      stack[base - 2] = cm;
                    }
                  }
                }
                let callable: PyValue;
                let argStart: number;
                let npos: number;
                if (slot0 === EMPTY_SLOT) {
                  callable = slot1;
                  argStart = base;
                  npos = info.nargs;
                } else {
                  callable = slot0;
                  argStart = base - 1;
                  npos = info.nargs + 1;
                }
                if (callable instanceof PyFunction) {
                  const code = callable.code.impl as CodeImpl;
                  const nf = newFrame(code, callable);
                  if (kwnames === null && npos === code.argcount && code.simpleArgs) {
                    // Move the arguments and the callable's reference straight into the frame.
                    const locals = nf.locals;
                    for (let i = 0; i < npos; i++) {
                      locals[i] = stack[argStart + i];
                      stack[argStart + i] = 0;
                    }
                    nf.func = callable;
                    stack[base - 2] = 0;
                    stack[base - 1] = 0;
                  } else {
                    bindFrame(nf, callable, stack, argStart, npos, kwnames);
                    // The arguments were copied with new references: release the stack's.
                    for (let i = sp; i >= base - 2; i--) {
                      const v = stack[i];
                      stack[i] = 0;
                      if (typeof v === "object") decref(v);
                    }
                  }
                  sp = base - 3;
                  if (code.ncells > 0) setupCells(nf, callable, code);
                  if (code.isGenLike) {
                    stack[++sp] = newGenerator(nf, callable);
                    break;
                  }
                  f.cur = e;
                  f.sp = sp;
                  f.csp = csp;
                  enterFrame(nf, f);
                  f = nf;
                  ctrl = f.ctrl;
                  ctrlSp = f.ctrlSp;
                  stack = f.stack;
                  sp = -1;
                  csp = 0;
                  ctrl[0] = code.body;
                  break;
                }
                if (callable instanceof PyType && callable.type === T.typeType && callable !== T.typeType && argStart === base) {
                  // Instantiating a class with a Python __init__: the instance is made here and
                  // __init__ runs as a frame of this loop (type.__call__ without a nested run).
                  f.cur = e;
                  f.sp = sp;
                  f.csp = csp;
                  ts.frame = f;
                  const nf = initFrame(callable, stack, argStart, npos, kwnames);
                  if (nf !== null || instanceDone !== NO_RESULT) {
                    // release the arguments in order, then the class
                    for (let i = argStart; i <= sp; i++) {
                      const v = stack[i];
                      stack[i] = 0;
                      if (typeof v === "object") decref(v);
                    }
                    stack[base - 1] = 0;
                    decref(callable);
                    sp = base - 2;
                    if (nf === null) {
                      // __new__ returned something __init__ is not run on here
                      stack[sp] = instanceDone as PyValue;
                      instanceDone = NO_RESULT;
                      break;
                    }
                    // the instance takes the call's place on the stack; INIT_CHECK keeps it
                    // (not nf.locals[0]: that is *args for __init__(*args), a cell for a captured self)
                    const inst = initInstance!;
                    initInstance = null;
                    inst.rc++;
                    stack[sp] = inst;
                    ctrl[++csp] = INIT_CHECK_NODE;
                    f.csp = csp;
                    f.sp = sp;
                    enterFrame(nf, f);
                    f = nf;
                    ctrl = f.ctrl;
                    ctrlSp = f.ctrlSp;
                    stack = f.stack;
                    sp = -1;
                    csp = 0;
                    ctrl[0] = nf.code.body;
                    break;
                  }
                }
                f.cur = e;
                f.sp = sp;
                f.csp = csp;
                ts.frame = f;
                const args = stack.slice(argStart, sp + 1) as PyValue[];
                const r = call(callable, args, kwnames);
                // release the arguments in order, then the callable (as CPython's CALL does)
                for (let i = argStart; i <= sp; i++) {
                  const v = stack[i];
                  stack[i] = 0;
                  if (typeof v === "object") decref(v);
                }
                stack[base - 2] = 0;
                stack[base - 1] = 0;
                if (typeof callable === "object") decref(callable);
                sp = base - 2;
                stack[sp] = r;
                break;
              }
              case APPLY.CALL_EX: {
                // stack: [slot0, slot1, argsTuple, kwargs|EMPTY]
                const kw = stack[sp];
                const argsTuple = stack[sp - 1] as PyTuple;
                const slot0 = stack[sp - 3];
                const slot1 = stack[sp - 2];
                let callable = slot0 === EMPTY_SLOT ? slot1 : slot0;
                let args = argsTuple.items.slice();
                if (slot0 !== EMPTY_SLOT) args.unshift(slot1);
                else if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
                  // f(*args, **kw) on a bound method: its function with self in front
                  args.unshift(callable.self);
                  callable = callable.func;
                }
                let kwnames: string[] | null = null;
                if (kw !== EMPTY_SLOT) {
                  const d = kw as PyDict;
                  kwnames = [];
                  for (let i = 0; i < d.keys.length; i++) {
                    const k = d.keys[i];
                    if (k === undefined) continue;
                    if (typeof k !== "string") typeError(`keywords must be strings`);
                    kwnames.push(k as string);
                    args.push(d.values[i]!);
                  }
                  if (kwnames.length === 0) kwnames = null;
                }
                f.cur = e;
                f.sp = sp;
                f.csp = csp;
                ts.frame = f;
                if (callable instanceof PyFunction) {
                  // a Python function: bound here and run as a frame of this loop (no nested run,
                  // so decorators' `f(*args, **kwargs)` recurse as deep as plain calls)
                  const code = callable.code.impl as CodeImpl;
                  const nf = newFrame(code, callable);
                  bindFrame(nf, callable, args, 0, args.length - (kwnames === null ? 0 : kwnames.length), kwnames);
                  args = [];
                  for (let i = sp; i >= sp - 3; i--) {
                    const v = stack[i];
                    stack[i] = 0;
                    if (typeof v === "object") decref(v);
                  }
                  sp -= 4;
                  if (code.ncells > 0) setupCells(nf, callable, code);
                  if (code.isGenLike) {
                    stack[++sp] = newGenerator(nf, callable);
                    break;
                  }
                  f.sp = sp;
                  enterFrame(nf, f);
                  f = nf;
                  ctrl = f.ctrl;
                  ctrlSp = f.ctrlSp;
                  stack = f.stack;
                  sp = -1;
                  csp = 0;
                  ctrl[0] = code.body;
                  break;
                }
                const r = callWithFrame(callable, args, kwnames);
                args = [];
                for (let i = sp; i >= sp - 3; i--) {
                  const v = stack[i];
                  stack[i] = 0;
                  if (typeof v === "object") decref(v);
                }
                sp -= 3;
                stack[sp] = r;
                break;
              }
              case APPLY.STARRED_TUPLE:
              case APPLY.STARRED_LIST:
              case APPLY.STARRED_SET: {
                const starred = e.x as boolean[];
                const n = starred.length;
                const base = sp - n + 1;
                const items: PyValue[] = [];
                try {
                  for (let i = 0; i < n; i++) {
                    const v = stack[base + i];
                    if (starred[i]) {
                      if (e.j === APPLY.STARRED_TUPLE || e.j === APPLY.STARRED_LIST) {
                        if (typeof v === "object" && (v.type === T.listType || v.type === T.tupleType)) {
                          for (const x of (v as PyList).items) items.push(newref(x));
                        } else {
                          for (const x of iterToArrayChecked(v, e.s === "call-args" ? calleeName(f, e).trim() : null)) items.push(x);
                        }
                      } else {
                        // a set display merges starred parts with set.update (SET_UPDATE)
                        items.push(new StarredPart(v));
                      }
                    } else {
                      items.push(newref(v));
                    }
                  }
                } catch (err) {
                  for (const x of items) decref(x);
                  throwOut(err);
                }
                let built: PyValue;
                if (e.j === APPLY.STARRED_TUPLE) built = newTupleOwned(items);
                else if (e.j === APPLY.STARRED_LIST) built = newListOwned(items);
                else {
                  // the starred iterables are still on the stack (alive) while the set is built
                  const s = new PySet(T.setType);
                  try {
                    for (const x of items) {
                      if (x instanceof StarredPart) setUpdate(s, x.iterable);
                      else s.add(x);
                    }
                  } catch (err) {
                    decref(s);
                    throwOut(err);
                  } finally {
                    for (const x of items) if (!(x instanceof StarredPart)) decref(x);
                  }
                  built = s;
                }
                popN(stack, sp, n);
                sp -= n;
                stack[++sp] = built;
                break;
              }
              case APPLY.DICT_MERGE: {
                const isMapping = e.x as boolean[];
                let count = 0;
                for (const m of isMapping) count += m ? 1 : 2;
                const base = sp - count + 1;
                const d = newDict();
                stack[++sp] = d;
                let pos = base;
                for (const m of isMapping) {
                  if (m) {
                    mergeMapping(d, stack[pos], e.i === 1, f);
                    pos += 1;
                  } else {
                    if (e.i === 1 && d.getStr(stack[pos] as string) !== undefined) {
                      typeError(`${calleeName(f, e)}got multiple values for keyword argument '${stack[pos] as string}'`);
                    }
                    d.set(stack[pos], stack[pos + 1]);
                    pos += 2;
                  }
                }
                stack[sp--] = 0;
                popN(stack, sp, count);
                sp -= count;
                stack[++sp] = d;
                break;
              }
              case APPLY.FORMAT: {
                const hasSpec = e.kids.length === 2;
                let v = stack[hasSpec ? sp - 1 : sp];
                const conv = e.i;
                let converted: PyValue = v;
                if (conv === 115) converted = str(v);
                else if (conv === 114) converted = repr(v);
                else if (conv === 97) converted = ascii(v);
                const spec = hasSpec ? (stack[sp] as string) : "";
                const r = format(converted, spec);
                if (hasSpec) stack[sp--] = 0;
                v = stack[sp];
                stack[sp] = r;
                if (typeof v === "object") decref(v);
                break;
              }
              case APPLY.JOINSTR: {
                const n = e.i;
                let s = "";
                for (let i = sp - n + 1; i <= sp; i++) s += stack[i] as string;
                popN(stack, sp, n);
                sp -= n;
                stack[++sp] = s;
                break;
              }
              case APPLY.LAMBDA: {
                const info = e.x as FunctionInfo;
                const nkids = e.kids.length;
                const base = sp - nkids + 1;
                let pos = base + info.ndecorators;
                const defaults = info.hasDefaults ? (stack[pos++] as PyTuple) : null;
                const kwdefaults = info.hasKwDefaults ? (stack[pos++] as PyDict) : null;
                const annotations = info.hasAnnotations ? (stack[pos++] as PyDict) : null;
                let fn: PyValue = makeFunction(info, f, defaults, kwdefaults, annotations);
                f.cur = e;
                f.sp = sp;
                f.csp = csp;
                ts.frame = f;
                try {
                  for (let d = info.ndecorators - 1; d >= 0; d--) {
                    const decorated = call(stack[base + d], [fn], null);
                    decref(fn);
                    fn = decorated;
                  }
                } catch (err) {
                  decref(fn);
                  throwOut(err);
                }
                popN(stack, sp, nkids);
                sp -= nkids;
                stack[++sp] = fn;
                break;
              }
              case APPLY.CLASS_CELL: {
                const info = e.x as ClassInfo;
                const nkids = e.kids.length;
                const base = sp - nkids + 1;
                f.cur = e;
                f.sp = sp;
                f.csp = csp;
                ts.frame = f;
                const cls = buildClass(info, f, stack.slice(base + info.ndecorators, sp + 1) as PyValue[], stack.slice(base, base + info.ndecorators) as PyValue[]);
                popN(stack, sp, nkids);
                sp -= nkids;
                stack[++sp] = cls;
                break;
              }
              case APPLY.COMPREHENSION: {
                if (e.i >= 0) {
                  // inside the comprehension: add the element(s) to the result
                  const target = f.locals[e.i]!;
                  if (e.s === "list") {
                    (target as PyList).items.push(stack[sp]);
                    stack[sp--] = 0;
                  } else if (e.s === "set") {
                    setAdd(target, stack[sp]);
                    decref(stack[sp]);
                    stack[sp--] = 0;
                  } else {
                    (target as PyDict).set(stack[sp - 1], stack[sp]);
                    popN(stack, sp, 2);
                    sp -= 2;
                  }
                  break;
                }
                // the comprehension expression itself: call its function with iter(first iterable)
                const info = e.x as ComprehensionInfo;
                const iterable = stack[sp];
                if (info.isAsync) throwOut(newException(T.systemErrorType, ["asynchronous comprehensions are not supported yet"]));
                const it = getIter(iterable);
                stack[sp] = it;
                if (typeof iterable === "object") decref(iterable);
                const fn = makeComprehensionFunction(info, f);
                const code = fn.code.impl as CodeImpl;
                const nf = newFrame(code, fn);
                nf.func = fn;
                nf.locals[0] = it; // the frame takes the stack's reference
                stack[sp--] = 0;
                setupCells(nf, fn, code);
                if (code.isGenerator || code.isAsyncGenerator) {
                  stack[++sp] = newGenerator(nf, fn);
                  break;
                }
                f.cur = e;
                f.sp = sp;
                f.csp = csp;
                enterFrame(nf, f);
                f = nf;
                ctrl = f.ctrl;
                ctrlSp = f.ctrlSp;
                stack = f.stack;
                sp = -1;
                csp = 0;
                ctrl[0] = code.body;
                break;
              }
              case APPLY.YIELD: {
                const v = stack[sp];
                stack[sp--] = 0;
                const gen = f.gen as PyGenerator;
                f.cur = e;
                f.sp = sp;
                f.csp = csp;
                if (ts.tracefunc !== null) traceYield(f, v);
                const out = gen.kind === GenKind.AsyncGenerator ? wrapAsyncGenValue(v) : v;
                const done = f;
                const caller = suspendGenerator(done, gen);
                if (caller === null) {
                  ts.outcome = Outcome.Yielded;
                  leaveFrame(done);
                  return out;
                }
                f = caller;
                ts.frame = f;
                leaveFrame(done);
                ctrl = f.ctrl;
                ctrlSp = f.ctrlSp;
                stack = f.stack;
                csp = f.csp;
                sp = f.sp;
                stack[++sp] = out;
                ts.outcome = Outcome.Yielded;
                break;
              }
              case APPLY.YIELD_FROM:
              case APPLY.AWAIT: {
                const v = stack[sp];
                let it: PyValue;
                if (e.j === APPLY.AWAIT) it = getAwaitableIter(v, e);
                else if (v instanceof PyGenerator && v.kind === GenKind.Coroutine) {
                  const code = f.code;
                  if (!(code.pycode.coFlags & 0x100)) typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                  it = newref(v);
                } else it = getIter(v);
                stack[sp] = it;
                if (typeof v === "object") decref(v);
                // send None into it
                stack[++sp] = None;
                ctrl[++csp] = e.k[3]; // YIELD_FROM_K phase 1: "send the value on the stack"
                break;
              }
              default:
                throw new Error(`run: apply ${e.j} not implemented`);
            }
            break;
          }

          case OP.YIELD_FROM_K: {
            const e = node.parent;
            if (node.i === 1) {
              // send stack[sp] into the iterator at stack[sp-1]
              const value = stack[sp];
              const it = stack[sp - 1];
              const gen = f.gen as PyGenerator | null;
              if (gen !== null) {
                const yf = gen.yieldFrom;
                gen.yieldFrom = null;
                if (yf !== null) decref(yf);
              }
              // (an exhausted generator returns None at once: the native path below)
              if (it instanceof PyGenerator && (it.type === T.generatorType ? it.state !== GenState.Closed : it.type === T.coroutineType)) {
                checkResumable(it, value);
                stack[sp--] = 0;
                f.cur = e;
                f.sp = sp;
                ctrl[++csp] = e.k[2];
                f.csp = csp;
                const gf = it.frame as Frame;
                resumeInMachine(it, gf, f, value);
                if (typeof value === "object") decref(value);
                f = gf;
                ctrl = f.ctrl;
                ctrlSp = f.ctrlSp;
                stack = f.stack;
                csp = f.csp;
                sp = f.sp;
                break;
              }
              // a non-generator iterator: next()/send() natively
              f.cur = e;
              f.sp = sp;
              f.csp = csp;
              ts.frame = f;
              const r = sendNative(it, value);
              stack[sp--] = 0;
              if (typeof value === "object") decref(value);
              stack[++sp] = r.value;
              ts.outcome = r.done ? Outcome.Returned : Outcome.Yielded;
              // fall through to phase 0 handling
            }
            // phase 0: the iterator yielded (or returned) the value on top of the stack
            if (ts.outcome === Outcome.Returned) {
              const r = stack[sp];
              const it = stack[sp - 1];
              stack[sp--] = 0;
              stack[sp] = r;
              if (typeof it === "object") decref(it);
              break;
            }
            {
              // yield the value to our own resumer; when resumed, send the sent value on
              const v = stack[sp];
              stack[sp--] = 0;
              const gen = f.gen as PyGenerator;
              const it = stack[sp];
              ctrl[++csp] = e.k[3];
              f.cur = e;
              f.sp = sp;
              f.csp = csp;
              if (ts.tracefunc !== null) traceYield(f, v);
              gen.yieldFrom = newref(it);
              const done = f;
              const caller = suspendGenerator(done, gen);
              if (caller === null) {
                ts.outcome = Outcome.Yielded;
                leaveFrame(done);
                return v;
              }
              f = caller;
              ts.frame = f;
              leaveFrame(done);
              ctrl = f.ctrl;
              ctrlSp = f.ctrlSp;
              stack = f.stack;
              csp = f.csp;
              sp = f.sp;
              stack[++sp] = v;
              ts.outcome = Outcome.Yielded;
            }
            break;
          }

          // ---------------------------------------------------------------- control expressions
          case OP.BOOLOP:
          case OP.BOOLOP_K: {
            const e = node.parent;
            let p = node === e ? 0 : node.i;
            if (node.op === OP.BOOLOP_K) {
              // the value of kid p-1 is on the stack: does it decide?
              const v = stack[sp];
              if (p === e.kids.length) break; // the last operand's value is the result, untested
              const truth = isTrue(v);
              if (e.i === 1 ? !truth : truth) {
                if (e.j === 1) {
                  // only tested for truth (markTest): leave the known truth, not the operand
                  stack[sp] = truth;
                  if (typeof v === "object") decref(v);
                }
                break;
              }
              stack[sp--] = 0;
              if (typeof v === "object") decref(v);
            }
            for (; p < e.kids.length; p++) {
              const kid = e.kids[p];
              const fast = kid.fast;
              if (fast !== null) {
                const v = fast(f);
                if (v !== GIVE_UP) {
                  if (p === e.kids.length - 1) {
                    stack[++sp] = v;
                    break;
                  }
                  const truth = isTrue(v);
                  if (e.i === 1 ? !truth : truth) {
                    if (e.j === 1) {
                      stack[++sp] = truth;
                      if (typeof v === "object") decref(v);
                    } else stack[++sp] = v;
                    break;
                  }
                  if (typeof v === "object") decref(v);
                  continue;
                }
              }
              ctrl[++csp] = e.k[p + 1];
              ctrl[++csp] = kid;
              break;
            }
            break;
          }
          case OP.IFEXP: {
            const test = node.a!;
            if (test.fast !== null) {
              const v = test.fast(f);
              if (v !== GIVE_UP) {
                const truth = isTrue(v);
                if (typeof v === "object") decref(v);
                ctrl[++csp] = truth ? node.b! : node.c!;
                break;
              }
            }
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = test;
            break;
          }
          case OP.IFEXP_K: {
            const v = stack[sp];
            const truth = isTrue(v);
            stack[sp--] = 0;
            if (typeof v === "object") decref(v);
            ctrl[++csp] = truth ? node.parent.b! : node.parent.c!;
            break;
          }
          case OP.COMPARE_CHAIN:
          case OP.COMPARE_CHAIN_K: {
            // kids: operands; x: ops. Stack during the chain: [left] then [left, right]
            const e = node.parent;
            const ops = e.x as CmpKind[];
            let p = node.i;
            if (node.op === OP.COMPARE_CHAIN) {
              ctrl[++csp] = e.k[1];
              ctrl[++csp] = e.kids[0];
              break;
            }
            if (p === 1) {
              // left is on the stack; evaluate the next operand
              ctrl[++csp] = e.k[2];
              ctrl[++csp] = e.kids[1];
              break;
            }
            // stack: [left, right]; compare with ops[p-2]
            const a = stack[sp - 1];
            const b = stack[sp];
            const r = compareOp(a, b, ops[p - 2]);
            if (p - 1 === ops.length) {
              stack[sp--] = 0;
              stack[sp] = r;
              if (typeof a === "object") decref(a);
              if (typeof b === "object") decref(b);
              break;
            }
            let truth: boolean;
            try {
              truth = typeof r === "boolean" ? r : isTrue(r);
            } catch (err) {
              if (typeof r === "object") decref(r);
              throwOut(err);
            }
            if (!truth) {
              stack[sp--] = 0;
              // only tested for truth (markTest): leave False, not the link's result
              if (e.j === 1 && typeof r === "object") {
                decref(r);
                stack[sp] = false;
              } else stack[sp] = r;
              if (typeof a === "object") decref(a);
              if (typeof b === "object") decref(b);
              break;
            }
            if (typeof r === "object") decref(r);
            // drop left, keep right as the next left
            stack[sp - 1] = b;
            stack[sp--] = 0;
            if (typeof a === "object") decref(a);
            ctrl[++csp] = e.k[p + 1];
            ctrl[++csp] = e.kids[p];
            break;
          }
          case OP.NAMED_EXPR: {
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = node.a!;
            break;
          }
          case OP.NAMED_EXPR_K: {
            const v = stack[sp];
            if (typeof v === "object") v.rc++;
            stack[++sp] = v;
            ctrl[++csp] = node.parent.b!;
            break;
          }

          // ---------------------------------------------------------------- statements
          case OP.BLOCK: {
            const b = node.parent;
            const kids = b.kids;
            let p = node.i;
            const tracing = ts.tracefunc !== null;
            for (; p < kids.length; p++) {
              const st = kids[p];
              if (tracing) {
                f.cur = st;
                f.sp = sp;
                f.csp = csp;
                traceLine(f, st);
              }
              const fs = st.fastStmt;
              if (fs !== null && !tracing) {
                f.cur = st;
                if (fs(f)) continue;
              }
              if (p + 1 < kids.length) ctrl[++csp] = b.k[p + 1];
              ctrl[++csp] = st;
              break;
            }
            break;
          }
          case OP.EXPR_STMT: {
            const a = node.a!;
            if (a.fast !== null) {
              const v = a.fast(f);
              if (v !== GIVE_UP) {
                if (node.i === 1) {
                  stack[++sp] = v;
                  ctrl[++csp] = node.k[1];
                  break;
                }
                if (typeof v === "object") decref(v);
                break;
              }
            }
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = a;
            break;
          }
          case OP.EXPR_STMT_K: {
            const v = stack[sp];
            if (node.parent.i === 1) {
              f.sp = sp;
              f.csp = csp;
              ts.frame = f;
              displayHook(v);
            }
            stack[sp--] = 0;
            if (typeof v === "object") decref(v);
            break;
          }
          case OP.ASSIGN: {
            const a = node.a!;
            if (a.fast !== null) {
              const v = a.fast(f);
              if (v !== GIVE_UP) {
                stack[++sp] = v;
                ctrl[++csp] = node.k[1];
                break;
              }
            }
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = a;
            break;
          }
          case OP.ASSIGN_K: {
            const e = node.parent;
            const p = node.i - 1; // target index
            if (p < e.kids.length - 1) {
              const v = stack[sp];
              if (typeof v === "object") v.rc++;
              stack[++sp] = v;
              ctrl[++csp] = e.k[p + 2];
            }
            ctrl[++csp] = e.kids[p];
            break;
          }
          case OP.STORE: {
            // value on top of the stack
            switch (node.j as StoreKind) {
              case StoreKind.Fast: {
                const v = stack[sp];
                stack[sp--] = 0;
                const old = f.locals[node.i];
                f.locals[node.i] = v;
                if (old !== undefined && typeof old === "object") decref(old);
                break;
              }
              case StoreKind.Deref: {
                const v = stack[sp];
                stack[sp--] = 0;
                const cell = f.cells[node.i];
                const old = cell.ref;
                cell.ref = v;
                if (old !== undefined && typeof old === "object") decref(old);
                break;
              }
              case StoreKind.Global: {
                f.globals.set(node.s, stack[sp]);
                const v = stack[sp];
                stack[sp--] = 0;
                if (typeof v === "object") decref(v);
                break;
              }
              case StoreKind.Name: {
                storeName(f, node.s, stack[sp]);
                const v = stack[sp];
                stack[sp--] = 0;
                if (typeof v === "object") decref(v);
                break;
              }
              case StoreKind.Attr:
              case StoreKind.Subscr: {
                ctrl[++csp] = node.k[1];
                ctrl[++csp] = node.a!;
                break;
              }
              case StoreKind.Spread: {
                for (let i = node.kids.length - 1; i >= 0; i--) ctrl[++csp] = node.kids[i];
                break;
              }
              case StoreKind.Unpack: {
                const v = stack[sp];
                const items = unpack(v, node.kids.length, node.x as number);
                stack[sp--] = 0;
                if (typeof v === "object") decref(v);
                // push items so that the first target's value is on top
                for (let i = items.length - 1; i >= 0; i--) stack[++sp] = items[i];
                for (let i = node.kids.length - 1; i >= 0; i--) ctrl[++csp] = node.kids[i];
                break;
              }
            }
            break;
          }
          case OP.STORE_K: {
            const t = node.parent;
            if (t.j === StoreKind.Attr) {
              // stack: [value, obj]
              const obj = stack[sp];
              setAttr(obj, t.s, stack[sp - 1]);
              const v = stack[sp - 1];
              stack[sp--] = 0;
              stack[sp--] = 0;
              if (typeof obj === "object") decref(obj);
              if (typeof v === "object") decref(v);
              break;
            }
            if (node.i === 1) {
              // subscript: obj evaluated, now the key
              ctrl[++csp] = t.k[2];
              ctrl[++csp] = t.b!;
              break;
            }
            // stack: [value, obj, key]
            setItem(stack[sp - 1], stack[sp], stack[sp - 2]);
            popN(stack, sp, 3);
            sp -= 3;
            break;
          }
          case OP.AUGASSIGN:
          case OP.AUGASSIGN_K: {
            const e = node.parent;
            const phase = node.op === OP.AUGASSIGN ? 0 : node.i;
            // j: 0 name, 1 attribute, 2 subscript
            if (phase === 0) {
              ctrl[++csp] = e.k[1];
              ctrl[++csp] = e.a!;
              break;
            }
            if (phase === 1) {
              if (e.j === 0) {
                // current value loaded; evaluate the operand
                ctrl[++csp] = e.k[3];
                ctrl[++csp] = e.b!;
                break;
              }
              if (e.j === 1) {
                // obj on stack: load the attribute
                const obj = stack[sp];
                stack[++sp] = getAttr(obj, e.s);
                ctrl[++csp] = e.k[3];
                ctrl[++csp] = e.b!;
                break;
              }
              // subscript: evaluate the key
              ctrl[++csp] = e.k[2];
              ctrl[++csp] = e.c!;
              break;
            }
            if (phase === 2) {
              // [obj, key]: load the item
              stack[sp + 1] = getItem(stack[sp - 1], stack[sp]);
              sp++;
              ctrl[++csp] = e.k[3];
              ctrl[++csp] = e.b!;
              break;
            }
            // phase 3: [... current, operand]: compute and store
            const r = inplaceOp(stack[sp - 1], stack[sp], e.i as Op);
            const a = stack[sp - 1];
            const b = stack[sp];
            stack[sp--] = 0;
            stack[sp] = r;
            if (typeof a === "object") decref(a);
            if (typeof b === "object") decref(b);
            if (e.j === 0) {
              ctrl[++csp] = e.c!;
            } else if (e.j === 1) {
              // [obj, result]
              setAttr(stack[sp - 1], e.s, stack[sp]);
              popN(stack, sp, 2);
              sp -= 2;
            } else {
              // [obj, key, result]
              setItem(stack[sp - 2], stack[sp - 1], stack[sp]);
              popN(stack, sp, 3);
              sp -= 3;
            }
            break;
          }
          case OP.ANNASSIGN:
          case OP.ANNASSIGN_K: {
            const e = node.parent;
            const phase = node.op === OP.ANNASSIGN ? 0 : node.i;
            if (phase === 0) {
              if (e.a !== null) {
                ctrl[++csp] = e.k[1];
                ctrl[++csp] = e.a;
                break;
              }
              ctrl[++csp] = e.k[2];
              break;
            }
            if (phase === 1) {
              ctrl[++csp] = e.k[2];
              ctrl[++csp] = e.b!; // store the value
              break;
            }
            if (phase === 2) {
              if (e.c !== null) {
                ctrl[++csp] = e.k[3];
                ctrl[++csp] = e.c;
                break;
              }
              if (e.x !== null) {
                ctrl[++csp] = e.k[4];
                ctrl[++csp] = e.x as Node;
                break;
              }
              if (e.kids.length > 0) {
                for (let i = e.kids.length - 1; i >= 0; i--) {
                  ctrl[++csp] = e.k[4];
                  ctrl[++csp] = e.kids[i];
                }
              }
              break;
            }
            if (phase === 3) {
              // annotation value on the stack: __annotations__[name] = value
              f.sp = sp;
              f.csp = csp;
              storeAnnotation(f, e.s, stack[sp]);
              const v = stack[sp];
              stack[sp--] = 0;
              if (typeof v === "object") decref(v);
              break;
            }
            // phase 4: discard an evaluated value
            const v = stack[sp];
            stack[sp--] = 0;
            if (typeof v === "object") decref(v);
            break;
          }
          case OP.DELETE:
          case OP.DELETE_K: {
            if (node.x === "name") {
              deleteName(f, node);
              break;
            }
            const e = node.op === OP.DELETE && node.parent === node ? node : node.parent;
            if (e.x === "attr") {
              if (node.op === OP.DELETE) {
                ctrl[++csp] = e.k[1];
                ctrl[++csp] = e.a!;
                break;
              }
              const obj = stack[sp];
              setAttr(obj, e.s, undefined);
              stack[sp--] = 0;
              if (typeof obj === "object") decref(obj);
              break;
            }
            if (e.x === "subscr") {
              if (node.op === OP.DELETE) {
                ctrl[++csp] = e.k[1];
                ctrl[++csp] = e.a!;
                break;
              }
              if (node.i === 1) {
                ctrl[++csp] = e.k[2];
                ctrl[++csp] = e.b!;
                break;
              }
              delItem(stack[sp - 1], stack[sp]);
              popN(stack, sp, 2);
              sp -= 2;
              break;
            }
            // a statement or a tuple/list of targets: delete each in order
            const p = node.i;
            if (p < e.kids.length) {
              if (p + 1 < e.kids.length) ctrl[++csp] = e.k[p + 1];
              ctrl[++csp] = e.kids[p];
            }
            break;
          }
          case OP.IF: {
            const test = node.a!;
            if (test.fast !== null) {
              const v = test.fast(f);
              if (v !== GIVE_UP) {
                const truth = typeof v === "boolean" ? v : isTrue(v);
                if (typeof v === "object") decref(v);
                if (truth) ctrl[++csp] = node.b!;
                else if (node.c !== null) ctrl[++csp] = node.c;
                break;
              }
            }
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = test;
            break;
          }
          case OP.IF_K: {
            const v = stack[sp];
            const truth = typeof v === "boolean" ? v : isTrue(v);
            stack[sp--] = 0;
            if (typeof v === "object") decref(v);
            const e = node.parent;
            if (truth) ctrl[++csp] = e.b!;
            else if (e.c !== null) ctrl[++csp] = e.c;
            break;
          }
          case OP.WHILE: {
            if (ts.tracefunc !== null) traceLoopHead(f, node);
            const test = node.a!;
            if (test.fast !== null) {
              const v = test.fast(f);
              if (v !== GIVE_UP) {
                const truth = typeof v === "boolean" ? v : isTrue(v);
                if (typeof v === "object") decref(v);
                if (truth) {
                  ctrl[++csp] = node;
                  ctrlSp[csp] = sp;
                  ctrl[++csp] = node.b!;
                } else if (node.c !== null) ctrl[++csp] = node.c;
                break;
              }
            }
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = test;
            break;
          }
          case OP.WHILE_K: {
            const v = stack[sp];
            const truth = typeof v === "boolean" ? v : isTrue(v);
            stack[sp--] = 0;
            if (typeof v === "object") decref(v);
            const e = node.parent;
            if (truth) {
              ctrl[++csp] = e;
              ctrlSp[csp] = sp;
              ctrl[++csp] = e.b!;
            } else if (e.c !== null) ctrl[++csp] = e.c;
            break;
          }
          case OP.FOR: {
            const a = node.a!;
            if (a.fast !== null) {
              const v = a.fast(f);
              if (v !== GIVE_UP) {
                stack[++sp] = v;
                ctrl[++csp] = node.k[1];
                break;
              }
            }
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = a;
            break;
          }
          case OP.FOR_K: {
            const e = node.parent;
            const v = stack[sp];
            if (e.j & 2) {
              // comprehension: `.0` already holds an iterator
            } else {
              const it = getIter(v);
              stack[sp] = it;
              if (typeof v === "object") decref(v);
            }
            ctrl[++csp] = e.k[2];
            ctrlSp[csp] = sp;
            break;
          }
          case OP.FOR_NEXT: {
            const e = node.parent;
            if (ts.tracefunc !== null) traceLoopHead(f, e);
            const it = stack[sp];
            if (e.j & 1) throwOut(newException(T.systemErrorType, ["'async for' is not supported yet"]));
            if (it instanceof PyGenerator && it.type === T.generatorType) {
              // resume the generator inside the loop
              if (it.state === GenState.Closed) {
                finishFor(f, e, sp, ctrl, csp);
                sp = f.sp;
                csp = f.csp;
                break;
              }
              checkResumable(it, None);
              ctrl[++csp] = e.k[3];
              f.cur = e;
              f.sp = sp;
              f.csp = csp;
              const gf = it.frame as Frame;
              resumeInMachine(it, gf, f, None);
              f = gf;
              ctrl = f.ctrl;
              ctrlSp = f.ctrlSp;
              stack = f.stack;
              csp = f.csp;
              sp = f.sp;
              break;
            }
            f.cur = e;
            const v = iterNext(it);
            if (v === STOP) {
              stack[sp--] = 0;
              if (typeof it === "object") decref(it);
              if (e.x !== null) ctrl[++csp] = e.x as Node;
              break;
            }
            ctrl[++csp] = node;
            ctrlSp[csp] = sp;
            ctrl[++csp] = e.c!;
            const target = e.b!;
            if (target.j === StoreKind.Fast && target.op === OP.STORE) {
              const old = f.locals[target.i];
              f.locals[target.i] = v;
              if (old !== undefined && typeof old === "object") decref(old);
            } else {
              stack[++sp] = v;
              ctrl[++csp] = target;
            }
            break;
          }
          case OP.FOR_BIND: {
            // a generator (or async iterator) resumed by FOR_NEXT has come back
            const e = node.parent;
            if (ts.outcome === Outcome.Returned) {
              const r = stack[sp];
              stack[sp--] = 0;
              if (typeof r === "object") decref(r);
              const it = stack[sp];
              stack[sp--] = 0;
              if (typeof it === "object") decref(it);
              if (e.x !== null) ctrl[++csp] = e.x as Node;
              break;
            }
            const v = stack[sp];
            stack[sp--] = 0;
            ctrl[++csp] = e.k[2];
            ctrlSp[csp] = sp;
            ctrl[++csp] = e.c!;
            const target = e.b!;
            if (target.j === StoreKind.Fast && target.op === OP.STORE) {
              const old = f.locals[target.i];
              f.locals[target.i] = v;
              if (old !== undefined && typeof old === "object") decref(old);
            } else {
              stack[++sp] = v;
              ctrl[++csp] = target;
            }
            break;
          }
          case OP.BREAK:
          case OP.CONTINUE: {
            f.sp = sp;
            f.csp = csp;
            f.cur = node;
            const r = unwindFrame(f, node.op === OP.BREAK ? Reason.Break : Reason.Continue, null, node);
            if (r === RESTART) {
              pending = unwindError!;
              unwindError = null;
              pendingKnown = true;
              ctrl = f.ctrl;
              stack = f.stack;
              csp = f.csp;
              sp = f.sp;
              continue outer;
            }
            csp = f.csp;
            sp = f.sp;
            break;
          }
          case OP.RETURN:
          case OP.RETURN_K: {
            let e: Node;
            let v: PyValue;
            if (node.op === OP.RETURN) {
              // `return <fast expr>` finishes here, without a continuation step
              e = node;
              const a = node.a!;
              const fast = a.fast;
              const r = fast === null ? GIVE_UP : fast(f);
              if (r === GIVE_UP) {
                ctrl[++csp] = node.k[1];
                ctrl[++csp] = a;
                break;
              }
              v = r;
            } else {
              e = node.parent;
              v = stack[sp];
              stack[sp--] = 0;
            }
            if (e.i === 1) {
              // unwind try/finally, with and loops first
              f.sp = sp;
              f.csp = csp;
              f.cur = e;
              const r = unwindFrame(f, Reason.Return, v, null);
              if (r === RESTART) {
                pending = unwindError!;
                unwindError = null;
                pendingKnown = true;
                ctrl = f.ctrl;
                stack = f.stack;
                csp = f.csp;
                sp = f.sp;
                continue outer;
              }
              if (r !== null) {
                // a finally block runs first; it holds the value
                csp = f.csp;
                sp = f.sp;
                break;
              }
              sp = f.sp;
            }
            if (ts.tracefunc !== null) traceYield(f, v);
            // the frame returns v
            if (sp >= 0) {
              f.sp = sp;
              popTo(f, -1);
            }
            sp = -1;
            const done = f;
            const caller = done.back;
            if (done.gen !== null) genReturned(done.gen as PyGenerator);
            if (caller === null) {
              ts.outcome = Outcome.Returned;
              leaveFrame(done);
              return v;
            }
            f = caller;
            ts.frame = f;
            leaveFrame(done);
            ctrl = f.ctrl;
            ctrlSp = f.ctrlSp;
            stack = f.stack;
            csp = f.csp;
            sp = f.sp;
            stack[++sp] = v;
            ts.outcome = Outcome.Returned;
            break;
          }
          case OP.RAISE: {
            if (node.a === null) {
              // bare raise: re-raise the handled exception, keeping its traceback
              const exc = currentHandled();
              if (exc === null) throwOut(newException(T.runtimeErrorType, ["No active exception to reraise"]));
              exc.rc++;
              f.cur = node;
              pending = exc;
              pendingKnown = true;
              continue outer;
            }
            ctrl[++csp] = node.k[1];
            if (node.b !== null) ctrl[++csp] = node.b;
            ctrl[++csp] = node.a;
            break;
          }
          case OP.RAISE_K: {
            const e = node.parent;
            let cause: PyValue | undefined;
            if (e.b !== null) {
              cause = stack[sp];
              stack[sp--] = 0;
            }
            const v = stack[sp];
            stack[sp--] = 0;
            node = e;
            f.sp = sp;
            f.csp = csp;
            ts.frame = f;
            let exc: PyException;
            try {
              exc = makeRaisable(v, cause);
            } finally {
              if (typeof v === "object") decref(v);
              if (cause !== undefined && typeof cause === "object") decref(cause);
            }
            pending = exc;
            pendingKnown = false;
            continue outer;
          }
          case OP.TRY: {
            const info = node.x as TryInfo;
            if (info.finalbody !== null) {
              ctrl[++csp] = node.k[3];
              ctrlSp[csp] = sp;
            }
            if (info.handlers.length > 0) {
              ctrl[++csp] = node.k[2];
              ctrlSp[csp] = sp;
            } else if (info.orelse !== null) {
              ctrl[++csp] = node.k[1];
            }
            ctrl[++csp] = node.a!;
            break;
          }
          case OP.EXCEPT_MARK: {
            // the try body finished without an exception: run the else block
            const info = node.parent.x as TryInfo;
            if (info.orelse !== null) ctrl[++csp] = info.orelse;
            break;
          }
          case OP.TRY_END: {
            const info = node.parent.x as TryInfo;
            if (info.orelse !== null) ctrl[++csp] = info.orelse;
            break;
          }
          case OP.EXCEPT_MATCH: {
            // stack: [prevExcInfo, exc]; try handler node.i
            const t = node.parent;
            const info = t.x as TryInfo;
            const h = info.handlers[node.i];
            if (ts.tracefunc !== null) traceClause(f, h.clause);
            // the frame stands on the clause being tested: an exception no clause matches leaves
            // the frame (f_lineno) on the last one, as CPython's RERAISE there does
            f.cur = h.clause;
            if (h.type === null) {
              f.sp = sp;
              f.csp = csp;
              enterHandlerBody(f, t, node.i);
              sp = f.sp;
              csp = f.csp;
              break;
            }
            ctrl[++csp] = t.k[5 + info.handlers.length + node.i];
            ctrlSp[csp] = sp - 2;
            ctrl[++csp] = h.type;
            break;
          }
          case OP.EXCEPT_MATCH_K: {
            const t = node.parent;
            const info = t.x as TryInfo;
            const type = stack[sp];
            const exc = stack[sp - 1] as PyException;
            let matched: boolean;
            try {
              matched = info.isStar ? starMatchHandler(exc as unknown as StarState, type) : exceptionMatches(exc, type);
            } finally {
              stack[sp--] = 0;
              if (typeof type === "object") decref(type);
            }
            if (matched) {
              f.sp = sp;
              f.csp = csp;
              enterHandlerBody(f, t, node.i);
              sp = f.sp;
              csp = f.csp;
              break;
            }
            if (node.i + 1 < info.handlers.length) {
              ctrl[++csp] = t.k[5 + node.i + 1];
              break;
            }
            if (info.isStar) {
              ctrl[++csp] = t.k[5 + 3 * info.handlers.length];
              break;
            }
            // no handler matched: re-raise (the traceback already has this frame)
            const prev = stack[sp - 1] as PyObject | null;
            stack[sp--] = 0;
            stack[sp--] = 0;
            popExcInfo(prev);
            pending = exc;
            pendingKnown = true;
            continue outer;
          }
          case OP.EXCEPT_BODY_MARK: {
            // the handler body finished normally: restore exc_info, drop the exception, unbind the name
            const t = node.parent;
            const info = t.x as TryInfo;
            const h = info.handlers[node.i];
            if (info.isStar) {
              // except*: the rest of the group goes on to the next handler
              starHandlerDone(stack[sp] as unknown as StarState);
              if (h.nameDelete !== null) clearHandlerName(f, h.nameDelete);
              ctrl[++csp] = t.k[node.i + 1 < info.handlers.length ? 5 + node.i + 1 : 5 + 3 * info.handlers.length];
              break;
            }
            const exc = stack[sp] as PyObject;
            const prev = stack[sp - 1] as PyObject | null;
            stack[sp--] = 0;
            stack[sp--] = 0;
            popExcInfo(prev);
            decref(exc);
            if (h.nameDelete !== null) clearHandlerName(f, h.nameDelete);
            break;
          }
          case OP.EXCEPT_STAR_END: {
            // after the except* handlers: raise what is left unhandled and what they raised
            const state = stack[sp] as unknown as StarState;
            const prev = stack[sp - 1] as PyObject | null;
            stack[sp--] = 0;
            stack[sp--] = 0;
            popExcInfo(prev);
            let result: PyException | null;
            try {
              result = starResult(state);
            } finally {
              decref(state);
            }
            if (result === null) break;
            // like CPython's RERAISE: this frame adds no traceback entry of its own
            pending = result;
            pendingKnown = true;
            continue outer;
          }
          case OP.FINALLY_MARK: {
            // try body (and handlers) done normally: run the finally block with no pending reason
            const t = node.parent;
            stack[++sp] = null;
            stack[++sp] = 0;
            stack[++sp] = Reason.None;
            ctrl[++csp] = t.k[4];
            ctrlSp[csp] = sp - 3;
            ctrl[++csp] = (t.x as TryInfo).finalbody!;
            break;
          }
          case OP.FINALLY_END: {
            const reason = stack[sp] as Reason;
            const payload = stack[sp - 1];
            const prev = stack[sp - 2] as PyObject | null;
            stack[sp--] = 0;
            stack[sp--] = 0;
            stack[sp--] = 0;
            if (reason === Reason.None) break;
            if (reason === Reason.Exception) {
              popExcInfo(prev);
              pending = payload as PyException;
              pendingKnown = true;
              continue outer;
            }
            // resume a return/break/continue
            f.sp = sp;
            f.csp = csp;
            const r = unwindFrame(f, reason, reason === Reason.Return ? (payload as PyValue) : null, reason === Reason.Return ? null : (payload as Node));
            if (r === RESTART) {
              pending = unwindError!;
              unwindError = null;
              pendingKnown = true;
              ctrl = f.ctrl;
              stack = f.stack;
              csp = f.csp;
              sp = f.sp;
              continue outer;
            }
            csp = f.csp;
            sp = f.sp;
            if (r === null && reason === Reason.Return) {
              // no more finally blocks: return from the frame
              ctrl[++csp] = RETURN_NOW;
              stack[++sp] = payload;
            }
            break;
          }
          case OP.WITH: {
            const a = node.a!;
            if (a.fast !== null) {
              const v = a.fast(f);
              if (v !== GIVE_UP) {
                stack[++sp] = v;
                ctrl[++csp] = node.k[1];
                break;
              }
            }
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = a;
            break;
          }
          case OP.WITH_K: {
            const e = node.parent;
            if (node.i === 1) {
              // [mgr] -> [exit, enter()]
              const mgr = stack[sp];
              f.cur = e;
              f.sp = sp;
              f.csp = csp;
              ts.frame = f;
              if (e.j === 1) throwOut(newException(T.systemErrorType, ["'async with' is not supported yet"]));
              const [exit, entered] = withEnter(mgr);
              stack[sp] = exit;
              if (typeof mgr === "object") decref(mgr);
              stack[++sp] = entered;
              ctrl[++csp] = e.k[2];
              ctrlSp[csp] = sp - 1;
              ctrl[++csp] = e.c!;
              if (e.b !== null) ctrl[++csp] = e.b;
              else {
                const v = stack[sp];
                stack[sp--] = 0;
                if (typeof v === "object") decref(v);
              }
              break;
            }
            break;
          }
          case OP.WITH_MARK: {
            // the body finished normally: exit(None, None, None)
            const e = node.parent;
            const exit = stack[sp];
            f.cur = e;
            f.sp = sp;
            f.csp = csp;
            ts.frame = f;
            if (ts.tracefunc !== null) traceClause(f, e);
            const r = call(exit, [None, None, None], null);
            stack[sp--] = 0;
            if (typeof exit === "object") decref(exit);
            if (typeof r === "object") decref(r);
            break;
          }
          case OP.ASSERT: {
            const test = node.a!;
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = test;
            break;
          }
          case OP.ASSERT_K: {
            const e = node.parent;
            if (node.i === 1) {
              const v = stack[sp];
              const truth = isTrue(v);
              stack[sp--] = 0;
              if (typeof v === "object") decref(v);
              if (truth) break;
              if (e.b === null) {
                node = e;
                throwOut(assertionError(f, null));
              }
              ctrl[++csp] = e.k[2];
              ctrl[++csp] = e.b;
              break;
            }
            const msg = stack[sp];
            stack[sp--] = 0;
            node = e;
            const exc = assertionError(f, msg);
            if (typeof msg === "object") decref(msg);
            throwOut(exc);
          }
          case OP.IMPORT: {
            const e = node.parent;
            const p = node.i;
            if (p >= e.kids.length) break;
            const item = e.kids[p];
            f.cur = e;
            f.sp = sp;
            f.csp = csp;
            ts.frame = f;
            const mod = importName(f, item.s, item.x as string | null);
            if (p + 1 < e.kids.length) ctrl[++csp] = e.k[p + 1];
            stack[++sp] = mod;
            ctrl[++csp] = item.a!;
            break;
          }
          case OP.IMPORT_FROM: {
            const e = node.parent;
            f.cur = e;
            f.sp = sp;
            f.csp = csp;
            ts.frame = f;
            if (node === e) {
              const mod = importName(f, e.s, e.x as string[], e.i);
              stack[++sp] = mod;
            }
            const p = node === e ? 0 : node.i;
            const mod = stack[sp];
            if (p >= e.kids.length) {
              stack[sp--] = 0;
              decref(mod as PyObject);
              break;
            }
            const item = e.kids[p];
            if (item.s === "*") {
              importStar(f, mod);
              stack[sp--] = 0;
              decref(mod as PyObject);
              break;
            }
            const v = importFromModule(mod, item.s);
            ctrl[++csp] = e.k[p + 1];
            stack[++sp] = v;
            ctrl[++csp] = item.a!;
            break;
          }
          case OP.DEF: {
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = node.b!;
            break;
          }
          case OP.DEF_K: {
            ctrl[++csp] = node.parent.a!;
            break;
          }
          case OP.CLASS: {
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = node.b!;
            break;
          }
          case OP.CLASS_K: {
            ctrl[++csp] = node.parent.a!;
            break;
          }
          case OP.MATCH: {
            ctrl[++csp] = node.k[1];
            ctrl[++csp] = node.a!;
            break;
          }
          case OP.MATCH_K: {
            // phase 1: subject on the stack, try cases from 0; phase 2: [subject, case, guard result]
            const e = node.parent;
            const cases = e.x as MatchCase[];
            let start = 0;
            if (node.i === 2) {
              const g = stack[sp];
              const truth = isTrue(g);
              stack[sp--] = 0;
              if (typeof g === "object") decref(g);
              const c = stack[sp] as number;
              stack[sp--] = 0;
              if (truth) {
                const subject = stack[sp];
                stack[sp--] = 0;
                if (typeof subject === "object") decref(subject);
                ctrl[++csp] = cases[c].body;
                break;
              }
              start = c + 1;
            }
            const subject = stack[sp];
            f.cur = e;
            f.sp = sp;
            f.csp = csp;
            ts.frame = f;
            const c = runMatch(f, e, subject, start);
            if (c >= 0 && cases[c].guard !== null) {
              stack[++sp] = c;
              ctrl[++csp] = e.k[2];
              ctrl[++csp] = cases[c].guard!;
              break;
            }
            stack[sp--] = 0;
            if (typeof subject === "object") decref(subject);
            if (c >= 0) ctrl[++csp] = cases[c].body;
            break;
          }
          case OP.DUNDER_RESULT: {
            // [a, b, result] after an operator method ran as a frame of this loop;
            // node.i: 0 after the left operand's method, 1 after the right operand's
            const e = node.parent;
            const phase = node.i;
            const a = stack[sp - 2];
            const b = stack[sp - 1];
            let result: PyValue = stack[sp];
            if (result === NotImplemented) {
              node = e;
              f.cur = e;
              f.sp = sp;
              f.csp = csp;
              ts.frame = f;
              if (e.j === APPLY.BINOP) result = phase === 0 ? binaryOpAfterLeft(a, b, e.i as Op) : binaryOpAfterRight(a, b, e.i as Op);
              else result = phase === 0 ? richCompareAfterLeft(a, b, e.i as unknown as Cmp) : richCompareAfterRight(a, b, e.i as unknown as Cmp);
            }
            stack[sp--] = 0;
            stack[sp--] = 0;
            stack[sp] = result;
            if (typeof a === "object") decref(a);
            if (typeof b === "object") decref(b);
            break;
          }
          case OP.INIT_CHECK: {
            const r = stack[sp];
            stack[sp--] = 0;
            if (r !== None) {
              node = f.cur;
              if (typeof r === "object") decref(r);
              throwOut(newException(T.typeErrorType, [`__init__() should return None, not '${typeOf(r).name}'`]));
            }
            break;
          }
          case OP.NOP:
            break;
          default:
            throw new Error(`run: op ${node.op} not implemented`);
        }
      }
    } catch (err) {
      pending = toPyException(err);
      if (pending.flags & FLAG_PROPAGATING) {
        pending.flags &= ~FLAG_PROPAGATING;
        // an exception from a nested run: context and inner tracebacks are set; add ours
        f.sp = sp;
        f.csp = csp;
        addTraceback(pending, f, node);
        if (ts.tracefunc !== null) pending = traceRaised(f, pending);
        pendingKnown = true;
      } else {
        pendingKnown = false;
      }
      f.cur = node;
    }
  }

}


/**
 * type.__call__(cls, *args) up to running a Python __init__: makes the instance (object.__new__
 * directly, a builtin __new__ natively) and returns __init__'s frame with the arguments (borrowed
 * from the stack) bound, the instance in locals[0]. Returns null with nothing done when the
 * generic call must do it (no Python __init__, a Python __new__, abstract or special classes), or
 * null with `instanceDone` set when __new__ returned an object of another type (typeCall's rules).
 */
function initFrame(cls: PyType, stack: unknown[], argStart: number, npos: number, kwnames: string[] | null): Frame | null {
  const init = cls.lookup("__init__");
  if (!(init instanceof PyFunction)) return null;
  const code = init.code.impl as CodeImpl;
  if (code.isGenLike) return null;
  const newFn = cls.lookup("__new__");
  const nargs = npos + (kwnames === null ? 0 : kwnames.length);
  let inst: PyValue;
  if (newFn === objectNewFn()) {
    if (cls.solidBase !== T.objectType || cls.tflags & TPFLAG_ABSTRACT) return null;
    inst = allocInstance(cls);
  } else if (newFn instanceof PyBuiltinFunction) {
    // a builtin __new__ (BaseException's, int's, dict's ...): called as typeCall would
    const args = [cls as PyValue];
    for (let i = 0; i < nargs; i++) args.push(stack[argStart + i] as PyValue);
    inst = call(newFn, args, kwnames);
    if (typeOf(inst) !== cls) {
      instanceDone = finishTypeCall(cls, inst, stack.slice(argStart, argStart + nargs) as PyValue[], kwnames);
      return null;
    }
  } else {
    return null;
  }
  const nf = newFrame(code, init);
  if (kwnames === null && code.simpleArgs && npos + 1 === code.argcount) {
    const locals = nf.locals;
    locals[0] = inst; // the creation reference
    for (let i = 0; i < npos; i++) {
      const v = stack[argStart + i] as PyValue;
      if (typeof v === "object") v.rc++;
      locals[i + 1] = v;
    }
    init.rc++;
    nf.func = init;
  } else {
    const src: PyValue[] = [inst];
    for (let i = 0; i < nargs; i++) src.push(stack[argStart + i] as PyValue);
    try {
      bindFrame(nf, init, src, 0, npos + 1, kwnames);
    } finally {
      decref(inst);
    }
  }
  if (code.ncells > 0) setupCells(nf, init, code);
  initInstance = inst as PyObject;
  return nf;
}

/** The end of typeCall for an object __new__ made: __init__ if it is an instance of `cls`. */
function finishTypeCall(cls: PyType, obj: PyValue, args: PyValue[], kwnames: string[] | null): PyValue {
  const objType = typeOf(obj);
  if (!objType.isSubtypeOf(cls)) return obj;
  const init = objType.lookup("__init__");
  if (init === undefined || init === T.objectType.ns.get("__init__")) return obj;
  try {
    const bound = typeof init === "object" ? descrGet(init, obj, objType) : init;
    let r: PyValue;
    try {
      r = call(bound, args, kwnames);
    } finally {
      decref(bound);
    }
    if (r !== None) {
      decref(r);
      typeError(`__init__() should return None, not '${typeOf(r).name}'`);
    }
  } catch (err) {
    decref(obj);
    throw err;
  }
  return obj;
}

/** Binds a call's arguments (borrowed from `src`) into `nf`, a new frame of `fn`; frees the frame if binding fails. */
function bindFrame(nf: Frame, fn: PyFunction, src: ArrayLike<PyValue>, start: number, npos: number, kwnames: string[] | null): void {
  try {
    bindArgs(fn, nf.code, nf.locals, src, start, npos, kwnames);
  } catch (err) {
    releaseLocals(nf.locals);
    decref(nf);
    throw err;
  }
  fn.rc++;
  nf.func = fn;
}

/** Starts handler `h` of try node `t`; the stack holds [prevExcInfo, exc]. */
function enterHandlerBody(f: Frame, t: Node, h: number): void {
  const info = t.x as TryInfo;
  const handler = info.handlers[h];
  const ctrl = f.ctrl;
  ctrl[++f.csp] = t.k[5 + 2 * info.handlers.length + h];
  f.ctrlSp[f.csp] = f.sp - 2;
  ctrl[++f.csp] = handler.body;
  if (handler.name !== null) {
    const exc = info.isStar ? (f.stack[f.sp] as StarState).match! : f.stack[f.sp];
    exc.rc++;
    f.stack[++f.sp] = exc;
    ctrl[++f.csp] = handler.name;
  }
}

const INIT_CHECK_NODE = new Node(OP.INIT_CHECK, 0, 0, 0, 0);

/** Which DUNDER_RESULT continuation operatorFrame chose: 0 after the left method, 1 after the right one. */
let dunderPhase = 0;
const NO_RESULT: unique symbol = Symbol("no result");
/** operatorFrame's answer when the builtin left method already gave a result. */
let dunderDone: PyValue | typeof NO_RESULT = NO_RESULT;
/** A class call's result when __new__ made an object __init__ is not run on in the loop. */
let instanceDone: PyValue | typeof NO_RESULT = NO_RESULT;
/** The instance initFrame made (borrowed: __init__'s frame holds it). */
let initInstance: PyObject | null = null;

/**
 * A frame calling `fn(stack[base], ..., stack[base+argc-1])` when `fn` is a plain Python
 * function taking exactly those positional arguments; null otherwise. `move` transfers the
 * stack's references to the frame, else the frame takes new ones.
 */
function prepareCall(fn: PyFunction, stack: unknown[], base: number, argc: number, move: boolean): Frame | null {
  const code = fn.code.impl as CodeImpl;
  if (!code.simpleArgs || code.argcount !== argc || code.isGenLike) return null;
  const nf = newFrame(code, fn);
  const locals = nf.locals;
  for (let i = 0; i < argc; i++) {
    const v = stack[base + i] as PyValue;
    if (move) stack[base + i] = 0;
    else if (typeof v === "object") v.rc++;
    locals[i] = v;
  }
  fn.rc++;
  nf.func = fn;
  if (code.ncells > 0) setupCells(nf, fn, code);
  nf.sp = -1;
  nf.csp = 0;
  nf.ctrl[0] = code.body;
  return nf;
}

function prepareCall2(fn: PyFunction, x: PyValue, y: PyValue): Frame | null {
  const pair = [x, y];
  return prepareCall(fn, pair, 0, 2, false);
}

/**
 * For `a op b` with an operand of a Python class: a frame running the Python method CPython's
 * dispatch calls next, with dunderPhase telling which; or null with dunderDone set when a
 * builtin left method already answered; or null to use the native dispatch.
 */
function operatorFrame(a: PyValue, b: PyValue, op: number, compare: boolean, e: Node): Frame | null {
  void e;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = compare ? CMP_NAMES[op] : OP_NAMES[op];
  if (ta.tflags & TPFLAG_HEAPTYPE) {
    const fa = ta.lookup(name);
    if (!(fa instanceof PyFunction)) return null;
    if (compare ? ta !== tb && tb.isSubtypeOf(ta) : reflectedFirst(ta, tb, op as Op)) return null;
    dunderPhase = 0;
    return prepareCall2(fa, a, b);
  }
  if (tb.tflags & TPFLAG_HEAPTYPE && ta !== tb) {
    const rname = compare ? CMP_NAMES[CMP_SWAPPED[op]] : ROP_NAMES[op];
    const fb = tb.lookup(rname);
    if (!(fb instanceof PyFunction) || fb === ta.lookup(rname)) return null;
    if (!compare && reflectedFirst(ta, tb, op as Op)) return null;
    if (compare && tb.isSubtypeOf(ta)) return null;
    const left = compare ? richCompareLeftOnly(a, b, op as Cmp) : binaryOpLeftOnly(a, b, op as Op);
    if (left !== NotImplemented) {
      dunderDone = left;
      return null;
    }
    dunderPhase = 1;
    return prepareCall2(fb, b, a);
  }
  return null;
}

/** A frame running a property getter that is a plain Python function, for `obj.name`; or null. */
function propertyFrame(o: PyObject, name: string): Frame | null {
  const t = o.type;
  if (!(t.tflags & TPFLAG_HEAPTYPE) || getattrKind(t) !== GA_GENERIC) return null;
  const d = t.lookup(name);
  if (!(d instanceof PyProperty) || d.type !== T.propertyType) return null;
  const g = d.fget;
  if (!(g instanceof PyFunction)) return null;
  const holder = [o];
  return prepareCall(g, holder, 0, 1, true);
}

/** LOAD_METHOD: [obj] -> [function, obj] for a method found on the type, else [EMPTY, attribute]. */
function loadMethod(stack: unknown[], sp: number, n: Node): number {
  const obj = stack[sp] as PyValue;
  const t = typeOf(obj);
  const cache = n.x as MethodCache;
  let descr: unknown;
  if (cache.type === t && cache.version === t.version) {
    descr = cache.descr;
  } else {
    descr = undefined;
    if (!(obj instanceof PyType) && getattrKind(t) === GA_GENERIC) {
      const d = t.lookup(n.s);
      if (d instanceof PyFunction || (d instanceof PyMethodDescriptor && d.kind === MethodKind.Instance)) descr = d;
    }
    cache.type = t;
    cache.version = t.version;
    cache.descr = descr;
  }
  if (descr !== undefined) {
    const d = typeof obj === "object" ? obj.dict : null;
    if (d === null || d.getStr(n.s) === undefined) {
      (descr as PyObject).rc++;
      stack[sp] = descr;
      stack[++sp] = obj;
      return sp;
    }
  }
  const attr = getAttr(obj, n.s);
  stack[sp] = EMPTY_SLOT;
  stack[++sp] = attr;
  if (typeof obj === "object") decref(obj);
  return sp;
}
let objectNewCache: PyValue | undefined;

/** A marker node that returns the value on the stack from the frame (after finally blocks). */
const RETURN_NOW: Node = (() => {
  const r = new Node(OP.RETURN_K, 0, 0, 0, 0);
  const parent = new Node(OP.RETURN, 0, 0, 0, 0);
  parent.i = 0;
  r.parent = parent;
  return r;
})();

let pendingExcHolder: PyException | null = null;
let unwindError: PyException | null = null;
const RESTART: unique symbol = Symbol("restart");

/**
 * Unwinds `f`'s control stack for a non-local exit: an exception, a return (payload: the value),
 * or a break/continue (target: the BREAK/CONTINUE node). Returns true-ish (`f` continues: a
 * handler, finally block or loop took over), null when the frame itself must exit (exception or
 * return with nothing left to run), or RESTART when a new exception replaced the reason
 * (left in `unwindError`).
 */
function unwindFrame(f: Frame, reason: Reason, payload: PyValue | null, target: Node | null): true | null | typeof RESTART {
  const ctrl = f.ctrl;
  const ctrlSp = f.ctrlSp;
  for (;;) {
    if (f.csp < 0) return null;
    const m = ctrl[f.csp];
    switch (m.op) {
      case OP.WHILE:
      case OP.FOR_NEXT: {
        const loopMarker = m.op === OP.WHILE ? m : m;
        if ((reason === Reason.Break || reason === Reason.Continue) && target!.a === loopMarker) {
          if (reason === Reason.Continue) {
            popTo(f, ctrlSp[f.csp]);
            return true;
          }
          const base = ctrlSp[f.csp] - (m.op === OP.FOR_NEXT ? 1 : 0);
          f.csp--;
          popTo(f, base);
          return true;
        }
        if (m.op === OP.FOR_NEXT && m.parent.op === OP.FOR) {
          // leaving the loop: release its iterator now (as CPython pops it while unwinding)
          popTo(f, ctrlSp[f.csp] - 1);
        }
        f.csp--;
        continue;
      }
      case OP.EXCEPT_MARK: {
        if (reason === Reason.Exception) {
          const t = m.parent;
          popTo(f, ctrlSp[f.csp]);
          f.csp--;
          const exc = payload as PyException;
          const prev = pushExcInfo(exc);
          f.stack[++f.sp] = prev;
          if ((t.x as TryInfo).isStar) {
            f.stack[++f.sp] = new StarState(exc);
            decref(exc);
          } else {
            f.stack[++f.sp] = exc; // the stack takes the unwinding's reference
          }
          f.ctrl[++f.csp] = t.k[5];
          return true;
        }
        f.csp--;
        continue;
      }
      case OP.FINALLY_MARK: {
        const t = m.parent;
        popTo(f, ctrlSp[f.csp]);
        f.csp--;
        let prev: PyObject | null = null;
        if (reason === Reason.Exception) prev = pushExcInfo(payload as PyObject);
        f.stack[++f.sp] = prev;
        f.stack[++f.sp] = reason === Reason.Break || reason === Reason.Continue ? target : payload;
        f.stack[++f.sp] = reason;
        f.ctrl[++f.csp] = t.k[4];
        ctrlSp[f.csp] = f.sp - 3;
        f.ctrl[++f.csp] = (t.x as TryInfo).finalbody!;
        return true;
      }
      case OP.FINALLY_END: {
        // leaving a finally block early: its pending reason is dropped
        const base = ctrlSp[f.csp];
        const pendingReason = f.stack[base + 3] as Reason;
        if (pendingReason === Reason.Exception) {
          popExcInfo(f.stack[base + 1] as PyObject | null);
          f.stack[base + 1] = 0;
        }
        popTo(f, base);
        f.csp--;
        continue;
      }
      case OP.EXCEPT_MATCH_K:
      case OP.EXCEPT_BODY_MARK: {
        const base = ctrlSp[f.csp];
        const info = m.parent.x as TryInfo;
        if (m.op === OP.EXCEPT_BODY_MARK && info.isStar && reason === Reason.Exception) {
          // an except* handler raised: recorded, and the next handler gets its turn
          popTo(f, base + 2);
          const state = f.stack[base + 2] as unknown as StarState;
          starHandlerDone(state);
          const h = info.handlers[m.i];
          if (h.nameDelete !== null) clearHandlerName(f, h.nameDelete);
          starRecord(state, payload as PyException);
          const t = m.parent;
          f.ctrl[f.csp] = t.k[m.i + 1 < info.handlers.length ? 5 + m.i + 1 : 5 + 3 * info.handlers.length];
          return true;
        }
        // [prevExcInfo, exc, ...]
        popTo(f, base + 2);
        const exc = f.stack[base + 2] as PyObject;
        const prev = f.stack[base + 1] as PyObject | null;
        f.stack[base + 2] = 0;
        f.stack[base + 1] = 0;
        f.sp = base;
        popExcInfo(prev);
        decref(exc);
        if (m.op === OP.EXCEPT_BODY_MARK) {
          const h = (m.parent.x as TryInfo).handlers[m.i];
          if (h.nameDelete !== null) clearHandlerName(f, h.nameDelete);
        }
        f.csp--;
        continue;
      }
      case OP.WITH_MARK: {
        const base = ctrlSp[f.csp];
        popTo(f, base);
        const exit = f.stack[base] as PyValue;
        f.stack[base] = 0;
        f.sp = base - 1;
        f.csp--;
        ts.frame = f;
        // __exit__ is called from the with statement's line (f_lineno), whatever left the body;
        // an exception __exit__ lets through leaves the frame where it was raised (RERAISE 2
        // restores f_lasti)
        const at = f.cur;
        f.cur = m.parent;
        try {
          if (ts.tracefunc !== null) traceClause(f, m.parent);
          if (reason === Reason.Exception) {
            const exc = payload as PyException;
            const prev = pushExcInfo(exc);
            let r: PyValue;
            try {
              r = call(exit, [exc.type, exc, exc.traceback ?? None], null);
            } finally {
              popExcInfo(prev);
            }
            const suppress = isTrue(r);
            decref(r);
            if (suppress) {
              decref(exit);
              decref(exc);
              return true;
            }
            f.cur = at;
          } else {
            const r = call(exit, [None, None, None], null);
            decref(r);
          }
        } catch (err) {
          decref(exit);
          if (reason === Reason.Exception || reason === Reason.Return) decrefValue(payload);
          unwindError = toPyException(err);
          if (!(unwindError.flags & FLAG_PROPAGATING)) {
            setContextFrom(unwindError, reason === Reason.Exception ? (payload as PyException) : null);
            addTraceback(unwindError, f, m.parent);
          } else {
            unwindError.flags &= ~FLAG_PROPAGATING;
            addTraceback(unwindError, f, m.parent);
          }
          return RESTART;
        }
        decref(exit);
        continue;
      }
      default:
        f.csp--;
        continue;
    }
  }
}

function decrefValue(v: PyValue | null): void {
  if (v !== null && typeof v === "object") decref(v);
}

function setContextFrom(exc: PyException, ctx: PyException | null): void {
  if (ctx === null || ctx === exc) {
    setContext(exc);
    return;
  }
  ctx.rc++;
  const old = exc.context;
  exc.context = ctx;
  if (old !== null) decref(old);
}

/** The 'return' trace event of a return or yield of `v` (released if the trace function raises). */
function traceYield(f: Frame, v: PyValue): void {
  try {
    traceReturn(f, v);
  } catch (err) {
    if (typeof v === "object") decref(v);
    throw err;
  }
}

/** Pops a frame off the interpreter's frame stack and drops the execution reference. */
function leaveFrame(f: Frame): void {
  ts.depth--;
  f.executing = false;
  f.back = null;
  if (ts.frame === f) ts.frame = f.prev;
  f.prev = null;
  // Frames have no finalizer: release them without the generic deallocation bookkeeping.
  if (--f.rc === 0) f.clearRefs();
}

/** Suspends a generator frame at a yield; returns the frame to continue (its resumer) or null (native). */
function suspendGenerator(f: Frame, gen: PyGenerator): Frame | null {
  gen.state = GenState.Suspended;
  const caller = f.back;
  const state = gen.excState;
  ts.excInfo = state.previous!;
  state.previous = null;
  return caller;
}

/** Starts or resumes generator `gen` (frame `gf`) from frame `from`, sending `value` (borrowed). */
function resumeInMachine(gen: PyGenerator, gf: Frame, from: Frame, value: PyValue): void {
  const wasCreated = gen.state === GenState.Created;
  gf.rc++;
  enterFrame(gf, from);
  gen.state = GenState.Running;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  if (wasCreated) {
    gf.sp = -1;
    gf.csp = 0;
    gf.ctrl[0] = gf.code.body;
  } else {
    if (typeof value === "object") value.rc++;
    gf.stack[++gf.sp] = value;
  }
}

function finishFor(f: Frame, e: Node, sp: number, ctrl: Node[], csp: number): void {
  const it = f.stack[sp];
  f.stack[sp--] = 0;
  if (typeof it === "object") decref(it);
  if (e.x !== null) ctrl[++csp] = e.x as Node;
  f.sp = sp;
  f.csp = csp;
}

function popN(stack: unknown[], sp: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = stack[sp - i];
    stack[sp - i] = 0;
    if (isStackObject(v)) decref(v);
  }
}

function nameError(name: string): PyException {
  const e = newException(T.nameErrorType, [`name '${name}' is not defined`]);
  e.setExtra("name", name);
  return e;
}

function unboundDeref(f: Frame, node: Node): PyException {
  const code = f.code;
  if (node.i < code.cellvars.length) {
    return newException(T.unboundLocalErrorType, [`cannot access local variable '${node.s}' where it is not associated with a value`]);
  }
  return newException(T.nameErrorType, [`cannot access free variable '${node.s}' where it is not associated with a value in enclosing scope`]);
}

/** LOAD_NAME: the locals mapping, then globals, then builtins. */
function loadName(f: Frame, name: string): PyValue {
  const ld = f.localsDict;
  if (ld !== null) {
    if (ld instanceof PyDict && ld.type === T.dictType) {
      const v = ld.getStr(name);
      if (v !== undefined) return newref(v);
    } else {
      const v = mappingGet(ld, name);
      if (v !== undefined) return v;
    }
  }
  let v = f.globals.getStr(name);
  if (v !== undefined) return newref(v);
  v = f.builtins.getStr(name);
  if (v !== undefined) return newref(v);
  throw nameError(name);
}

/** mapping[name] for a non-dict locals mapping, or undefined on KeyError (new reference). */
function mappingGet(m: PyValue, name: string): PyValue | undefined {
  try {
    return getItem(m, name);
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(T.keyErrorType)) {
      decref(e);
      return undefined;
    }
    throw e;
  }
}

function storeName(f: Frame, name: string, v: PyValue): void {
  const ld = f.localsDict;
  if (ld instanceof PyDict && ld.type === T.dictType) ld.set(name, v);
  else if (ld !== null) setItem(ld, name, v);
  else f.globals.set(name, v);
}

function deleteName(f: Frame, n: Node): void {
  switch (n.j as StoreKind) {
    case StoreKind.Fast: {
      const old = f.locals[n.i];
      if (old === undefined) {
        throw newException(T.unboundLocalErrorType, [`cannot access local variable '${n.s}' where it is not associated with a value`]);
      }
      f.locals[n.i] = undefined;
      decref(old);
      return;
    }
    case StoreKind.Deref: {
      const cell = f.cells[n.i];
      const old = cell.ref;
      if (old === undefined) throw unboundDeref(f, n);
      cell.ref = undefined;
      decref(old);
      return;
    }
    case StoreKind.Global: {
      const old = f.globals.pop(n.s);
      if (old === undefined) throw nameError(n.s);
      decref(old);
      return;
    }
    default: {
      const ld = f.localsDict;
      if (ld instanceof PyDict && ld.type === T.dictType) {
        const old = ld.pop(n.s);
        if (old === undefined) throw nameError(n.s);
        decref(old);
      } else if (ld !== null) {
        try {
          delItem(ld, n.s);
        } catch (e) {
          if (e instanceof PyException && e.type.isSubtypeOf(T.keyErrorType)) {
            decref(e);
            throw nameError(n.s);
          }
          throw e;
        }
      } else {
        const old = f.globals.pop(n.s);
        if (old === undefined) throw nameError(n.s);
        decref(old);
      }
    }
  }
}

/** `except E as name` unbinds name when the handler ends (as if by `del name`, ignoring unbound). */
function clearHandlerName(f: Frame, n: Node): void {
  switch (n.j as StoreKind) {
    case StoreKind.Fast: {
      const old = f.locals[n.i];
      f.locals[n.i] = undefined;
      if (old !== undefined) decref(old);
      return;
    }
    case StoreKind.Deref: {
      const cell = f.cells[n.i];
      const old = cell.ref;
      cell.ref = undefined;
      if (old !== undefined) decref(old);
      return;
    }
    default:
      try {
        deleteName(f, n);
      } catch (e) {
        if (e instanceof PyException) decref(e);
        else throw e;
      }
  }
}

/** Creates cells for the code's cellvars and takes the function's closure cells for its freevars. */
export function setupCells(nf: Frame, fn: PyFunction, code: CodeImpl): void {
  const ncell = code.cellvars.length;
  const nfree = code.freevars.length;
  if (ncell === 0 && nfree === 0) {
    if (nf.cells.length !== 0) nf.cells = [];
    return;
  }
  const cells: PyCell[] = new Array(ncell + nfree);
  for (let i = 0; i < ncell; i++) {
    const p = code.cellFromParam[i];
    let v: PyValue | undefined = undefined;
    if (p >= 0) {
      v = nf.locals[p];
      nf.locals[p] = undefined;
    }
    cells[i] = new PyCell(v);
  }
  const closure = fn.closure;
  for (let i = 0; i < nfree; i++) {
    const c = closure!.items[i] as PyCell;
    c.rc++;
    cells[ncell + i] = c;
  }
  nf.cells = cells;
}

/** object.__new__ (resolved once the runtime is initialised). */
function objectNewFn(): PyValue | undefined {
  if (objectNewCache === undefined) objectNewCache = T.objectType.ns.get("__new__");
  return objectNewCache;
}

function plainGetattr(t: PyType): boolean {
  return getattrKind(t) === GA_GENERIC;
}

/** The comparisons of a Compare node (rich comparisons, identity, membership). */
function compareOp(a: PyValue, b: PyValue, op: CmpKind): PyValue {
  switch (op) {
    case CmpKind.Is:
      return a === b;
    case CmpKind.IsNot:
      return a !== b;
    case CmpKind.In:
      return contains(b, a);
    case CmpKind.NotIn:
      return !contains(b, a);
    default:
      return richCompare(a, b, op as unknown as Cmp);
  }
}

function currentHandled(): PyException | null {
  for (let s: typeof ts.excInfo | null = ts.excInfo; s !== null; s = s.previous) {
    if (s.value !== null) return s.value as PyException;
  }
  return null;
}

/** Builds the exception a `raise X [from Y]` raises (do_raise). */
function makeRaisable(v: PyValue, cause: PyValue | undefined): PyException {
  let exc: PyException;
  if (v instanceof PyType) {
    if (!v.isSubtypeOf(T.baseExceptionType)) typeError("exceptions must derive from BaseException");
    const inst = call(v, [], null);
    if (!(inst instanceof PyException)) {
      const t = typeOf(inst);
      decref(inst);
      typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${repr(t)}`);
    }
    exc = inst;
  } else if (v instanceof PyException) {
    v.rc++;
    exc = v;
  } else {
    return typeError("exceptions must derive from BaseException");
  }
  if (cause !== undefined) {
    let c: PyValue;
    if (cause instanceof PyType) {
      if (!cause.isSubtypeOf(T.baseExceptionType)) {
        decref(exc);
        typeError("exception causes must derive from BaseException");
      }
      c = call(cause, [], null);
    } else if (cause instanceof PyException || cause === None) {
      c = newref(cause);
    } else {
      decref(exc);
      return typeError("exception causes must derive from BaseException");
    }
    const old = exc.cause;
    exc.cause = c === None ? null : (c as PyObject);
    if (c === None) decref(c);
    if (old !== null) decref(old);
    exc.suppressContext = true;
  }
  return exc;
}

function exceptionMatches(exc: PyException, type: PyValue): boolean {
  if (type instanceof PyType) {
    if (!type.isSubtypeOf(T.baseExceptionType)) typeError("catching classes that do not inherit from BaseException is not allowed");
    return exc.type.isSubtypeOf(type);
  }
  if (type instanceof PyTuple) {
    for (const t of type.items) {
      if (!(t instanceof PyType) || !t.isSubtypeOf(T.baseExceptionType)) {
        typeError("catching classes that do not inherit from BaseException is not allowed");
      }
    }
    for (const t of type.items) if (exc.type.isSubtypeOf(t as PyType)) return true;
    return false;
  }
  return typeError("catching classes that do not inherit from BaseException is not allowed");
}

function assertionError(f: Frame, msg: PyValue | null): PyException {
  ts.frame = f;
  if (msg === null) return newException(T.assertionErrorType, []);
  return newException(T.assertionErrorType, [msg]);
}

/** Unpacks `v` into exactly `n` values (or with a starred target at `star`), as UNPACK_SEQUENCE/EX. */
function unpack(v: PyValue, n: number, star: number): PyValue[] {
  let items: PyValue[];
  if (typeof v === "object" && (v.type === T.tupleType || v.type === T.listType)) {
    const src = (v as PyTuple).items;
    if (star < 0) {
      if (src.length !== n) unpackCountError(src.length, n);
      items = src.map((x) => newref(x));
      return items;
    }
    items = src.map((x) => newref(x));
  } else {
    if (star < 0) {
      const it = getIterForUnpack(v);
      items = [];
      try {
        for (;;) {
          const x = iterNext(it);
          if (x === STOP) break;
          items.push(x);
          if (items.length > n) {
            for (const y of items) decref(y);
            valueErrorMsg(`too many values to unpack (expected ${n})`);
          }
        }
      } catch (e) {
        decref(it);
        throw e;
      }
      decref(it);
      if (items.length !== n) {
        for (const y of items) decref(y);
        unpackCountError(items.length, n);
      }
      return items;
    }
    const it = getIterForUnpack(v);
    try {
      items = iterToArray(it);
    } finally {
      decref(it);
    }
  }
  // starred: n - 1 fixed targets
  const before = star;
  const after = n - star - 1;
  if (items.length < before + after) {
    for (const y of items) decref(y);
    valueErrorMsg(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = items.slice(before, items.length - after);
  const out = items.slice(0, before);
  out.push(newListOwned(middle));
  for (const x of items.slice(items.length - after)) out.push(x);
  return out;
}

function getIterForUnpack(v: PyValue): PyValue {
  try {
    return getIter(v);
  } catch (e) {
    if (e instanceof PyException && e.type === T.typeErrorType && typeOf(v).lookup("__iter__") === undefined && typeOf(v).lookup("__getitem__") === undefined) {
      decref(e);
      typeError(`cannot unpack non-iterable ${typeOf(v).name} object`);
    }
    throw e;
  }
}

function unpackCountError(got: number, expected: number): never {
  if (got > expected) valueErrorMsg(`too many values to unpack (expected ${expected})`);
  return valueErrorMsg(`not enough values to unpack (expected ${expected}, got ${got})`);
}

function valueErrorMsg(msg: string): never {
  throw newException(T.valueErrorType, [msg]);
}

// The remaining helpers are implemented in their own modules; thin wrappers keep run.ts readable.
import { newSetFrom, newSetFromConstants, setAdd, setUpdate } from "../runtime/types/set-api.js";
import { PySet } from "../runtime/types/set.js";

/** A starred item of a set display, merged with set.update when the set is built. */
class StarredPart extends PyObject {
  constructor(readonly iterable: PyValue) {
    super(T.objectType);
  }
}
import { mergeMapping, calleeName, iterToArrayChecked } from "./call-helpers.js";
import { callWithFrame, sendNative, withEnter, storeAnnotation } from "./call-helpers.js";



/**
 * Throws `exc` out of the run loop. A throw statement inside `run` itself is slow: V8 builds a
 * message for every throw and looks up the throw site's source position, which costs time in
 * proportion to the throwing function's size.
 */
function throwOut(exc: unknown): never {
  throw exc;
}
