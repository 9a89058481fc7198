// The import system (importlib's _bootstrap, simplified): sys.modules, modules implemented in
// TypeScript, Python source modules and packages found on sys.path (pyframe's own standard
// library directory is on it), relative imports, `from ... import` with submodule fallback.

import { decref, newref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyException } from "../runtime/types/exception.js";
import { PyModule } from "../runtime/types/module.js";
import type { PyType } from "../runtime/type.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyList } from "../runtime/types/list.js";
import { None, newListOwned } from "../runtime/values.js";
import { newException, typeError, valueError } from "../runtime/errors.js";
import { getAttr, getAttrOpt, setAttr } from "../runtime/ops/attr.js";
import { typeOf } from "../runtime/typeof.js";
import { call } from "../runtime/ops/call.js";
import { getIter, iterNext } from "../runtime/ops/iter.js";
import { STOP } from "../runtime/types/iterator.js";
import { getItem, setItem } from "../runtime/ops/seq.js";
import { parse, type SourceWarning } from "../parser/index.js";
import { vm } from "./vm.js";
import { setupAnnotations } from "./call-helpers.js";
import { Compiler } from "./compile.js";
import { SourceInfo } from "./source.js";
import { decodeSource } from "../parser/source.js";
import { decodeBytes as decodeCodec } from "../runtime/codecs.js";
import { str as strOf } from "../runtime/ops/repr.js";
import { newModuleFrame, type CodeImpl, type Frame } from "./frame.js";
import { enterFrame, run } from "./run.js";
import type { PyCode } from "../runtime/types/function.js";
import { ts } from "./state.js";

function moduleNotFound(name: string): PyException {
  const e = newException(T.moduleNotFoundErrorType, [`No module named '${name}'`]);
  e.setExtra("name", name);
  return e;
}

/** Compiles source text (bytes or str) for `filename`. Throws PySyntaxError. */
export function compileSource(
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single" = "exec",
  futureAnnotations = false,
  library = false,
): PyCode {
  const text = sourceString(source, filename);
  const src = new SourceInfo(filename, text);
  const nativeFrames = library ? nativeFramesIn(text) : undefined;
  const compiler = new Compiler(src, { interactive: mode === "single", futureAnnotations, nativeFrames });
  const options = { onWarning: reportSourceWarning };
  if (mode === "eval") return compiler.compileEval(parse(text, filename, "eval", options));
  if (mode === "single") return compiler.compileModule(parse(text, filename, "single", options));
  return compiler.compileModule(parse(text, filename, "exec", options));
}

/** Source bytes decoded as CPython's tokenizer does (BOM, PEP 263 declaration, any codec pyframe has). */
export function sourceString(source: string | Uint8Array, filename: string): string {
  return typeof source === "string" ? source : decodeSource(source, filename, decodeWithCodecs);
}

/** Source in an encoding the parser does not know (latin9, cp1251, ...): the runtime's codecs decode it. */
function decodeWithCodecs(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decodeCodec(bytes, encoding, "strict");
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    if (e.type === T.lookupErrorType) {
      decref(e);
      return null;
    }
    const message = strOf(e);
    decref(e);
    throw { message };
  }
}

/**
 * PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL, NULL) for the compiler and the
 * tokenizer (compiler_warn, parser_warn): warnings.warn_explicit. False when a filter turned the
 * warning into an exception of its category: the caller then reports a SyntaxError at the construct
 * instead. Any other exception propagates.
 */
export function warnAtSource(category: PyType, msg: string, filename: string, lineno: number): boolean {
  const mod = importModule("warnings");
  try {
    const f = getAttr(mod, "warn_explicit");
    try {
      decref(call(f, [msg, category, filename, lineno], null));
    } finally {
      decref(f);
    }
    return true;
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(category)) {
      decref(e);
      return false;
    }
    throw e;
  } finally {
    decref(mod);
  }
}

/** parser_warn: the tokenizer's warning, or its SyntaxError when a filter makes the warning an error. */
function reportSourceWarning(w: SourceWarning): void {
  const e = w.error;
  const category = w.category === "DeprecationWarning" ? T.deprecationWarningType : T.syntaxWarningType;
  if (!warnAtSource(category, e.msg, e.filename, e.lineno)) throw e;
}

