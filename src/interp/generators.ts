// Generators and coroutines: creation, resumption from native code (send/throw/close, next()),
// and the end-of-life rules (PEP 479, close() on a suspended generator, finalization). The frame
// switching for resumption from Python code lives in run.ts; this module is the shared core
// ("one resumable-frame core, thin wrappers": CPython's gen_send_ex).

import { decref, newref, type PyObject, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { typeOf } from "../runtime/typeof.js";
import { PyType } from "../runtime/type.js";
import { PyException } from "../runtime/types/exception.js";
import { GenKind, GenState, PyGenerator } from "../runtime/types/generator.js";
import { PyFunction } from "../runtime/types/function.js";
import { PyTraceback } from "../runtime/types/traceback.js";
import { PyNativeIterator, STOP } from "../runtime/types/iterator.js";
import { None, newTuple } from "../runtime/values.js";
import { newException, typeError } from "../runtime/errors.js";
import { call, callMethod } from "../runtime/ops/call.js";
import { getAttrOpt, lookupSpecial } from "../runtime/ops/attr.js";
import { iterNext, isIterator, resumableTypes } from "../runtime/ops/iter.js";
import { defGetSet, defMethod, noKwargs } from "../runtime/define.js";
import { idOf } from "../runtime/ops/hash.js";
import { repr } from "../runtime/ops/repr.js";
import { hooks } from "../runtime/hooks.js";
import type { Frame } from "./frame.js";
import { Node, OP } from "./nodes.js";
import { enterFrame, run } from "./run.js";
import { importModule } from "./imports.js";
import { ts, Outcome } from "./state.js";
import { CO_ITERABLE_COROUTINE } from "../runtime/types/function.js";

function kindName(gen: PyGenerator): string {
  return gen.kind === GenKind.Coroutine ? "coroutine" : gen.kind === GenKind.AsyncGenerator ? "async generator" : "generator";
}

/** A generator/coroutine/async generator owning `frame` (whose reference it takes). */
export function newGenerator(frame: Frame, fn: PyFunction): PyGenerator {
  const code = frame.code;
  const kind = code.isCoroutine ? GenKind.Coroutine : code.isAsyncGenerator ? GenKind.AsyncGenerator : GenKind.Generator;
  const type = kind === GenKind.Coroutine ? T.coroutineType : kind === GenKind.AsyncGenerator ? T.asyncGeneratorType : T.generatorType;
  fn.code.rc++;
  const gen = new PyGenerator(type, kind, frame, fn.code);
  gen.name = fn.name;
  gen.qualname = fn.qualname;
  frame.gen = gen;
  // a just-created generator frame stands at its def line (co_firstlineno), not in its body
  frame.cur = code.startNode ?? (code.startNode = new Node(OP.NOP, code.firstlineno, 0, code.firstlineno + 1, 0));
  return gen;
}

/** Raises if `gen` cannot be resumed with `value` now. */
export function checkResumable(gen: PyGenerator, value: PyValue): void {
  if (gen.state === GenState.Running) throw newException(T.valueErrorType, [`${kindName(gen)} already executing`]);
  if (gen.state === GenState.Created && value !== None) {
    typeError(`can't send non-None value to a just-started ${kindName(gen)}`);
  }
  if (gen.state === GenState.Closed && gen.kind === GenKind.Coroutine) {
    throw newException(T.runtimeErrorType, ["cannot reuse already awaited coroutine"]);
  }
}

/** The iterator an `await` delegates to (_PyCoro_GetAwaitableIter). Returns a new reference. */
export function getAwaitableIter(v: PyValue, _node: Node | null): PyValue {
  if (v instanceof PyGenerator) {
    if (v.kind === GenKind.Coroutine) {
      if (v.state === GenState.Closed) throw newException(T.runtimeErrorType, ["cannot reuse already awaited coroutine"]);
      v.rc++;
      return v;
    }
    if (v.kind === GenKind.Generator && v.code.coFlags & CO_ITERABLE_COROUTINE) {
      v.rc++;
      return v;
    }
  }
  const t = typeOf(v);
  const aw = t.lookup("__await__");
  if (aw === undefined) typeError(`object ${t.name} can't be used in 'await' expression`);
  const it = lookupSpecialCall(v, "__await__");
  if (it instanceof PyGenerator && it.kind === GenKind.Coroutine) {
    decref(it);
    typeError("__await__() returned a coroutine");
  }
  if (!isIterator(it)) {
    const name = typeOf(it).name;
    decref(it);
    typeError(`__await__() returned non-iterator of type '${name}'`);
  }
  return it;
}

function lookupSpecialCall(v: PyValue, name: string): PyValue {
  const m = lookupSpecial(v, name)!;
  try {
    return call(m, [], null);
  } finally {
    decref(m);
  }
}

function leaveGenerator(gen: PyGenerator): void {
  gen.state = GenState.Closed;
  const state = gen.excState;
  if (state.previous !== null) {
    ts.excInfo = state.previous;
    state.previous = null;
  }
  const fr = gen.frame;
  gen.frame = null;
  if (fr !== null) {
    (fr as Frame).gen = null;
    decref(fr);
  }
}

/** The generator's frame ended with `exc`: close it, and apply PEP 479. Returns the exception to propagate. */
export function genRaised(gen: PyGenerator, exc: PyException): PyException {
  leaveGenerator(gen);
  let msg: string | null = null;
  if (exc.type.isSubtypeOf(T.stopIterationType)) {
    msg = `${kindName(gen)} raised StopIteration`;
  } else if (gen.kind === GenKind.AsyncGenerator && exc.type.isSubtypeOf(T.stopAsyncIterationType)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (msg === null) return exc;
  const r = newException(T.runtimeErrorType, [msg]);
  // _PyErr_FormatFromCause: the original is both cause and context.
  exc.rc++;
  r.context = exc;
  r.cause = exc; // takes the propagating reference
  r.suppressContext = true;
  return r;
}

/** The generator's frame returned. */
export function genReturned(gen: PyGenerator): void {
  leaveGenerator(gen);
}

/** Async generators wrap yielded values (so asend can tell them from awaits); plain ones don't. */
export function wrapAsyncGenValue(v: PyValue): PyValue {
  return v;
}

/**
 * Resumes `gen` from native code: send `value` (borrowed) or throw `exc` (owned). Returns whether
 * it finished, and the yielded or returned value (new reference). Exceptions propagate.
 */
export function resumeNative(gen: PyGenerator, value: PyValue, exc: PyException | null): { done: boolean; value: PyValue } {
  if (gen.state === GenState.Running) {
    if (exc !== null) decref(exc);
    throw newException(T.valueErrorType, [`${kindName(gen)} already executing`]);
  }
  if (gen.state === GenState.Closed) {
    if (exc !== null) throw exc;
    if (gen.kind === GenKind.Coroutine) throw newException(T.runtimeErrorType, ["cannot reuse already awaited coroutine"]);
    return { done: true, value: None };
  }
  if (gen.state === GenState.Created && exc === null && value !== None) {
    typeError(`can't send non-None value to a just-started ${kindName(gen)}`);
  }
  const gf = gen.frame as Frame;
  const wasCreated = gen.state === GenState.Created;
  gf.rc++;
  try {
    enterFrame(gf, null);
  } catch (e) {
    gf.rc--;
    if (exc !== null) decref(exc);
    throw e;
  }
  gen.state = GenState.Running;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  if (wasCreated) {
    gf.sp = -1;
    gf.csp = 0;
    gf.ctrl[0] = gf.code.body;
  } else if (exc === null) {
    if (typeof value === "object") value.rc++;
    gf.stack[++gf.sp] = value;
  }
  const v = run(gf, exc);
  return { done: ts.outcome === Outcome.Returned, value: v };
}

/** StopIteration(value) as gen.send()/next() raise it when the generator returns. */
export function stopIteration(value: PyValue): PyException {
  if (value === None) return newException(T.stopIterationType, []);
  const e = newException(T.stopIterationType, [value]);
  e.setExtra("value", value);
  return e;
}

function send(gen: PyGenerator, value: PyValue): PyValue {
  const r = resumeNative(gen, value, null);
  if (r.done) {
    const e = gen.kind === GenKind.AsyncGenerator ? newException(T.stopAsyncIterationType, []) : stopIteration(r.value);
    decref(r.value);
    throw e;
  }
  return r.value;
}

/** Builds the exception gen.throw(typ, val, tb) raises (_gen_throw's normalisation). */
function makeThrown(typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyException {
  if (tb !== undefined && tb !== None && !(tb instanceof PyTraceback)) typeError("throw() third argument must be a traceback object");
  let exc: PyException;
  if (typ instanceof PyException) {
    if (val !== undefined && val !== None) typeError("instance exception may not have a separate value");
    typ.rc++;
    exc = typ;
  } else if (typ instanceof PyType && typ.isSubtypeOf(T.baseExceptionType)) {
    let made: PyValue;
    try {
      if (val instanceof PyException && val.type.isSubtypeOf(typ)) made = newref(val);
      else if (val === undefined || val === None) made = call(typ, [], null);
      else if (typeOf(val) === T.tupleType) made = call(typ, (val as unknown as { items: PyValue[] }).items, null);
      else made = call(typ, [val], null);
    } catch (e) {
      // PyErr_NormalizeException: when the exception cannot be made, the error doing so is thrown in
      if (!(e instanceof PyException)) throw e;
      made = e;
    }
    if (!(made instanceof PyException)) {
      // _PyErr_CreateException
      const msg = `calling ${repr(typ)} should have returned an instance of BaseException, not ${typeOf(made).name}`;
      decref(made);
      made = newException(T.typeErrorType, [msg]);
    }
    exc = made as PyException;
  } else {
    return typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  if (tb instanceof PyTraceback) {
    tb.rc++;
    const old = exc.traceback;
    exc.traceback = tb;
    if (old !== null) decref(old);
  }
  return exc;
}

/** gen.throw(): forwarded to a delegated-to iterator first (PEP 380), else raised at the yield. */
/**
 * gen.throw(): `raw` are the arguments as the caller gave them (forwarded unchanged to a
 * delegated iterator's own throw(), as _gen_throw does), null for an exception raised internally.
 */
export function genThrow(gen: PyGenerator, exc: PyException, closing: boolean, raw: PyValue[] | null = null): PyValue {
  const yf = gen.yieldFrom;
  if (yf !== null && gen.state === GenState.Suspended) {
    let result: { done: boolean; value: PyValue } | null = null;
    let inner: PyException | null = null;
    if (closing && exc.type.isSubtypeOf(T.generatorExitType)) {
      // close the subiterator, then raise GeneratorExit here
      gen.state = GenState.Running;
      try {
        closeIter(yf);
      } catch (e) {
        gen.state = GenState.Suspended;
        decref(exc);
        return resumeRaising(gen, e);
      }
      gen.state = GenState.Suspended;
      return sendRaising(gen, exc);
    }
    const isGen = yf instanceof PyGenerator && (yf.type === T.generatorType || yf.type === T.coroutineType);
    const meth = isGen ? undefined : getAttrOpt(yf, "throw");
    // a subiterator without throw(): the exception is raised at the `yield from` itself
    if (!isGen && meth === undefined) return sendRaising(gen, exc);
    gen.state = GenState.Running;
    try {
      if (isGen) {
        // _gen_throw links the delegating generator's frame into the stack while the
        // subgenerator runs (its f_back is this frame, as for send)
        const gf = gen.frame as Frame;
        const savedPrev = gf.prev;
        gf.prev = ts.frame;
        gf.executing = true;
        ts.frame = gf;
        try {
          result = genThrowOrDone(yf as PyGenerator, exc, closing, raw);
        } finally {
          ts.frame = gf.prev;
          gf.prev = savedPrev;
          gf.executing = false;
        }
      } else {
        try {
          const v = call(meth!, raw ?? [exc], null);
          result = { done: false, value: v };
        } finally {
          decref(meth!);
          decref(exc);
        }
      }
    } catch (e) {
      inner = e instanceof PyException ? e : null;
      if (inner === null) {
        gen.state = GenState.Suspended;
        throw e;
      }
    }
    gen.state = GenState.Suspended;
    if (result !== null && !result.done) return result.value;
    // The subiterator finished: the yield from expression completes in the outer generator.
    gen.yieldFrom = null;
    decref(yf);
    const frame = gen.frame as Frame;
    // pop the resume continuation and the iterator, then continue with the result (or the error)
    frame.csp--;
    const it = frame.stack[frame.sp];
    frame.stack[frame.sp--] = 0;
    decref(it);
    if (inner !== null) {
      if (inner.type.isSubtypeOf(T.stopIterationType)) {
        const v = stopIterationValue(inner);
        decref(inner);
        return sendAfterYieldFrom(gen, v);
      }
      return resumeRaising(gen, inner);
    }
    return sendAfterYieldFrom(gen, result!.value);
  }
  return sendRaising(gen, exc);
}

function genThrowOrDone(sub: PyGenerator, exc: PyException, closing: boolean, raw: PyValue[] | null): { done: boolean; value: PyValue } {
  const v = genThrow(sub, exc, closing, raw);
  return { done: false, value: v };
}

/** Continues the outer generator after its `yield from` produced `v` (owned). */
function sendAfterYieldFrom(gen: PyGenerator, v: PyValue): PyValue {
  const frame = gen.frame as Frame;
  // The value becomes the result of the yield-from expression: push it and run on.
  frame.stack[++frame.sp] = v;
  return sendResumed(gen, frame);
}

function sendResumed(gen: PyGenerator, gf: Frame): PyValue {
  gf.rc++;
  try {
    enterFrame(gf, null);
  } catch (e) {
    gf.rc--;
    throw e;
  }
  gen.state = GenState.Running;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  const v = run(gf, null);
  if (ts.outcome === Outcome.Returned) {
    const e = stopIteration(v);
    decref(v);
    throw e;
  }
  return v;
}

function resumeRaising(gen: PyGenerator, e: unknown): PyValue {
  if (!(e instanceof PyException)) throw e;
  return sendRaising(gen, e);
}

/** Raises `exc` (owned) inside the suspended generator. */
function sendRaising(gen: PyGenerator, exc: PyException): PyValue {
  const r = resumeNative(gen, None, exc);
  if (r.done) {
    const e = stopIteration(r.value);
    decref(r.value);
    throw e;
  }
  return r.value;
}

export function stopIterationValue(e: PyException): PyValue {
  const v = e.getExtra("value");
  if (v !== undefined) return newref(v);
  const args = e.args.items;
  return args.length > 0 ? newref(args[0]) : None;
}

function closeIter(it: PyValue): void {
  if (it instanceof PyGenerator) {
    genClose(it);
    return;
  }
  // gen_close_iter: a failing lookup of close is reported as unraisable (the sub-iterator is
  // then not closed) and the generator's own close goes on
  let m: PyValue | undefined;
  try {
    m = getAttrOpt(it, "close");
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    hooks.writeUnraisable(e, null, it);
    decref(e);
    return;
  }
  if (m === undefined) return;
  try {
    decref(call(m, [], null));
  } finally {
    decref(m);
  }
}

/** gen.close() (gen_close). */
export function genClose(gen: PyGenerator): void {
  if (gen.state === GenState.Created) {
    leaveGenerator(gen);
    return;
  }
  if (gen.state === GenState.Closed) return;
  if (gen.state === GenState.Running) throw newException(T.valueErrorType, [`${kindName(gen)} already executing`]);
  const exc = newException(T.generatorExitType, []);
  let v: PyValue;
  try {
    v = genThrow(gen, exc, true);
  } catch (e) {
    if (e instanceof PyException && (e.type.isSubtypeOf(T.stopIterationType) || e.type.isSubtypeOf(T.generatorExitType))) {
      decref(e);
      return;
    }
    throw e;
  }
  decref(v);
  throw newException(T.runtimeErrorType, [`${kindName(gen)} ignored GeneratorExit`]);
}

/** Finalizer for a generator whose last reference went away (_PyGen_Finalize). */
export function finalizeGenerator(gen: PyGenerator): void {
  if (gen.state === GenState.Closed) return;
  if (gen.state === GenState.Created) {
    if (gen.kind === GenKind.Coroutine) warnNeverAwaited(gen);
    leaveGenerator(gen);
    return;
  }
  try {
    genClose(gen);
  } catch (e) {
    const exc = e instanceof PyException ? e : null;
    if (exc === null) throw e;
    hooks.writeUnraisable(exc, null, gen);
    decref(exc);
  }
}

let neverAwaitedHook: ((gen: PyGenerator) => void) | null = null;
export function setNeverAwaitedHook(f: (gen: PyGenerator) => void): void {
  neverAwaitedHook = f;
}
function warnNeverAwaited(gen: PyGenerator): void {
  if (neverAwaitedHook !== null) neverAwaitedHook(gen);
}

/** next()/send() on a non-generator iterator for `yield from` (new reference). */
export function sendToIterator(it: PyValue, value: PyValue): { done: boolean; value: PyValue } {
  try {
    const v = value === None ? iterNextRaising(it) : callMethod(it, "send", [value]);
    return { done: false, value: v };
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(T.stopIterationType)) {
      const v = stopIterationValue(e);
      decref(e);
      return { done: true, value: v };
    }
    throw e;
  }
}

function iterNextRaising(it: PyValue): PyValue {
  if (it instanceof PyNativeIterator) {
    const v = it.next();
    if (v === STOP) throw newException(T.stopIterationType, []);
    return v;
  }
  const t = typeOf(it);
  const f = t.lookup("__next__");
  if (f === undefined) typeError(`'${t.name}' object is not an iterator`);
  return callMethod(it, "__next__", []);
}

// ---- the Python-visible types -----------------------------------------------------------------

function asGen(self: PyValue, what: PyType): PyGenerator {
  if (!(self instanceof PyGenerator) || !typeOf(self).isSubtypeOf(what)) typeError(`descriptor requires a '${what.name}' object`);
  return self;
}

/** The iterator that coroutine.__await__() returns (coroutine_wrapper). */
class CoroutineWrapper extends PyNativeIterator {
  constructor(readonly coro: PyGenerator) {
    super(T.coroutineWrapperType);
  }
  next(): PyValue {
    const r = resumeNative(this.coro, None, null);
    if (r.done) {
      // the coroutine returned: StopIteration(value) must carry the value
      const e = stopIteration(r.value);
      decref(r.value);
      throw e;
    }
    return r.value;
  }
  override clearRefs(): void {
    decref(this.coro);
  }
}

export function initGeneratorTypes(): void {
  resumableTypes.add(T.generatorType);
  // _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro), else unraisable
  setNeverAwaitedHook((coro) => {
    let mod: PyValue | null = null;
    try {
      mod = importModule("warnings");
      const fn = getAttrOpt(mod, "_warn_unawaited_coroutine");
      if (fn !== undefined) {
        try {
          decref(call(fn, [coro], null));
        } finally {
          decref(fn);
        }
      }
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      hooks.writeUnraisable(e, null, coro);
      decref(e);
    } finally {
      if (mod !== null) decref(mod);
    }
  });
  hooks.resume = (g: PyObject, value: PyValue, exc: PyObject | null) => resumeNative(g as PyGenerator, value, exc as PyException | null);

  for (const [type, prefix] of [[T.generatorType, "gi"], [T.coroutineType, "cr"], [T.asyncGeneratorType, "ag"]] as const) {
    if (type !== T.asyncGeneratorType) {
      // gen_send is METH_O, gen_throw METH_FASTCALL (_PyArg_CheckPositional), gen_close METH_NOARGS
      defMethod(type, "send", (self, args, kwnames) => {
        noKwargs(`${type.name}.send`, kwnames);
        if (args.length !== 1) typeError(`${type.name}.send() takes exactly one argument (${args.length} given)`);
        return send(asGen(self, type), args[0]);
      });
      defMethod(type, "throw", (self, args, kwnames) => {
        const gen = asGen(self, type);
        noKwargs(`${type.name}.throw`, kwnames);
        if (args.length < 1) typeError(`throw expected at least 1 argument, got ${args.length}`);
        if (args.length > 3) typeError(`throw expected at most 3 arguments, got ${args.length}`);
        // _gen_throw(gen, close_on_genexit=1): GeneratorExit closes a subiterator rather than
        // being thrown into it
        return genThrow(gen, makeThrown(args[0], args[1], args[2]), true, args);
      });
      defMethod(type, "close", (self, args, kwnames) => {
        noKwargs(`${type.name}.close`, kwnames);
        if (args.length !== 0) typeError(`${type.name}.close() takes no arguments (${args.length} given)`);
        genClose(asGen(self, type));
        return None;
      });
    }
    // tp_finalize exposed as __del__ (_PyGen_Finalize: close a suspended generator)
    defMethod(type, "__del__", (self) => {
      finalizeGenerator(asGen(self, type));
      return None;
    });
    defGetSet(type, "__name__", (self) => asGen(self, type).name, (self, v) => {
      if (typeof v !== "string") typeError("__name__ must be set to a string object");
      asGen(self, type).name = v;
    });
    defGetSet(type, "__qualname__", (self) => asGen(self, type).qualname, (self, v) => {
      if (typeof v !== "string") typeError("__qualname__ must be set to a string object");
      asGen(self, type).qualname = v;
    });
    defGetSet(type, `${prefix}_frame`, (self) => {
      const g = asGen(self, type);
      return g.frame === null ? None : newref(g.frame);
    });
    defGetSet(type, `${prefix}_running`, (self) => asGen(self, type).state === GenState.Running);
    // a member descriptor in CPython (T_OBJECT, READONLY)
    defGetSet(type, `${prefix}_code`, (self) => newref(asGen(self, type).code), () => {
      throw newException(T.attributeErrorType, ["readonly attribute"]);
    });
    defMethod(type, "__repr__", (self) => {
      const g = asGen(self, type);
      return `<${type.name === "async_generator" ? "async_generator" : type.name} object ${g.qualname} at 0x${idOf(g).toString(16)}>`;
    });
  }
  defGetSet(T.generatorType, "gi_suspended", (self) => asGen(self, T.generatorType).state === GenState.Suspended);
  defGetSet(T.coroutineType, "cr_suspended", (self) => asGen(self, T.coroutineType).state === GenState.Suspended);
  defGetSet(T.generatorType, "gi_yieldfrom", (self) => {
    const g = asGen(self, T.generatorType);
    return g.yieldFrom === null ? None : newref(g.yieldFrom);
  });
  defGetSet(T.coroutineType, "cr_await", (self) => {
    const g = asGen(self, T.coroutineType);
    return g.yieldFrom === null ? None : newref(g.yieldFrom);
  });
  defGetSet(T.coroutineType, "cr_origin", () => None);
  defMethod(T.generatorType, "__iter__", (self) => newref(self));
  defMethod(T.generatorType, "__next__", (self, args) => {
    if (args.length !== 0) typeError(`expected 0 arguments, got ${args.length}`);
    return send(asGen(self, T.generatorType), None);
  });
  defMethod(T.coroutineType, "__await__", (self) => {
    const c = asGen(self, T.coroutineType);
    c.rc++;
    return new CoroutineWrapper(c);
  });
  defMethod(T.coroutineWrapperType, "__iter__", (self) => newref(self));
  defMethod(T.coroutineWrapperType, "__next__", (self) => {
    const v = (self as CoroutineWrapper).next();
    return v;
  });
  defMethod(T.coroutineWrapperType, "send", (self, args) => send((self as CoroutineWrapper).coro, args[0] ?? None));
  defMethod(T.coroutineWrapperType, "throw", (self, args) => {
    const gen = (self as CoroutineWrapper).coro;
    return genThrow(gen, makeThrown(args[0], args[1], args[2]), true, args);
  });
  defMethod(T.coroutineWrapperType, "close", (self) => {
    genClose((self as CoroutineWrapper).coro);
    return None;
  });
  void newTuple;
}
