// The builtins module: builtin types and the builtin functions that need no interpreter state
// (Python/bltinmodule.c). The interpreter adds the rest (exec, eval, compile, globals, locals,
// vars(), __import__, __build_class__, super) in src/interp/builtins-interp.ts.

import { decref, newref, type PyValue } from "../object.js";
import { PyType, Layout, TPFLAG_HAS_DICT } from "../type.js";
import { immortal } from "../object.js";
import { PyInstance } from "../types/instance.js";
import { PyDict } from "../types/dict.js";
import { defMethod } from "../define.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { Ellipsis, None, NotImplemented, newListOwned, newTupleOwned } from "../values.js";
import { newException, typeError, valueError, overflowError } from "../errors.js";
import { builtinFunction, checkArgCount, parseArgs } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyTuple } from "../types/tuple.js";
import { PyList } from "../types/list.js";
import { PyException } from "../types/exception.js";
import { PyIntSubclass, PyStrSubclass } from "../types/boxed.js";
import { PyNativeIterator, STOP } from "../types/iterator.js";
import { hooks } from "../hooks.js";
import { callSpecialFound } from "../ops/special.js";
import { getAttr, getAttrOpt, setAttr, hasAttr, callSpecial, lookupSpecial } from "../ops/attr.js";
import { call, callMethod } from "../ops/call.js";
import { getIter, iterNext, iterToArray, isIterator, resumableTypes } from "../ops/iter.js";
import { lenBuiltin } from "../ops/seq.js";
import { repr as reprOp, str as strOp, format as formatOp } from "../ops/repr.js";
import { ascii as asciiOp } from "../ops/ascii.js";
import { hash as hashOp, idOf, hashStr, hashInt } from "../ops/hash.js";
import { absolute, binaryOp, ternaryPow, Op } from "../ops/number.js";
import { isTrue, richCompare, Cmp } from "../ops/compare.js";
import { dirOf } from "../ops/dir.js";
import { builtinExceptionTypes } from "../typeobjects.js";
import { toDecimalString } from "../ops/intmath.js";
import { newCallableIterator } from "../types/iter-types.js";
import { indexResult } from "../ops/index.js";

