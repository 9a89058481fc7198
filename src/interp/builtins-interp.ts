// Builtins that need the interpreter: exec, eval, compile, globals, locals, vars, dir(),
// __import__, __build_class__, input, super (the type's behaviour), and the frame type.

import { PyObject, decref, newref, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import * as T from "../runtime/typeobjects.js";
import { typeOf } from "../runtime/typeof.js";
import { None, newDict, newListOwned, newTupleOwned } from "../runtime/values.js";
import { newException, typeError } from "../runtime/errors.js";
import { builtinFunction, checkArgCount, defGetSet, defMethod, defNew, noKwargs, parseArgs } from "../runtime/define.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { indexValue } from "../runtime/modules/builtins.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyBytes } from "../runtime/types/bytes.js";
import { PyCode, PyFunction, PyCell } from "../runtime/types/function.js";
import { PyStrSubclass } from "../runtime/types/boxed.js";
import { PyInstance } from "../runtime/types/instance.js";
import { getAttr, getAttrOpt, descrGet, genericGetAttr } from "../runtime/ops/attr.js";
import { call, callMethod } from "../runtime/ops/call.js";
import { idOf } from "../runtime/ops/hash.js";
import { repr, str } from "../runtime/ops/repr.js";
import { iterToArray } from "../runtime/ops/iter.js";
import { setDirNoArgs } from "../runtime/modules/builtins.js";
import { flushAllStreams } from "../runtime/modules/stdio.js";
import { setCallerModuleHook } from "../runtime/types/type-type.js";
import type { Frame, CodeImpl } from "./frame.js";
import { Frame as FrameClass } from "./frame.js";
import { ts } from "./state.js";
import { vm } from "./vm.js";
import { builtinsFromGlobals, compileSource, execCode, importModuleLevel } from "./imports.js";
import { buildClassCore } from "./classes.js";
import { installFunctionNew } from "./functions.js";
import { CO_FUTURE_ANNOTATIONS } from "./compile.js";
import { isTrue } from "../runtime/ops/compare.js";

/**
 * The locals of a frame as a mapping: the namespace itself for module/class frames; otherwise the
 * frame's f_locals dict (Frame.localsCache), refreshed as
 * PyFrame_FastToLocalsWithError does: bound names set, unbound ones removed, other keys (names an
 * exec() added) kept.
 */
export function frameLocals(f: Frame): PyValue {
  if (f.localsDict !== null) return newref(f.localsDict);
  const d = f.localsCache ?? (f.localsCache = newDict());
  const code = f.code;
  const sync = (name: string, v: PyValue | undefined) => {
    if (v !== undefined) d.set(name, v);
    else {
      const old = d.pop(name);
      if (old !== undefined) decref(old);
    }
  };
  code.varnames.forEach((name, i) => {
    if (name !== ".result") sync(name, f.locals[i]);
  });
  const names = [...code.cellvars, ...code.freevars];
  names.forEach((name, i) => {
    const c = f.cells[i];
    sync(name, c === undefined ? undefined : c.ref);
  });
  d.rc++;
  return d;
}

function callerFrame(): Frame {
  const f = ts.frame;
  if (f === null) throw newException(T.systemErrorType, ["no current frame"]);
  return f;
}

/** Whether the calling code was compiled with `from __future__ import annotations` (its co_flags). */
function callerFutureAnnotations(): boolean {
  const f = ts.frame;
  return f !== null && (f.code.pycode.coFlags & CO_FUTURE_ANNOTATIONS) !== 0;
}

function sourceArg(fname: string, src: PyValue): string | Uint8Array {
  let r: string | Uint8Array;
  if (typeof src === "string") r = src;
  else if (src instanceof PyStrSubclass) r = src.value;
  else if (src instanceof PyBytes) r = src.bytes;
  else return typeError(`${fname}() arg 1 must be a string, bytes or ${fname === "compile" ? "AST" : "code"} object`);
  // _Py_SourceAsString: a SyntaxError without a location
  if (typeof r === "string" ? r.includes("\0") : r.includes(0)) {
    throw call(T.syntaxErrorType, ["source code string cannot contain null bytes"], null);
  }
  return r;
}