/**
 * _PyEval_BuiltinsFromGlobals: the namespace globals["__builtins__"] names (a module's dict, or a
 * dict); without one, the running frame's builtins (_PyEval_GetBuiltins), so a function made
 * from globals lacking __builtins__ inherits the builtins of the code that made it.
 */
export function builtinsFromGlobals(globals: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return ts.frame !== null ? ts.frame.builtins : vm.builtins;
}

/** Runs a module-level code object in `globals` (and `locals`, defaulting to globals). Returns the result. */
export function execCode(code: PyCode, globals: PyDict, locals: PyValue | null = null): PyValue {
  const impl = code.impl as CodeImpl;
  // as exec() does: the running code's builtins namespace (a dict), PyEval_GetBuiltins
  if (globals.getStr("__builtins__") === undefined) globals.set("__builtins__", ts.frame !== null ? ts.frame.builtins : vm.builtins);
  const frame = newModuleFrame(impl, globals, builtinsFromGlobals(globals));
  const ld = locals ?? globals;
  if (typeof ld === "object") ld.rc++;
  frame.localsDict = ld;
  if (impl.hasAnnotations) setupAnnotations(ld);
  frame.sp = -1;
  frame.csp = 0;
  frame.ctrl[0] = impl.body;
  enterFrame(frame, null);
  return run(frame, null);
}

/** Modules whose code is running (CPython: __spec__._initializing), for the circular-import message. */
const initializing = new Set<string>();

/**
 * A library module of pyframe's own (compileSource's `library`) may stand in, in Python, for
 * functions CPython writes in C (io, pickle's Pickler, warnings.warn, ...), which put no frame in
 * a traceback. Its first lines say which, as `# pyframe: native frames: NAME ...` (qualified names
 * of functions or classes; `*`: the whole module), and their frames stay out of tracebacks too.
 */
const NATIVE_FRAMES = /^# pyframe: native frames:(.*)$/m;

function nativeFramesIn(text: string): ReadonlySet<string> | undefined {
  const m = NATIVE_FRAMES.exec(text.slice(0, 2000));
  return m === null ? undefined : new Set(m[1].trim().split(/\s+/));
}

/** Executes module source into a fresh module registered in sys.modules under `name`. */
function loadSourceModule(name: string, path: string, isPackage: boolean): PyModule {
  const bytes = vm.host.readFile(path);
  const mod = new PyModule(name);
  const d = mod.dict;
  d.set("__file__", path);
  const pkg = isPackage ? name : name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
  d.set("__package__", pkg);
  if (isPackage) {
    const dir = path.slice(0, path.lastIndexOf("/"));
    const p = newListOwned([dir]);
    d.set("__path__", p);
    decref(p);
  }
  // an imported module's __builtins__ is the builtins dict (importlib runs it with exec(); only
  // __main__ gets the module)
  d.set("__builtins__", vm.builtins);
  vm.modules.set(name, mod);
  initializing.add(name);
  try {
    const code = compileSource(bytes, path, "exec", false, path.startsWith(vm.host.stdlibDir() + "/"));
    try {
      decref(execCode(code, d));
    } finally {
      decref(code);
      initializing.delete(name);
    }
  } catch (e) {
    const cur = vm.modules.pop(name);
    if (cur !== undefined) decref(cur);
    decref(mod);
    throw e;
  }
  // The module object is the one in sys.modules now (a module may replace itself there).
  const final = vm.modules.get(name);
  decref(mod);
  if (final === undefined) throw newException(T.importErrorType, [`Loaded module ${name} not found in sys.modules`]);
  return newref(final) as PyModule;
}

/** Searches `dirs` for `leaf` as a package directory or a .py file. */
function findSource(dirs: PyValue[], leaf: string): { path: string; isPackage: boolean } | null {
  const host = vm.host;
  for (const d of dirs) {
    if (typeof d !== "string") continue;
    const base = d === "" ? host.cwd() : d;
    const pkgInit = `${base}/${leaf}/__init__.py`;
    const st = host.stat(pkgInit);
    if (st !== null && st.isFile) return { path: host.resolvePath(pkgInit), isPackage: true };
    const file = `${base}/${leaf}.py`;
    const fs = host.stat(file);
    if (fs !== null && fs.isFile) return { path: host.resolvePath(file), isPackage: false };
  }
  return null;
}

