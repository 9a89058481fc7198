// Every builtin type object, created in one place and in dependency order, before any method is
// installed. Type files (types/*.ts) fill in the namespaces from their `init` functions; keeping
// creation separate from behaviour lets every module import any type object without cycles at
// load time.

import { immortal } from "./object.js";
import {
  Layout,
  PyType,
  TPFLAG_BASETYPE,
  TPFLAG_FINALIZE,
  TPFLAG_HAS_DICT,
  TPFLAG_HAS_WEAKREF,
  TPFLAG_IMMUTABLE,
} from "./type.js";

const BUILTIN = TPFLAG_IMMUTABLE;
const SUB = TPFLAG_IMMUTABLE | TPFLAG_BASETYPE;

function make(name: string, base: PyType | null, layout: Layout, flags: number, module = "builtins"): PyType {
  const t = new PyType(typeType, name, base === null ? [] : [base], layout, flags);
  t.mro = base === null ? [t] : [t, ...base.mro];
  t.module = module;
  t.solidBase = layout === Layout.Object && base !== null ? base.solidBase : t;
  immortal(t);
  return t;
}

// `type` is its own type; `object` has no base.
export const typeType: PyType = new PyType(null, "type", [], Layout.Type, SUB | TPFLAG_HAS_WEAKREF);
typeType.type = typeType;
immortal(typeType);
export const objectType: PyType = new PyType(typeType, "object", [], Layout.Object, SUB);
objectType.mro = [objectType];
objectType.solidBase = objectType;
immortal(objectType);
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];
typeType.solidBase = typeType;
objectType.subclasses.push(typeType);

export const noneType = make("NoneType", objectType, Layout.Other, BUILTIN);
export const notImplementedType = make("NotImplementedType", objectType, Layout.Other, BUILTIN);
export const ellipsisType = make("ellipsis", objectType, Layout.Other, BUILTIN);

export const intType = make("int", objectType, Layout.Int, SUB);
export const boolType = make("bool", intType, Layout.Int, BUILTIN);
export const floatType = make("float", objectType, Layout.Float, SUB);
export const complexType = make("complex", objectType, Layout.Complex, SUB);
export const strType = make("str", objectType, Layout.Str, SUB);
export const bytesType = make("bytes", objectType, Layout.Bytes, SUB);
export const bytearrayType = make("bytearray", objectType, Layout.ByteArray, SUB);
export const tupleType = make("tuple", objectType, Layout.Tuple, SUB);
export const listType = make("list", objectType, Layout.List, SUB);
export const dictType = make("dict", objectType, Layout.Dict, SUB);
export const setType = make("set", objectType, Layout.Set, SUB | TPFLAG_HAS_WEAKREF);
export const frozensetType = make("frozenset", objectType, Layout.FrozenSet, SUB | TPFLAG_HAS_WEAKREF);
export const rangeType = make("range", objectType, Layout.Other, BUILTIN);
export const sliceType = make("slice", objectType, Layout.Other, BUILTIN);
export const memoryviewType = make("memoryview", objectType, Layout.Other, BUILTIN);

