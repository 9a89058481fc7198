// complex (Objects/complexobject.c): a pair of doubles (PyComplex). Subclass instances are
// PyComplex objects whose `type` is the subclass.

import { decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, NotImplemented, newComplex, newFloat, newTupleOwned } from "../values.js";
import { overflowError, typeError, valueError } from "../errors.js";
import { defGetSet, defMember, defMethod, defNew } from "../define.js";
import { PyComplex } from "./complex.js";
import { PyFloat } from "./float.js";
import { PyStrSubclass } from "./boxed.js";
import * as I from "../ops/intmath.js";
import { cdiv, cmul, complexPowValues } from "../ops/complexmath.js";
import { hypot as libmHypot } from "../ops/libm.js";
import { hashComplex } from "../ops/hash.js";
import { str as strOp } from "../ops/repr.js";
import { complexRepr } from "../../shared/repr.js";
import { isIndex } from "../ops/index.js";
import { lookupSpecial } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { richCompare, Cmp } from "../ops/compare.js";
import { warn } from "../hooks.js";
import { formatComplex } from "../ops/numformat.js";
import { modulusPowSlots } from "../ops/number.js";
import { parseComplexString } from "../ops/numparse.js";
import { intOf, numberFloat } from "../ops/numconv.js";
import { formatSpecArg, noArgs, noArgsMethod, oneArg, powArgs } from "./int-type.js";

function selfComplex(v: PyValue): PyComplex {
  if (v instanceof PyComplex) return v;
  return typeError(`descriptor requires a 'complex' object but received a '${typeOf(v).name}'`);
}

/** A complex of type `cls` (complex_subtype_from_doubles). */
export function newComplexOfType(cls: PyType, re: number, im: number): PyComplex {
  if (cls === T.complexType) return newComplex(re, im);
  const o = new PyComplex(cls, re, im);
  cls.rc++;
  return o;
}

/** TO_COMPLEX: an int, float or complex operand as [re, im]; undefined for other types. */
export function complexOperand(v: PyValue): [number, number] | undefined {
  if (typeof v === "number") return [v, 0];
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = intOf(v);
  if (i === undefined) return undefined;
  return [I.toFloat(i), 0];
}

/** _Py_c_abs with complex_abs's error. */
export function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
    return NaN;
  }
  const r = libmHypot(re, im);
  if (!Number.isFinite(r)) overflowError("absolute value too large");
  return r;
}