/** exec/eval's namespaces: globals (borrowed) and locals (a new reference, or null for "the globals"). */
function checkGlobals(fname: string, g: PyValue | undefined, l: PyValue | undefined): [PyDict, PyValue | null] {
  let globals: PyDict;
  let locals: PyValue | null = null;
  const isMapping = (v: PyValue) => typeOf(v).lookup("__getitem__") !== undefined;
  // builtin_eval_impl checks locals first; builtin_exec_impl globals first
  if (fname === "eval" && l !== undefined && l !== None && !isMapping(l)) typeError("locals must be a mapping");
  if (g === undefined || g === None) {
    const f = callerFrame();
    globals = f.globals;
    if (l === undefined || l === None) locals = frameLocals(f);
  } else {
    if (!(g instanceof PyDict)) {
      if (fname === "exec") typeError(`exec() globals must be a dict, not ${typeOf(g).name}`);
      typeError(isMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
    }
    globals = g;
  }
  if (l !== undefined && l !== None) {
    if (!isMapping(l)) typeError(`locals must be a mapping or None, not ${typeOf(l).name}`);
    locals = newref(l);
  }
  // builtin_exec_impl: globals without __builtins__ get PyEval_GetBuiltins(), the running
  // frame's builtins dict
  if (globals.getStr("__builtins__") === undefined) globals.set("__builtins__", ts.frame !== null ? ts.frame.builtins : vm.builtins);
  return [globals, locals];
}

function runCode(code: PyCode, globals: PyDict, locals: PyValue | null): PyValue {
  return execCode(code, globals, locals ?? globals);
}

export function installInterpBuiltins(): void {
  const d = vm.builtins;
  const fns: [string, (args: PyValue[], kwnames: string[] | null) => PyValue][] = [
    ["exec", (args, kw) => {
      const [source, g, l, closureArg] = parseArgs("exec", args, kw, ["source", "globals=", "locals=", "/", "*", "closure="]);
      const [globals, locals] = checkGlobals("exec", g, l);
      try {
        const closure = closureArg === None ? undefined : closureArg;
        if (source instanceof PyCode) {
          // builtin_exec_impl: a closure exactly when the code has free variables
          const nfree = source.freevars.length;
          if (nfree === 0) {
            if (closure !== undefined) typeError("cannot use a closure with this code object");
          } else if (!(closure instanceof PyTuple && closure.type === T.tupleType && closure.items.length === nfree && closure.items.every((c) => c instanceof PyCell))) {
            typeError(`code object requires a closure of exactly length ${nfree}`);
          }
        } else if (closure !== undefined) {
          typeError("closure can only be used when source is a code object");
        }
        const code = source instanceof PyCode ? newref(source) : compileSource(sourceArg("exec", source!), "<string>", "exec", callerFutureAnnotations());
        try {
          if (closure !== undefined) {
            // PyEval_EvalCodeEx with a closure: run the code as a function over these cells
            const fn = new PyFunction(code, globals, builtinsFromGlobals(globals), newref(closure as PyTuple), None, newref(globals.getStr("__name__") ?? None));
            code.rc++;
            globals.rc++;
            builtinsFromGlobals(globals).rc++;
            try {
              decref(call(fn, [], null));
            } finally {
              decref(fn);
            }
            return None;
          }
          decref(runCode(code, globals, locals));
        } finally {
          decref(code);
        }
      } finally {
        if (locals !== null) decref(locals);
      }
      return None;
    }],
    ["eval", (args, kw) => {
      noKwargs("eval", kw);
      const [source, g, l] = parseArgs("eval", args, kw, ["source", "globals=", "locals=", "/"]);
      const [globals, locals] = checkGlobals("eval", g, l);
      try {
        let code: PyCode;
        if (source instanceof PyCode) {
          if (source.freevars.length > 0) typeError("code object passed to eval() may not contain free variables");
          code = newref(source);
        } else {
          let text = sourceArg("eval", source!);
          if (typeof text === "string") text = text.replace(/^[ \t]+/, "");
          code = compileSource(text, "<string>", "eval", callerFutureAnnotations());
        }
        try {
          return runCode(code, globals, locals);
        } finally {
          decref(code);
        }
      } finally {
        if (locals !== null) decref(locals);
      }
    }],
    ["compile", (args, kw) => {
      const [source, filename, mode, flags, dontInherit, optimize] = parseArgs("compile", args, kw, ["source", "filename", "mode", "flags=", "dont_inherit=", "optimize=", "*", "_feature_version="]);
      // PyUnicode_FSDecoder
      let fname: string;
      if (typeof filename === "string") fname = filename;
      else if (filename instanceof PyStrSubclass) fname = filename.value;
      else if (filename instanceof PyBytes) fname = new TextDecoder().decode(filename.bytes);
      else if (typeOf(filename).lookup("__fspath__") !== undefined) fname = str(callMethod(filename!, "__fspath__", []));
      else typeError(`expected str, bytes or os.PathLike object, not ${typeOf(filename).name}`);
      if (typeof mode !== "string") typeError(`compile() argument 'mode' must be str, not ${typeOf(mode).name}`);
      const flagBits = flags === undefined ? 0 : Number(indexValue(flags));
      // PyCF_MASK (the CO_FUTURE_* flags) | PyCF_MASK_OBSOLETE (CO_NESTED) | PyCF_COMPILE_MASK
      if (flagBits & ~(0x1fe0000 | 0x10 | 0x7600)) throw newException(T.valueErrorType, ["compile(): unrecognised flags"]);
      const opt = optimize === undefined ? -1 : Number(indexValue(optimize));
      if (opt < -1 || opt > 2) throw newException(T.valueErrorType, ["compile(): invalid optimize value"]);
      if (!["exec", "eval", "single"].includes(mode)) {
        throw newException(T.valueErrorType, ["compile() mode must be 'exec', 'eval' or 'single'"]);
      }
      // the caller's future features are inherited unless dont_inherit is true
      const inherit = dontInherit === undefined || !isTrue(dontInherit);
      const future = (flagBits & CO_FUTURE_ANNOTATIONS) !== 0 || (inherit && callerFutureAnnotations());
      return compileSource(sourceArg("compile", source!), fname, mode as "exec" | "eval" | "single", future);
    }],
    ["globals", (args, kw) => {
      checkArgCount("globals", args, kw, 0, 0);
      return newref(callerFrame().globals);
    }],
    ["locals", (args, kw) => {
      checkArgCount("locals", args, kw, 0, 0);
      return frameLocals(callerFrame());
    }],
    ["vars", (args, kw) => {
      checkArgCount("vars", args, kw, 0, 1);
      if (args.length === 0) return frameLocals(callerFrame());
      const v = getAttrOpt(args[0], "__dict__");
      if (v === undefined) typeError("vars() argument must have __dict__ attribute");
      return v;
    }],
    ["__import__", (args, kw) => {
      const [name, g, , fromlist, level] = parseArgs("__import__", args, kw, ["name", "globals=", "locals=", "fromlist=", "level="]);
      // PyImport_ImportModuleLevelObject
      if (typeof name !== "string") typeError("module name must be a string");
      const fl = fromlist === undefined || fromlist === None ? null : iterToArray(fromlist).map((x) => {
        const s = x as string;
        decref(x);
        return s;
      });
      const lv = typeof level === "number" ? level : 0;
      return importModuleLevel(name, g instanceof PyDict ? g : null, fl !== null && fl.length > 0 ? fl : null, lv);
    }],
    ["__build_class__", (args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const pos = args.slice(0, args.length - nkw);
      const fn = pos[0];
      if (!(fn instanceof PyFunction)) typeError("__build_class__: func must be a function");
      const name = pos[1];
      if (typeof name !== "string") typeError("__build_class__: name is not a string");
      return buildClassCore(fn, name, pos.slice(2), kwnames ?? [], args.slice(pos.length), name);
    }],
    ["input", (args, kw) => {
      checkArgCount("input", args, kw, 0, 1);
      if (args.length > 0) {
        const out = vm.sys.dict.getStr("stdout")!;
        decref(call(getAttr(out, "write"), [str(args[0])], null));
      }
      flushAllStreams();
      const stdin = vm.sys.dict.getStr("stdin")!;
      const line = call(getAttr(stdin, "readline"), [], null);
      if (line === "") throw newException(T.eofErrorType, ["EOF when reading a line"]);
      return typeof line === "string" && line.endsWith("\n") ? line.slice(0, -1) : line;
    }],
    ["breakpoint", () => None],
    ["aiter", (args, kw) => {
      checkArgCount("aiter", args, kw, 1, 1);
      const t = typeOf(args[0]);
      if (t.lookup("__aiter__") === undefined) typeError(`'${t.name}' object is not an async iterable`);
      const it = callMethod(args[0], "__aiter__", []);
      if (typeOf(it).lookup("__anext__") === undefined) {
        const n = typeOf(it).name;
        decref(it);
        typeError(`aiter() returned not an async iterator of type '${n}'`);
      }
      return it;
    }],
    ["anext", (args, kw) => {
      checkArgCount("anext", args, kw, 1, 2);
      const t = typeOf(args[0]);
      if (t.lookup("__anext__") === undefined) typeError(`'${t.name}' object is not an async iterator`);
      const aw = callMethod(args[0], "__anext__", []);
      if (args.length === 1) return aw;
      // anext_awaitable: awaiting it awaits __anext__(); StopAsyncIteration gives the default
      try {
        return call(anextWithDefault(), [aw, args[1]], null);
      } finally {
        decref(aw);
      }
    }],
  ];
  for (const [name, fn] of fns) d.set(name, builtinFunction(name, fn));
  vm.originalImport = d.getStr("__import__")!;
  setDirNoArgs(() => {
    const l = frameLocals(callerFrame());
    const keys = (l as PyDict).keyList().filter((k): k is string => typeof k === "string").sort();
    decref(l);
    return newListOwned(keys);
  });
  setCallerModuleHook(() => {
    const f = ts.frame;
    const n = f?.globals.getStr("__name__");
    return typeof n === "string" ? n : "builtins";
  });
  initSuper();
  initFrameType();
  installFunctionNew();
}

let anextHelper: PyValue | null = null;
let anextHelperVM: PyValue | null = null;
/** The coroutine function behind anext(it, default) (CPython's anext_awaitable type), one per interpreter. */
function anextWithDefault(): PyValue {
  if (anextHelper !== null && anextHelperVM === vm.builtinsModule) return anextHelper;
  anextHelperVM = vm.builtinsModule;
  const g = newDict();
  g.set("__builtins__", vm.builtinsModule);
  g.set("__name__", "builtins");
  const code = compileSource("async def anext_awaitable(awaitable, default):\n    try:\n        return await awaitable\n    except StopAsyncIteration:\n        return default\n", "<anext>", "exec");
  try {
    decref(execCode(code, g, null));
  } finally {
    decref(code);
  }
  anextHelper = newref(g.getStr("anext_awaitable")!);
  decref(g);
  return anextHelper;
}

// ---- super ----------------------------------------------------------------------------------

class PySuper extends PyObject {
  thisType: PyType | null = null;
  obj: PyValue | null = null;
  objType: PyType | null = null;
  override clearRefs(): void {
    super.clearRefs();
    const refs = [this.thisType, this.obj, this.objType];
    this.thisType = this.obj = this.objType = null;
    for (const r of refs) if (r !== null && typeof r === "object") decref(r);
  }
}

/** supercheck: the type whose MRO super() walks. */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  if (typeOf(obj).isSubtypeOf(type)) return typeOf(obj);
  const cls = getAttrOpt(obj, "__class__");
  if (cls instanceof PyType && cls !== typeOf(obj) && cls.isSubtypeOf(type)) return cls;
  if (cls !== undefined) decref(cls);
  return typeError("super(type, obj): obj must be an instance or subtype of type");
}

