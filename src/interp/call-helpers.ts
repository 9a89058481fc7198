// Pieces of call and statement execution that the run loop delegates: ** merging, * expansion
// with CPython's messages, with-statement entry, annotations, yield-from into plain iterators.

import { decref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyType } from "../runtime/type.js";
import { typeOf } from "../runtime/typeof.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyException } from "../runtime/types/exception.js";
import { PyFunction, PyMethod } from "../runtime/types/function.js";
import { PyBuiltinFunction } from "../runtime/types/native.js";
import { newException, typeError, valueError } from "../runtime/errors.js";
import { call, callMethod } from "../runtime/ops/call.js";
import { getItem, setItem } from "../runtime/ops/seq.js";
import { getIter, iterNext, iterToArray } from "../runtime/ops/iter.js";
import { STOP } from "../runtime/types/iterator.js";
import { builtinFunction } from "../runtime/define.js";
import { lookupSpecial } from "../runtime/ops/attr.js";
import { repr } from "../runtime/ops/repr.js";
import { newDict } from "../runtime/values.js";
import { loadNameOpt } from "./names.js";
import type { Frame } from "./frame.js";
import type { Node } from "./nodes.js";
import { EMPTY_SLOT } from "./compile.js";
import { sendToIterator } from "./generators.js";

let unpackOne: PyBuiltinFunction | null = null;

/**
 * For `*args: *Ts` annotations (PEP 646): CPython's compiler_visit_argannotation evaluates `Ts` and
 * unpacks exactly one item (UNPACK_SEQUENCE 1); the compiler calls this function on the value.
 */
export function starAnnotationUnpacker(): PyBuiltinFunction {
  return (unpackOne ??= builtinFunction("<unpack>", (args) => {
    const v = args[0];
    let it: PyValue;
    try {
      it = getIter(v);
    } catch (e) {
      const t = typeOf(v);
      if (e instanceof PyException && e.type === T.typeErrorType && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
        decref(e);
        typeError(`cannot unpack non-iterable ${t.name} object`);
      }
      throw e;
    }
    try {
      const first = iterNext(it);
      if (first === STOP) valueError("not enough values to unpack (expected 1, got 0)");
      const second = iterNext(it);
      if (second !== STOP) {
        decref(second);
        decref(first);
        valueError("too many values to unpack (expected 1)");
      }
      return first;
    } finally {
      decref(it);
    }
  }));
}

/** _PyObject_FunctionStr: how call errors name the callee ("print()", "__main__.f()"). */
export function functionStr(f: PyValue): string {
  if (f instanceof PyMethod) return functionStr(f.func);
  if (f instanceof PyFunction) {
    const mod = f.module;
    const q = f.qualname;
    if (typeof mod === "string" && mod !== "builtins") return `${mod}.${q}()`;
    return `${q}()`;
  }
  if (f instanceof PyBuiltinFunction) return `${f.name}()`;
  if (f instanceof PyType) {
    if (f.module !== "builtins") return `${f.module}.${f.qualname}()`;
    return `${f.qualname}()`;
  }
  return `${typeOf(f).name} object`;
}

/** The callee of the call being built, seen from the argument-building stage (stack layout in run.ts). */
export function calleeName(f: Frame, e: Node): string {
  void e;
  const stack = f.stack;
  // Search down for the call slots: [slot0, slot1, ...]
  for (let i = f.sp; i >= 1; i--) {
    if (stack[i - 1] === EMPTY_SLOT) return functionStr(stack[i]) + " ";
  }
  return "";
}

/** Expands `*v` (new references), naming the callee when `v` is not iterable in a call. */
export function iterToArrayChecked(v: PyValue, callee: string | null): PyValue[] {
  const t = typeOf(v);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    if (callee !== null) typeError(`${callee} argument after * must be an iterable, not ${t.name}`);
    typeError(`Value after * must be an iterable, not ${t.name}`);
  }
  return iterToArray(v);
}

