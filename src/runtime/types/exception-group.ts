// BaseExceptionGroup and ExceptionGroup (PEP 654; Objects/exceptions.c): construction rules,
// message/exceptions, split/subgroup/derive with the metadata copying CPython does.

import { decref, newref, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newListOwned } from "../values.js";
import { newException, typeError, valueError } from "../errors.js";
import { defGetSet, defMethod, defNew } from "../define.js";
import { PyException } from "./exception.js";
import { PyTuple } from "./tuple.js";
import { iterToArray } from "../ops/iter.js";
import { call, callMethod } from "../ops/call.js";
import { isTrue } from "../ops/compare.js";
import { getAttrOpt, setAttr } from "../ops/attr.js";
import { defClassGetItem } from "./iter-types.js";
import { hooks } from "../hooks.js";

function group(self: PyValue): PyException {
  if (!(self instanceof PyException) || !self.type.isSubtypeOf(T.baseExceptionGroupType)) {
    typeError(`descriptor requires a 'BaseExceptionGroup' object but received a '${typeOf(self).name}'`);
  }
  return self;
}

export function groupExceptions(g: PyException): PyValue[] {
  const t = g.getExtra("exceptions");
  return t instanceof PyTuple ? t.items : [];
}

function groupMessage(g: PyException): PyValue {
  return g.getExtra("message") ?? "";
}

