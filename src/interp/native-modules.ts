// The registry of modules implemented in TypeScript, created on first import.

import { decref, newref, type PyValue } from "../runtime/object.js";
import { typeError } from "../runtime/errors.js";
import { PyModule } from "../runtime/types/module.js";
import { builtinFunction, checkArgCount } from "../runtime/define.js";
import { None, newListOwned, newTupleOwned, newDict } from "../runtime/values.js";
import * as T from "../runtime/typeobjects.js";
import { indexValue } from "../runtime/modules/builtins.js";
import { createTimeModule } from "../runtime/modules/time.js";
import { createMathModule } from "../runtime/modules/math.js";
import { createPosixModule, createErrnoModule } from "../runtime/modules/posix.js";
import { installOpen } from "../runtime/modules/io-open.js";
import { createReModule } from "../runtime/modules/re.js";
import { createStringIOModule } from "../runtime/modules/io-memory.js";
import { createPyframeTracebackModule } from "./pyframe-traceback.js";
import { importModule } from "./imports.js";
import { createOperatorModule, createUnderscoreOperatorModule } from "../runtime/modules/operator.js";
import { createItertoolsModule } from "../runtime/modules/itertools.js";
import { createFunctoolsNativeModule } from "../runtime/modules/functools.js";
import { createCollectionsNativeModule } from "../runtime/modules/collections.js";
import { createHeapqNativeModule } from "../runtime/modules/heapq.js";
import { createTypesNativeModule } from "../runtime/modules/genericalias.js";
import { createStringNativeModule } from "../runtime/modules/string.js";
import { createCodecsNativeModule } from "../runtime/modules/codecs-native.js";
import { createJsonNativeModule } from "../runtime/modules/json.js";
import { createBisectNativeModule } from "../runtime/modules/bisect.js";
import { createStructNativeModule } from "../runtime/modules/struct.js";
import { createRandomNativeModule, createSha512NativeModule } from "../runtime/modules/random.js";
import { vm } from "./vm.js";

function gcModule(): PyModule {
  const m = new PyModule("gc", "This module provides access to the garbage collector for reference cycles.");
  const d = m.dict;
  let enabled = true;
  let debugFlags = 0;
  const threshold = [700, 10, 10];
  const fns: [string, (args: PyValue[], kw: string[] | null) => PyValue][] = [
    ["collect", () => 0],
    ["enable", () => {
      enabled = true;
      return None;
    }],
    ["disable", () => {
      enabled = false;
      return None;
    }],
    ["isenabled", () => enabled],
    ["get_threshold", () => newTupleOwned([...threshold])],
    ["set_threshold", (args, kw) => {
      checkArgCount("set_threshold", args, kw, 1, 3);
      args.forEach((v, i) => (threshold[i] = Number(indexValue(v))));
      return None;
    }],
    ["get_count", () => newTupleOwned([0, 0, 0])],
    ["get_debug", () => debugFlags],
    ["set_debug", (args, kw) => {
      checkArgCount("set_debug", args, kw, 1, 1);
      debugFlags = Number(indexValue(args[0]));
      return None;
    }],
    ["get_stats", () => newListOwned([0, 1, 2].map(() => {
      const d = newDict();
      d.set("collections", 0);
      d.set("collected", 0);
      d.set("uncollectable", 0);
      return d;
    }))],
    ["is_tracked", (args, kw) => {
      checkArgCount("is_tracked", args, kw, 1, 1);
      return typeof args[0] === "object";
    }],
    ["get_referrers", () => newListOwned([])],
    ["get_referents", (args) => {
      // what each object owns (tp_traverse)
      const out: PyValue[] = [];
      for (const o of args) if (typeof o === "object") o.traverse((r) => out.push(newref(r)));
      return newListOwned(out);
    }],
    ["get_objects", () => newListOwned([])],
    ["freeze", () => None],
    ["unfreeze", () => None],
    ["get_freeze_count", () => 0],
  ];
  for (const [name, fn] of fns) d.set(name, builtinFunction(name, fn, "gc"));
  d.set("garbage", newListOwned([]));
  d.set("callbacks", newListOwned([]));
  d.set("DEBUG_STATS", 1);
  d.set("DEBUG_COLLECTABLE", 2);
  d.set("DEBUG_UNCOLLECTABLE", 4);
  d.set("DEBUG_SAVEALL", 32);
  d.set("DEBUG_LEAK", 38);
  return m;
}

