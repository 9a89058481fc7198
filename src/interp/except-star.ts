// except* (PEP 654): the state of a try statement's handlers while an exception group is being
// split between them, the split of each handler's match (CHECK_EG_MATCH), and how the leftover
// and re-raised parts combine at the end (_PyExc_PrepReraiseStar).

import { PyObject, decref, newref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyType } from "../runtime/type.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { PyException } from "../runtime/types/exception.js";
import { newListOwned, newTupleOwned } from "../runtime/values.js";
import { typeError } from "../runtime/errors.js";
import { call } from "../runtime/ops/call.js";
import { ts } from "./state.js";
import { groupExceptions, splitGroup } from "../runtime/types/exception-group.js";

/** Lives on the value stack while the except* handlers of one try statement run. */
export class StarState extends PyObject {
  /** the exception the try body raised */
  orig: PyException;
  /** what no handler has matched yet (a group, the naked original, or null) */
  rest: PyValue | null;
  /** the part the running handler matched */
  match: PyValue | null = null;
  /** exceptions the handlers raised */
  raised: PyException[] = [];
  /** parts re-raised by the handlers (bare raise) */
  reraised: PyValue[] = [];

  constructor(orig: PyException) {
    super(T.objectType);
    orig.rc++;
    this.orig = orig;
    orig.rc++;
    this.rest = orig;
  }

  override clearRefs(): void {
    const refs: PyValue[] = [this.orig, ...this.raised, ...this.reraised];
    if (this.rest !== null) refs.push(this.rest);
    if (this.match !== null) refs.push(this.match);
    this.rest = this.match = null;
    this.raised = [];
    this.reraised = [];
    for (const r of refs) decref(r);
  }
}

function isGroup(v: PyValue): v is PyException {
  return v instanceof PyException && v.type.isSubtypeOf(T.baseExceptionGroupType);
}

/** Validates an except* type (a class or tuple of classes, never an exception group). */
function checkStarType(t: PyValue): (e: PyException) => boolean {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtypeOf(T.baseExceptionType)) {
      typeError("catching classes that do not inherit from BaseException is not allowed");
    }
    if (x.isSubtypeOf(T.baseExceptionGroupType)) {
      typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }
  return (e) => types.some((x) => e.type.isSubtypeOf(x as PyType));
}

/**
 * CHECK_EG_MATCH: splits state.rest by the handler's type; returns the match (new reference) or
 * null. A naked exception is matched whole and wrapped in a new group (with no traceback).
 */
export function starMatch(state: StarState, type: PyValue): PyValue | null {
  const matches = checkStarType(type);
  const rest = state.rest;
  if (rest === null) return null;
  if (!isGroup(rest)) {
    if (!matches(rest as PyException)) return null;
    const members = newTupleOwned([newref(rest)]);
    try {
      const g = call(T.baseExceptionGroupType, ["", members], null);
      state.rest = null;
      decref(rest);
      return g;
    } finally {
      decref(members);
    }
  }
  const [m, r] = splitGroup(rest, matches, true);
  if (m === null) {
    if (r !== null) decref(r);
    return null;
  }
  state.rest = r;
  decref(rest);
  return m;
}

/**
 * A handler's turn: true when part of the group matched its type. The match becomes the
 * handler's exception, and sys.exc_info() shows it while the handler runs.
 */
export function starMatchHandler(state: StarState, type: PyValue): boolean {
  const m = starMatch(state, type);
  if (m === null) return false;
  state.match = m;
  const info = ts.excInfo;
  const old = info.value;
  (m as PyObject).rc++;
  info.value = m as PyObject;
  if (old !== null) decref(old);
  return true;
}

/** Takes the running handler's match back from the state (the handler is over). */
export function starHandlerDone(state: StarState): void {
  const m = state.match;
  state.match = null;
  if (m !== null) decref(m);
}

/**
 * Records the exception a handler ended with (the state takes the reference). Like CPython, an
 * exception carrying the original's traceback, cause and context is a re-raise of a part of it.
 */
export function starRecord(state: StarState, exc: PyException): void {
  const o = state.orig;
  if (exc.traceback === o.traceback && exc.cause === o.cause && exc.context === o.context) state.reraised.push(exc);
  else state.raised.push(exc);
}

function leaves(v: PyValue, out: Set<PyValue>): void {
  if (isGroup(v)) for (const e of groupExceptions(v)) leaves(e, out);
  else out.add(v);
}

/** _PyExc_PrepReraiseStar: what the try statement raises after its handlers (new reference), or null. */
export function starResult(state: StarState): PyException | null {
  const reraisedParts: PyValue[] = [...state.reraised];
  if (state.rest !== null) reraisedParts.push(state.rest);
  const raised = state.raised;
  if (raised.length === 0 && reraisedParts.length === 0) return null;
  const orig = state.orig;
  if (!isGroup(orig)) {
    // a naked exception was wrapped: only one handler ran, so there is one thing to raise
    return newref((raised[0] ?? reraisedParts[0]) as PyException);
  }
  let reraisedGroup: PyValue | null = null;
  if (reraisedParts.length > 0) {
    // the re-raised leaves keep the original's nesting (a projection of the original group)
    const keep = new Set<PyValue>();
    for (const p of reraisedParts) leaves(p, keep);
    reraisedGroup = splitGroup(orig, (e) => keep.has(e), false)[0];
  }
  if (raised.length === 0) return reraisedGroup as PyException | null;
  if (raised.length === 1 && reraisedGroup === null) return newref(raised[0]);
  const all: PyValue[] = raised.map((e) => newref(e));
  if (reraisedGroup !== null) all.push(reraisedGroup);
  const list = newListOwned(all);
  try {
    return call(T.baseExceptionGroupType, ["", list], null) as PyException;
  } finally {
    decref(list);
  }
}

export function isStarState(v: unknown): v is StarState {
  return v instanceof StarState;
}