export const functionType = make("function", objectType, Layout.Function, BUILTIN | TPFLAG_HAS_DICT | TPFLAG_HAS_WEAKREF);
export const builtinFunctionType = make("builtin_function_or_method", objectType, Layout.Other, BUILTIN);
export const methodType = make("method", objectType, Layout.Other, BUILTIN | TPFLAG_HAS_WEAKREF);
export const methodDescriptorType = make("method_descriptor", objectType, Layout.Other, BUILTIN);
export const classMethodDescriptorType = make("classmethod_descriptor", objectType, Layout.Other, BUILTIN);
export const wrapperDescriptorType = make("wrapper_descriptor", objectType, Layout.Other, BUILTIN);
export const methodWrapperType = make("method-wrapper", objectType, Layout.Other, BUILTIN);
export const getsetDescriptorType = make("getset_descriptor", objectType, Layout.Other, BUILTIN);
export const memberDescriptorType = make("member_descriptor", objectType, Layout.Other, BUILTIN);
export const classmethodType = make("classmethod", objectType, Layout.Object, SUB | TPFLAG_HAS_DICT);
export const staticmethodType = make("staticmethod", objectType, Layout.Object, SUB | TPFLAG_HAS_DICT);
export const propertyType = make("property", objectType, Layout.Object, SUB);
export const superType = make("super", objectType, Layout.Object, SUB);
export const moduleType = make("module", objectType, Layout.Module, SUB | TPFLAG_HAS_DICT | TPFLAG_HAS_WEAKREF);
export const cellType = make("cell", objectType, Layout.Other, BUILTIN);
export const codeType = make("code", objectType, Layout.Other, BUILTIN | TPFLAG_HAS_WEAKREF);
export const frameType = make("frame", objectType, Layout.Other, BUILTIN);
export const tracebackType = make("traceback", objectType, Layout.Other, BUILTIN);
export const generatorType = make("generator", objectType, Layout.Other, BUILTIN | TPFLAG_HAS_WEAKREF | TPFLAG_FINALIZE);
export const coroutineType = make("coroutine", objectType, Layout.Other, BUILTIN | TPFLAG_HAS_WEAKREF | TPFLAG_FINALIZE);
export const coroutineWrapperType = make("coroutine_wrapper", objectType, Layout.Other, BUILTIN);
export const asyncGeneratorType = make("async_generator", objectType, Layout.Other, BUILTIN | TPFLAG_HAS_WEAKREF | TPFLAG_FINALIZE);
export const asyncGenASendType = make("async_generator_asend", objectType, Layout.Other, BUILTIN);
export const asyncGenAThrowType = make("async_generator_athrow", objectType, Layout.Other, BUILTIN);
export const asyncGenWrappedValueType = make("async_generator_wrapped_value", objectType, Layout.Other, BUILTIN);
export const mappingproxyType = make("mappingproxy", objectType, Layout.Other, BUILTIN);
export const simpleNamespaceType = make("SimpleNamespace", objectType, Layout.Object, SUB | TPFLAG_HAS_DICT, "types");
export const genericAliasType = make("GenericAlias", objectType, Layout.Other, BUILTIN, "types");
export const unionType = make("UnionType", objectType, Layout.Other, BUILTIN, "types");
export const weakrefType = make("ReferenceType", objectType, Layout.Other, SUB, "weakref");
export const weakproxyType = make("ProxyType", objectType, Layout.Other, BUILTIN, "weakref");
export const weakcallableproxyType = make("CallableProxyType", objectType, Layout.Other, BUILTIN, "weakref");

// Iterators and views.
export const iteratorTypes = {
  list: make("list_iterator", objectType, Layout.Other, BUILTIN),
  listReverse: make("list_reverseiterator", objectType, Layout.Other, BUILTIN),
  tuple: make("tuple_iterator", objectType, Layout.Other, BUILTIN),
  str: make("str_ascii_iterator", objectType, Layout.Other, BUILTIN),
  bytes: make("bytes_iterator", objectType, Layout.Other, BUILTIN),
  range: make("range_iterator", objectType, Layout.Other, BUILTIN),
  set: make("set_iterator", objectType, Layout.Other, BUILTIN),
  dictKeys: make("dict_keyiterator", objectType, Layout.Other, BUILTIN),
  dictValues: make("dict_valueiterator", objectType, Layout.Other, BUILTIN),
  dictItems: make("dict_itemiterator", objectType, Layout.Other, BUILTIN),
  dictReverseKeys: make("dict_reversekeyiterator", objectType, Layout.Other, BUILTIN),
  dictReverseValues: make("dict_reversevalueiterator", objectType, Layout.Other, BUILTIN),
  dictReverseItems: make("dict_reverseitemiterator", objectType, Layout.Other, BUILTIN),
  seq: make("iterator", objectType, Layout.Other, BUILTIN),
  callable: make("callable_iterator", objectType, Layout.Other, BUILTIN),
};
export const dictKeysType = make("dict_keys", objectType, Layout.Other, BUILTIN);
export const dictValuesType = make("dict_values", objectType, Layout.Other, BUILTIN);
export const dictItemsType = make("dict_items", objectType, Layout.Other, BUILTIN);
export const enumerateType = make("enumerate", objectType, Layout.Object, SUB);
export const zipType = make("zip", objectType, Layout.Object, SUB);
export const mapType = make("map", objectType, Layout.Object, SUB);
export const filterType = make("filter", objectType, Layout.Object, SUB);
export const reversedType = make("reversed", objectType, Layout.Object, SUB);

