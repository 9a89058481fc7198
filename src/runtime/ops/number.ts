// Binary, in-place and unary operators (Objects/abstract.c binary_op1, ternary_op; the
// __op__/__rop__ protocol of the Data Model, 3.3.8): fast paths for exact ints, floats and strs,
// then the generic dunder dispatch with the subclass-first rule for reflected methods.

import type { PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyFloat } from "../types/float.js";
import { PyFunction } from "../types/function.js";
import { PyBuiltinFunction } from "../types/native.js";
import { newFloat, NotImplemented } from "../values.js";
import { typeError, zeroDivisionError } from "../errors.js";
import { callSpecialFound } from "./special.js";
import * as I from "./intmath.js";
import { floatMod, floatFloorDiv, floatPow } from "./floatmath.js";
import { complexPow, newComplexValue } from "./complexmath.js";
import { isIndex } from "./index.js";

export const enum Op {
  Add = 0,
  Sub,
  Mul,
  MatMul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  And,
  Or,
  Xor,
}

export const OP_NAMES = ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"];
export const ROP_NAMES = ["__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"];
export const IOP_NAMES = ["__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"];
export const OP_SYMBOLS = ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"];

/** int op int for exact ints (JS numbers or bigints). */
export function intBinary(a: I.Int, b: I.Int, op: Op): PyValue {
  switch (op) {
    case Op.Add:
      return I.add(a, b);
    case Op.Sub:
      return I.sub(a, b);
    case Op.Mul:
      return I.mul(a, b);
    case Op.TrueDiv:
      return newFloat(I.truediv(a, b));
    case Op.FloorDiv:
      return I.floordiv(a, b);
    case Op.Mod:
      return I.mod(a, b);
    case Op.Pow:
      if (I.sign(b) < 0) {
        if (I.isZero(a)) zeroDivisionError("0.0 cannot be raised to a negative power");
        return newFloat(floatPow(I.toFloat(a), I.toFloat(b)));
      }
      return I.powNonNeg(a, b);
    case Op.LShift:
      return I.lshift(a, b);
    case Op.RShift:
      return I.rshift(a, b);
    case Op.And:
      return I.and(a, b);
    case Op.Or:
      return I.or(a, b);
    case Op.Xor:
      return I.xor(a, b);
    default:
      return NotImplemented;
  }
}

/** float op float. */
export function floatBinary(a: number, b: number, op: Op): PyValue {
  switch (op) {
    case Op.Add:
      return newFloat(a + b);
    case Op.Sub:
      return newFloat(a - b);
    case Op.Mul:
      return newFloat(a * b);
    case Op.TrueDiv:
      if (b === 0) zeroDivisionError("float division by zero");
      return newFloat(a / b);
    case Op.FloorDiv:
      return newFloat(floatFloorDiv(a, b));
    case Op.Mod:
      return newFloat(floatMod(a, b));
    case Op.Pow:
      return floatPowValue(a, b);
    default:
      return NotImplemented;
  }
}

function floatPowValue(a: number, b: number): PyValue {
  // float_pow: a negative base with a fractional exponent gives a complex result.
  if (a < 0 && a !== -Infinity && b !== Math.floor(b) && Number.isFinite(b)) return complexPow(newComplexValue(a, 0), newComplexValue(b, 0));
  return newFloat(floatPow(a, b));
}

/** a op b: a new reference, or TypeError for unsupported operands. */
export function binaryOp(a: PyValue, b: PyValue, op: Op): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    if (op !== Op.MatMul) return intBinary(a, b, op);
  } else if (typeof a === "object" && a.type === T.floatType) {
    // floats have no @, <<, >>, &, |, ^: those go to the generic dispatch (and its TypeError)
    if (op <= Op.Pow && op !== Op.MatMul) {
      const x = (a as PyFloat).value;
      if (typeof b === "object" && b.type === T.floatType) return floatBinary(x, (b as PyFloat).value, op);
      if (typeof b === "number") return floatBinary(x, b, op);
    }
  } else if (typeof a === "string" && typeof b === "string" && op === Op.Add) {
    return a + b;
  } else if (typeof a === "number" && typeof b === "object" && b.type === T.floatType && op <= Op.Pow && op !== Op.MatMul) {
    return floatBinary(a, (b as PyFloat).value, op);
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === Op.Add || op === Op.Mul) {
    const s = sequenceOp(a, b, op, false);
    if (s !== NotImplemented) return s;
  }
  return unsupported(a, b, OP_SYMBOLS[op]);
}