function weakrefModule(): PyModule {
  const m = new PyModule("_weakref", "Weak-reference support module.");
  const d = m.dict;
  d.set("ref", T.weakrefType);
  d.set("ReferenceType", T.weakrefType);
  d.set("ProxyType", T.weakproxyType);
  d.set("CallableProxyType", T.weakcallableproxyType);
  d.set("getweakrefcount", builtinFunction("getweakrefcount", (args) => {
    const o = args[0];
    return typeof o === "object" && o.weakrefs !== null ? o.weakrefs.length : 0;
  }, "_weakref"));
  d.set("getweakrefs", builtinFunction("getweakrefs", (args) => {
    const o = args[0];
    const refs = typeof o === "object" && o.weakrefs !== null ? o.weakrefs.slice() : [];
    for (const r of refs) r.rc++;
    return newListOwned(refs);
  }, "_weakref"));
  return m;
}

function atexitModule(): PyModule {
  const m = new PyModule("atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.");
  const handlers: [PyValue, PyValue[], string[] | null][] = [];
  const d = m.dict;
  d.set("register", builtinFunction("register", (args, kw) => {
    if (args.length === 0) typeError("register() takes at least 1 argument (0 given)");
    for (const a of args) if (typeof a === "object") a.rc++;
    handlers.push([args[0], args.slice(1), kw]);
    return newref(args[0]);
  }, "atexit"));
  d.set("unregister", builtinFunction("unregister", (args) => {
    for (let i = handlers.length - 1; i >= 0; i--) if (handlers[i][0] === args[0]) handlers.splice(i, 1);
    return None;
  }, "atexit"));
  d.set("_clear", builtinFunction("_clear", () => {
    handlers.length = 0;
    return None;
  }, "atexit"));
  d.set("_ncallbacks", builtinFunction("_ncallbacks", () => handlers.length, "atexit"));
  d.set("_run_exitfuncs", builtinFunction("_run_exitfuncs", () => {
    const { call } = callOps;
    while (handlers.length > 0) {
      const [fn, args, kw] = handlers.pop()!;
      try {
        decref(call(fn, args, kw));
      } catch (e) {
        if (e instanceof excClass.PyException) {
          // atexit_callfuncs (3.11): every exception, SystemExit included, is unraisable
          hooks.writeUnraisable(e, "Exception ignored in atexit callback", fn);
          decref(e);
        } else throw e;
      }
    }
    return None;
  }, "atexit"));
  return m;
}

import * as callOps from "../runtime/ops/call.js";
import { hooks } from "../runtime/hooks.js";
import * as excClass from "../runtime/types/exception.js";

export function registerNativeModules(): void {
  const reg = vm.nativeModules;
  reg.set("time", () => createTimeModule(vm.host));
  reg.set("gc", gcModule);
  reg.set("_weakref", weakrefModule);
  reg.set("atexit", atexitModule);
  reg.set("math", createMathModule);
  reg.set("posix", () => createPosixModule(vm.host));
  reg.set("errno", createErrnoModule);
  reg.set("_pyframe_traceback", createPyframeTracebackModule);
  reg.set("_re", createReModule);
  reg.set("_stringio", createStringIOModule);
  // builtins.open (io.open, imported lazily); belongs with the builtins, installed here for now
  installOpen(vm.builtins, importModule);
  reg.set("_operator", createUnderscoreOperatorModule);
  reg.set("operator", createOperatorModule);
  reg.set("itertools", createItertoolsModule);
  reg.set("_functools", createFunctoolsNativeModule);
  reg.set("_collections", createCollectionsNativeModule);
  reg.set("_heapq", createHeapqNativeModule);
  reg.set("_types", createTypesNativeModule);
  reg.set("_string", createStringNativeModule);
  reg.set("_pyframe_codecs", createCodecsNativeModule);
  reg.set("_json", createJsonNativeModule);
  reg.set("_bisect", createBisectNativeModule);
  reg.set("_struct", createStructNativeModule);
  reg.set("_random", createRandomNativeModule);
  reg.set("_pyframe_sha512", createSha512NativeModule);
}
