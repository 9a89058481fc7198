// Argument checks of CPython's slot wrappers (Objects/typeobject.c wrap_binaryfunc, wrap_lenfunc,
// wrap_objobjargproc, wrap_indexargfunc, ...): calling `[].__len__(1)` or `{}.__setitem__(1)`
// directly reports "expected 0 arguments, got 1" / " expected 2 arguments, got 1" (the leading
// space comes from PyArg_UnpackTuple with an empty function name).

import type { PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { typeError } from "../errors.js";
import { defMethod } from "../define.js";
import type { NativeMethod } from "./native.js";
import type { PyMethodDescriptor } from "./native.js";

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** Raises the wrapper's error unless exactly `arity` positional arguments and no keywords were given. */
export function checkSlotArgs(name: string, args: PyValue[], kwnames: string[] | null, arity: number, unpackStyle = false): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length === arity) return;
  typeError(`${unpackStyle ? " " : ""}expected ${arity} argument${plural(arity)}, got ${args.length}`);
}

/**
 * Defines a dunder that stands for a type slot: `arity` arguments after self, checked as the
 * slot wrapper checks them (`unpackStyle` for __setitem__ and the sequence __mul__ family).
 */
export function defSlot(type: PyType, name: string, arity: number, fn: NativeMethod, unpackStyle = false): PyMethodDescriptor {
  return defMethod(type, name, (self, args, kwnames) => {
    if (args.length !== arity || kwnames !== null) checkSlotArgs(name, args, kwnames, arity, unpackStyle);
    return fn(self, args, kwnames);
  });
}

/** defSlot for the wrappers that unpack with PyArg_UnpackTuple (__setitem__, sequence __mul__/__rmul__/__imul__). */
export function defSlotU(type: PyType, name: string, arity: number, fn: NativeMethod): PyMethodDescriptor {
  return defSlot(type, name, arity, fn, true);
}