/**
 * The `__add__`, `__mul__`, `__rmul__`, `__iadd__` and `__imul__` of builtin sequences (list,
 * tuple, str, bytes, ...) stand for CPython's sq_concat / sq_repeat / sq_inplace_* slots, which
 * PyNumber_Add/Multiply (and the in-place forms) try only after both operands' number slots
 * declined: `[1] + x` calls `type(x).__radd__` first, and `[1] * 2.0` reports "can't multiply
 * sequence by non-int". Sequence types register those method descriptors here.
 */
export const sequenceSlots: Set<PyValue> = new Set();

/** The sequence fallback of PyNumber_Add/Multiply/InPlaceAdd/InPlaceMultiply (NotImplemented if none). */
function sequenceOp(a: PyValue, b: PyValue, op: Op, inplace: boolean): PyValue {
  const ta = typeOf(a);
  if (op === Op.Add) {
    let f = inplace ? ta.lookup("__iadd__") : undefined;
    if (f === undefined || !sequenceSlots.has(f)) f = ta.lookup("__add__");
    if (f !== undefined && sequenceSlots.has(f)) return callSpecialFound(f, a, b);
    return NotImplemented;
  }
  let f = inplace ? ta.lookup("__imul__") : undefined;
  if (f === undefined || !sequenceSlots.has(f)) f = ta.lookup("__mul__");
  if (f !== undefined && sequenceSlots.has(f)) return sequenceRepeat(f, a, b);
  // (CPython skips this for `a *= b` when a's type has any sequence slot; pyframe does not tell.)
  const g = typeOf(b).lookup("__rmul__");
  if (g !== undefined && sequenceSlots.has(g)) return sequenceRepeat(g, b, a);
  return NotImplemented;
}

/** sequence_repeat: the count must have __index__. */
function sequenceRepeat(f: PyValue, seq: PyValue, n: PyValue): PyValue {
  if (!isIndex(n)) typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  return callSpecialFound(f, seq, n);
}

