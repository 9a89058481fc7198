// The builtin open(): io.open, imported on first use so that programs that never open a file do
// not load the io module at start-up (CPython's builtins.open is _io.open).

import { decref, type PyValue } from "../object.js";
import { builtinFunction } from "../define.js";
import type { PyDict } from "../types/dict.js";
import type { PyModule } from "../types/module.js";
import { call } from "../ops/call.js";
import { getAttr } from "../ops/attr.js";

const OPEN_DOC = "Open file and return a stream.  Raise OSError upon failure.";

/** Puts `open` into the builtins namespace; `importModule` imports a module by name (new reference). */
export function installOpen(builtins: PyDict, importModule: (name: string) => PyModule): void {
  const fn = builtinFunction("open", (args: PyValue[], kwnames: string[] | null) => {
    const io = importModule("io");
    let ioOpen: PyValue;
    try {
      ioOpen = getAttr(io, "open");
    } finally {
      decref(io);
    }
    try {
      return call(ioOpen, args, kwnames);
    } finally {
      decref(ioOpen);
    }
  }, "io", OPEN_DOC);
  builtins.set("open", fn);
}