/** Converts an int-like value (int, bool, __index__) to a JS number or bigint. */
export function indexValue(v: PyValue, what?: string): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyIntSubclass) return v.value;
  const r = callSpecial(v, "__index__", []);
  if (r === undefined) typeError(what ?? `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return indexResult(r);
}

/** isinstance(obj, cls) with __instancecheck__ and tuples (PyObject_IsInstance). */
export function isInstance(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && typeOf(obj) === cls) return true;
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(obj, c)) return true;
    return false;
  }
  if (cls instanceof PyType && cls.type === T.typeType) {
    if (typeOf(obj).isSubtypeOf(cls)) return true;
    const c = getAttrOpt(obj, "__class__");
    if (c === undefined) return false;
    try {
      return c instanceof PyType && c !== typeOf(obj) && c.isSubtypeOf(cls);
    } finally {
      decref(c);
    }
  }
  const checker = typeOf(cls).lookup("__instancecheck__");
  if (checker !== undefined && !(cls instanceof PyType && typeOf(cls) === T.typeType)) {
    const r = callSpecial(cls, "__instancecheck__", [obj])!;
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  }
  if (cls instanceof PyType) return typeOf(obj).isSubtypeOf(cls);
  if (typeOf(cls) === T.unionType) return isInstanceUnion(obj, cls);
  // object_isinstance for a class-like object (check_class: one with a __bases__ tuple): is
  // obj.__class__ reachable from it through __bases__?
  if (!hasAbstractBases(cls)) typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  const icls = getAttrOpt(obj, "__class__");
  if (icls === undefined) return false;
  try {
    return abstractIsSubclass(icls, cls);
  } finally {
    decref(icls);
  }
}

function isInstanceUnion(obj: PyValue, u: PyValue): boolean {
  const args = getAttr(u, "__args__");
  try {
    return isInstance(obj, args);
  } finally {
    decref(args);
  }
}

/** abstract_get_bases: the object's __bases__ if it is a tuple (a new reference), else null. */
function abstractBases(o: PyValue): PyTuple | null {
  const b = getAttrOpt(o, "__bases__");
  if (b === undefined) return null;
  if (b instanceof PyTuple) return b;
  decref(b);
  return null;
}

function hasAbstractBases(o: PyValue): boolean {
  const b = abstractBases(o);
  if (b === null) return false;
  decref(b);
  return true;
}

/** abstract_issubclass: is `cls` reachable from `derived` through __bases__ (by identity)? */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (derived === cls) return true;
  const bases = abstractBases(derived);
  if (bases === null) return false;
  try {
    for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
    return false;
  } finally {
    decref(bases);
  }
}

/** issubclass(sub, cls) (PyObject_IsSubclass). */
export function isSubclass(sub: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(sub, c)) return true;
    return false;
  }
  if (!(cls instanceof PyType && cls.type === T.typeType)) {
    const checker = typeOf(cls).lookup("__subclasscheck__");
    if (checker !== undefined) {
      const r = callSpecial(cls, "__subclasscheck__", [sub])!;
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    }
  }
  if (cls instanceof PyType && sub instanceof PyType) return sub.isSubtypeOf(cls);
  // recursive_issubclass: class-like objects are those with a __bases__ tuple (check_class)
  if (!(sub instanceof PyType) && !hasAbstractBases(sub)) typeError("issubclass() arg 1 must be a class");
  if (cls instanceof PyType || (typeOf(cls) !== T.unionType && hasAbstractBases(cls))) return abstractIsSubclass(sub, cls);
  if (typeOf(cls) === T.unionType) {
    const args = getAttr(cls, "__args__");
    try {
      return isSubclass(sub, args);
    } finally {
      decref(args);
    }
  }
  return typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

function minmax(name: "min" | "max", args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  kwnames?.forEach((k, i) => {
    const v = args[pos.length + i];
    if (k === "key") key = v;
    else if (k === "default") dflt = v;
    else typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  });
  if (pos.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
  if (pos.length > 1 && dflt !== undefined) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  // min_max: one pass, the key called as each item arrives, only the best item kept
  const op = name === "min" ? Cmp.Lt : Cmp.Gt;
  const it = pos.length === 1 ? getIter(pos[0]) : null;
  let idx = 0;
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  const hasKey = key !== None;
  try {
    for (;;) {
      const item = it !== null ? iterNext(it) : idx < pos.length ? newref(pos[idx++]) : STOP;
      if (item === STOP) break;
      let k: PyValue;
      try {
        k = hasKey ? call(key, [item], null) : item;
      } catch (e) {
        decref(item);
        throw e;
      }
      if (best === undefined) {
        best = item;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        const r = richCompare(k, bestKey!, op);
        try {
          better = isTrue(r);
        } finally {
          decref(r);
        }
      } catch (e) {
        decref(item);
        if (hasKey) decref(k);
        throw e;
      }
      if (better) {
        const oldItem = best;
        const oldKey = bestKey!;
        best = item;
        bestKey = k;
        if (hasKey) decref(oldKey);
        decref(oldItem);
      } else {
        decref(item);
        if (hasKey) decref(k);
      }
    }
  } catch (e) {
    if (best !== undefined) {
      if (hasKey) decref(bestKey!);
      decref(best);
    }
    throw e;
  } finally {
    if (it !== null) decref(it);
  }
  if (best === undefined) {
    if (dflt !== undefined) return newref(dflt);
    valueError(`${name}() arg is an empty sequence`);
  }
  if (hasKey) decref(bestKey!);
  return best;
}

/** The hook that writes to sys.stdout (installed by the sys module). */
export const printHooks = {
  getStdout: (): PyValue => None,
  getStdin: (): PyValue => None,
};

function print(args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw;
  let sep: PyValue = None;
  let end: PyValue = None;
  let file: PyValue = None;
  let flush: PyValue = false;
  kwnames?.forEach((k, i) => {
    const v = args[n + i];
    if (k === "sep") sep = v;
    else if (k === "end") end = v;
    else if (k === "file") file = v;
    else if (k === "flush") flush = v;
    else typeError(`'${k}' is an invalid keyword argument for print()`);
  });
  if (sep !== None && typeof sep !== "string") typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== None && typeof end !== "string") typeError(`end must be None or a string, not ${typeOf(end).name}`);
  if (file === None) {
    file = printHooks.getStdout();
    if (file === None) return None;
  }
  const sepText = sep === None ? " " : (sep as unknown as string);
  const endText = end === None ? "\n" : (end as unknown as string);
  const write = getAttr(file, "write");
  try {
    for (let i = 0; i < n; i++) {
      if (i > 0) decref(call(write, [sepText], null));
      decref(call(write, [strOp(args[i])], null));
    }
    decref(call(write, [endText], null));
  } finally {
    decref(write);
  }
  if (isTrue(flush)) decref(callMethod(file, "flush", []));
  return None;
}

function sorted(args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw !== 1) typeError(`sorted expected 1 argument, got ${args.length - nkw}`);
  const list = newListOwned(iterToArray(args[0]));
  try {
    const sort = getAttr(list, "sort");
    try {
      decref(call(sort, args.slice(1), kwnames));
    } finally {
      decref(sort);
    }
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

function sum(args: PyValue[], kwnames: string[] | null): PyValue {
  const [iterable, startArg] = parseArgs("sum", args, kwnames, ["iterable", "/", "start="]);
  const start = startArg ?? 0;
  if (typeof start === "string") typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (typeOf(start).isSubtypeOf(T.bytesType)) typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeOf(start).isSubtypeOf(T.bytearrayType)) typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(iterable);
  let acc: PyValue = newref(start);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) break;
      const r = binaryOp(acc, v, Op.Add);
      decref(acc);
      decref(v);
      acc = r;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  return acc;
}

function allAny(name: "all" | "any", want: boolean) {
  return builtinFunction(name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1, 1);
    const it = getIter(args[0]);
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === STOP) return !want;
        const t = isTrue(v);
        decref(v);
        if (t === want) return want;
      }
    } finally {
      decref(it);
    }
  });
}

function intToBase(v: PyValue, base: 2 | 8 | 16, prefix: string): string {
  const n = indexValue(v);
  const neg = typeof n === "number" ? n < 0 : n < 0n;
  const abs = typeof n === "number" ? Math.abs(n) : neg ? -n : n;
  return (neg ? "-" : "") + prefix + abs.toString(base);
}

function next(args: PyValue[], kwnames: string[] | null): PyValue {
  checkArgCount("next", args, kwnames, 1, 2);
  const it = args[0];
  if (!isIterator(it)) typeError(`'${typeOf(it).name}' object is not an iterator`);
  if (args.length === 1 && !(it instanceof PyNativeIterator)) {
    // builtin_next without a default: the iterator's own StopIteration (and a generator's return
    // value, gen_iternext's _PyGen_SetStopIterationValue) reaches the caller unchanged.
    const t = typeOf(it);
    if (resumableTypes.has(t)) {
      const r = hooks.resume(it as never, None, null);
      if (!r.done) return r.value;
      const e = newException(T.stopIterationType, r.value === None ? [] : [r.value]);
      if (r.value !== None) e.setExtra("value", r.value);
      decref(r.value);
      throw e;
    }
    return callSpecialFound(t.lookup("__next__")!, it);
  }
  const v = iterNext(it);
  if (v === STOP) {
    if (args.length > 1) return newref(args[1]);
    const e = newException(T.stopIterationType, []);
    throw e;
  }
  return v;
}

function chr(args: PyValue[], kwnames: string[] | null): PyValue {
  checkArgCount("chr", args, kwnames, 1, 1);
  const a = args[0];
  if (typeof a !== "number" && typeof a !== "bigint" && typeof a !== "boolean" && !(a instanceof PyIntSubclass)) {
    if (typeOf(a).lookup("__index__") === undefined) typeError(`'${typeOf(a).name}' object cannot be interpreted as an integer`);
  }
  const n = indexValue(a);
  if (typeof n === "bigint" || n < 0 || n > 0x10ffff) {
    if (typeof n === "bigint") overflowError("Python int too large to convert to C int");
    valueError("chr() arg not in range(0x110000)");
  }
  return String.fromCodePoint(n as number);
}

function ord(args: PyValue[], kwnames: string[] | null): PyValue {
  checkArgCount("ord", args, kwnames, 1, 1);
  const c = args[0];
  let s: string | null = typeof c === "string" ? c : null;
  if (s === null && typeOf(c).isSubtypeOf(T.strType)) s = (c as unknown as { value: string }).value;
  if (s !== null) {
    const cp = s.codePointAt(0);
    const n = s.length === 0 ? 0 : cp! > 0xffff && s.length === 2 ? 1 : s.length;
    if (n !== 1) typeError(`ord() expected a character, but string of length ${n} found`);
    return cp!;
  }
  const t = typeOf(c);
  if (t.isSubtypeOf(T.bytesType) || t.isSubtypeOf(T.bytearrayType)) {
    const b = (c as unknown as { bytes: Uint8Array; length?: number });
    const size = b.length ?? b.bytes.length;
    if (size !== 1) typeError(`ord() expected a character, but string of length ${size} found`);
    return b.bytes[0];
  }
  return typeError(`ord() expected string of length 1, but ${t.name} found`);
}

/** PyObject_GetAttr's name check: a str (or str subclass) */
function attrName(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSubclass) return v.value;
  return typeError(`attribute name must be string, not '${typeOf(v).name}'`);
}

function getattrFn(args: PyValue[], kwnames: string[] | null): PyValue {
  checkArgCount("getattr", args, kwnames, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 3) {
    const v = getAttrOpt(args[0], name);
    return v === undefined ? newref(args[2]) : v;
  }
  return getAttr(args[0], name);
}

function round(args: PyValue[], kwnames: string[] | null): PyValue {
  const [number, ndigits] = parseArgs("round", args, kwnames, ["number", "ndigits="]);
  const f = typeOf(number).lookup("__round__");
  if (f === undefined) typeError(`type ${typeOf(number).name} doesn't define __round__ method`);
  return ndigits === undefined || ndigits === None ? callSpecial(number, "__round__", [])! : callSpecial(number, "__round__", [ndigits])!;
}