/** Imports one fully qualified module (its parent already imported). Returns a new reference. */
function importOne(name: string, parent: PyModule | null): PyModule {
  const existing = vm.modules.get(name);
  if (existing !== undefined && existing !== None) return newref(existing) as PyModule;
  if (existing === None) {
    // importlib._find_and_load
    const e = newException(T.moduleNotFoundErrorType, [`import of ${name} halted; None in sys.modules`]);
    e.setExtra("name", name);
    throw e;
  }
  const leaf = name.slice(name.lastIndexOf(".") + 1);
  if (parent === null) {
    const native = vm.nativeModules.get(name);
    if (native !== undefined) {
      const mod = native();
      vm.modules.set(name, mod);
      return mod;
    }
  }
  let dirs: PyValue[];
  if (parent === null) {
    dirs = vm.path.items.slice();
  } else {
    const p = parent.dict.getStr("__path__");
    if (p === undefined) {
      const e = newException(T.moduleNotFoundErrorType, [`No module named '${name}'; '${parent.name}' is not a package`]);
      e.setExtra("name", name);
      throw e;
    }
    dirs = p instanceof PyList ? p.items.slice() : [];
  }
  const found = findSource(dirs, leaf);
  if (found === null) {
    const nativeSub = vm.nativeModules.get(name);
    if (nativeSub !== undefined) {
      const mod = nativeSub();
      vm.modules.set(name, mod);
      return mod;
    }
    throw moduleNotFound(name);
  }
  const mod = loadSourceModule(name, found.path, found.isPackage);
  if (parent !== null) setAttr(parent, leaf, mod);
  return mod;
}

/** Imports `name` and every parent package; returns the leaf module (new reference). */
export function importModule(name: string): PyModule {
  const parts = name.split(".");
  let parent: PyModule | null = null;
  let mod: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join(".");
    const next = importOne(full, parent);
    if (parent !== null) decref(parent);
    parent = next;
    mod = next;
  }
  return mod!;
}

/** Resolves a relative import's package from the importing module's globals (_calc___package__). */
function resolveName(name: string, globals: PyDict, level: number): string {
  let pkg = globals.getStr("__package__");
  if (pkg === undefined || pkg === None) {
    const modName = globals.getStr("__name__");
    if (typeof modName !== "string") throw newException(T.keyErrorType, ["'__name__' not in globals"]);
    pkg = globals.getStr("__path__") !== undefined ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf(".")));
  }
  if (typeof pkg !== "string") typeError("package must be a string");
  if (pkg === "") throw newException(T.importErrorType, ["attempted relative import with no known parent package"]);
  const bits = pkg.split(".");
  if (bits.length < level) throw newException(T.importErrorType, ["attempted relative import beyond top-level package"]);
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

/** __import__(name, globals, locals, fromlist, level) (importlib.__import__). */
export function importModuleLevel(name: string, globals: PyDict | null, fromlist: string[] | null, level: number): PyValue {
  if (level < 0) valueError("level must be >= 0");
  if (level === 0 && name === "") valueError("Empty module name");
  const full = level > 0 ? resolveName(name, globals!, level) : name;
  const mod = importModule(full);
  if (fromlist === null || fromlist.length === 0) {
    if (level === 0 && name.includes(".")) {
      decref(mod);
      const top = vm.modules.get(name.split(".")[0])!;
      return newref(top);
    }
    if (level > 0 && name.includes(".")) {
      // return the module named by the first component after the package
      const cut = full.length - (name.length - name.indexOf("."));
      decref(mod);
      return newref(vm.modules.get(full.slice(0, cut))!);
    }
    return mod;
  }
  // _handle_fromlist: import submodules named in the fromlist that are not attributes yet (the
  // object in sys.modules need not be a module)
  const has = (o: PyValue, n: string): boolean => {
    if (o instanceof PyModule) return o.dict.getStr(n) !== undefined;
    const v = getAttrOpt(o, n);
    if (v === undefined) return false;
    decref(v);
    return true;
  };
  if (has(mod, "__path__")) {
    for (const x of fromlist) {
      if (x === "*") {
        const all = mod instanceof PyModule ? mod.dict.getStr("__all__") : undefined;
        if (all !== undefined) {
          const it = getIter(all);
          try {
            for (;;) {
              const v = iterNext(it);
              if (v === STOP) break;
              if (typeof v === "string" && !has(mod, v)) tryImportSub(full, v);
              decref(v);
            }
          } finally {
            decref(it);
          }
        }
        continue;
      }
      if (!has(mod, x)) tryImportSub(full, x);
    }
  }
  return mod;
}

