// The operator module (Modules/_operator.c and Lib/operator.py): the operators as functions,
// itemgetter/attrgetter/methodcaller, and the dunder-named aliases. `_operator` holds the
// functions (their __module__ is '_operator', as in CPython); `operator` adds the aliases and
// __all__ on top.

import { PyObject, decref, newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newListOwned } from "../values.js";
import { typeError, valueError, isPyException } from "../errors.js";
import { defMethod, defNew } from "../define.js";
import { PyModule } from "../types/module.js";
import { STOP } from "../types/iterator.js";
import { builtinObject } from "../types/iter-types.js";
import { binaryOp, inplaceOp, negative, positive, invert, absolute, Op } from "../ops/number.js";
import { richCompare, isTrue, Cmp, eq } from "../ops/compare.js";
import { getItem, setItem, delItem, contains, lengthHint } from "../ops/seq.js";
import { numberIndex, clinicSsize } from "../ops/index.js";
import { getAttr } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { getIter, iterNext } from "../ops/iter.js";
import { repr, reprGuard } from "../ops/repr.js";
import { PyStrSubclass } from "../types/boxed.js";
import { defFn, newNativeType, kwCount, unpackCount } from "./modutil.js";

// ---- argument checks ----------------------------------------------------------------------

function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`_operator.${name}() takes no keyword arguments`);
}

/** METH_O: "_operator.neg() takes exactly one argument (0 given)" */
function one(name: string, args: PyValue[], kwnames: string[] | null): PyValue {
  noKw(name, kwnames);
  if (args.length !== 1) typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic's positional check: "add expected 2 arguments, got 1" */
function many(name: string, args: PyValue[], kwnames: string[] | null, n: number): void {
  noKw(name, kwnames);
  if (args.length !== n) unpackCount(name, args.length, n, n);
}

function isSequenceType(t: PyType): boolean {
  return !t.isSubtypeOf(T.dictType) && t.lookup("__getitem__") !== undefined;
}

/** PySequence_Concat / PySequence_InPlaceConcat's "'int' object can't be concatenated" */
function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  const ta = typeOf(a);
  if (!isSequenceType(ta)) typeError(`'${ta.name}' object can't be concatenated`);
  return inplace ? inplaceOp(a, b, Op.Add) : binaryOp(a, b, Op.Add);
}

/** _PySequence_IterSearch for countOf / indexOf */
function iterSearch(seq: PyValue, item: PyValue, count: boolean): PyValue {
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (isPyException(e) && e.type.isSubtypeOf(T.typeErrorType)) {
      decref(e);
      typeError(`argument of type '${typeOf(seq).name}' is not iterable`);
    }
    throw e;
  }
  let n = 0;
  let i = 0;
  try {
    for (;; i++) {
      const v = iterNext(it);
      if (v === STOP) break;
      let found: boolean;
      try {
        found = eq(v, item);
      } finally {
        decref(v);
      }
      if (found) {
        if (!count) return i;
        n++;
      }
    }
  } finally {
    decref(it);
  }
  if (count) return n;
  return valueError("sequence.index(x): x not in sequence");
}

// ---- itemgetter, attrgetter, methodcaller ----------------------------------------------------

let itemgetterType: PyType;
let attrgetterType: PyType;
let methodcallerType: PyType;

class ItemGetter extends PyObject {
  constructor(
    type: PyType,
    public items: PyValue[],
  ) {
    super(type);
  }
  override clearRefs(): void {
    super.clearRefs();
    const items = this.items;
    this.items = [];
    for (const v of items) decref(v);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const v of this.items) if (typeof v === "object") visit(v);
  }
}

class AttrGetter extends PyObject {
  constructor(
    type: PyType,
    /** the names as given (for repr and __reduce__) */
    public names: string[],
    /** each name split at dots */
    public paths: string[][],
  ) {
    super(type);
  }
}

class MethodCaller extends PyObject {
  constructor(
    type: PyType,
    public name: string,
    public args: PyValue[],
    public kwnames: string[],
    public kwvalues: PyValue[],
  ) {
    super(type);
  }
  override clearRefs(): void {
    super.clearRefs();
    const a = this.args;
    const k = this.kwvalues;
    this.args = [];
    this.kwvalues = [];
    for (const v of a) decref(v);
    for (const v of k) decref(v);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const v of this.args) if (typeof v === "object") visit(v);
    for (const v of this.kwvalues) if (typeof v === "object") visit(v);
  }
}