// Exceptions: BaseException and its builtin subclasses, in CPython's hierarchy.
const EXC = SUB | TPFLAG_HAS_DICT;
export const baseExceptionType = make("BaseException", objectType, Layout.BaseException, EXC);
/** Exception classes with their own instance struct in CPython (solid bases for layout checks). */
const OWN_EXC_LAYOUT = new Set(["SyntaxError", "ImportError", "UnicodeError", "SystemExit", "OSError", "StopIteration", "NameError", "AttributeError", "BaseExceptionGroup"]);

function exc(name: string, base: PyType): PyType {
  const t = make(name, base, Layout.BaseException, EXC);
  // best_base: a class adding no fields shares its base's layout (class E(OSError, ValueError) is valid)
  if (!OWN_EXC_LAYOUT.has(name)) t.solidBase = base.solidBase;
  return t;
}
export const exceptionType = exc("Exception", baseExceptionType);
export const baseExceptionGroupType = exc("BaseExceptionGroup", baseExceptionType);
export const generatorExitType = exc("GeneratorExit", baseExceptionType);
export const keyboardInterruptType = exc("KeyboardInterrupt", baseExceptionType);
export const systemExitType = exc("SystemExit", baseExceptionType);
export const arithmeticErrorType = exc("ArithmeticError", exceptionType);
export const floatingPointErrorType = exc("FloatingPointError", arithmeticErrorType);
export const overflowErrorType = exc("OverflowError", arithmeticErrorType);
export const zeroDivisionErrorType = exc("ZeroDivisionError", arithmeticErrorType);
export const assertionErrorType = exc("AssertionError", exceptionType);
export const attributeErrorType = exc("AttributeError", exceptionType);
export const bufferErrorType = exc("BufferError", exceptionType);
export const eofErrorType = exc("EOFError", exceptionType);
export const importErrorType = exc("ImportError", exceptionType);
export const moduleNotFoundErrorType = exc("ModuleNotFoundError", importErrorType);
export const lookupErrorType = exc("LookupError", exceptionType);
export const indexErrorType = exc("IndexError", lookupErrorType);
export const keyErrorType = exc("KeyError", lookupErrorType);
export const memoryErrorType = exc("MemoryError", exceptionType);
export const nameErrorType = exc("NameError", exceptionType);
export const unboundLocalErrorType = exc("UnboundLocalError", nameErrorType);
export const osErrorType = exc("OSError", exceptionType);
export const blockingIOErrorType = exc("BlockingIOError", osErrorType);
export const childProcessErrorType = exc("ChildProcessError", osErrorType);
export const connectionErrorType = exc("ConnectionError", osErrorType);
export const brokenPipeErrorType = exc("BrokenPipeError", connectionErrorType);
export const connectionAbortedErrorType = exc("ConnectionAbortedError", connectionErrorType);
export const connectionRefusedErrorType = exc("ConnectionRefusedError", connectionErrorType);
export const connectionResetErrorType = exc("ConnectionResetError", connectionErrorType);
export const fileExistsErrorType = exc("FileExistsError", osErrorType);
export const fileNotFoundErrorType = exc("FileNotFoundError", osErrorType);
export const interruptedErrorType = exc("InterruptedError", osErrorType);
export const isADirectoryErrorType = exc("IsADirectoryError", osErrorType);
export const notADirectoryErrorType = exc("NotADirectoryError", osErrorType);
export const permissionErrorType = exc("PermissionError", osErrorType);
export const processLookupErrorType = exc("ProcessLookupError", osErrorType);
export const timeoutErrorType = exc("TimeoutError", osErrorType);
export const referenceErrorType = exc("ReferenceError", exceptionType);
export const runtimeErrorType = exc("RuntimeError", exceptionType);
export const notImplementedErrorType = exc("NotImplementedError", runtimeErrorType);
export const recursionErrorType = exc("RecursionError", runtimeErrorType);
export const stopAsyncIterationType = exc("StopAsyncIteration", exceptionType);
export const stopIterationType = exc("StopIteration", exceptionType);
export const syntaxErrorType = exc("SyntaxError", exceptionType);
export const indentationErrorType = exc("IndentationError", syntaxErrorType);
export const tabErrorType = exc("TabError", indentationErrorType);
export const systemErrorType = exc("SystemError", exceptionType);
export const typeErrorType = exc("TypeError", exceptionType);
export const valueErrorType = exc("ValueError", exceptionType);
export const unicodeErrorType = exc("UnicodeError", valueErrorType);
export const unicodeDecodeErrorType = exc("UnicodeDecodeError", unicodeErrorType);
export const unicodeEncodeErrorType = exc("UnicodeEncodeError", unicodeErrorType);
export const unicodeTranslateErrorType = exc("UnicodeTranslateError", unicodeErrorType);
export const warningType = exc("Warning", exceptionType);
export const bytesWarningType = exc("BytesWarning", warningType);
export const deprecationWarningType = exc("DeprecationWarning", warningType);
export const encodingWarningType = exc("EncodingWarning", warningType);
export const futureWarningType = exc("FutureWarning", warningType);
export const importWarningType = exc("ImportWarning", warningType);
export const pendingDeprecationWarningType = exc("PendingDeprecationWarning", warningType);
export const resourceWarningType = exc("ResourceWarning", warningType);
export const runtimeWarningType = exc("RuntimeWarning", warningType);
export const syntaxWarningType = exc("SyntaxWarning", warningType);
export const unicodeWarningType = exc("UnicodeWarning", warningType);
export const userWarningType = exc("UserWarning", warningType);

