// Name lookups in a frame's namespaces, shared by the run loop's helpers.

import { decref, newref, type PyValue } from "../runtime/object.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyException } from "../runtime/types/exception.js";
import { dictType, keyErrorType } from "../runtime/typeobjects.js";
import { getItem } from "../runtime/ops/seq.js";
import type { Frame } from "./frame.js";

/** The locals mapping, then globals, then builtins; a new reference or undefined. */
export function loadNameOpt(f: Frame, name: string): PyValue | undefined {
  const ld = f.localsDict;
  if (ld !== null) {
    if (ld instanceof PyDict && ld.type === dictType) {
      const v = ld.getStr(name);
      if (v !== undefined) return newref(v);
    } else {
      try {
        return getItem(ld, name);
      } catch (e) {
        if (!(e instanceof PyException && e.type.isSubtypeOf(keyErrorType))) throw e;
        decref(e);
      }
    }
  }
  const g = f.globals.getStr(name);
  if (g !== undefined) return newref(g);
  const b = f.builtins.getStr(name);
  return b === undefined ? undefined : newref(b);
}

import { StoreKind } from "./compile.js";
import type { Node } from "./nodes.js";
import { setItem } from "../runtime/ops/seq.js";

/** Binds `value` (borrowed) to the simple-name target `n` (a STORE node), outside the run loop. */
export function storeTo(f: Frame, n: Node, value: PyValue): void {
  if (typeof value === "object") value.rc++;
  switch (n.j as StoreKind) {
    case StoreKind.Fast: {
      const old = f.locals[n.i];
      f.locals[n.i] = value;
      if (old !== undefined) decref(old);
      return;
    }
    case StoreKind.Deref: {
      const cell = f.cells[n.i];
      const old = cell.ref;
      cell.ref = value;
      if (old !== undefined) decref(old);
      return;
    }
    case StoreKind.Global:
      f.globals.set(n.s, value);
      decref(value);
      return;
    default: {
      const ld = f.localsDict;
      try {
        if (ld instanceof PyDict) ld.set(n.s, value);
        else if (ld !== null) setItem(ld, n.s, value);
        else f.globals.set(n.s, value);
      } finally {
        decref(value);
      }
    }
  }
}
