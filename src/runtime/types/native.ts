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
  wrapperDescriptorType,
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
    /** method-wrapper for a bound slot wrapper ((1).__add__) */
    type: PyType = builtinFunctionType,
  ) {
    super(type);
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

/** The dunders CPython fills from type slots (slotdefs): their descriptors are wrapper_descriptors. */
const SLOT_WRAPPER_NAMES = new Set([
  "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__",
  "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
  "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__len__", "__getitem__",
  "__setitem__", "__delitem__", "__contains__", "__bool__", "__index__", "__int__", "__float__", "__neg__",
  "__pos__", "__abs__", "__invert__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
  "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__lshift__", "__rlshift__",
  "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
  "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__matmul__", "__rmatmul__", "__iadd__",
  "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
  "__ior__", "__ifloordiv__", "__itruediv__", "__imatmul__",
]);
/** slot dunders these types also define as METH_COEXIST methods (method_descriptors) */
const COEXIST_METHODS = new Set(["dict.__contains__", "dict.__getitem__", "set.__contains__", "frozenset.__contains__", "list.__getitem__"]);

/** method_descriptor / classmethod_descriptor / wrapper_descriptor: a method in a builtin type's namespace. */
export class PyMethodDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: NativeMethod,
    readonly kind: MethodKind,
    readonly doc: string | null,
  ) {
    super(
      kind === MethodKind.Class
        ? classMethodDescriptorType
        : kind === MethodKind.Instance && SLOT_WRAPPER_NAMES.has(name) && !COEXIST_METHODS.has(`${owner.name}.${name}`)
          ? wrapperDescriptorType
          : methodDescriptorType,
    );
  }

  /** a slot wrapper ("<slot wrapper '__add__' of 'int' objects>") rather than a method */
  get isSlotWrapper(): boolean {
    return this.type === wrapperDescriptorType;
  }
}

/**
 * getset_descriptor: a computed attribute of a builtin type's instances. With `member` set it
 * stands for a member_descriptor of a builtin type's tp_members (complex.real, property.fget):
 * typed member_descriptor, and a read-only one answers stores with "readonly attribute".
 */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    /** returns a new reference */
    readonly get: (self: PyValue) => PyValue,
    /** null: read-only; `value` is borrowed, undefined means delete */
    readonly set: ((self: PyValue, value: PyValue | undefined) => void) | null,
    readonly doc: string | null,
    readonly member = false,
  ) {
    super(member ? memberDescriptorType : getsetDescriptorType);
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
