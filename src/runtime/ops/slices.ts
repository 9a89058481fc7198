// Slice arithmetic shared by every sequence type (Objects/sliceobject.c PySlice_Unpack,
// PySlice_AdjustIndices, _PySlice_GetLongIndices).
//
// Sequences call `sliceIndices(slice, len)` and get (start, stop, step, length) ready for
// iteration: `for (i = start, k = 0; k < length; i += step, k++)`. Ranges and slice.indices()
// need unbounded ints and use `sliceIndicesLong`.

import type { PyValue } from "../object.js";
import { None } from "../values.js";
import { PySlice } from "../types/slice.js";
import { typeError, valueError } from "../errors.js";
import { isIndex, numberIndex, sliceIndex, SSIZE_MAX_NUM } from "./index.js";
import * as I from "./intmath.js";

export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  /** the number of items the slice selects (slicelength) */
  length: number;
}

const SSIZE_MIN_NUM = -SSIZE_MAX_NUM - 1;

/**
 * PySlice_Unpack: start, stop and step of `s` as clamped Py_ssize_t values (None filled in),
 * evaluating step, then start, then stop. Raises "slice step cannot be zero".
 */
export function sliceUnpack(s: PySlice): SliceBounds {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step, 1);
    if (step === 0) valueError("slice step cannot be zero");
    if (step < -SSIZE_MAX_NUM) step = -SSIZE_MAX_NUM;
  }
  const start = s.start === None ? (step < 0 ? SSIZE_MAX_NUM : 0) : sliceIndex(s.start, 0);
  const stop = s.stop === None ? (step < 0 ? SSIZE_MIN_NUM : SSIZE_MAX_NUM) : sliceIndex(s.stop, 0);
  return { start, stop, step, length: 0 };
}

/** PySlice_AdjustIndices: clamps start/stop of `b` to a sequence of `length` items and sets b.length. */
export function adjustIndices(length: number, b: SliceBounds): SliceBounds {
  const step = b.step;
  let start = b.start;
  let stop = b.stop;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  b.start = start;
  b.stop = stop;
  if (step < 0) b.length = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  else b.length = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return b;
}

/** PySlice_Unpack + PySlice_AdjustIndices for a sequence of `length` items. */
export function sliceIndices(s: PySlice, length: number): SliceBounds {
  return adjustIndices(length, sliceUnpack(s));
}

/** A slice index for slice.indices() and ranges (evaluate_slice_index): __index__ or TypeError. */
function longIndex(v: PyValue): I.Int {
  if (typeof v === "number") return v;
  if (!isIndex(v)) typeError("slice indices must be integers or None or have an __index__ method");
  return numberIndex(v);
}

/**
 * _PySlice_GetLongIndices: (start, stop, step) of `s` for a sequence of `length` items, with
 * unbounded ints (slice.indices(), range slicing). `length` must be >= 0.
 */
export function sliceIndicesLong(s: PySlice, length: I.Int): [I.Int, I.Int, I.Int] {
  let step: I.Int = 1;
  if (s.step !== None) {
    step = longIndex(s.step);
    if (I.isZero(step)) valueError("slice step cannot be zero");
  }
  const neg = I.sign(step) < 0;
  const lower: I.Int = neg ? -1 : 0;
  const upper: I.Int = neg ? I.add(length, -1) : length;
  const clamp = (v: PyValue, dflt: I.Int): I.Int => {
    if (v === None) return dflt;
    let x = longIndex(v);
    if (I.sign(x) < 0) {
      x = I.add(x, length);
      if (I.compare(x, lower) < 0) x = lower;
    } else if (I.compare(x, upper) > 0) {
      x = upper;
    }
    return x;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return [start, stop, step];
}

/** The number of items of range(start, stop, step) (also a slice's length after adjustment). */
export function rangeLength(start: I.Int, stop: I.Int, step: I.Int): I.Int {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    const d = stop - start;
    // exact while the difference is well inside the safe range (division then floors exactly)
    if (d < 1125899906842624 && d > -1125899906842624) {
      if (step > 0) return d > 0 ? Math.floor((d - 1) / step) + 1 : 0;
      return d < 0 ? Math.floor((-d - 1) / -step) + 1 : 0;
    }
  }
  const a = I.big(start);
  const b = I.big(stop);
  const c = I.big(step);
  if (c > 0n) return a < b ? I.norm((b - a - 1n) / c + 1n) : 0;
  return b < a ? I.norm((a - b - 1n) / -c + 1n) : 0;
}