function initSuper(): void {
  const S = T.superType;
  defNew(S, (cls, args, kwnames) => {
    // super(...) itself is called through super_vectorcall, which checks the count first
    // (a subclass, or super.__init__, gets super_init's message below)
    if (cls === S) {
      if (kwnames !== null && kwnames.length > 0) typeError("super() takes no keyword arguments");
      if (args.length > 2) typeError(`super() expected at most 2 arguments, got ${args.length}`);
    }
    const s = new PySuper(cls);
    cls.rc++;
    return s;
  });
  defMethod(S, "__init__", (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("super() takes no keyword arguments");
    if (args.length > 2) typeError(`super() takes at most 2 arguments (${args.length} given)`);
    const s = self as PySuper;
    let type: PyValue;
    let obj: PyValue | null = null;
    if (args.length === 0) {
      // PEP 3135: the enclosing function's first argument and its __class__ cell
      const f = ts.frame;
      if (f === null) throw newException(T.runtimeErrorType, ["super(): no current frame"]);
      const code = f.code;
      if (code.argcount === 0) throw newException(T.runtimeErrorType, ["super(): no arguments"]);
      const first = code.varnames[0];
      const cellIdx = code.cellvars.indexOf(first);
      obj = cellIdx >= 0 ? f.cells[cellIdx].ref ?? null : f.locals[0] ?? null;
      if (obj === null) throw newException(T.runtimeErrorType, ["super(): arg[0] deleted"]);
      const ci = code.freevars.indexOf("__class__");
      if (ci < 0) throw newException(T.runtimeErrorType, ["super(): __class__ cell not found"]);
      const cell = f.cells[code.cellvars.length + ci] as PyCell;
      const t = cell.ref;
      if (t === undefined) throw newException(T.runtimeErrorType, ["super(): empty __class__ cell"]);
      if (!(t instanceof PyType)) throw newException(T.runtimeErrorType, [`super(): __class__ is not a type (${typeOf(t).name})`]);
      type = t;
    } else {
      type = args[0];
      if (args.length > 1) obj = args[1];
      if (!(type instanceof PyType)) typeError(`super() argument 1 must be a type, not ${typeOf(type).name}`);
    }
    const objType = obj === null || obj === None ? null : superCheck(type as PyType, obj);
    (type as PyType).rc++;
    s.thisType = type as PyType;
    if (obj !== null && obj !== None) {
      if (typeof obj === "object") obj.rc++;
      s.obj = obj;
      objType!.rc++;
      s.objType = objType;
    }
    return None;
  });
  defMethod(S, "__getattribute__", (self, args) => {
    const s = self as PySuper;
    const name = args[0];
    if (typeof name !== "string") typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    const start = s.objType;
    if (start !== null && name !== "__class__") {
      const mro = start.mro;
      let i = 0;
      while (i + 1 < mro.length && mro[i] !== s.thisType) i++;
      i++;
      for (; i < mro.length; i++) {
        const res = mro[i].ns.get(name);
        if (res === undefined) continue;
        if (typeof res === "object" && typeOf(res).lookup("__get__") !== undefined) {
          return descrGet(res, s.obj === start ? null : s.obj, start);
        }
        return newref(res);
      }
    }
    return genericGetAttr(self, typeOf(self), name, true)!;
  });
  defMethod(S, "__get__", (self, args) => {
    const s = self as PySuper;
    const obj = args[0];
    if (obj === undefined || obj === None || s.obj !== null) return newref(self);
    return call(typeOf(self), [s.thisType!, obj], null);
  });
  defMethod(S, "__repr__", (self) => {
    const s = self as PySuper;
    const tn = s.thisType === null ? "NULL" : s.thisType.name;
    if (s.objType !== null) return `<super: <class '${tn}'>, <${s.objType.name} object>>`;
    return `<super: <class '${tn}'>, NULL>`;
  });
  defGetSet(S, "__thisclass__", (self) => ((self as PySuper).thisType === null ? None : newref((self as PySuper).thisType!)));
  defGetSet(S, "__self__", (self) => ((self as PySuper).obj === null ? None : newref((self as PySuper).obj!)));
  defGetSet(S, "__self_class__", (self) => ((self as PySuper).objType === null ? None : newref((self as PySuper).objType!)));
  void PyInstance;
}

