// The sys module's static parts: streams, argv, path, modules, version information, limits
// and constants. Functions that need the interpreter (exc_info, _getframe, settrace,
// recursion limit, excepthook) are added by src/interp/sys-interp.ts.

import { decref, newref, immortal, type PyValue } from "../object.js";
import { PyType, Layout, TPFLAG_IMMUTABLE, TPFLAG_HAS_DICT, TPFLAG_HEAPTYPE } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newListOwned, newTupleOwned, newDict } from "../values.js";
import { newException, typeError, valueError, overflowError, isPyException } from "../errors.js";
import { PyMethodDescriptor } from "../types/native.js";
import { PyIntSubclass } from "../types/boxed.js";
import { callSpecialFound } from "../ops/special.js";
import { builtinFunction, checkArgCount, defGetSet, defMethod } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyTuple } from "../types/tuple.js";
import { PyInstance } from "../types/instance.js";
import { PyDict } from "../types/dict.js";
import type { Host } from "../host.js";
import { createStdStreams } from "./stdio.js";
import { printHooks } from "./builtins.js";
import { repr } from "../ops/repr.js";
import { call } from "../ops/call.js";
import { maxStrDigits, setMaxStrDigits } from "../ops/intmath.js";
import { indexValue } from "./builtins.js";

export const PYFRAME_VERSION = "0.1.0";
export const PY_VERSION = "3.11.7";

/** A struct sequence type (like sys.version_info): a tuple subclass with named fields. */
export function structSeqType(module: string, name: string, fields: string[], nVisible = fields.length): PyType {
  // tp_name carries the module ("sys.flags" in messages); __name__ is the last part
  const tpName = module === "builtins" ? name : `${module}.${name}`;
  const t = immortal(new PyType(T.typeType, tpName, [T.tupleType], Layout.Tuple, TPFLAG_IMMUTABLE));
  t.mro = [t, T.tupleType, T.objectType];
  t.solidBase = T.tupleType;
  t.module = module;
  t.qualname = name;
  fields.forEach((f, i) => {
    // member descriptors (READONLY)
    defGetSet(t, f, (self) => newref((self as PyTuple).items[i]), () => {
      throw newException(T.attributeErrorType, ["readonly attribute"]);
    });
  });
  defMethod(t, "__repr__", (self) => {
    const items = (self as PyTuple).items;
    const parts = fields.slice(0, nVisible).map((f, i) => `${f}=${repr(items[i])}`);
    return `${module === "builtins" ? "" : module + "."}${name}(${parts.join(", ")})`;
  });
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_sequence_fields", nVisible);
  t.ns.set("n_unnamed_fields", 0);
  return t;
}

export function structSeq(t: PyType, values: PyValue[]): PyTuple {
  t.rc++;
  return new PyTuple(t, values.slice());
}

export interface SysOptions {
  argv: string[];
  /** sys.path entries (the script directory first) */
  path: string[];
  executable: string;
  unbuffered: boolean;
  flags?: Partial<Record<string, number>>;
  /** sys.warnoptions: PYTHONWARNINGS entries, then -W options */
  warnoptions?: string[];
  /** sys._xoptions: -X name (true) or -X name=value */
  xoptions?: [string, string | true][];
}