// ExceptionGroup derives from both BaseExceptionGroup and Exception.
export const exceptionGroupType = new PyType(typeType, "ExceptionGroup", [baseExceptionGroupType, exceptionType], Layout.BaseException, EXC);
exceptionGroupType.mro = [exceptionGroupType, baseExceptionGroupType, exceptionType, baseExceptionType, objectType];
exceptionGroupType.solidBase = baseExceptionType;
immortal(exceptionGroupType);

/** The builtin exception classes by name, in the order `builtins` lists them. */
export const builtinExceptionTypes: PyType[] = [
  baseExceptionType, baseExceptionGroupType, exceptionGroupType, exceptionType, generatorExitType,
  keyboardInterruptType, systemExitType, arithmeticErrorType, floatingPointErrorType, overflowErrorType,
  zeroDivisionErrorType, assertionErrorType, attributeErrorType, bufferErrorType, eofErrorType,
  importErrorType, moduleNotFoundErrorType, lookupErrorType, indexErrorType, keyErrorType,
  memoryErrorType, nameErrorType, unboundLocalErrorType, osErrorType, blockingIOErrorType,
  childProcessErrorType, connectionErrorType, brokenPipeErrorType, connectionAbortedErrorType,
  connectionRefusedErrorType, connectionResetErrorType, fileExistsErrorType, fileNotFoundErrorType,
  interruptedErrorType, isADirectoryErrorType, notADirectoryErrorType, permissionErrorType,
  processLookupErrorType, timeoutErrorType, referenceErrorType, runtimeErrorType,
  notImplementedErrorType, recursionErrorType, stopAsyncIterationType, stopIterationType,
  syntaxErrorType, indentationErrorType, tabErrorType, systemErrorType, typeErrorType, valueErrorType,
  unicodeErrorType, unicodeDecodeErrorType, unicodeEncodeErrorType, unicodeTranslateErrorType,
  warningType, bytesWarningType, deprecationWarningType, encodingWarningType, futureWarningType,
  importWarningType, pendingDeprecationWarningType, resourceWarningType, runtimeWarningType,
  syntaxWarningType, unicodeWarningType, userWarningType,
];