/** try_complex_special_method: the value of __complex__, or undefined when there is none. */
function complexSpecial(v: PyValue): [number, number] | undefined {
  if (typeof v !== "object" || v instanceof PyFloat) return undefined;
  if (v.type === T.complexType) return [(v as PyComplex).real, (v as PyComplex).imag];
  const f = lookupSpecial(v, "__complex__");
  if (f === undefined) return undefined;
  let r: PyValue;
  try {
    r = call(f, [], null);
  } finally {
    decref(f);
  }
  if (!(r instanceof PyComplex)) {
    const name = typeOf(r).name;
    decref(r);
    typeError(`__complex__ returned non-complex (type ${name})`);
  }
  const out: [number, number] = [r.real, r.imag];
  if (r.type !== T.complexType) {
    const name = r.type.name;
    decref(r);
    warn(T.deprecationWarningType, `__complex__ returned non-complex (type ${name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
  } else decref(r);
  return out;
}

function isNumberLike(v: PyValue): boolean {
  if (typeof v !== "object") return typeof v !== "string";
  if (v instanceof PyComplex || v instanceof PyFloat) return true;
  return isIndex(v) || v.type.lookup("__float__") !== undefined;
}

/** complex_new_impl */
function complexNew(cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) typeError(`complex() takes at most 2 arguments (${npos} given)`);
  let rArg: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let iArg: PyValue | undefined = npos > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const idx = name === "real" ? 0 : name === "imag" ? 1 : -1;
    if (idx < 0) typeError(`'${name}' is an invalid keyword argument for complex()`);
    if (idx < npos) typeError(`argument for complex() given by name ('${name}') and position (${idx + 1})`);
    if (idx === 0) rArg = args[npos + k];
    else iArg = args[npos + k];
  }
  const r: PyValue = rArg ?? 0;
  const i = iArg;
  if (r instanceof PyComplex && r.type === T.complexType && i === undefined && cls === T.complexType) {
    r.rc++;
    return r;
  }
  if (typeof r === "string" || r instanceof PyStrSubclass) {
    if (i !== undefined) typeError("complex() can't take second arg if first is a string");
    const parts = parseComplexString(typeof r === "string" ? r : r.value);
    if (parts === null) valueError("complex() arg is a malformed string");
    return newComplexOfType(cls, parts[0], parts[1]);
  }
  if (i !== undefined && (typeof i === "string" || i instanceof PyStrSubclass)) typeError("complex() second arg can't be a string");
  const special = complexSpecial(r);
  let cr: [number, number];
  let crIsComplex = false;
  if (special !== undefined) {
    cr = special;
    crIsComplex = true;
  } else {
    if (!isNumberLike(r)) typeError(`complex() first argument must be a string or a number, not '${typeOf(r).name}'`);
    if (i !== undefined && !isNumberLike(i)) typeError(`complex() second argument must be a number, not '${typeOf(i).name}'`);
    if (r instanceof PyComplex) {
      cr = [r.real, r.imag];
      crIsComplex = true;
    } else cr = [numberFloat(r), 0];
  }
  if (special !== undefined && i !== undefined && !isNumberLike(i)) typeError(`complex() second argument must be a number, not '${typeOf(i).name}'`);
  let ci: [number, number];
  let ciIsComplex = false;
  if (i === undefined) ci = [cr[1], 0];
  else if (i instanceof PyComplex) {
    ci = [i.real, i.imag];
    ciIsComplex = true;
  } else ci = [numberFloat(i), 0];
  let re = cr[0];
  let im = ci[0];
  if (ciIsComplex) re -= ci[1];
  if (crIsComplex && i !== undefined) im += cr[1];
  return newComplexOfType(cls, re, im);
}

type CBin = (ar: number, ai: number, br: number, bi: number) => PyValue;

function defBinary(name: string, rname: string, fn: CBin): void {
  defMethod(T.complexType, name, (self, args, kw) => {
    const b = complexOperand(oneArg(name, args, kw));
    if (b === undefined) return NotImplemented;
    const a = selfComplex(self);
    return fn(a.real, a.imag, b[0], b[1]);
  });
  if (rname === "") return;
  defMethod(T.complexType, rname, (self, args, kw) => {
    const a = complexOperand(oneArg(rname, args, kw));
    if (a === undefined) return NotImplemented;
    const b = selfComplex(self);
    return fn(a[0], a[1], b.real, b.imag);
  });
}

function complexPowObject(ar: number, ai: number, br: number, bi: number, mod: PyValue): PyValue {
  if (mod !== None) valueError("complex modulo");
  const [re, im] = complexPowValues(ar, ai, br, bi);
  return newComplex(re, im);
}

/** complex == other or != (complex_richcompare), or NotImplemented. */
function complexCompare(c: PyComplex, w: PyValue, op: Cmp.Eq | Cmp.Ne): PyValue {
  let equal: boolean;
  const i = intOf(w);
  if (i !== undefined) {
    if (c.imag === 0) {
      const j = newFloat(c.real);
      try {
        return richCompare(j, w, op);
      } finally {
        decref(j);
      }
    }
    equal = false;
  } else if (w instanceof PyFloat) equal = c.real === w.value && c.imag === 0;
  else if (w instanceof PyComplex) equal = c.real === w.real && c.imag === w.imag;
  else return NotImplemented;
  return op === Cmp.Eq ? equal : !equal;
}

function sameOrExact(self: PyValue): PyValue {
  const c = selfComplex(self);
  if (c.type === T.complexType) {
    c.rc++;
    return c;
  }
  return newComplex(c.real, c.imag);
}

export function initComplexType(): void {
  const C = T.complexType;
  C.ns.set("__doc__", "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.");
  defNew(C, complexNew);

  defBinary("__add__", "__radd__", (ar, ai, br, bi) => newComplex(ar + br, ai + bi));
  defBinary("__sub__", "__rsub__", (ar, ai, br, bi) => newComplex(ar - br, ai - bi));
  defBinary("__mul__", "__rmul__", (ar, ai, br, bi) => {
    const [re, im] = cmul(ar, ai, br, bi);
    return newComplex(re, im);
  });
  defBinary("__truediv__", "__rtruediv__", (ar, ai, br, bi) => {
    const [re, im] = cdiv(ar, ai, br, bi);
    return newComplex(re, im);
  });
  const powDescr = defMethod(C, "__pow__", (self, args, kw) => {
    const [o, m] = powArgs("__pow__", args, kw);
    const b = complexOperand(o);
    if (b === undefined) return NotImplemented;
    const a = selfComplex(self);
    return complexPowObject(a.real, a.imag, b[0], b[1], m);
  });
  modulusPowSlots.set(powDescr, (a, b) => {
    if (complexOperand(a) === undefined || complexOperand(b) === undefined) return NotImplemented;
    return valueError("complex modulo");
  });
  defMethod(C, "__rpow__", (self, args, kw) => {
    const [o, m] = powArgs("__rpow__", args, kw);
    const a = complexOperand(o);
    if (a === undefined) return NotImplemented;
    const b = selfComplex(self);
    return complexPowObject(a[0], a[1], b.real, b.imag, m);
  });

  defMethod(C, "__eq__", (self, args, kw) => complexCompare(selfComplex(self), oneArg("__eq__", args, kw), Cmp.Eq));
  defMethod(C, "__ne__", (self, args, kw) => complexCompare(selfComplex(self), oneArg("__ne__", args, kw), Cmp.Ne));
  for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
    defMethod(C, name, (self, args, kw) => {
      oneArg(name, args, kw);
      selfComplex(self);
      return NotImplemented;
    });
  }

  const unary = (name: string, fn: (c: PyComplex, self: PyValue) => PyValue): void => {
    defMethod(C, name, (self, args, kw) => {
      noArgs(name, args, kw);
      return fn(selfComplex(self), self);
    });
  };
  unary("__neg__", (c) => newComplex(-c.real, -c.imag));
  unary("__pos__", (_c, self) => sameOrExact(self));
  unary("__abs__", (c) => newFloat(complexAbs(c.real, c.imag)));
  unary("__bool__", (c) => c.real !== 0 || c.imag !== 0);
  unary("__hash__", (c) => hashComplex(c.real, c.imag));
  unary("__repr__", (c) => complexRepr(c.real, c.imag));

  defMethod(C, "__complex__", (self, args, kw) => {
    noArgsMethod("complex.__complex__", args, kw);
    return sameOrExact(self);
  });
  defMethod(C, "conjugate", (self, args, kw) => {
    noArgsMethod("complex.conjugate", args, kw);
    const c = selfComplex(self);
    return newComplex(c.real, -c.imag);
  });
  defMethod(C, "__getnewargs__", (self, args, kw) => {
    noArgsMethod("complex.__getnewargs__", args, kw);
    const c = selfComplex(self);
    return newTupleOwned([newFloat(c.real), newFloat(c.imag)]);
  });
  defMethod(C, "__format__", (self, args, kw) => {
    const spec = formatSpecArg("complex", args, kw);
    const c = selfComplex(self);
    if (spec === "") return strOp(self);
    return formatComplex(c.real, c.imag, spec);
  });

  defMember(C, "real", (self) => newFloat(selfComplex(self).real), "the real part of a complex number");
  defMember(C, "imag", (self) => newFloat(selfComplex(self).imag), "the imaginary part of a complex number");
}
