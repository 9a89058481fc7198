// The _pyframe_codecs module: what the Python-level codecs/_codecs modules need from the native
// codec table (src/runtime/codecs.ts), which str.encode and bytes.decode use.

import type { PyValue } from "../object.js";
import { None } from "../values.js";
import { typeError } from "../errors.js";
import { PyModule } from "../types/module.js";
import { typeOf } from "../typeof.js";
import { codecName, registerErrorHandler, setRegistryHook } from "../codecs.js";
import { defFn, noKw, unpackCount } from "./modutil.js";

function strArg(name: string, v: PyValue): string {
  if (typeof v === "string") return v;
  return typeError(`${name}() argument must be str, not ${typeOf(v).name}`);
}

export function createCodecsNativeModule(): PyModule {
  const m = new PyModule("_pyframe_codecs", "native codec table access");
  defFn(m, "codec_name", (args, kw) => {
    noKw("codec_name", kw);
    unpackCount("codec_name", args.length, 1, 1);
    return codecName(strArg("codec_name", args[0])) ?? None;
  }, "the canonical name of a natively implemented codec, or None");
  defFn(m, "register_error", (args, kw) => {
    noKw("register_error", kw);
    unpackCount("register_error", args.length, 2, 2);
    registerErrorHandler(strArg("register_error", args[0]), args[1]);
    return None;
  }, "make str.encode/bytes.decode call the handler for this error handler name");
  defFn(m, "set_registry_hook", (args, kw) => {
    noKw("set_registry_hook", kw);
    unpackCount("set_registry_hook", args.length, 1, 1);
    setRegistryHook(args[0]);
    return None;
  }, "the function str.encode/bytes.decode call for codecs the native table lacks");
  return m;
}
