// The facade the CLI and embedders use: set up the runtime and the standard modules, run a
// program as __main__, and turn its ending into an exit code the way python3 does (uncaught
// exceptions through sys.excepthook and status 1, SystemExit's code, finalization at exit).

import { decref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { initRuntime } from "../runtime/init.js";
import type { Host } from "../runtime/host.js";
import { PyModule } from "../runtime/types/module.js";
import { PyDict } from "../runtime/types/dict.js";
import { PyList } from "../runtime/types/list.js";
import { PyException } from "../runtime/types/exception.js";
import { PyIntSubclass } from "../runtime/types/boxed.js";
import { None, newDict } from "../runtime/values.js";
import { call } from "../runtime/ops/call.js";
import { str } from "../runtime/ops/repr.js";
import { createBuiltinsModule } from "../runtime/modules/builtins.js";
import { createSysModule } from "../runtime/modules/sys.js";
import { flushAllStreams } from "../runtime/modules/stdio.js";
import { PySyntaxError } from "../parser/errors.js";
import { scriptNullByteError } from "../parser/index.js";
import { vm } from "./vm.js";
import { installSysInterp } from "./sys-interp.js";
import { setProgramTextReader } from "./source.js";
import { installInterpBuiltins } from "./builtins-interp.js";
import { initGeneratorTypes } from "./generators.js";
import { initLifecycle } from "./lifecycle.js";
import { compileSource, execCode, importModule, sourceString } from "./imports.js";
import { syntaxErrorObject, toPyException } from "./exceptions.js";
import { printException } from "./traceback.js";
import { registerNativeModules } from "./native-modules.js";
import { ts, resetThreadState } from "./state.js";
import { resetStreams } from "../runtime/modules/stdio.js";
import { resetCodecState } from "../runtime/codecs.js";

/** The status of a run ended by an unhandled KeyboardInterrupt: death by SIGINT, as a parent process sees it. */
export const EXIT_SIGINT = -2;

export interface InterpreterOptions {
  /** sys.argv */
  argv: string[];
  /** sys.path entries before the standard library directory */
  path: string[];
  executable: string;
  unbuffered?: boolean;
  flags?: Partial<Record<string, number>>;
  /** sys.warnoptions (-W options; the warnings module applies them) */
  warnoptions?: string[];
  /** sys._xoptions (-X options) */
  xoptions?: [string, string | true][];
}

export class Interpreter {
  readonly main: PyModule;

  constructor(readonly host: Host, options: InterpreterOptions) {
    initRuntime();
    resetThreadState();
    resetStreams();
    resetCodecState();
    initGeneratorTypes();
    initLifecycle();
    vm.host = host;
    vm.nativeModules = new Map();
    const builtins = createBuiltinsModule();
    vm.builtinsModule = builtins;
    vm.builtins = builtins.dict;
    const sys = createSysModule(host, {
      argv: options.argv,
      path: [...options.path, host.stdlibDir()],
      executable: options.executable,
      unbuffered: options.unbuffered ?? false,
      flags: options.flags,
      warnoptions: options.warnoptions,
      xoptions: options.xoptions,
    });
    vm.sys = sys;
    installSysInterp(sys);
    vm.modules = sys.dict.getStr("modules") as PyDict;
    vm.path = sys.dict.getStr("path") as PyList;
    vm.modules.set("sys", sys);
    vm.modules.set("builtins", builtins);
    installInterpBuiltins();
    registerNativeModules();
    setProgramTextReader((path) => {
      try {
        const st = host.stat(path);
        return st !== null && st.isFile ? new TextDecoder().decode(host.readFile(path)) : null;
      } catch {
        return null;
      }
    });
    this.main = new PyModule("__main__");
    this.main.dict.set("__builtins__", builtins);
    vm.modules.set("__main__", this.main);
  }

  /** Runs source as the __main__ module; returns the process exit code. */
  runMain(source: string | Uint8Array, filename: string): number {
    const d = this.main.dict;
    if (!filename.startsWith("<")) d.set("__file__", filename);
    d.set("__cached__", None);
    // CPython's __main__ always starts with an empty __annotations__
    if (d.getStr("__annotations__") === undefined) {
      const ann = newDict();
      d.set("__annotations__", ann);
      decref(ann);
    }
    return this.guard(() => {
      const text = sourceString(source, filename);
      const nul = scriptNullByteError(text, filename);
      if (nul !== null) throw nul;
      const code = compileSource(text, filename, "exec");
      try {
        decref(execCode(code, d));
      } finally {
        decref(code);
      }
    });
  }

  /** python -m: runs a module found on sys.path as __main__. */
  runModule(name: string): number {
    return this.guard(() => {
      const runpy = importModule("runpy");
      try {
        const fn = runpy.dict.getStr("_run_module_as_main");
        if (fn === undefined) throw new Error("runpy._run_module_as_main missing");
        decref(call(fn, [name], null));
      } finally {
        decref(runpy);
      }
    });
  }

  /** Compiles and runs one REPL input (mode "single"); exceptions are printed. Returns false on SystemExit. */
  runInteractive(source: string): { exitCode: number | null } {
    let exitCode: number | null = null;
    try {
      const code = compileSource(source, "<stdin>", "single");
      try {
        decref(execCode(code, this.main.dict));
      } finally {
        decref(code);
      }
    } catch (e) {
      const exc = e instanceof PySyntaxError ? syntaxErrorObject(e) : toPyException(e);
      if (exc.type.isSubtypeOf(T.systemExitType)) exitCode = this.exitCodeOf(exc);
      else this.reportUncaught(exc);
      decref(exc);
    }
    flushAllStreams();
    return { exitCode };
  }

  /** Runs `body`; maps SystemExit and uncaught exceptions to an exit code (or EXIT_SIGINT); finalizes. */
  private guard(body: () => void): number {
    let status = 0;
    try {
      body();
    } catch (e) {
      const exc = e instanceof PySyntaxError ? syntaxErrorObject(e) : toPyException(e);
      exc.flags &= ~(1 << 8);
      if (exc.type.isSubtypeOf(T.systemExitType)) {
        status = this.exitCodeOf(exc);
      } else {
        this.reportUncaught(exc);
        // pymain_main: an unhandled KeyboardInterrupt ends the process by SIGINT (exit_sigint),
        // which a parent sees as status -2 (the CLI kills itself with the signal)
        status = exc.type.isSubtypeOf(T.keyboardInterruptType) ? EXIT_SIGINT : 1;
      }
      decref(exc);
    }
    status = this.finalize(status);
    return status;
  }

  /** SystemExit's code: None -> 0, int -> itself, anything else printed to stderr -> 1. */
  exitCodeOf(exc: PyException): number {
    let code: PyValue | undefined = exc.getExtra("code");
    if (code === undefined) code = exc.args.items.length === 0 ? None : exc.args.items.length === 1 ? exc.args.items[0] : exc.args;
    if (code === None) return 0;
    if (typeof code === "boolean") return code ? 1 : 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "bigint") return Number(BigInt.asUintN(8, code));
    if (code instanceof PyIntSubclass) return Number(BigInt.asUintN(8, BigInt(code.value)));
    try {
      const err = vm.sys.dict.getStr("stderr");
      const text = str(code) + "\n";
      if (err !== undefined) decref(call(getWrite(err), [text], null));
      else this.host.writeStderr(text);
    } catch (e) {
      if (e instanceof PyException) decref(e);
    }
    return 1;
  }

  /** sys.excepthook(type, value, tb), falling back to the default printer. */
  reportUncaught(exc: PyException): void {
    flushAllStreams();
    const hook = vm.sys.dict.getStr("excepthook");
    try {
      if (hook === undefined || hook === None) {
        // _PyErr_PrintEx without a hook
        this.host.writeStderr("sys.excepthook is missing\n");
        throw new Error("no excepthook");
      }
      decref(call(hook, [exc.type, exc, exc.traceback ?? None], null));
    } catch (e) {
      if (e instanceof PyException) {
        this.host.writeStderr("Error in sys.excepthook:\n");
        printException(e);
        decref(e);
        this.host.writeStderr("\nOriginal exception was:\n");
      }
      printException(exc);
    }
  }

  /** Interpreter shutdown: atexit handlers, then __main__'s globals released in order. */
  private finalize(status: number): number {
    ts.excInfo.value = null;
    // Py_FinalizeEx: wait_for_thread_shutdown() (threading._shutdown) comes before the atexit handlers
    const threading = vm.modules.getStr("threading");
    if (threading instanceof PyModule) {
      const shutdown = threading.dict.getStr("_shutdown");
      if (shutdown !== undefined) {
        try {
          decref(call(shutdown, [], null));
        } catch (e) {
          if (e instanceof PyException) {
            vm.host.writeStderr("Exception ignored in: threading._shutdown\n");
            decref(e);
          } else throw e;
        }
      }
    }
    const atexit = vm.modules.getStr("atexit");
    if (atexit instanceof PyModule) {
      const run = atexit.dict.getStr("_run_exitfuncs");
      if (run !== undefined) {
        try {
          decref(call(run, [], null));
        } catch (e) {
          if (e instanceof PyException) {
            if (e.type.isSubtypeOf(T.systemExitType)) status = this.exitCodeOf(e);
            decref(e);
          }
        }
      }
    }
    flushAllStreams();
    try {
      // The cycle collector frees __main__'s namespace at shutdown, releasing entries in order.
      this.main.dict.clear();
    } catch (e) {
      if (e instanceof PyException) decref(e);
    }
    flushAllStreams();
    return status;
  }
}

function getWrite(stream: PyValue): PyValue {
  const { getAttr } = attrOps;
  return getAttr(stream, "write");
}

import * as attrOps from "../runtime/ops/attr.js";