function divmod(args: PyValue[], kwnames: string[] | null): PyValue {
  checkArgCount("divmod", args, kwnames, 2, 2);
  const [a, b] = args;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const f = ta.lookup("__divmod__");
  if (f !== undefined) {
    const r = callSpecial(a, "__divmod__", [b])!;
    if (r !== NotImplemented) return r;
  }
  if (ta !== tb && tb.lookup("__rdivmod__") !== undefined) {
    const r = callSpecial(b, "__rdivmod__", [a])!;
    if (r !== NotImplemented) return r;
  }
  return typeError(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
}

function pow(args: PyValue[], kwnames: string[] | null): PyValue {
  const [base, exp, mod] = parseArgs("pow", args, kwnames, ["base", "exp", "mod="]);
  if (mod === undefined || mod === None) return binaryOp(base, exp, Op.Pow);
  return ternaryPow(base, exp, mod);
}

function iterFn(args: PyValue[], kwnames: string[] | null): PyValue {
  checkArgCount("iter", args, kwnames, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  const f = args[0];
  if (typeOf(f).lookup("__call__") === undefined) typeError("iter(v, w): v must be callable");
  return newCallableIterator(f, args[1]);
}

function hexOctBin(name: string, base: 2 | 8 | 16, prefix: string) {
  return builtinFunction(name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1, 1);
    return intToBase(args[0], base, prefix);
  });
}