function unsupported(a: PyValue, b: PyValue, symbol: string): never {
  if (symbol === ">>" && a instanceof PyBuiltinFunction && a.type === T.builtinFunctionType && a.name === "print") {
    // binary_op: the Python 2 habit `print >> f, x`
    typeError(`unsupported operand type(s) for >>: '${typeOf(a).name}' and '${typeOf(b).name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  return typeError(`unsupported operand type(s) for ${symbol}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/**
 * binary_op1's `slotw == slotv`: both types share the same builtin slot, so the reflected one is not
 * tried. Python-level methods all share slot_nb_*, but that slot itself calls the other operand's
 * `__rop__` when the types differ (SLOT1BINFULL), so an inherited Python `__radd__` is still called.
 */
function sameSlot(fb: PyValue, ta: PyType, rname: string): boolean {
  return fb === ta.lookup(rname) && !(fb instanceof PyFunction);
}

/** binary_op1: a.__op__(b), b.__rop__(a), with a proper subclass's override of __rop__ tried first. */
export function binaryOp1(a: PyValue, b: PyValue, op: Op): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fa = ta.lookup(OP_NAMES[op]);
  if (fa !== undefined && sequenceSlots.has(fa)) fa = undefined;
  let fb: PyValue | undefined = undefined;
  if (ta !== tb) {
    fb = tb.lookup(ROP_NAMES[op]);
    if (fb !== undefined && (sameSlot(fb, ta, ROP_NAMES[op]) || sequenceSlots.has(fb))) fb = undefined;
  }
  if (fb !== undefined && tb.isSubtypeOf(ta)) {
    const r = callSpecialFound(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callSpecialFound(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) return callSpecialFound(fb, b, a);
  return NotImplemented;
}

/** a op= b: __iop__ first, then the binary operator. */
export function inplaceOp(a: PyValue, b: PyValue, op: Op): PyValue {
  if (typeof a === "number" && typeof b === "number" && op !== Op.MatMul) return intBinary(a, b, op);
  if (typeof a === "string" && typeof b === "string" && op === Op.Add) return a + b;
  if (typeof a === "object") {
    const f = a.type.lookup(IOP_NAMES[op]);
    if (f !== undefined && !sequenceSlots.has(f)) {
      const r = callSpecialFound(f, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  if (typeof a === "object" && a.type === T.floatType && op <= Op.Pow && op !== Op.MatMul) {
    const x = (a as PyFloat).value;
    if (typeof b === "object" && b.type === T.floatType) return floatBinary(x, (b as PyFloat).value, op);
    if (typeof b === "number") return floatBinary(x, b, op);
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === Op.Add || op === Op.Mul) {
    const s = sequenceOp(a, b, op, true);
    if (s !== NotImplemented) return s;
  }
  return unsupported(a, b, OP_SYMBOLS[op] === "** or pow()" ? "**=" : OP_SYMBOLS[op] + "=");
}

/** Builtin __pow__ descriptors whose slot ternary_op may call with the modulus's type (see ternaryPow). */
export const modulusPowSlots = new Map<PyValue | undefined, (a: PyValue, b: PyValue, c: PyValue) => PyValue>();

/** pow(a, b, c) with a modulus (ternary_op). */
export function ternaryPow(a: PyValue, b: PyValue, c: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const f = ta.lookup("__pow__");
  if (f !== undefined) {
    const r = callSpecialFound(f, a, b, c);
    if (r !== NotImplemented) return r;
  }
  if (tb !== ta) {
    const g = tb.lookup("__rpow__");
    // slot_nb_power: three-argument pow never calls a Python-level __rpow__
    if (g !== undefined && !(g instanceof PyFunction)) {
      const r = callSpecialFound(g, b, a, c);
      if (r !== NotImplemented) return r;
    }
  }
  // ternary_op also offers the modulus's own nb_power slot (float_pow, complex_pow), which
  // converts a and b itself: pow(2, 3, 5.0) reports the float rule, not "unsupported".
  const tc = typeOf(c);
  if (tc !== ta && tc !== tb) {
    const slot = modulusPowSlots.get(tc.lookup("__pow__"));
    if (slot !== undefined) {
      const r = slot(a, b, c);
      if (r !== NotImplemented) return r;
    }
  }
  return typeError(`unsupported operand type(s) for ** or pow(): '${ta.name}', '${tb.name}', '${typeOf(c).name}'`);
}

// ---- unary --------------------------------------------------------------------------------

function unaryGeneric(v: PyValue, name: string, symbol: string): PyValue {
  const t: PyType = typeOf(v);
  const f = t.lookup(name);
  if (f === undefined) typeError(`bad operand type for unary ${symbol}: '${t.name}'`);
  return callSpecialFound(f, v);
}

export function negative(v: PyValue): PyValue {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  if (typeof v === "object" && v.type === T.floatType) return newFloat(-(v as PyFloat).value);
  return unaryGeneric(v, "__neg__", "-");
}

export function positive(v: PyValue): PyValue {
  if (typeof v === "number") return v;
  if (typeof v === "object" && v.type === T.floatType) {
    v.rc++;
    return v;
  }
  return unaryGeneric(v, "__pos__", "+");
}

export function invert(v: PyValue): PyValue {
  if (typeof v === "number") return I.invert(v);
  return unaryGeneric(v, "__invert__", "~");
}

export function absolute(v: PyValue): PyValue {
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "object" && v.type === T.floatType) return newFloat(Math.abs((v as PyFloat).value));
  const t = typeOf(v);
  const f = t.lookup("__abs__");
  if (f === undefined) typeError(`bad operand type for abs(): '${t.name}'`);
  return callSpecialFound(f, v);
}


/**
 * The rest of binaryOp after the left operand's Python-level method returned NotImplemented
 * (the interpreter calls that method itself, without a nested run): the reflected method, the
 * sequence slots, then the TypeError. Only valid when the reflected-first rule did not apply.
 */
export function binaryOpAfterLeft(a: PyValue, b: PyValue, op: Op): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb) {
    const fb = tb.lookup(ROP_NAMES[op]);
    if (fb !== undefined && !sameSlot(fb, ta, ROP_NAMES[op]) && !sequenceSlots.has(fb)) {
      const r = callSpecialFound(fb, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Op.Add || op === Op.Mul) {
    const s = sequenceOp(a, b, op, false);
    if (s !== NotImplemented) return s;
  }
  return unsupported(a, b, OP_SYMBOLS[op]);
}

/** Whether binaryOp would call the right operand's reflected method first (a proper subclass overriding it). */
export function reflectedFirst(ta: PyType, tb: PyType, op: Op): boolean {
  if (ta === tb || !tb.isSubtypeOf(ta)) return false;
  const fb = tb.lookup(ROP_NAMES[op]);
  return fb !== undefined && fb !== ta.lookup(ROP_NAMES[op]) && !sequenceSlots.has(fb);
}

/** The rest of binaryOp after the right operand's reflected method returned NotImplemented. */
export function binaryOpAfterRight(a: PyValue, b: PyValue, op: Op): PyValue {
  if (op === Op.Add || op === Op.Mul) {
    const s = sequenceOp(a, b, op, false);
    if (s !== NotImplemented) return s;
  }
  return unsupported(a, b, OP_SYMBOLS[op]);
}

/** The left operand's own method only (for a builtin left operand): its result, or NotImplemented. */
export function binaryOpLeftOnly(a: PyValue, b: PyValue, op: Op): PyValue {
  const fa = typeOf(a).lookup(OP_NAMES[op]);
  if (fa === undefined || sequenceSlots.has(fa)) return NotImplemented;
  return callSpecialFound(fa, a, b);
}
