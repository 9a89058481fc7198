// Generators, coroutines and async generators share one resumable-frame core (STYLE.md: "one
// core, thin wrappers", as CPython's genobject.c gen_send_ex serves all three). The frame and
// the resumption logic belong to the interpreter; this object holds the state a Python user can
// see (gi_running, gi_suspended, gi_frame, gi_code, gi_yieldfrom, ag_running, ...).

import { PyObject, decref, xdecref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import type { PyCode } from "./function.js";

export const enum GenState {
  Created = 0, // not started: FRAME_CREATED
  Suspended = 1, // stopped at a yield/await
  Running = 2, // executing (gi_running)
  Closed = 3, // returned, raised, or closed: the frame is gone
}

export const enum GenKind {
  Generator = 0,
  Coroutine = 1,
  AsyncGenerator = 2,
}

/** The exception state a generator carries while suspended (gi_exc_state), chained when running. */
export class ExcState {
  value: PyObject | null = null;
  previous: ExcState | null = null;
}

export class PyGenerator extends PyObject {
  state: GenState;
  /** the suspended frame (an interpreter Frame); null once closed */
  frame: PyObject | null;
  name: string;
  qualname: string;
  readonly excState = new ExcState();
  /** the iterator this generator delegates to with `yield from`/`await`, while suspended there */
  yieldFrom: PyValue | null;
  /** async generators: ag_running_async, and whether the finalizer hook has been called */
  runningAsync = false;
  hooksInited = false;
  /** async generators: the finalizer registered by sys.set_asyncgen_hooks at first iteration */
  finalizer: PyValue | null = null;
  /** coroutines: the frame that awaits this one, for cr_await/cr_origin (unused) */
  closing = false;

  constructor(
    type: PyType,
    readonly kind: GenKind,
    frame: PyObject,
    readonly code: PyCode,
  ) {
    super(type);
    this.state = GenState.Created;
    this.frame = frame;
    this.name = code.name;
    this.qualname = code.qualname;
    this.yieldFrom = null;
  }

  override clearRefs(): void {
    super.clearRefs();
    const f = this.frame;
    this.frame = null;
    const yf = this.yieldFrom;
    this.yieldFrom = null;
    this.state = GenState.Closed;
    xdecref(yf);
    if (f !== null) decref(f);
    xdecref(this.finalizer);
    this.finalizer = null;
    const exc = this.excState.value;
    this.excState.value = null;
    xdecref(exc);
    decref(this.code);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (this.frame !== null) visit(this.frame);
    if (typeof this.yieldFrom === "object" && this.yieldFrom !== null) visit(this.yieldFrom);
  }
}