// ---- frames ---------------------------------------------------------------------------------

function asFrame(self: PyValue): Frame {
  if (!(self instanceof FrameClass)) typeError("descriptor requires a 'frame' object");
  return self;
}

function initFrameType(): void {
  const F = T.frameType;
  defGetSet(F, "f_locals", (self) => frameLocals(asFrame(self)));
  defGetSet(F, "f_globals", (self) => newref(asFrame(self).globals));
  defGetSet(F, "f_builtins", (self) => newref(asFrame(self).builtins));
  defGetSet(F, "f_code", (self) => newref((asFrame(self).code as CodeImpl).pycode));
  defGetSet(F, "f_lineno", (self) => asFrame(self).cur.line);
  defGetSet(F, "f_lasti", (self) => asFrame(self).cur.line * 2);
  defGetSet(F, "f_back", (self) => {
    const f = asFrame(self);
    return f.executing && f.prev !== null ? newref(f.prev) : None;
  });
  defGetSet(F, "f_trace", (self) => (asFrame(self).trace === null ? None : newref(asFrame(self).trace!)), (self, v) => {
    const f = asFrame(self);
    const old = f.trace;
    f.trace = v === undefined || v === None ? null : newref(v);
    if (old !== null) decref(old);
  });
  defGetSet(F, "f_trace_lines", () => true, () => {});
  defGetSet(F, "f_trace_opcodes", () => false, () => {});
  defMethod(F, "clear", (self) => {
    const f = asFrame(self);
    if (f.executing) throw newException(T.runtimeErrorType, ["cannot clear an executing frame"]);
    return None;
  });
  defMethod(F, "__repr__", (self) => {
    const f = asFrame(self);
    return `<frame at 0x${idOf(f).toString(16)}, file ${repr(f.code.source.filename)}, line ${f.cur.line}, code ${f.code.name}>`;
  });
  void newTupleOwned;
}