/** dict update from `**m` in a call (kwMode: duplicate keys are errors) or a display. */
export function mergeMapping(d: PyDict, m: PyValue, kwMode: boolean, f: Frame): void {
  if (m instanceof PyDict) {
    // into an empty dict the keys are known distinct: CPython's dict_merge clones the table
    // (no __hash__ or __eq__ runs), else it inserts with the hashes m keeps
    const fresh = d.size === 0;
    for (let i = 0; i < m.keys.length; i++) {
      const k = m.keys[i];
      if (k === undefined) continue;
      if (kwMode) {
        if (typeof k !== "string") typeError("keywords must be strings");
        if (d.getStr(k) !== undefined) {
          typeError(`${calleeName(f, null as unknown as Node)}got multiple values for keyword argument '${k}'`);
        }
      }
      if (fresh) d.appendAbsent(k, m.values[i]!, m.entryHash(i));
      else d.setKnownHash(k, m.values[i]!, m.entryHash(i));
    }
    return;
  }
  const keysMethod = typeOf(m).lookup("keys");
  if (keysMethod === undefined) {
    if (kwMode) typeError(`${calleeName(f, null as unknown as Node).trim()} argument after ** must be a mapping, not ${typeOf(m).name}`);
    typeError(`'${typeOf(m).name}' object is not a mapping`);
  }
  const keys = callMethod(m, "keys", []);
  try {
    for (const k of iterToArray(keys)) {
      try {
        if (kwMode) {
          if (typeof k !== "string") typeError("keywords must be strings");
          if (d.getStr(k) !== undefined) typeError(`${calleeName(f, null as unknown as Node)}got multiple values for keyword argument '${k}'`);
        }
        const v = getItem(m, k);
        d.set(k, v);
        decref(v);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(keys);
  }
}

/** Calls with the frame recorded as current (for callees that look at their caller). */
export function callWithFrame(callable: PyValue, args: PyValue[], kwnames: string[] | null): PyValue {
  return call(callable, args, kwnames);
}

/** `yield from` into a plain iterator: next() or send(). */
export function sendNative(it: PyValue, value: PyValue): { done: boolean; value: PyValue } {
  return sendToIterator(it, value);
}

/** with-statement entry: [__exit__ bound, __enter__()] (new references). */
export function withEnter(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  if (t.lookup("__enter__") === undefined) {
    typeError(`'${t.name}' object does not support the context manager protocol`);
  }
  if (t.lookup("__exit__") === undefined) {
    typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const enter = lookupSpecial(mgr, "__enter__")!;
  const exit = lookupSpecial(mgr, "__exit__")!;
  let entered: PyValue;
  try {
    entered = call(enter, [], null);
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enter);
  }
  return [exit, entered];
}

/** `name: annotation` at module/class level: __annotations__[name] = value. */
export function storeAnnotation(f: Frame, name: string, value: PyValue): void {
  let ann = loadNameOpt(f, "__annotations__");
  if (ann === undefined) {
    throw newException(T.nameErrorType, ["__annotations__ not found"]);
  }
  try {
    setItem(ann, name, value);
  } finally {
    decref(ann);
    ann = undefined;
  }
}

/**
 * SETUP_ANNOTATIONS: a body with annotations starts by giving its namespace an empty
 * __annotations__ dict, unless the namespace (say, from a metaclass's __prepare__) has one. A
 * namespace other than an exact dict is asked with ns["__annotations__"] (KeyError: absent).
 */
export function setupAnnotations(ns: PyValue): void {
  if (ns instanceof PyDict && ns.type === T.dictType) {
    if (ns.getStr("__annotations__") !== undefined) return;
  } else {
    try {
      decref(getItem(ns, "__annotations__"));
      return;
    } catch (e) {
      if (!(e instanceof PyException && e.type.isSubtypeOf(T.keyErrorType))) throw e;
      decref(e);
    }
  }
  const ann = new PyDict(T.dictType);
  try {
    setItem(ns, "__annotations__", ann);
  } finally {
    decref(ann);
  }
}

export function isException(v: unknown): v is PyException {
  return v instanceof PyException;
}

export { getIter, newDict };

/** repr() for the compiler's messages about constants (kept here: compile.ts must not import ops/repr). */
export function constRepr(v: PyValue): string {
  return repr(v);
}
