// Callables and descriptors implemented in TypeScript: builtin functions (bound or not), method
// descriptors in builtin types' namespaces, and getset descriptors for computed attributes.
//
// Calling convention (like CPython's vectorcall): positional arguments in `args`; when `kwnames`
// is not null, the last kwnames.length entries of `args` are the keyword arguments' values.
// Arguments are borrowed; the result is a new reference.

import { PyObject, decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import {
  builtinFunctionType,
  classMethodDescriptorType,
  getsetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
} from "../typeobjects.js";

export type NativeFunction = (args: PyValue[], kwnames: string[] | null) => PyValue;
export type NativeMethod = (self: PyValue, args: PyValue[], kwnames: string[] | null) => PyValue;

/** builtin_function_or_method: a module-level function, or a method bound to `self`. */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeMethod,
    /** the bound object; null for module functions */
    readonly self: PyValue | null,
    readonly module: string | null,
    readonly doc: string | null,
    /** for bound methods: the type whose namespace defined the method (for __qualname__) */
    readonly owner: PyType | null,
  ) {
    super(builtinFunctionType);
  }

  override clearRefs(): void {
    if (this.self !== null) decref(this.self);
  }
}

export const enum MethodKind {
  Instance = 0,
  Class = 1,
  Static = 2,
}

/** method_descriptor / classmethod_descriptor: a method in a builtin type's namespace. */
export class PyMethodDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: NativeMethod,
    readonly kind: MethodKind,
    readonly doc: string | null,
  ) {
    super(kind === MethodKind.Class ? classMethodDescriptorType : methodDescriptorType);
  }
}

/** getset_descriptor: a computed attribute of a builtin type's instances. */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    /** returns a new reference */
    readonly get: (self: PyValue) => PyValue,
    /** null: read-only; `value` is borrowed, undefined means delete */
    readonly set: ((self: PyValue, value: PyValue | undefined) => void) | null,
    readonly doc: string | null,
  ) {
    super(getsetDescriptorType);
  }
}

/** member_descriptor: a __slots__ entry of a class. */
export class PyMemberDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly index: number,
  ) {
    super(memberDescriptorType);
  }
}
