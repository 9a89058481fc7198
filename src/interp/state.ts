// The interpreter's per-thread state (pyframe runs one thread): recursion depth, the exception
// being handled (sys.exc_info), the running frame, tracing hooks, and how the last resumed
// generator frame came back (yielded or returned).

import type { PyValue } from "../runtime/object.js";
import { ExcState } from "../runtime/types/generator.js";
import type { Frame } from "./frame.js";

export const enum Outcome {
  Yielded = 0,
  Returned = 1,
}

export class ThreadState {
  depth = 0;
  recursionLimit = 1000;
  /** the exception-state chain: generators push their own while running (gi_exc_state) */
  excInfo: ExcState = new ExcState();
  /** the innermost executing frame */
  frame: Frame | null = null;
  /** how the last generator frame handed control back */
  outcome: Outcome = Outcome.Returned;
  /** sys.settrace / sys.setprofile functions */
  tracefunc: PyValue | null = null;
  profilefunc: PyValue | null = null;
  /** true while a trace function runs (no tracing inside it) */
  tracing = false;
  /** sys.set_asyncgen_hooks */
  asyncgenFirstiter: PyValue | null = null;
  asyncgenFinalizer: PyValue | null = null;
}

export const ts = new ThreadState();

/** The exception currently being handled (sys.exception()), or null. */
export function handledException(): PyValue | null {
  for (let s: ExcState | null = ts.excInfo; s !== null; s = s.previous) {
    if (s.value !== null) return s.value;
  }
  return null;
}

/** A fresh thread state for a new Interpreter in the same process (tests run many programs). */
export function resetThreadState(): void {
  ts.depth = 0;
  ts.recursionLimit = 1000;
  ts.excInfo = new ExcState();
  ts.frame = null;
  ts.outcome = Outcome.Returned;
  ts.tracefunc = null;
  ts.profilefunc = null;
  ts.tracing = false;
  ts.asyncgenFirstiter = null;
  ts.asyncgenFinalizer = null;
}
