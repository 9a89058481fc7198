// BaseException instances: args, the traceback, chaining (__context__, __cause__,
// __suppress_context__), and the attributes particular subclasses carry (StopIteration.value,
// OSError.errno, SyntaxError.lineno, ...), kept in `extra` so that __dict__ stays empty as in CPython.

import { PyObject, decref, xdecref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import type { PyTuple } from "./tuple.js";

export class PyException extends PyObject {
  args: PyTuple;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppressContext: boolean;
  /** subclass-specific attributes (owned references) */
  extra: Map<string, PyValue> | null;

  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppressContext = false;
    this.extra = null;
  }

  getExtra(name: string): PyValue | undefined {
    return this.extra === null ? undefined : this.extra.get(name);
  }

  /** Sets a subclass attribute, taking a new reference to `v`. */
  setExtra(name: string, v: PyValue): void {
    if (this.extra === null) this.extra = new Map();
    if (typeof v === "object") v.rc++;
    const old = this.extra.get(name);
    this.extra.set(name, v);
    if (old !== undefined) decref(old);
  }

  override clearRefs(): void {
    super.clearRefs();
    decref(this.args);
    const tb = this.traceback, ctx = this.context, cause = this.cause;
    this.traceback = this.context = this.cause = null;
    xdecref(tb);
    xdecref(ctx);
    xdecref(cause);
    const extra = this.extra;
    this.extra = null;
    if (extra !== null) for (const v of extra.values()) decref(v);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    visit(this.args);
    if (this.traceback !== null) visit(this.traceback);
    if (this.context !== null) visit(this.context);
    if (this.cause !== null) visit(this.cause);
    if (this.extra !== null) for (const v of this.extra.values()) if (typeof v === "object") visit(v);
  }
}
