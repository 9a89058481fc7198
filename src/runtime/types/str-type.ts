// `str`: the methods of Python 3.11's str (Objects/unicodeobject.c), on JS strings with code
// point semantics. Exact strs are JS strings; instances of subclasses are PyStrSubclass, and every
// method accepts either as self and returns exact strs. The searching and splitting algorithms are
// in str-search.ts, the Unicode tables in str-unicode.ts, str.format in ops/strformat.ts.

import { immortal, decref, type PyValue } from "../object.js";
import { Layout, PyType, TPFLAG_IMMUTABLE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newListOwned, newTupleOwned, newDict, newTuple } from "../values.js";
import { indexError, overflowError, raise, typeError, valueError } from "../errors.js";
import { defMethod, defNew, defStaticMethod } from "../define.js";
import { PyStrSubclass } from "./boxed.js";
import { PyBytes } from "./bytes.js";
import { PySlice } from "./slice.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PyNativeIterator, STOP } from "./iterator.js";
import { PyException } from "./exception.js";
import { hashStr } from "../ops/hash.js";
import { callSpecialFound } from "../ops/special.js";
import { str as strOp } from "../ops/repr.js";
import { strRepr } from "../../shared/repr.js";
import { nativeIter, getIter, iterNext } from "../ops/iter.js";
import { getItem } from "../ops/seq.js";
import { percentFormat } from "../ops/printf.js";
import { sequenceSlots } from "../ops/number.js";
import { formatStr, strFormat, strFormatMap } from "../ops/strformat.js";
import { encodeStr, decodeBytes } from "../codecs.js";
import {
  asIndex,
  asSsize,
  clinicKeywords,
  clinicTypeName,
  clinicPositional,
  codePoints,
  cpIndex,
  cuOffset,
  cpLength,
  hasSurrogates,
  intValue,
  noArgs,
  oneArg,
  sliceIndex,
  sliceIndices,
  strValue,
  tupleArgs,
  wrapperArgs,
  MAX_INDEX,
  strCompare,
} from "./str-util.js";
import {
  countStr,
  expandTabs,
  findStr,
  nextMatch,
  pad,
  prevMatch,
  replaceStr,
  rsplitStr,
  rsplitWhitespace,
  splitLines,
  splitStr,
  splitWhitespace,
  stripStr,
  tailMatch,
} from "./str-search.js";
import {
  ALPHA,
  DECIMAL,
  DIGIT,
  NUMERIC,
  SPACE,
  allHave,
  isAsciiStr,
  strCapitalize,
  strCasefold,
  strIsIdentifier,
  strIsLower,
  strIsPrintable,
  strIsTitle,
  strIsUpper,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from "./str-unicode.js";
import { initUnicodeErrors } from "./str-unicode-errors.js";
import { reduceIter, stateIndex } from "./iter-types.js";
import { bufferBytes } from "./bytes-type.js";

/** The longest str the runtime builds (V8's limit is 2**29 - 24 UTF-16 units). */
const MAX_STR_UNITS = (1 << 29) - 24;

/** self's value: exact str or a str subclass instance (anything else: the descriptor check's error). */
function sv(self: PyValue, name: string): string {
  if (typeof self === "string") return self;
  if (self instanceof PyStrSubclass) return self.value;
  return typeError(`descriptor '${name}' requires a 'str' object but received a '${typeOf(self).name}'`);
}

/** A new str value of class `cls` (exact str, or a subclass instance). */
export function newStrOf(cls: PyType, value: string): PyValue {
  if (cls === T.strType) return value;
  cls.rc++;
  const o = new PyStrSubclass(cls, value);
  if (cls.slotNames !== null && cls.slotNames.length > 0) o.slots = new Array(cls.slotNames.length).fill(undefined);
  return o;
}

/** s repeated n times, with CPython's errors for results too large. */
export function repeatStr(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return "";
  if (s.length > MAX_INDEX / n) overflowError("repeated string is too long");
  if (s.length * n > MAX_STR_UNITS) raise(T.memoryErrorType);
  return s.repeat(n);
}

// ---- the str iterators -----------------------------------------------------------------------

function makeIterType(name: string): PyType {
  const t = new PyType(T.typeType, name, [T.objectType], Layout.Other, TPFLAG_IMMUTABLE);
  t.mro = [t, T.objectType];
  t.solidBase = t;
  return immortal(t);
}

export const strIteratorType: PyType = makeIterType("str_iterator");

/** str_iterator / str_ascii_iterator: iterates code points. */
export class PyStrIterator extends PyNativeIterator {
  /** the code unit position; -1 once exhausted (the string is dropped, as CPython clears it) */
  pos: number;
  constructor(public s: string) {
    super(isAsciiStr(s) ? T.iteratorTypes.str : strIteratorType);
    this.pos = 0;
  }
  next(): PyValue {
    const s = this.s;
    const i = this.pos;
    if (i < 0 || i >= s.length) {
      this.pos = -1;
      this.s = "";
      return STOP;
    }
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.pos = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.pos = i + 1;
    return s[i];
  }
  remaining(): number {
    if (this.pos < 0) return 0;
    return cpLength(this.s.slice(this.pos));
  }
}

function initStrIterators(): void {
  for (const t of [T.iteratorTypes.str, strIteratorType]) {
    const it = (self: PyValue): PyStrIterator => {
      if (!(self instanceof PyStrIterator)) typeError(`descriptor requires a '${t.name}' object but received a '${typeOf(self).name}'`);
      return self;
    };
    defMethod(t, "__iter__", (self, args, kwnames) => {
      wrapperArgs("__iter__", args, kwnames, 0);
      it(self).rc++;
      return self;
    });
    defMethod(t, "__next__", (self, args, kwnames) => {
      wrapperArgs("__next__", args, kwnames, 0);
      const v = it(self).next();
      if (v === STOP) raise(T.stopIterationType);
      return v;
    });
    defMethod(t, "__length_hint__", (self, args, kwnames) => {
      noArgs(`${t.name}.__length_hint__`, args, kwnames);
      return it(self).remaining();
    });
    defMethod(t, "__reduce__", (self, args, kwnames) => {
      noArgs(`${t.name}.__reduce__`, args, kwnames);
      const i = it(self);
      if (i.pos < 0) return reduceIter(null, null, "");
      return reduceIter(i.s, cpIndex(i.s, i.pos), None);
    });
    defMethod(t, "__setstate__", (self, args, kwnames) => {
      const state = oneArg(`${t.name}.__setstate__`, args, kwnames);
      const i = it(self);
      let index = stateIndex(state);
      if (i.pos >= 0) {
        const n = cpLength(i.s);
        if (index < 0) index = 0;
        else if (index > n) index = n;
        i.pos = cuOffset(i.s, index);
      }
      return None;
    });
  }
}

// ---- helpers for methods ------------------------------------------------------------------------

/** A str argument or a TypeError with CPython's message for the method (Argument Clinic's type naming). */
function argStr(v: PyValue, msg: (typeName: string) => string): string {
  const s = strValue(v);
  if (s === undefined) typeError(msg(clinicTypeName(v)));
  return s;
}

/** The same with PyArg_ParseTuple's naming ("NoneType"). */
function tupleArgStr(v: PyValue, msg: (typeName: string) => string): string {
  const s = strValue(v);
  if (s === undefined) typeError(msg(typeOf(v).name));
  return s;
}

/** The fill character argument of center/ljust/rjust. */
function fillChar(v: PyValue | undefined, fname: string): string {
  if (v === undefined) return " ";
  const s = strValue(v);
  if (s === undefined) typeError(`The fill character must be a unicode character, not ${typeOf(v).name}`);
  if (cpLength(s) !== 1) typeError("The fill character must be exactly one character long");
  return s;
}

/** start/end of find-like methods. */
function range(args: PyValue[], from: number): [number, number] {
  return [sliceIndex(args[from], 0), sliceIndex(args[from + 1], MAX_INDEX)];
}

/** The int argument of center/ljust/rjust/zfill (PyNumber_AsSsize_t with OverflowError). */
function widthArg(v: PyValue): number {
  if (typeof v === "number") return v;
  return asSsize(v);
}

/** maxsplit / count arguments ("'str' object cannot be interpreted as an integer"). */
function countArg(v: PyValue | undefined): number {
  if (v === undefined) return -1;
  if (typeof v === "number") return v;
  return asSsize(v);
}

function startsEnds(self: PyValue, args: PyValue[], kwnames: string[] | null, atEnd: boolean): boolean {
  const name = atEnd ? "endswith" : "startswith";
  tupleArgs(name, args, kwnames, 1, 3);
  const s = sv(self, name);
  const [start, end] = range(args, 1);
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const item of x.items) {
      const sub = strValue(item);
      if (sub === undefined) typeError(`tuple for ${name} must only contain str, not ${typeOf(item).name}`);
      if (tailMatch(s, sub, start, end, atEnd)) return true;
    }
    return false;
  }
  const sub = strValue(x);
  if (sub === undefined) typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(x).name}`);
  return tailMatch(s, sub, start, end, atEnd);
}

/** str.join(iterable) */
export function joinStrs(sep: string, iterable: PyValue): string {
  let items: PyValue[];
  let owned = false;
  if (typeof iterable === "object" && (iterable.type === T.listType || iterable.type === T.tupleType)) {
    items = (iterable as PyTuple).items;
  } else {
    let it: PyValue;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (e instanceof PyException && e.type.isSubtypeOf(T.typeErrorType)) {
        decref(e);
        typeError("can only join an iterable");
      }
      throw e;
    }
    items = [];
    owned = true;
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === STOP) break;
        items.push(v);
      }
    } catch (e) {
      for (const v of items) decref(v);
      throw e;
    } finally {
      decref(it);
    }
  }
  try {
    const parts: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      if (typeof v === "string") parts[i] = v;
      else if (v instanceof PyStrSubclass) parts[i] = v.value;
      else typeError(`sequence item ${i}: expected str instance, ${typeOf(v).name} found`);
    }
    return parts.join(sep);
  } finally {
    if (owned) for (const v of items) decref(v);
  }
}

/** s[i] for an int index (code points). */
function strIndex(s: string, i: number): string {
  if (!hasSurrogates(s)) {
    const j = i < 0 ? i + s.length : i;
    if (j < 0 || j >= s.length) indexError("string index out of range");
    return s[j];
  }
  const cps = codePoints(s);
  const j = i < 0 ? i + cps.length : i;
  if (j < 0 || j >= cps.length) indexError("string index out of range");
  return cps[j];
}

/** s[slice] */
export function strSlice(s: string, sl: PySlice): string {
  const wide = hasSurrogates(s);
  const cps = wide ? codePoints(s) : null;
  const len = wide ? cps!.length : s.length;
  const [start, , step, n] = sliceIndices(sl, len);
  if (n <= 0) return "";
  if (step === 1) return wide ? cps!.slice(start, start + n).join("") : s.slice(start, start + n);
  const out: string[] = new Array(n);
  for (let k = 0, i = start; k < n; k++, i += step) out[k] = wide ? cps![i] : s[i];
  return out.join("");
}

/** str.translate(table) */
function translate(s: string, table: PyValue): string {
  const out: string[] = [];
  const cache = new Map<number, string | null>();
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let r = cache.get(cp);
    if (r === undefined) {
      let v: PyValue;
      try {
        v = getItem(table, cp);
      } catch (e) {
        if (e instanceof PyException && e.type.isSubtypeOf(T.lookupErrorType)) {
          decref(e);
          cache.set(cp, ch);
          out.push(ch);
          continue;
        }
        throw e;
      }
      if (v === None) r = null;
      else {
        const iv = intValue(v);
        if (iv !== undefined) {
          if (typeof iv !== "number" || iv < 0 || iv > 0x10ffff) {
            decref(v);
            valueError("character mapping must be in range(0x110000)");
          }
          r = String.fromCodePoint(iv);
        } else {
          const sv2 = strValue(v);
          if (sv2 === undefined) {
            decref(v);
            typeError("character mapping must return integer, None or str");
          }
          r = sv2;
        }
      }
      decref(v);
      cache.set(cp, r);
    }
    if (r !== null) out.push(r);
  }
  return out.join("");
}

/** str.maketrans(x[, y[, z]]) */
function maketrans(args: PyValue[]): PyValue {
  const d = newDict();
  try {
    if (args.length === 1) {
      const x = args[0];
      if (!(x instanceof PyDict)) typeError("if you give only one argument to maketrans it must be a dict");
      for (const k of x.keyList()) {
        const v = x.get(k)!;
        const ks = strValue(k);
        if (ks !== undefined) {
          if (cpLength(ks) !== 1) valueError("string keys in translate table must be of length 1");
          d.set(ks.codePointAt(0)!, v);
        } else if (intValue(k) !== undefined) {
          d.set(intValue(k)!, v);
        } else typeError("keys in translate table must be strings or integers");
      }
      return d;
    }
    const x = strValue(args[0]);
    if (x === undefined) typeError("first maketrans argument must be a string if there is a second argument");
    const y = strValue(args[1]);
    if (y === undefined) typeError(`maketrans() argument 2 must be str, not ${clinicTypeName(args[1])}`);
    let z: string | undefined;
    if (args.length > 2) {
      z = strValue(args[2]);
      if (z === undefined) typeError(`maketrans() argument 3 must be str, not ${clinicTypeName(args[2])}`);
    }
    const xs = codePoints(x);
    const ys = codePoints(y);
    if (xs.length !== ys.length) valueError("the first two maketrans arguments must have equal length");
    for (let i = 0; i < xs.length; i++) d.set(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
    if (z !== undefined) for (const ch of z) d.set(ch.codePointAt(0)!, None);
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

/** CPython's sys.getsizeof of a str (compact ASCII / latin-1 / UCS-2 / UCS-4 layouts). */
function strSizeof(s: string): number {
  const n = cpLength(s);
  if (/[\ud800-\udbff][\udc00-\udfff]/.test(s)) return 72 + (n + 1) * 4;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 0x80) return 48 + n + 1;
  if (max < 0x100) return 72 + n + 1;
  return 72 + (n + 1) * 2;
}

/** str(object, encoding, errors) decoding path. */
function decodeArg(obj: PyValue | undefined, enc: PyValue | undefined, errs: PyValue | undefined): string {
  const encoding = enc === undefined ? "utf-8" : argStr(enc, (n) => `str() argument 'encoding' must be str, not ${n}`);
  const errors = errs === undefined ? "strict" : argStr(errs, (n) => `str() argument 'errors' must be str, not ${n}`);
  if (obj === undefined) return "";
  if (strValue(obj) !== undefined) typeError("decoding str is not supported");
  const b = bufferBytes(obj);
  if (b === null) typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
  return decodeBytes(b, encoding, errors);
}

export function initStrType(): void {
  const S = T.strType;
  S.ns.set(
    "__doc__",
    "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
  );
  initUnicodeErrors();
  initStrIterators();
  nativeIter.set(S, (o) => new PyStrIterator(o as string));

  defNew(S, (cls, args, kwnames) => {
    let value: string;
    if (args.length === 1 && kwnames === null) {
      const x = args[0];
      // PyObject_Str may return a str subclass instance, which str(x) passes on unchanged
      if (cls === S && typeof x === "object" && !(x instanceof PyStrSubclass) && x.type !== T.floatType && x !== None) {
        const f = x.type.lookup("__str__");
        if (f !== undefined) {
          const r = callSpecialFound(f, x);
          if (r instanceof PyStrSubclass || typeof r === "string") return r;
          const name = typeOf(r).name;
          decref(r);
          typeError(`__str__ returned non-string (type ${name})`);
        }
      }
      value = strOp(x);
    } else {
      const [obj, enc, errs] = clinicKeywords("str", args, kwnames, ["object", "encoding", "errors"], 0);
      if (enc === undefined && errs === undefined) value = obj === undefined ? "" : strOp(obj);
      else value = decodeArg(obj, enc, errs);
    }
    return newStrOf(cls, value);
  });

  // ---- dunders ----
  defMethod(S, "__repr__", (self, args, kwnames) => {
    wrapperArgs("__repr__", args, kwnames, 0);
    return strRepr(sv(self, "__repr__"));
  });
  defMethod(S, "__str__", (self, args, kwnames) => {
    wrapperArgs("__str__", args, kwnames, 0);
    return sv(self, "__str__");
  });
  defMethod(S, "__hash__", (self, args, kwnames) => {
    wrapperArgs("__hash__", args, kwnames, 0);
    return hashStr(sv(self, "__hash__"));
  });
  defMethod(S, "__len__", (self, args, kwnames) => {
    wrapperArgs("__len__", args, kwnames, 0);
    return cpLength(sv(self, "__len__"));
  });
  defMethod(S, "__iter__", (self, args, kwnames) => {
    wrapperArgs("__iter__", args, kwnames, 0);
    return new PyStrIterator(sv(self, "__iter__"));
  });
  defMethod(S, "__contains__", (self, args, kwnames) => {
    wrapperArgs("__contains__", args, kwnames, 1);
    const s = sv(self, "__contains__");
    const sub = strValue(args[0]);
    if (sub === undefined) typeError(`'in <string>' requires string as left operand, not ${typeOf(args[0]).name}`);
    return nextMatch(s, sub, 0) >= 0;
  });
  defMethod(S, "__getitem__", (self, args, kwnames) => {
    wrapperArgs("__getitem__", args, kwnames, 1);
    const s = sv(self, "__getitem__");
    const k = args[0];
    if (typeof k === "number") return strIndex(s, k);
    if (k instanceof PySlice) return strSlice(s, k);
    const i = asIndex(k, (n) => `string indices must be integers, not '${n}'`);
    if (typeof i !== "number") indexError("cannot fit 'int' into an index-sized integer");
    return strIndex(s, i);
  });
  // __add__, __mul__ and __rmul__ stand for sq_concat / sq_repeat (ops/number.ts sequenceSlots):
  // the operator tries the other operand's reflected method before them.
  sequenceSlots.add(
    defMethod(S, "__add__", (self, args, kwnames) => {
      wrapperArgs("__add__", args, kwnames, 1);
      const s = sv(self, "__add__");
      const o = strValue(args[0]);
      if (o === undefined) typeError(`can only concatenate str (not "${typeOf(args[0]).name}") to str`);
      if (s.length + o.length > MAX_STR_UNITS) raise(T.memoryErrorType);
      return s + o;
    }),
  );
  const mul = (self: PyValue, args: PyValue[], kwnames: string[] | null, name: string): PyValue => {
    wrapperArgs(name, args, kwnames, 1);
    const s = sv(self, name);
    const n = args[0];
    if (typeof n === "number") return repeatStr(s, n);
    return repeatStr(s, asSsize(n, undefined, "cannot fit 'int' into an index-sized integer"));
  };
  sequenceSlots.add(defMethod(S, "__mul__", (self, args, kwnames) => mul(self, args, kwnames, "__mul__")));
  sequenceSlots.add(defMethod(S, "__rmul__", (self, args, kwnames) => mul(self, args, kwnames, "__rmul__")));
  defMethod(S, "__mod__", (self, args, kwnames) => {
    wrapperArgs("__mod__", args, kwnames, 1);
    return percentFormat(sv(self, "__mod__"), args[0]);
  });
  defMethod(S, "__rmod__", (self, args, kwnames) => {
    wrapperArgs("__rmod__", args, kwnames, 1);
    sv(self, "__rmod__");
    const o = strValue(args[0]);
    if (o === undefined) return NotImplemented;
    return percentFormat(o, self);
  });
  const cmp = (name: string, test: (c: number) => boolean): void => {
    defMethod(S, name, (self, args, kwnames) => {
      wrapperArgs(name, args, kwnames, 1);
      const a = sv(self, name);
      const b = strValue(args[0]);
      if (b === undefined) return NotImplemented;
      return test(strCompare(a, b));
    });
  };
  cmp("__lt__", (c) => c < 0);
  cmp("__le__", (c) => c <= 0);
  cmp("__gt__", (c) => c > 0);
  cmp("__ge__", (c) => c >= 0);
  defMethod(S, "__eq__", (self, args, kwnames) => {
    wrapperArgs("__eq__", args, kwnames, 1);
    const b = strValue(args[0]);
    return b === undefined ? NotImplemented : sv(self, "__eq__") === b;
  });
  defMethod(S, "__ne__", (self, args, kwnames) => {
    wrapperArgs("__ne__", args, kwnames, 1);
    const b = strValue(args[0]);
    return b === undefined ? NotImplemented : sv(self, "__ne__") !== b;
  });
  defMethod(S, "__format__", (self, args, kwnames) => {
    const spec = oneArg("str.__format__", args, kwnames);
    const s = sv(self, "__format__");
    const f = strValue(spec);
    if (f === undefined) typeError(`__format__() argument must be str, not ${clinicTypeName(spec)}`);
    // _PyUnicode_FormatAdvancedWriter: an empty spec gives str(self), which a subclass may override
    if (f.length === 0 && self instanceof PyStrSubclass) return strOp(self);
    return formatStr(s, f);
  });
  defMethod(S, "__getnewargs__", (self, args, kwnames) => {
    noArgs("str.__getnewargs__", args, kwnames);
    return newTuple([sv(self, "__getnewargs__")]);
  });
  defMethod(S, "__sizeof__", (self, args, kwnames) => {
    noArgs("str.__sizeof__", args, kwnames);
    return strSizeof(sv(self, "__sizeof__"));
  });

  // ---- case and predicates ----
  const noarg = (name: string, f: (s: string) => PyValue): void => {
    defMethod(S, name, (self, args, kwnames) => {
      noArgs(`str.${name}`, args, kwnames);
      return f(sv(self, name));
    });
  };
  noarg("lower", strLower);
  noarg("upper", strUpper);
  noarg("casefold", strCasefold);
  noarg("swapcase", strSwapcase);
  noarg("capitalize", strCapitalize);
  noarg("title", strTitle);
  noarg("isascii", isAsciiStr);
  noarg("isalpha", (s) => allHave(s, ALPHA));
  noarg("isalnum", (s) => allHave(s, ALPHA | DECIMAL | DIGIT | NUMERIC));
  noarg("isdecimal", (s) => allHave(s, DECIMAL));
  noarg("isdigit", (s) => allHave(s, DIGIT));
  noarg("isnumeric", (s) => allHave(s, NUMERIC));
  noarg("isspace", (s) => allHave(s, SPACE));
  noarg("islower", strIsLower);
  noarg("isupper", strIsUpper);
  noarg("istitle", strIsTitle);
  noarg("isprintable", strIsPrintable);
  noarg("isidentifier", strIsIdentifier);

  // ---- searching ----
  const finder = (name: string, reverse: boolean, raises: boolean): void => {
    defMethod(S, name, (self, args, kwnames) => {
      tupleArgs(name, args, kwnames, 1, 3);
      const s = sv(self, name);
      const sub = tupleArgStr(args[0], (n) => `must be str, not ${n}`);
      const [start, end] = range(args, 1);
      const r = findStr(s, sub, start, end, reverse);
      if (r < 0 && raises) valueError("substring not found");
      return r;
    });
  };
  finder("find", false, false);
  finder("rfind", true, false);
  finder("index", false, true);
  finder("rindex", true, true);
  defMethod(S, "count", (self, args, kwnames) => {
    tupleArgs("count", args, kwnames, 1, 3);
    const s = sv(self, "count");
    const sub = tupleArgStr(args[0], (n) => `must be str, not ${n}`);
    const [start, end] = range(args, 1);
    return countStr(s, sub, start, end);
  });
  defMethod(S, "startswith", (self, args, kwnames) => startsEnds(self, args, kwnames, false));
  defMethod(S, "endswith", (self, args, kwnames) => startsEnds(self, args, kwnames, true));

  // ---- transforming ----
  defMethod(S, "replace", (self, args, kwnames) => {
    clinicPositional("replace", "str.replace", args, kwnames, 2, 3);
    const s = sv(self, "replace");
    const old = argStr(args[0], (n) => `replace() argument 1 must be str, not ${n}`);
    const rep = argStr(args[1], (n) => `replace() argument 2 must be str, not ${n}`);
    const count = countArg(args[2]);
    const r = replaceStr(s, old, rep, count);
    if (r.length > MAX_STR_UNITS) raise(T.memoryErrorType);
    return r;
  });
  defMethod(S, "join", (self, args, kwnames) => {
    const it = oneArg("str.join", args, kwnames);
    return joinStrs(sv(self, "join"), it);
  });
  const stripper = (name: string, left: boolean, right: boolean): void => {
    defMethod(S, name, (self, args, kwnames) => {
      clinicPositional(name, `str.${name}`, args, kwnames, 0, 1);
      const s = sv(self, name);
      const c = args[0];
      if (c === undefined || c === None) return stripStr(s, null, left, right);
      const chars = strValue(c);
      if (chars === undefined) typeError(`${name} arg must be None or str`);
      return stripStr(s, chars, left, right);
    });
  };
  stripper("strip", true, true);
  stripper("lstrip", true, false);
  stripper("rstrip", false, true);
  const justify = (name: string, how: "l" | "r" | "c"): void => {
    defMethod(S, name, (self, args, kwnames) => {
      clinicPositional(name, `str.${name}`, args, kwnames, 1, 2);
      const s = sv(self, name);
      const width = widthArg(args[0]);
      const fill = fillChar(args[1], name);
      const len = hasSurrogates(s) ? cpLength(s) : s.length;
      if (width <= len) return s;
      const marg = width - len;
      if (marg > MAX_STR_UNITS) raise(T.memoryErrorType);
      if (how === "l") return pad(s, 0, marg, fill);
      if (how === "r") return pad(s, marg, 0, fill);
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return pad(s, left, marg - left, fill);
    });
  };
  justify("ljust", "l");
  justify("rjust", "r");
  justify("center", "c");
  defMethod(S, "zfill", (self, args, kwnames) => {
    const w = oneArg("str.zfill", args, kwnames);
    const s = sv(self, "zfill");
    const width = widthArg(w);
    const len = hasSurrogates(s) ? cpLength(s) : s.length;
    if (width <= len) return s;
    const fill = width - len;
    if (fill > MAX_STR_UNITS) raise(T.memoryErrorType);
    const zeros = "0".repeat(fill);
    if (s.length > 0 && (s[0] === "+" || s[0] === "-")) return s[0] + zeros + s.slice(1);
    return zeros + s;
  });
  defMethod(S, "expandtabs", (self, args, kwnames) => {
    const [ts] = clinicKeywords("expandtabs", args, kwnames, ["tabsize"], 0);
    const s = sv(self, "expandtabs");
    const tabsize = ts === undefined ? 8 : asSsize(ts, undefined, "Python int too large to convert to C int");
    if (tabsize > 0x7fffffff || tabsize < -0x80000000) overflowError("Python int too large to convert to C int");
    return expandTabs(s, tabsize);
  });
  defMethod(S, "translate", (self, args, kwnames) => {
    const table = oneArg("str.translate", args, kwnames);
    return translate(sv(self, "translate"), table);
  });
  defStaticMethod(S, "maketrans", (_self, args, kwnames) => {
    clinicPositional("maketrans", "str.maketrans", args, kwnames, 1, 3);
    return maketrans(args);
  });
  defMethod(S, "removeprefix", (self, args, kwnames) => {
    const p = oneArg("str.removeprefix", args, kwnames);
    const s = sv(self, "removeprefix");
    const prefix = argStr(p, (n) => `removeprefix() argument must be str, not ${n}`);
    return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
  });
  defMethod(S, "removesuffix", (self, args, kwnames) => {
    const p = oneArg("str.removesuffix", args, kwnames);
    const s = sv(self, "removesuffix");
    const suffix = argStr(p, (n) => `removesuffix() argument must be str, not ${n}`);
    return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
  });

  // ---- splitting ----
  const splitter = (name: string, reverse: boolean): void => {
    defMethod(S, name, (self, args, kwnames) => {
      const [sepArg, maxArg] = clinicKeywords(name, args, kwnames, ["sep", "maxsplit"], 0);
      const s = sv(self, name);
      const maxsplit = countArg(maxArg);
      let parts: string[];
      if (sepArg === undefined || sepArg === None) parts = reverse ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit);
      else {
        const sep = argStr(sepArg, (n) => `must be str or None, not ${n}`);
        if (sep.length === 0) valueError("empty separator");
        parts = reverse ? rsplitStr(s, sep, maxsplit) : splitStr(s, sep, maxsplit);
      }
      return newListOwned(parts);
    });
  };
  splitter("split", false);
  splitter("rsplit", true);
  defMethod(S, "splitlines", (self, args, kwnames) => {
    const [ke] = clinicKeywords("splitlines", args, kwnames, ["keepends"], 0);
    const s = sv(self, "splitlines");
    let keepends = false;
    if (ke !== undefined) {
      if (typeof ke === "boolean") keepends = ke;
      else {
        const i = intValue(ke);
        if (i === undefined) {
          if (typeOf(ke).isSubtypeOf(T.floatType)) typeError("'float' object cannot be interpreted as an integer");
          keepends = asIndex(ke) !== 0;
        } else keepends = i !== 0;
      }
    }
    return newListOwned(splitLines(s, keepends));
  });
  const partitioner = (name: string, reverse: boolean): void => {
    defMethod(S, name, (self, args, kwnames) => {
      const a = oneArg(`str.${name}`, args, kwnames);
      const s = sv(self, name);
      const sep = tupleArgStr(a, (n) => `must be str, not ${n}`);
      if (sep.length === 0) valueError("empty separator");
      const i = reverse ? prevMatch(s, sep, s.length - sep.length) : nextMatch(s, sep, 0);
      if (i < 0) return newTupleOwned(reverse ? ["", "", s] : [s, "", ""]);
      return newTupleOwned([s.slice(0, i), sep, s.slice(i + sep.length)]);
    });
  };
  partitioner("partition", false);
  partitioner("rpartition", true);

  // ---- encoding and formatting ----
  defMethod(S, "encode", (self, args, kwnames) => {
    const [enc, errs] = clinicKeywords("encode", args, kwnames, ["encoding", "errors"], 0);
    const s = sv(self, "encode");
    const encoding = enc === undefined ? "utf-8" : argStr(enc, (n) => `encode() argument 'encoding' must be str, not ${n}`);
    const errors = errs === undefined ? "strict" : argStr(errs, (n) => `encode() argument 'errors' must be str, not ${n}`);
    return new PyBytes(T.bytesType, encodeStr(s, encoding, errors));
  });
  // A format string that is one literal without braces is returned as is, even a subclass
  // instance (the _PyUnicodeWriter keeps the input object for a single whole-string write).
  const unchanged = (self: PyValue, s: string): boolean => self instanceof PyStrSubclass && s.length > 0 && !/[{}]/.test(s);
  defMethod(S, "format", (self, args, kwnames) => {
    const s = sv(self, "format");
    if (unchanged(self, s)) {
      (self as PyStrSubclass).rc++;
      return self;
    }
    if (kwnames === null || kwnames.length === 0) return strFormat(s, args, null);
    const npos = args.length - kwnames.length;
    const kw = newDict();
    try {
      for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
      return strFormat(s, args.slice(0, npos), kw);
    } finally {
      decref(kw);
    }
  });
  defMethod(S, "format_map", (self, args, kwnames) => {
    const m = oneArg("str.format_map", args, kwnames);
    const s = sv(self, "format_map");
    if (unchanged(self, s)) {
      (self as PyStrSubclass).rc++;
      return self;
    }
    return strFormatMap(s, m);
  });
}
