// _pyframe_traceback: what the Python-level traceback module needs from the interpreter's own
// traceback printer (src/interp/traceback.ts), so that traceback.format_exception() prints
// exactly what an uncaught exception prints: the source positions of traceback entries (CPython
// reads them from co_positions()) and the caret anchors and display widths of the carets.

import { typeError } from "../runtime/errors.js";
import { builtinFunction } from "../runtime/define.js";
import { PyModule } from "../runtime/types/module.js";
import { PyTraceback } from "../runtime/types/traceback.js";
import { None, newTupleOwned } from "../runtime/values.js";
import { typeOf } from "../runtime/typeof.js";
import { caretAnchors, displayWidth } from "./traceback.js";

export function createPyframeTracebackModule(): PyModule {
  const m = new PyModule("_pyframe_traceback", "Source positions and caret anchors for the traceback module.");
  const d = m.dict;
  d.set("tb_position", builtinFunction("tb_position", (args) => {
    const tb = args[0];
    if (!(tb instanceof PyTraceback)) typeError(`expected traceback, not ${typeOf(tb).name}`);
    const w = tb.where;
    // (lineno, end_lineno, colno, end_colno); columns are UTF-8 byte offsets as in co_positions()
    return newTupleOwned([w.line, w.endLine, w.col, w.endCol]);
  }, "_pyframe_traceback"));
  d.set("anchors", builtinFunction("anchors", (args) => {
    const s = args[0];
    if (typeof s !== "string") typeError("anchors() argument must be str");
    const a = caretAnchors(s);
    return a === null ? None : newTupleOwned([a.left, a.right]);
  }, "_pyframe_traceback"));
  d.set("display_width", builtinFunction("display_width", (args) => {
    const s = args[0];
    const n = args[1];
    if (typeof s !== "string" || typeof n !== "number") typeError("display_width(str, int)");
    return displayWidth(s, n);
  }, "_pyframe_traceback"));
  return m;
}