function strValue(v: PyValue): string | null {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSubclass) return v.value;
  return null;
}

function getPath(obj: PyValue, path: string[]): PyValue {
  let cur = getAttr(obj, path[0]);
  for (let i = 1; i < path.length; i++) {
    const next = getAttr(cur, path[i]);
    decref(cur);
    cur = next;
  }
  return cur;
}

function initGetterTypes(): void {
  itemgetterType = newNativeType("itemgetter", "operator", false, T.objectType,
    "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
  defNew(itemgetterType, (cls, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("itemgetter() takes no keyword arguments");
    if (args.length < 1) unpackCount("itemgetter", 0, 1, 1);
    cls.rc++;
    return new ItemGetter(cls, args.map((v) => newref(v)));
  });
  defMethod(itemgetterType, "__call__", (self, args, kwnames) => {
    const g = self as ItemGetter;
    if (kwCount(kwnames) > 0) typeError("itemgetter() takes no keyword arguments");
    if (args.length !== 1) unpackCount("itemgetter", args.length, 1, 1);
    const obj = args[0];
    const items = g.items;
    if (items.length === 1) return getItem(obj, items[0]);
    const out: PyValue[] = [];
    try {
      for (const k of items) out.push(getItem(obj, k));
    } catch (e) {
      for (const v of out) decref(v);
      throw e;
    }
    return newTupleOwned(out);
  });
  defMethod(itemgetterType, "__repr__", (self) => {
    const g = self as ItemGetter;
    return reprGuard(g, "operator.itemgetter(...)", () => `operator.itemgetter(${g.items.map((v) => repr(v)).join(", ")})`);
  });
  defMethod(itemgetterType, "__reduce__", (self) => {
    const g = self as ItemGetter;
    g.type.rc++;
    return newTupleOwned([g.type, newTupleOwned(g.items.map((v) => newref(v)))]);
  });

  attrgetterType = newNativeType("attrgetter", "operator", false, T.objectType,
    "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).");
  defNew(attrgetterType, (cls, args, kwnames) => {
    if (kwCount(kwnames) > 0) typeError("attrgetter() takes no keyword arguments");
    if (args.length < 1) unpackCount("attrgetter", 0, 1, 1);
    const names: string[] = [];
    for (const a of args) {
      const s = strValue(a);
      if (s === null) typeError("attribute name must be a string");
      names.push(s);
    }
    cls.rc++;
    return new AttrGetter(cls, names, names.map((n) => n.split(".")));
  });
  defMethod(attrgetterType, "__call__", (self, args, kwnames) => {
    const g = self as AttrGetter;
    if (kwCount(kwnames) > 0) typeError("attrgetter() takes no keyword arguments");
    if (args.length !== 1) unpackCount("attrgetter", args.length, 1, 1);
    const obj = args[0];
    const paths = g.paths;
    if (paths.length === 1) return getPath(obj, paths[0]);
    const out: PyValue[] = [];
    try {
      for (const p of paths) out.push(getPath(obj, p));
    } catch (e) {
      for (const v of out) decref(v);
      throw e;
    }
    return newTupleOwned(out);
  });
  defMethod(attrgetterType, "__repr__", (self) => {
    const g = self as AttrGetter;
    return `operator.attrgetter(${g.names.map((v) => repr(v)).join(", ")})`;
  });
  defMethod(attrgetterType, "__reduce__", (self) => {
    const g = self as AttrGetter;
    g.type.rc++;
    return newTupleOwned([g.type, newTupleOwned(g.names.slice())]);
  });

  methodcallerType = newNativeType("methodcaller", "operator", false, T.objectType,
    "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).");
  defNew(methodcallerType, (cls, args, kwnames) => {
    const nkw = kwCount(kwnames);
    const npos = args.length - nkw;
    if (npos < 1) typeError("methodcaller needs at least one argument, the method name");
    const name = strValue(args[0]);
    if (name === null) typeError("method name must be a string");
    cls.rc++;
    return new MethodCaller(
      cls,
      name,
      args.slice(1, npos).map((v) => newref(v)),
      nkw === 0 ? [] : kwnames!.slice(),
      args.slice(npos).map((v) => newref(v)),
    );
  });
  defMethod(methodcallerType, "__call__", (self, args, kwnames) => {
    const m = self as MethodCaller;
    if (kwCount(kwnames) > 0) typeError("methodcaller() takes no keyword arguments");
    if (args.length !== 1) unpackCount("methodcaller", args.length, 1, 1);
    const f = getAttr(args[0], m.name);
    try {
      return call(f, m.kwnames.length === 0 ? m.args : [...m.args, ...m.kwvalues], m.kwnames.length === 0 ? null : m.kwnames);
    } finally {
      decref(f);
    }
  });
  defMethod(methodcallerType, "__repr__", (self) => {
    const m = self as MethodCaller;
    return reprGuard(m, "operator.methodcaller(...)", () => {
      const parts = [repr(m.name), ...m.args.map((v) => repr(v)), ...m.kwnames.map((k, i) => `${k}=${repr(m.kwvalues[i])}`)];
      return `operator.methodcaller(${parts.join(", ")})`;
    });
  });
  defMethod(methodcallerType, "__reduce__", (self) => {
    const m = self as MethodCaller;
    if (m.kwnames.length === 0) {
      m.type.rc++;
      return newTupleOwned([m.type, newTupleOwned([m.name, ...m.args.map((v) => newref(v))])]);
    }
    // (partial(methodcaller, name, **kwargs), args), as _operator.c does
    const functools = call(builtinObject("__import__"), ["functools"], null);
    try {
      const partial = getAttr(functools, "partial");
      try {
        const p = call(partial, [m.type, m.name, ...m.kwvalues], m.kwnames);
        return newTupleOwned([p, newTupleOwned(m.args.map((v) => newref(v)))]);
      } finally {
        decref(partial);
      }
    } finally {
      decref(functools);
    }
  });
}

// ---- the module ---------------------------------------------------------------------------

const BINARY: [string, Op, string][] = [
  ["add", Op.Add, "a + b"],
  ["sub", Op.Sub, "a - b"],
  ["mul", Op.Mul, "a * b"],
  ["matmul", Op.MatMul, "a @ b"],
  ["truediv", Op.TrueDiv, "a / b"],
  ["floordiv", Op.FloorDiv, "a // b"],
  ["mod", Op.Mod, "a % b"],
  ["pow", Op.Pow, "a ** b, for a and b numbers"],
  ["lshift", Op.LShift, "a << b"],
  ["rshift", Op.RShift, "a >> b"],
  ["and_", Op.And, "a & b"],
  ["or_", Op.Or, "a | b"],
  ["xor", Op.Xor, "a ^ b"],
];

const INPLACE: [string, Op, string][] = [
  ["iadd", Op.Add, "a += b"],
  ["isub", Op.Sub, "a -= b"],
  ["imul", Op.Mul, "a *= b"],
  ["imatmul", Op.MatMul, "a @= b"],
  ["itruediv", Op.TrueDiv, "a /= b"],
  ["ifloordiv", Op.FloorDiv, "a //= b"],
  ["imod", Op.Mod, "a %= b"],
  ["ipow", Op.Pow, "a **= b"],
  ["ilshift", Op.LShift, "a <<= b"],
  ["irshift", Op.RShift, "a >>= b"],
  ["iand", Op.And, "a &= b"],
  ["ior", Op.Or, "a |= b"],
  ["ixor", Op.Xor, "a ^= b"],
];

const COMPARE: [string, Cmp][] = [
  ["lt", Cmp.Lt],
  ["le", Cmp.Le],
  ["eq", Cmp.Eq],
  ["ne", Cmp.Ne],
  ["gt", Cmp.Gt],
  ["ge", Cmp.Ge],
];

const UNARY: [string, (v: PyValue) => PyValue, string][] = [
  ["neg", negative, "Same as -a."],
  ["pos", positive, "Same as +a."],
  ["abs", absolute, "Same as abs(a)."],
  ["inv", invert, "Same as ~a."],
  ["invert", invert, "Same as ~a."],
  ["not_", (v) => !isTrue(v), "Same as not a."],
  ["truth", (v) => isTrue(v), "Return True if a is true, False otherwise."],
  ["index", (v) => numberIndex(v), "Same as a.__index__()"],
];

let operatorFns: PyModule | null = null;

export function createUnderscoreOperatorModule(): PyModule {
  if (operatorFns !== null) {
    operatorFns.rc++;
    return operatorFns;
  }
  initGetterTypes();
  const m = new PyModule("_operator", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
  for (const [name, op, what] of BINARY) {
    defFn(m, name, (args, kw) => {
      many(name, args, kw, 2);
      return binaryOp(args[0], args[1], op);
    }, `Same as ${what}.`);
  }
  for (const [name, op, what] of INPLACE) {
    defFn(m, name, (args, kw) => {
      many(name, args, kw, 2);
      return inplaceOp(args[0], args[1], op);
    }, `Same as ${what}.`);
  }
  for (const [name, op] of COMPARE) {
    defFn(m, name, (args, kw) => {
      many(name, args, kw, 2);
      return richCompare(args[0], args[1], op);
    }, `Same as a ${["<", "<=", "==", "!=", ">", ">="][op]} b.`);
  }
  for (const [name, f, doc] of UNARY) {
    defFn(m, name, (args, kw) => f(one(name, args, kw)), doc);
  }
  defFn(m, "is_", (args, kw) => {
    many("is_", args, kw, 2);
    return args[0] === args[1];
  }, "Same as a is b.");
  defFn(m, "is_not", (args, kw) => {
    many("is_not", args, kw, 2);
    return args[0] !== args[1];
  }, "Same as a is not b.");
  defFn(m, "concat", (args, kw) => {
    many("concat", args, kw, 2);
    return concat(args[0], args[1], false);
  }, "Same as a + b, for a and b sequences.");
  defFn(m, "iconcat", (args, kw) => {
    many("iconcat", args, kw, 2);
    return concat(args[0], args[1], true);
  }, "Same as a += b, for a and b sequences.");
  defFn(m, "contains", (args, kw) => {
    many("contains", args, kw, 2);
    return contains(args[0], args[1]);
  }, "Same as b in a (note reversed operands).");
  defFn(m, "countOf", (args, kw) => {
    many("countOf", args, kw, 2);
    return iterSearch(args[0], args[1], true);
  }, "Return the number of items in a which are, or which equal, b.");
  defFn(m, "indexOf", (args, kw) => {
    many("indexOf", args, kw, 2);
    return iterSearch(args[0], args[1], false);
  }, "Return the first index of b in a.");
  defFn(m, "getitem", (args, kw) => {
    many("getitem", args, kw, 2);
    return getItem(args[0], args[1]);
  }, "Same as a[b].");
  defFn(m, "setitem", (args, kw) => {
    many("setitem", args, kw, 3);
    setItem(args[0], args[1], args[2]);
    return None;
  }, "Same as a[b] = c.");
  defFn(m, "delitem", (args, kw) => {
    many("delitem", args, kw, 2);
    delItem(args[0], args[1]);
    return None;
  }, "Same as del a[b].");
  defFn(m, "length_hint", (args, kw) => {
    noKw("length_hint", kw);
    unpackCount("length_hint", args.length, 1, 2);
    let dflt = 0;
    if (args.length > 1) dflt = clinicSsize(args[1]);
    return lengthHint(args[0], dflt);
  }, "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.");
  defFn(m, "call", (args, kw) => {
    const npos = args.length - kwCount(kw);
    if (npos < 1) unpackCount("call", 0, 1, Infinity);
    return call(args[0], args.slice(1), kw);
  }, "Same as obj(*args, **kwargs).");
  defFn(m, "_compare_digest", (args, kw) => {
    many("_compare_digest", args, kw, 2);
    return eq(args[0], args[1]);
  }, "Return 'a == b'.");
  m.dict.set("itemgetter", itemgetterType);
  m.dict.set("attrgetter", attrgetterType);
  m.dict.set("methodcaller", methodcallerType);
  operatorFns = m;
  m.rc++;
  return m;
}

const ALL = ["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor"];

/** Names that get a dunder alias in operator (`__add__ = add`, `__and__ = and_`, ...). */
const DUNDER_ALIASES = ["abs", "add", "and_", "call", "concat", "contains", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "inv", "invert", "ior", "ipow", "irshift", "isub", "itruediv", "ixor", "le", "lshift", "lt", "matmul", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "xor"];

export function createOperatorModule(): PyModule {
  const base = createUnderscoreOperatorModule();
  const m = new PyModule("operator", base.dict.getStr("__doc__") as string);
  const d = m.dict;
  for (const name of ALL) d.set(name, newref(base.dict.getStr(name)!));
  for (const name of DUNDER_ALIASES) {
    const stem = name.endsWith("_") ? name.slice(0, -1) : name;
    d.set(`__${stem}__`, newref(base.dict.getStr(name)!));
  }
  d.set("__all__", newListOwned(ALL.slice()));
  d.set("_abs", builtinObject("abs"));
  decref(base);
  return m;
}
