// Binding call arguments to a Python function's parameters (CPython's initialize_locals in
// Python/ceval.c), with its error messages, which name the function by __qualname__.

import { decref, type PyValue } from "../runtime/object.js";
import { typeError } from "../runtime/errors.js";
import { PyDict } from "../runtime/types/dict.js";
import type { PyFunction } from "../runtime/types/function.js";
import { dictType } from "../runtime/typeobjects.js";
import { emptyTuple, newTuple } from "../runtime/values.js";
import type { CodeImpl } from "./frame.js";

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/**
 * Fills `locals` (all undefined) from the arguments `src[start .. start+npos)` (positional) and,
 * when `kwnames` is given, `src[start+npos ..]` (keyword values). Arguments are borrowed; locals
 * get new references. On error the locals filled so far are released by the caller's frame.
 */
export function bindArgs(
  fn: PyFunction,
  co: CodeImpl,
  locals: (PyValue | undefined)[],
  src: ArrayLike<PyValue>,
  start: number,
  npos: number,
  kwnames: readonly string[] | null,
): void {
  const argcount = co.argcount;
  const kwonly = co.kwonlyargcount;
  const total = argcount + kwonly;
  const varnames = co.varnames;

  // Fast path: exactly the positional parameters, nothing else.
  if (npos === argcount && kwnames === null && !co.hasVarargs && !co.hasVarkw && kwonly === 0) {
    for (let i = 0; i < npos; i++) {
      const v = src[start + i];
      if (typeof v === "object") v.rc++;
      locals[i] = v;
    }
    return;
  }

  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) {
    const v = src[start + i];
    if (typeof v === "object") v.rc++;
    locals[i] = v;
  }
  let slot = total;
  if (co.hasVarargs) {
    locals[slot++] = npos > argcount ? newTuple(Array.prototype.slice.call(src, start + argcount, start + npos) as PyValue[]) : (emptyTuple.rc++, emptyTuple);
  }
  let kwdict: PyDict | null = null;
  if (co.hasVarkw) {
    kwdict = new PyDict(dictType);
    locals[slot] = kwdict;
  }

  if (kwnames !== null) {
    const posonlyPassed: string[] = [];
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k];
      const value = src[start + npos + k];
      let j = -1;
      for (let p = co.posonlyargcount; p < total; p++) {
        if (varnames[p] === name) {
          j = p;
          break;
        }
      }
      if (j >= 0) {
        if (locals[j] !== undefined) typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
        if (typeof value === "object") value.rc++;
        locals[j] = value;
        continue;
      }
      if (kwdict !== null) {
        kwdict.set(name, value);
        continue;
      }
      for (let p = 0; p < co.posonlyargcount; p++) if (varnames[p] === name) posonlyPassed.push(name);
      if (posonlyPassed.length > 0 && posonlyPassed[posonlyPassed.length - 1] === name) continue;
      typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (posonlyPassed.length > 0) {
      typeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(", ")}'`);
    }
  }

  if (npos > argcount && !co.hasVarargs) tooManyPositional(fn, co, locals, npos);

  const defaults = fn.defaults;
  const ndefaults = defaults === null ? 0 : defaults.items.length;
  if (npos < argcount) {
    const firstDefault = argcount - ndefaults;
    const missing: string[] = [];
    for (let i = npos; i < firstDefault; i++) if (locals[i] === undefined) missing.push(varnames[i]);
    if (missing.length > 0) {
      typeError(`${fn.qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${quotedList(missing)}`);
    }
    for (let i = Math.max(npos, firstDefault); i < argcount; i++) {
      if (locals[i] === undefined) {
        const d = defaults!.items[i - firstDefault];
        if (typeof d === "object") d.rc++;
        locals[i] = d;
      }
    }
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== undefined) continue;
      const d = fn.kwdefaults === null ? undefined : fn.kwdefaults.getStr(varnames[i]);
      if (d !== undefined) {
        if (typeof d === "object") d.rc++;
        locals[i] = d;
      } else {
        missing.push(varnames[i]);
      }
    }
    if (missing.length > 0) {
      typeError(`${fn.qualname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? "" : "s"}: ${quotedList(missing)}`);
    }
  }
}

function tooManyPositional(fn: PyFunction, co: CodeImpl, locals: (PyValue | undefined)[], given: number): never {
  let kwonlyGiven = 0;
  for (let i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (locals[i] !== undefined) kwonlyGiven++;
  const defaults = fn.defaults;
  let sig: string;
  let plural: boolean;
  if (defaults !== null && defaults.items.length > 0) {
    plural = true;
    sig = `from ${co.argcount - defaults.items.length} to ${co.argcount}`;
  } else {
    plural = co.argcount !== 1;
    sig = String(co.argcount);
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`
    : "";
  return typeError(`${fn.qualname}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonlySig} ${given === 1 && !kwonlyGiven ? "was" : "were"} given`);
}

/** Releases whatever bindArgs stored before failing. */
export function releaseLocals(locals: (PyValue | undefined)[]): void {
  for (let i = 0; i < locals.length; i++) {
    const v = locals[i];
    if (v !== undefined) {
      locals[i] = undefined;
      decref(v);
    }
  }
}