function callable(args: PyValue[], kwnames: string[] | null): PyValue {
  checkArgCount("callable", args, kwnames, 1, 1);
  return typeOf(args[0]).lookup("__call__") !== undefined;
}

export function createBuiltinsModule(): PyModule {
  const m = new PyModule("builtins", "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
  const d = m.dict;
  const types: [string, PyType][] = [
    ["object", T.objectType], ["type", T.typeType], ["int", T.intType], ["bool", T.boolType], ["float", T.floatType],
    ["complex", T.complexType], ["str", T.strType], ["bytes", T.bytesType], ["bytearray", T.bytearrayType],
    ["tuple", T.tupleType], ["list", T.listType], ["dict", T.dictType], ["set", T.setType], ["frozenset", T.frozensetType],
    ["range", T.rangeType], ["slice", T.sliceType], ["enumerate", T.enumerateType], ["zip", T.zipType], ["map", T.mapType],
    ["filter", T.filterType], ["reversed", T.reversedType], ["property", T.propertyType], ["classmethod", T.classmethodType],
    ["staticmethod", T.staticmethodType], ["super", T.superType], ["memoryview", T.memoryviewType],
  ];
  for (const [name, t] of types) d.set(name, t);
  for (const e of builtinExceptionTypes) d.set(e.name, e);
  d.set("EnvironmentError", T.osErrorType);
  d.set("IOError", T.osErrorType);
  d.set("None", None);
  d.set("Ellipsis", Ellipsis);
  d.set("NotImplemented", NotImplemented);
  d.set("True", true);
  d.set("False", false);
  d.set("__debug__", true);

  const fns: [string, (args: PyValue[], kwnames: string[] | null) => PyValue][] = [
    ["print", print],
    ["len", (args, kw) => {
      checkArgCount("len", args, kw, 1, 1);
      return lenBuiltin(args[0]);
    }],
    ["repr", (args, kw) => {
      checkArgCount("repr", args, kw, 1, 1);
      return reprOp(args[0]);
    }],
    ["ascii", (args, kw) => {
      checkArgCount("ascii", args, kw, 1, 1);
      return asciiOp(args[0]);
    }],
    ["abs", (args, kw) => {
      checkArgCount("abs", args, kw, 1, 1);
      return absolute(args[0]);
    }],
    ["callable", callable],
    ["chr", chr],
    ["ord", ord],
    ["getattr", getattrFn],
    ["setattr", (args, kw) => {
      checkArgCount("setattr", args, kw, 3, 3);
      setAttr(args[0], attrName(args[1]), args[2]);
      return None;
    }],
    ["delattr", (args, kw) => {
      checkArgCount("delattr", args, kw, 2, 2);
      setAttr(args[0], attrName(args[1]), undefined);
      return None;
    }],
    ["hasattr", (args, kw) => {
      checkArgCount("hasattr", args, kw, 2, 2);
      return hasAttr(args[0], attrName(args[1]));
    }],
    ["hash", (args, kw) => {
      checkArgCount("hash", args, kw, 1, 1);
      return hashOp(args[0]);
    }],
    ["id", (args, kw) => {
      checkArgCount("id", args, kw, 1, 1);
      const o = args[0];
      if (typeof o === "object") return idOf(o);
      if (typeof o === "boolean") return o ? 0x7f3a0000a0c0 : 0x7f3a0000a0a0;
      // str and big int values are not heap objects here and equal values are identical (`is`):
      // their id derives from the value, so distinct values (almost always) get distinct ids
      if (typeof o === "string") return 0x7f3c00000000 + (hashStr(o) >>> 0) * 16;
      if (typeof o === "bigint") return 0x7f3c00000000 + Number(BigInt.asUintN(32, BigInt(hashInt(o)))) * 16;
      return 0x7f3b00000000 + (typeof o === "number" ? (o & 0xffff) * 32 : 16);
    }],
    ["isinstance", (args, kw) => {
      checkArgCount("isinstance", args, kw, 2, 2);
      return isInstance(args[0], args[1]);
    }],
    ["issubclass", (args, kw) => {
      checkArgCount("issubclass", args, kw, 2, 2);
      return isSubclass(args[0], args[1]);
    }],
    ["iter", iterFn],
    ["next", next],
    ["min", (args, kw) => minmax("min", args, kw)],
    ["max", (args, kw) => minmax("max", args, kw)],
    ["sum", sum],
    ["sorted", sorted],
    ["round", round],
    ["divmod", divmod],
    ["pow", pow],
    ["format", (args, kw) => {
      const [value, spec] = parseArgs("format", args, kw, ["value", "format_spec=", "/"]);
      if (spec !== undefined && typeof spec !== "string") typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
      return formatOp(value!, (spec as string | undefined) ?? "");
    }],
    ["dir", (args, kw) => {
      checkArgCount("dir", args, kw, 0, 1);
      if (args.length === 0) return dirNoArgs();
      return newListOwned(dirOf(args[0]));
    }],
  ];
  for (const [name, fn] of fns) d.set(name, builtinFunction(name, fn));
  d.set("all", allAny("all", false));
  d.set("any", allAny("any", true));
  d.set("hex", hexOctBin("hex", 16, "0x"));
  d.set("oct", hexOctBin("oct", 8, "0o"));
  d.set("bin", hexOctBin("bin", 2, "0b"));
  // site.setcopyright() and site.sethelper(): _sitebuiltins._Printer and _Helper instances
  const printers: [string, string][] = [
    ["copyright", "Copyright (c) the pyframe authors.\nPython is Copyright (c) Python Software Foundation."],
    ["credits", "pyframe implements the Python language as CPython 3.11 defines it; thanks to the CPython developers."],
    ["license", "pyframe is distributed under the MIT license. See https://www.python.org/psf/license/ for Python's license."],
  ];
  for (const [name, text] of printers) {
    const p = new PyInstance(printerType());
    p.dict = new PyDict(T.dictType);
    p.dict.set("_name", name);
    p.dict.set("_text", text);
    d.set(name, p);
    decref(p);
  }
  const helper = new PyInstance(helperType());
  d.set("help", helper);
  decref(helper);
  // site.setquit(): exit and quit, _sitebuiltins.Quitter instances
  for (const name of ["exit", "quit"]) {
    const q = new PyInstance(quitterType());
    q.dict = new PyDict(T.dictType);
    q.dict.set("name", name);
    q.dict.set("eof", "Ctrl-D (i.e. EOF)");
    d.set(name, q);
    decref(q);
  }
  return m;
}

let printer: PyType | null = null;
function printerType(): PyType {
  if (printer !== null) return printer;
  const t = immortal(new PyType(T.typeType, "_Printer", [T.objectType], Layout.Other, TPFLAG_HAS_DICT));
  t.mro = [t, T.objectType];
  t.module = "_sitebuiltins";
  t.qualname = "_Printer";
  const text = (self: PyValue) => strOp(((self as PyInstance).dict?.getStr("_text") ?? "") as PyValue);
  defMethod(t, "__repr__", (self) => text(self));
  defMethod(t, "__call__", (self) => {
    const out = printHooks.getStdout();
    if (out !== None) decref(callMethod(out, "write", [text(self) + "\n"]));
    return None;
  });
  printer = t;
  return t;
}

let helperT: PyType | null = null;
function helperType(): PyType {
  if (helperT !== null) return helperT;
  const t = immortal(new PyType(T.typeType, "_Helper", [T.objectType], Layout.Other, TPFLAG_HAS_DICT));
  t.mro = [t, T.objectType];
  t.module = "_sitebuiltins";
  t.qualname = "_Helper";
  defMethod(t, "__repr__", () => "Type help() for interactive help, or help(object) for help about object.");
  defMethod(t, "__call__", (_self, args) => {
    // pydoc is not available: the object's docstring stands in for its help page
    const out = printHooks.getStdout();
    let text: string;
    if (args.length === 0) text = "pyframe has no interactive help; help(object) shows an object's docstring.";
    else {
      const o = args[0];
      const doc = getAttrOpt(o, "__doc__");
      const name = getAttrOpt(o, "__name__");
      text = `Help on ${typeof name === "string" ? name : typeOf(o).name}:\n\n${typeof doc === "string" ? doc : "(no documentation)"}`;
      if (doc !== undefined) decref(doc);
      if (name !== undefined) decref(name);
    }
    if (out !== None) decref(callMethod(out, "write", [text + "\n"]));
    return None;
  });
  helperT = t;
  return t;
}

let quitter: PyType | null = null;
function quitterType(): PyType {
  if (quitter !== null) return quitter;
  const t = immortal(new PyType(T.typeType, "Quitter", [T.objectType], Layout.Other, TPFLAG_HAS_DICT));
  t.mro = [t, T.objectType];
  t.module = "_sitebuiltins";
  t.qualname = "Quitter";
  const attr = (self: PyValue, name: string) => ((self as PyInstance).dict?.getStr(name) ?? None) as PyValue;
  defMethod(t, "__repr__", (self) => `Use ${strOp(attr(self, "name"))}() or ${strOp(attr(self, "eof"))} to exit`);
  defMethod(t, "__call__", (self, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos > 1) typeError(`Quitter.__call__() takes from 1 to 2 positional arguments but ${npos + 1} were given`);
    const [code] = parseArgs("Quitter.__call__", args, kwnames, ["code="]);
    // Quitter.__call__ closes sys.stdin (ignoring errors), then raises SystemExit(code)
    try {
      const stdin = printHooks.getStdin();
      if (stdin !== None) decref(callMethod(stdin, "close", []));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      decref(e);
    }
    throw call(T.systemExitType, code === undefined ? [None] : [code], null);
  });
  quitter = t;
  return t;
}

/** dir() without arguments needs the caller's frame: filled in by the interpreter. */
export let dirNoArgs: () => PyValue = () => newListOwned([]);
export function setDirNoArgs(f: () => PyValue): void {
  dirNoArgs = f;
}