export function createSysModule(host: Host, opts: SysOptions): PyModule {
  const m = new PyModule("sys", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
  const d = m.dict;
  const [stdin, stdout, stderr] = createStdStreams(host, opts.unbuffered);
  d.set("stdin", stdin);
  d.set("stdout", stdout);
  d.set("stderr", stderr);
  d.set("__stdin__", stdin);
  d.set("__stdout__", stdout);
  d.set("__stderr__", stderr);
  decref(stdin);
  decref(stdout);
  decref(stderr);
  printHooks.getStdout = () => d.getStr("stdout") ?? None;
  printHooks.getStdin = () => d.getStr("stdin") ?? None;

  d.set("argv", newListOwned(opts.argv.slice()));
  d.set("orig_argv", newListOwned([opts.executable, ...opts.argv]));
  d.set("path", newListOwned(opts.path.slice()));
  d.set("modules", newDict());
  d.set("meta_path", newListOwned([]));
  d.set("path_hooks", newListOwned([]));
  d.set("path_importer_cache", newDict());
  d.set("warnoptions", newListOwned([...(opts.warnoptions ?? [])]));
  const xoptions = newDict();
  for (const [name, value] of opts.xoptions ?? []) xoptions.set(name, value);
  d.set("_xoptions", xoptions);
  d.set("executable", opts.executable);
  d.set("_base_executable", opts.executable);
  d.set("prefix", "/usr/local");
  d.set("base_prefix", "/usr/local");
  d.set("exec_prefix", "/usr/local");
  d.set("base_exec_prefix", "/usr/local");
  d.set("platlibdir", "lib");
  d.set("pycache_prefix", None);
  d.set("platform", host.platform());
  d.set("byteorder", "little");
  d.set("maxsize", 9223372036854775807n);
  d.set("maxunicode", 0x10ffff);
  d.set("version", `${PY_VERSION} (pyframe ${PYFRAME_VERSION})`);
  d.set("hexversion", 0x030b07f0);
  d.set("api_version", 1013);
  d.set("copyright", "Copyright (c) pyframe authors.");
  d.set("float_repr_style", "short");
  d.set("dont_write_bytecode", true);
  d.set("builtin_module_names", newTupleOwned(["builtins", "sys", "math", "time", "_io", "gc", "_weakref", "itertools", "_functools", "_collections", "_random", "_json", "_operator", "errno", "marshal"]));

  const versionInfoType = structSeqType("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
  d.set("version_info", structSeq(versionInfoType, [3, 11, 7, "final", 0]));

  const implementation = new PyInstance(T.simpleNamespaceType);
  T.simpleNamespaceType.rc++;
  implementation.dict = new PyDict(T.dictType);
  implementation.dict.set("name", "pyframe");
  implementation.dict.set("cache_tag", None);
  const implVersionType = structSeqType("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
  implementation.dict.set("version", structSeq(implVersionType, [0, 1, 0, "alpha", 0]));
  implementation.dict.set("hexversion", 0x000100a0);
  implementation.dict.set("_multiarch", "x86_64-linux-gnu");
  d.set("implementation", implementation);

  const flagNames = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path"];
  const flagsType = structSeqType("sys", "flags", flagNames);
  d.set("flags", structSeq(flagsType, flagNames.map((n) => {
    const v = opts.flags?.[n] ?? (n === "hash_randomization" ? 1 : 0);
    return n === "dev_mode" || n === "safe_path" ? v !== 0 : v;
  })));

  const floatInfoType = structSeqType("sys", "float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
  d.set("float_info", structSeq(floatInfoType, [floatValue(Number.MAX_VALUE), 1024, 308, floatValue(2.2250738585072014e-308), -1021, -307, 15, 53, floatValue(Number.EPSILON), 2, 1]));
  const intInfoType = structSeqType("sys", "int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
  d.set("int_info", structSeq(intInfoType, [30, 4, 4300, 640]));
  const hashInfoType = structSeqType("sys", "hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
  d.set("hash_info", structSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]));

  const fns: [string, (args: PyValue[], kwnames: string[] | null) => PyValue][] = [
    ["exit", (args, kw) => {
      checkArgCount("exit", args, kw, 0, 1);
      // sys_exit_impl: PyErr_SetObject(PyExc_SystemExit, status): a tuple is the args, None is none
      const status = args.length === 0 ? None : args[0];
      const exArgs = status === None ? [] : status instanceof PyTuple && status.type === T.tupleType ? status.items : [status];
      throw call(T.systemExitType, exArgs, null);
    }],
    ["getrefcount", (args, kw) => {
      checkArgCount("sys.getrefcount", args, kw, 1, 1);
      const o = args[0];
      // Py_REFCNT: the caller's reference to the argument (its value stack) is already counted in rc
      if (typeof o === "object") return (o.flags & 2) ? 4294967295 : o.rc;
      return 4294967295;
    }],
    ["intern", (args, kw) => {
      checkArgCount("sys.intern", args, kw, 1, 1);
      const s = args[0];
      if (typeof s === "string") return s;
      if (typeOf(s).isSubtypeOf(T.strType)) typeError(`can't intern ${typeOf(s).name}`);
      return typeError(`intern() argument must be str, not ${typeOf(s).name}`);
    }],
    ["getsizeof", (args) => {
      const o = args[0];
      const t = typeOf(o);
      const f = t.lookup("__sizeof__");
      if (f === undefined) return args.length > 1 ? newref(args[1]) : 16;
      // builtin objects: an estimate; a class's own __sizeof__ is called (sysmodule.c
      // _PySys_GetSizeOf), its result checked, plus the GC header (and managed dict pointers)
      if (f instanceof PyMethodDescriptor) return 16 + (typeof o === "string" ? 33 + o.length : 40);
      let r: PyValue;
      try {
        r = callSpecialFound(f, o);
      } catch (e) {
        if (args.length > 1 && isPyException(e) && e.type.isSubtypeOf(T.typeErrorType)) {
          decref(e);
          return newref(args[1]);
        }
        throw e;
      }
      const n = r instanceof PyIntSubclass ? r.value : typeof r === "boolean" ? Number(r) : r;
      if (typeof n !== "number" && typeof n !== "bigint") {
        decref(r);
        if (args.length > 1) return newref(args[1]);
        typeError("an integer is required");
      }
      decref(r);
      if (n < 0) valueError("__sizeof__() should return >= 0");
      if (typeof n === "bigint" || n > Number.MAX_SAFE_INTEGER) overflowError("Python int too large to convert to C ssize_t");
      const managedDict = t.tflags & TPFLAG_HAS_DICT && t.solidBase === T.objectType ? 16 : 0;
      return n + (t.tflags & TPFLAG_HEAPTYPE ? 16 + managedDict : 0);
    }],
    ["getdefaultencoding", (args, kw) => {
      checkArgCount("sys.getdefaultencoding", args, kw, 0, 0);
      return "utf-8";
    }],
    ["getfilesystemencoding", (args, kw) => {
      checkArgCount("sys.getfilesystemencoding", args, kw, 0, 0);
      return "utf-8";
    }],
    ["getfilesystemencodeerrors", (args, kw) => {
      checkArgCount("sys.getfilesystemencodeerrors", args, kw, 0, 0);
      return "surrogateescape";
    }],
    ["get_int_max_str_digits", (args, kw) => {
      checkArgCount("sys.get_int_max_str_digits", args, kw, 0, 0);
      return maxStrDigits;
    }],
    ["set_int_max_str_digits", (args, kw) => {
      const v = args[0] ?? (kw !== null ? args[args.length - 1] : undefined);
      if (v === undefined) typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
      const n = Number(indexValue(v));
      if (n !== 0 && n < 640) valueError("maxdigits must be 0 or larger than 640");
      setMaxStrDigits(n);
      return None;
    }],
    ["is_finalizing", (args, kw) => {
      checkArgCount("sys.is_finalizing", args, kw, 0, 0);
      return false;
    }],
    ["audit", () => None],
    ["addaudithook", () => None],
    ["getswitchinterval", () => floatValue(0.005)],
    ["setswitchinterval", () => None],
    ["getdlopenflags", () => 2],
    ["getallocatedblocks", () => 0],
  ];
  for (const [name, fn] of fns) d.set(name, builtinFunction(name, fn, "sys"));
  return m;
}

import { PyFloat } from "../types/float.js";
function floatValue(x: number): PyFloat {
  return new PyFloat(T.floatType, x);
}
