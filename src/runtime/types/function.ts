// Python-level callables and their parts: code objects, functions, cells, bound methods.
// The code object's executable form belongs to the interpreter; the runtime keeps it opaque.

import { PyObject, decref, xdecref, type PyValue } from "../object.js";
import { cellType, codeType, functionType, methodType } from "../typeobjects.js";
import type { PyDict } from "./dict.js";
import type { PyTuple } from "./tuple.js";

// co_flags bits, as CPython numbers them (inspect.CO_*).
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

export class PyCode extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstlineno: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly coFlags: number,
    /** local variable names: parameters first, then other locals (co_varnames) */
    readonly varnames: string[],
    readonly cellvars: string[],
    readonly freevars: string[],
    /** the interpreter's executable form */
    readonly impl: unknown,
  ) {
    super(codeType);
  }
}

export class PyCell extends PyObject {
  /** the referenced value; undefined while empty */
  ref: PyValue | undefined;

  constructor(ref: PyValue | undefined) {
    super(cellType);
    this.ref = ref;
  }

  override clearRefs(): void {
    const v = this.ref;
    this.ref = undefined;
    if (v !== undefined) decref(v);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (typeof this.ref === "object") visit(this.ref);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyTuple | null;
  kwdefaults: PyDict | null;
  doc: PyValue;
  module: PyValue;
  annotations: PyDict | null;

  constructor(
    public code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    readonly closure: PyTuple | null,
    doc: PyValue,
    module: PyValue,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.doc = doc;
    this.module = module;
    this.annotations = null;
  }

  override clearRefs(): void {
    // func_clear's order (defaults before the closure cells), then func_dealloc's code
    const defaults = this.defaults;
    const kwdefaults = this.kwdefaults;
    const annotations = this.annotations;
    this.defaults = this.kwdefaults = this.annotations = null;
    decref(this.globals);
    decref(this.builtins);
    xdecref(this.module);
    xdecref(defaults);
    xdecref(kwdefaults);
    xdecref(this.doc);
    super.clearRefs(); // func_dict
    xdecref(this.closure);
    xdecref(annotations);
    decref(this.code);
  }

  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const r of [this.code, this.globals, this.closure, this.defaults, this.kwdefaults, this.doc, this.module, this.annotations]) {
      if (typeof r === "object" && r !== null) visit(r);
    }
  }
}

/** A function bound to an instance (types.MethodType). */
export class PyMethod extends PyObject {
  constructor(readonly func: PyValue, readonly self: PyValue) {
    super(methodType);
  }

  override clearRefs(): void {
    decref(this.func);
    decref(this.self);
  }

  override traverse(visit: (o: PyObject) => void): void {
    if (typeof this.func === "object") visit(this.func);
    if (typeof this.self === "object") visit(this.self);
  }
}
