// The class statement (builtins.__build_class__, Python/bltinmodule.c): PEP 560 __mro_entries__,
// the metaclass calculation, __prepare__, running the class body in its namespace, calling the
// metaclass, and the __class__ cell that zero-argument super() reads.

import { decref, newref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyType } from "../runtime/type.js";
import { typeOf } from "../runtime/typeof.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyCell, PyFunction } from "../runtime/types/function.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { newTupleOwned } from "../runtime/values.js";
import { newException, typeError } from "../runtime/errors.js";
import { call } from "../runtime/ops/call.js";
import { getAttrOpt } from "../runtime/ops/attr.js";
import { setItem } from "../runtime/ops/seq.js";
import { repr } from "../runtime/ops/repr.js";
import { makeFunction } from "./functions.js";
import { newFrame, type CodeImpl, type Frame } from "./frame.js";
import { enterFrame, run, setupCells } from "./run.js";
import type { ClassInfo, FunctionInfo } from "./compile.js";
import { EMPTY_SLOT } from "./compile.js";
import { setupAnnotations } from "./call-helpers.js";

/** MRO-entries resolution (PEP 560): non-class bases may substitute others. */
function updateBases(bases: PyValue[]): PyValue[] {
  let changed = false;
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const meth = getAttrOpt(b, "__mro_entries__");
    if (meth === undefined) {
      out.push(b);
      continue;
    }
    const r = call(meth, [newTupleOwned(bases.map((x) => newref(x)))], null);
    decref(meth);
    if (!(r instanceof PyTuple)) {
      decref(r);
      typeError("__mro_entries__ must return a tuple");
    }
    for (const x of r.items) out.push(x);
    changed = true;
  }
  return changed ? out : bases;
}

/** _PyType_CalculateMetaclass */
export function calculateMetaclass(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** Runs a class body with `ns` as its namespace; returns the __class__ cell if the body has one. */
function runClassBody(fn: PyFunction, ns: PyValue, qualname: string): PyCell | null {
  const code = fn.code.impl as CodeImpl;
  const frame = newFrame(code, fn);
  fn.rc++;
  frame.func = fn;
  if (typeof ns === "object") ns.rc++;
  frame.localsDict = ns;
  setupCells(frame, fn, code);
  const moduleName = fn.globals.getStr("__name__");
  if (moduleName !== undefined) setItem(ns, "__module__", moduleName);
  setItem(ns, "__qualname__", qualname);
  if (code.hasAnnotations) setupAnnotations(ns);
  if (code.doc !== null) setItem(ns, "__doc__", code.doc);
  frame.rc++; // keep the frame (and its cells) until the class cell is read
  try {
    frame.sp = -1;
    frame.csp = 0;
    frame.ctrl[0] = code.body;
    enterFrame(frame, null);
    const r = run(frame, null);
    decref(r);
    const idx = code.cellvars.indexOf("__class__");
    if (idx < 0) return null;
    const cell = frame.cells[idx];
    cell.rc++;
    return cell;
  } finally {
    decref(frame);
  }
}

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds) */
export function buildClassCore(fn: PyFunction, name: string, origBases: PyValue[], kwnames: string[], kwvalues: PyValue[], qualname: string): PyValue {
  const bases = updateBases(origBases);
  let meta: PyValue;
  const kwn: string[] = [];
  const kwv: PyValue[] = [];
  let metaIdx = -1;
  kwnames.forEach((k, i) => {
    if (k === "metaclass") metaIdx = i;
    else {
      kwn.push(k);
      kwv.push(kwvalues[i]);
    }
  });
  if (metaIdx >= 0) meta = kwvalues[metaIdx];
  else meta = bases.length > 0 ? typeOf(bases[0]) : T.typeType;
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  const basesTuple = newTupleOwned(bases.map((b) => newref(b)));
  try {
    let ns: PyValue;
    const prepare = getAttrOpt(meta, "__prepare__");
    if (prepare !== undefined) {
      try {
        ns = call(prepare, [name, basesTuple, ...kwv], kwn.length > 0 ? kwn : null);
      } finally {
        decref(prepare);
      }
      if (!(ns instanceof PyDict) && typeOf(ns).lookup("__getitem__") === undefined) {
        const mname = meta instanceof PyType ? meta.name : "<metaclass>";
        const tname = typeOf(ns).name;
        decref(ns);
        typeError(`${mname}.__prepare__() must return a mapping, not ${tname}`);
      }
    } else {
      ns = new PyDict(T.dictType);
    }
    try {
      const cell = runClassBody(fn, ns, qualname);
      try {
        if (bases !== origBases) setItem(ns, "__orig_bases__", newTupleOwned(origBases.map((b) => newref(b))));
        if (cell !== null) setItem(ns, "__classcell__", cell);
        const cls = call(meta, [name, basesTuple, ns, ...kwv], kwn.length > 0 ? kwn : null);
        if (cell !== null && cls instanceof PyType && cell.ref !== cls) {
          if (cell.ref === undefined) {
            decref(cls);
            throw newException(T.runtimeErrorType, [`__class__ not set defining ${repr(name)} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`]);
          }
          const msg = `__class__ set to ${repr(cell.ref)} defining ${repr(name)} as ${repr(cls)}`;
          decref(cls);
          typeError(msg);
        }
        return cls;
      } finally {
        if (cell !== null) decref(cell);
      }
    } finally {
      decref(ns);
    }
  } finally {
    decref(basesTuple);
  }
}

/** The CLASS statement: body function, bases and keywords from the stack, decorators applied. */
export function buildClass(info: ClassInfo, f: Frame, values: PyValue[], decorators: PyValue[]): PyValue {
  const fnInfo: FunctionInfo = {
    code: info.code,
    hasDefaults: false,
    hasKwDefaults: false,
    hasAnnotations: false,
    ndecorators: 0,
    closure: info.closure,
    qualname: (info.code.impl as CodeImpl).qualname,
  };
  const fn = makeFunction(fnInfo, f, null, null, null);
  let bases: PyValue[];
  let kwnames: string[];
  let kwvalues: PyValue[];
  if (info.hasStarArgs) {
    bases = (values[0] as PyTuple).items;
    const kw = values[1];
    kwnames = [];
    kwvalues = [];
    if (kw !== (EMPTY_SLOT as unknown as PyValue) && kw instanceof PyDict) {
      for (let i = 0; i < kw.keys.length; i++) {
        const k = kw.keys[i];
        if (k === undefined) continue;
        kwnames.push(k as string);
        kwvalues.push(kw.values[i]!);
      }
    }
  } else {
    bases = values.slice(0, info.nbases);
    kwnames = info.kwnames;
    kwvalues = values.slice(info.nbases);
  }
  let cls: PyValue;
  try {
    cls = buildClassCore(fn, info.name, bases, kwnames, kwvalues, fnInfo.qualname);
  } finally {
    decref(fn);
  }
  try {
    for (let d = decorators.length - 1; d >= 0; d--) {
      const decorated = call(decorators[d], [cls], null);
      decref(cls);
      cls = decorated;
    }
  } catch (e) {
    decref(cls);
    throw e;
  }
  return cls;
}

