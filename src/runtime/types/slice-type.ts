// slice: the Python-visible behaviour of PySlice (Objects/sliceobject.c). The index arithmetic
// every sequence uses lives in ops/slices.ts.

import { newref, type PyValue } from "../object.js";
import * as T from "../typeobjects.js";
import { None, NotImplemented, newTupleOwned } from "../values.js";
import { typeError, valueError } from "../errors.js";
import { defGetSet, defMember, defMethod, defNew, noKwargs } from "../define.js";
import { defSlot } from "./slot-args.js";
import { PySlice } from "./slice.js";
import { Cmp } from "../ops/compare.js";
import { repr } from "../ops/repr.js";
import { numberIndex } from "../ops/index.js";
import { sliceIndicesLong } from "../ops/slices.js";
import { tupleRichCompare } from "./tuple-type.js";
import * as I from "../ops/intmath.js";

/** slice(start, stop, step) from borrowed values. */
export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(newref(start), newref(stop), newref(step));
}

export function initSliceType(): void {
  const S = T.sliceType;
  const sl = (self: PyValue) => self as PySlice;

  defNew(S, (_cls, args, kwnames) => {
    noKwargs("slice", kwnames);
    const n = args.length;
    if (n < 1) typeError(`slice expected at least 1 argument, got ${n}`);
    if (n > 3) typeError(`slice expected at most 3 arguments, got ${n}`);
    if (n === 1) return newSlice(None, args[0], None);
    return newSlice(args[0], args[1], n === 3 ? args[2] : None);
  });

  defMember(S, "start", (self) => newref(sl(self).start));
  defMember(S, "stop", (self) => newref(sl(self).stop));
  defMember(S, "step", (self) => newref(sl(self).step));

  defSlot(S, "__repr__", 0, (self) => {
    const s = sl(self);
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  });
  S.ns.set("__hash__", None);

  defMethod(S, "indices", (self, args, kwnames) => {
    noKwargs("slice.indices", kwnames);
    if (args.length !== 1) typeError(`slice.indices() takes exactly one argument (${args.length} given)`);
    const length = numberIndex(args[0]);
    if (I.sign(length) < 0) valueError("length should not be negative");
    const [start, stop, step] = sliceIndicesLong(sl(self), length);
    return newTupleOwned([start, stop, step]);
  });

  defMethod(S, "__reduce__", (self) => {
    const s = sl(self);
    S.rc++;
    return newTupleOwned([S, newTupleOwned([newref(s.start), newref(s.stop), newref(s.step)])]);
  });

  const cmp = (op: Cmp) => (self: PyValue, args: PyValue[]) => {
    const v = sl(self);
    const w = args[0];
    if (!(w instanceof PySlice)) return NotImplemented;
    if (v === w) return op === Cmp.Eq || op === Cmp.Le || op === Cmp.Ge;
    return tupleRichCompare([v.start, v.stop, v.step], [w.start, w.stop, w.step], op);
  };
  defSlot(S, "__lt__", 1, cmp(Cmp.Lt));
  defSlot(S, "__le__", 1, cmp(Cmp.Le));
  defSlot(S, "__eq__", 1, cmp(Cmp.Eq));
  defSlot(S, "__ne__", 1, cmp(Cmp.Ne));
  defSlot(S, "__gt__", 1, cmp(Cmp.Gt));
  defSlot(S, "__ge__", 1, cmp(Cmp.Ge));
}