/** BaseExceptionGroup.__new__'s checks and its choice of ExceptionGroup for all-Exception members. */
function newGroup(cls: PyType, args: PyValue[]): PyException {
  if (args.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  if (typeof message !== "string") typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  const et = typeOf(excs);
  if (et.lookup("__getitem__") === undefined || et.lookup("__len__") === undefined || et.isSubtypeOf(T.dictType) || et.isSubtypeOf(T.setType)) {
    typeError("second argument (exceptions) must be a sequence");
  }
  const items = iterToArray(excs);
  if (items.length === 0) {
    valueError("second argument (exceptions) must be a non-empty sequence");
  }
  let allExceptions = true;
  items.forEach((e, i) => {
    if (!(e instanceof PyException)) {
      for (const x of items) decref(x);
      valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    }
    if (!e.type.isSubtypeOf(T.exceptionType)) allExceptions = false;
  });
  let type = cls;
  if (cls === T.baseExceptionGroupType) {
    if (allExceptions) type = T.exceptionGroupType;
  } else if (cls === T.exceptionGroupType) {
    if (!allExceptions) {
      for (const x of items) decref(x);
      typeError("Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (!allExceptions && cls.isSubtypeOf(T.exceptionType)) {
    for (const x of items) decref(x);
    typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  type.rc++;
  // args keep the sequence as given: repr() shows a list or a tuple accordingly
  const g = new PyException(type, newTupleOwned([message, newref(excs)]));
  g.setExtra("message", message);
  const tuple = newTupleOwned(items);
  g.setExtra("exceptions", tuple);
  decref(tuple);
  return g;
}

type Matcher = (e: PyException) => boolean;

function conditionMatcher(cond: PyValue): Matcher {
  if (cond instanceof PyType && cond.isSubtypeOf(T.baseExceptionType)) return (e) => e.type.isSubtypeOf(cond);
  if (cond instanceof PyTuple && cond.items.every((t) => t instanceof PyType && t.isSubtypeOf(T.baseExceptionType))) {
    return (e) => cond.items.some((t) => e.type.isSubtypeOf(t as PyType));
  }
  if (typeOf(cond).lookup("__call__") !== undefined && !(cond instanceof PyType)) {
    return (e) => {
      const r = call(cond, [e], null);
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    };
  }
  return typeError("expected a function, exception type or tuple of exception types");
}

/** A group with `excs` made by derive(), carrying the original's traceback, context, cause and notes. */
function subset(g: PyException, excs: PyValue[]): PyValue {
  const list = newListOwned(excs.map((x) => newref(x)));
  let derived: PyValue;
  try {
    derived = callMethod(g, "derive", [list]);
  } finally {
    decref(list);
  }
  if (!(derived instanceof PyException) || !derived.type.isSubtypeOf(T.baseExceptionGroupType)) {
    decref(derived);
    typeError("derive must return an instance of BaseExceptionGroup");
  }
  const d = derived;
  const old = [d.traceback, d.context, d.cause];
  d.traceback = g.traceback === null ? null : newref(g.traceback);
  d.context = g.context === null ? null : newref(g.context);
  d.cause = g.cause === null ? null : newref(g.cause);
  for (const o of old) if (o !== null) decref(o);
  d.suppressContext = g.suppressContext;
  const notes = getAttrOpt(g, "__notes__");
  if (notes !== undefined) {
    // each part gets its own notes list; notes that are no sequence are not passed on
    // (exceptiongroup_subset)
    try {
      const isSequence = typeOf(notes).lookup("__getitem__") !== undefined && !typeOf(notes).isSubtypeOf(T.dictType);
      if (isSequence) {
        const copy = newListOwned(iterToArray(notes));
        setAttr(d, "__notes__", copy);
        decref(copy);
      }
    } finally {
      decref(notes);
    }
  }
  return derived;
}

/** split(condition) -> [match, rest], each a group or null. */
export function splitGroup(g: PyException, match: Matcher, wantRest: boolean): [PyValue | null, PyValue | null] {
  if (match(g)) return [newref(g), null];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  try {
    for (const e of groupExceptions(g)) {
      const ex = e as PyException;
      // exceptiongroup_split_recursive handles each member one Py_EnterRecursiveCall deeper
      hooks.enterRecursiveCall(" in exceptiongroup_split_recursive");
      try {
        if (ex.type.isSubtypeOf(T.baseExceptionGroupType)) {
          const [m, r] = splitGroup(ex, match, wantRest);
          if (m !== null) matched.push(m);
          if (r !== null) rest.push(r);
        } else if (match(ex)) {
          matched.push(newref(ex));
        } else if (wantRest) {
          rest.push(newref(ex));
        }
      } finally {
        hooks.leaveRecursiveCall();
      }
    }
    const m = matched.length > 0 ? subset(g, matched) : null;
    const r = wantRest && rest.length > 0 ? subset(g, rest) : null;
    return [m, r];
  } finally {
    for (const x of matched) decref(x);
    for (const x of rest) decref(x);
  }
}

export function initExceptionGroupTypes(): void {
  for (const G of [T.baseExceptionGroupType, T.exceptionGroupType]) {
    defNew(G, (cls, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) typeError(`${cls.name}() takes no keyword arguments`);
      return newGroup(cls, args);
    });
  }
  const B = T.baseExceptionGroupType;
  B.ns.set("__doc__", "A combination of multiple unrelated exceptions.");
  defMethod(B, "__init__", () => None);
  defMethod(B, "__str__", (self) => {
    const g = group(self);
    const n = groupExceptions(g).length;
    return `${String(groupMessage(g))} (${n} sub-exception${n === 1 ? "" : "s"})`;
  });
  defGetSet(B, "message", (self) => newref(groupMessage(group(self))));
  defGetSet(B, "exceptions", (self) => newref(group(self).getExtra("exceptions") ?? None));
  defMethod(B, "derive", (self, args) => {
    const g = group(self);
    return call(T.baseExceptionGroupType, [groupMessage(g), args[0]], null);
  });
  defMethod(B, "split", (self, args) => {
    const [m, r] = splitGroup(group(self), conditionMatcher(args[0]), true);
    return newTupleOwned([m ?? None, r ?? None]);
  });
  defMethod(B, "subgroup", (self, args) => {
    const [m] = splitGroup(group(self), conditionMatcher(args[0]), false);
    return m ?? None;
  });
  defClassGetItem(B); // ExceptionGroup[E] is a types.GenericAlias
  void newException;
}