function tryImportSub(pkg: string, name: string): void {
  try {
    decref(importModule(`${pkg}.${name}`));
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(T.moduleNotFoundErrorType) && e.getExtra("name") === `${pkg}.${name}`) {
      decref(e);
      return;
    }
    throw e;
  }
}

/** IMPORT_NAME for `import a.b.c [as d]`: the top package, or the leaf when renamed. */
export function importName(f: Frame, name: string, asnameOrFromlist: string | null | string[], level = 0): PyValue {
  const hook = vm.builtins.getStr("__import__");
  if (hook !== undefined && hook !== vm.originalImport) {
    const fromlist = Array.isArray(asnameOrFromlist) ? newListOwned(asnameOrFromlist.slice()) : None;
    try {
      return call(hook, [name, f.globals, f.localsDict ?? None, fromlist, level], null);
    } finally {
      decref(fromlist);
    }
  }
  if (Array.isArray(asnameOrFromlist)) return importModuleLevel(name, f.globals, asnameOrFromlist, level);
  const top = importModuleLevel(name, f.globals, null, level);
  if (asnameOrFromlist === null || !name.includes(".")) return top;
  // `import a.b.c as d` binds d to a.b.c, reached attribute by attribute (IMPORT_FROM)
  let cur: PyValue = top;
  const parts = name.split(".").slice(1);
  for (const p of parts) {
    const next = importFromModule(cur, p);
    decref(cur);
    cur = next;
  }
  return cur;
}

/** IMPORT_FROM: getattr, falling back to sys.modules for circularly imported submodules. */
export function importFromModule(mod: PyValue, name: string): PyValue {
  const v = getAttrOpt(mod, name);
  if (v !== undefined) return v;
  const pkgName = getAttrOpt(mod, "__name__");
  if (typeof pkgName === "string") {
    const sub = vm.modules.get(`${pkgName}.${name}`);
    if (sub !== undefined) return newref(sub);
  }
  const modName = typeof pkgName === "string" ? pkgName : "<unknown module name>";
  if (pkgName !== undefined) decref(pkgName);
  const file = getAttrOpt(mod, "__file__");
  const where = typeof file === "string" ? file : "unknown location";
  if (file !== undefined) decref(file);
  let isInitializing = initializing.has(modName) && vm.modules.get(modName) === mod;
  const spec = getAttrOpt(mod, "__spec__");
  if (spec !== undefined) {
    const init = getAttrOpt(spec, "_initializing");
    if (init === true) isInitializing = true;
    if (init !== undefined) decref(init);
    decref(spec);
  }
  const msg = isInitializing
    ? `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${modName}' (${where})`;
  const e = newException(T.importErrorType, [msg]);
  e.setExtra("name", modName);
  e.setExtra("path", typeof file === "string" ? file : None);
  throw e;
}

/** `from m import *` into the frame's namespace. */
export function importStar(f: Frame, mod: PyValue): void {
  // import_all_from: __all__ read as a sequence, names fetched with getattr
  const all = getAttrOpt(mod, "__all__");
  const target = f.localsDict ?? f.globals;
  if (all !== undefined) {
    try {
      for (let i = 0; ; i++) {
        let k: PyValue;
        try {
          k = getItem(all, i);
        } catch (e) {
          if (e instanceof PyException && e.type.isSubtypeOf(T.indexErrorType)) {
            decref(e);
            break;
          }
          throw e;
        }
        try {
          if (typeof k !== "string") {
            const modName = getAttr(mod, "__name__");
            try {
              if (typeof modName !== "string") typeError(`module __name__ must be a string, not ${typeOf(modName).name}`);
              typeError(`Item in ${modName}.__all__ must be str, not ${typeOf(k).name}`);
            } finally {
              decref(modName);
            }
          }
          const v = getAttr(mod, k as string);
          setItem(target, k, v);
          decref(v);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(all);
    }
    return;
  }
  const d = (mod as PyModule).dict;
  if (!(d instanceof PyDict)) return;
  for (const k of d.keyList()) {
    if (typeof k !== "string" || k.startsWith("_")) continue;
    setItem(target, k, d.getStr(k)!);
  }
}
