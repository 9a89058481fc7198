// Printing exceptions as CPython 3.11 does (Python/pythonrun.c print_exception_recursive and
// Python/traceback.c tb_displayline; Lib/traceback.py is the same algorithm): chained sections,
// "File ..., line N, in name" entries with the source line and the caret line that underlines
// the failing sub-expression, SyntaxError's own layout, and "Did you mean" suggestions.

import { decref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { typeOf } from "../runtime/typeof.js";
import { PyException } from "../runtime/types/exception.js";
import { PyTraceback } from "../runtime/types/traceback.js";
import { PyTuple } from "../runtime/types/tuple.js";
import { groupExceptions } from "../runtime/types/exception-group.js";
import { PyList } from "../runtime/types/list.js";
import { str, repr } from "../runtime/ops/repr.js";
import { getAttrOpt } from "../runtime/ops/attr.js";
import { parse } from "../parser/index.js";
import type { Frame } from "./frame.js";
import { vm } from "./vm.js";
import { suggestionFor } from "./suggestions.js";

/** The text of line `lineno` of a frame's source, or null (linecache.getline). */
function sourceLine(frame: Frame, lineno: number): string | null {
  const src = frame.code.source;
  if (src.filename.startsWith("<") && src.filename.endsWith(">")) return null;
  const l = src.lines[lineno - 1];
  return l === undefined ? null : l.replace(/\r?\n$/, "").replace(/\r$/, "");
}

function byteToCharOffset(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  return new TextDecoder().decode(bytes.subarray(0, Math.max(0, byteOffset))).length;
}

function charWidth(cp: number): number {
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

/** _display_width: terminal columns of the first `offset` UTF-16 units of `s`. */
export function displayWidth(s: string, offset: number): number {
  let w = 0;
  for (let i = 0; i < offset && i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}

interface Anchors {
  left: number;
  right: number;
}

/** _extract_caret_anchors_from_line_segment: binary operators and subscripts get ~~~^^^ markers. */
export function caretAnchors(segment: string): Anchors | null {
  let tree;
  try {
    tree = parse(segment, "<unknown>", "exec");
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st._type !== "Expr") return null;
  const e = st.value;
  const norm = (off: number) => byteToCharOffset(segment, off);
  if (e._type === "BinOp") {
    const opStart = norm(e.left.end_col_offset);
    const opEnd = norm(e.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = e.left.end_col_offset + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) right++;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++;
      right++;
    }
    return { left: norm(left), right: norm(right) };
  }
  if (e._type === "Subscript") {
    let left = norm(e.value.end_col_offset);
    let right = norm(e.slice.end_col_offset + 1);
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] !== "[")) left++;
    while (right < segment.length && (/\s/.test(segment[right]) || segment[right] !== "]")) right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

function frameName(frame: Frame): string {
  return frame.code.name;
}

/** One "File ..., line N, in name" entry with its source and carets. */
export function formatTracebackEntry(tb: PyTraceback): string {
  const frame = tb.frame as Frame;
  const where = tb.where;
  const filename = frame.code.source.filename;
  let out = `  File "${filename}", line ${where.line}, in ${frameName(frame)}\n`;
  const line = sourceLine(frame, where.line);
  if (line === null || line.trim() === "") return out;
  const stripped = line.trim();
  out += `    ${stripped}\n`;
  const strippedChars = line.length - line.trimStart().length;
  let start = byteToCharOffset(line, where.col);
  let end = byteToCharOffset(line, where.endCol);
  let anchors: Anchors | null = null;
  if (where.line === where.endLine) {
    anchors = caretAnchors(line.slice(start, end));
  } else {
    end = line.trimEnd().length;
  }
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    const segment = line.slice(start, end);
    const dpStart = displayWidth(line, start) + 1;
    const dpEnd = displayWidth(line, end) + 1;
    out += "    " + " ".repeat(dpStart - strippedChars - 1 < 0 ? 0 : dpStart - 1 - strippedChars);
    if (anchors !== null) {
      const dpLeft = displayWidth(segment, anchors.left);
      const dpRight = displayWidth(segment, anchors.right);
      out += "~".repeat(dpLeft) + "^".repeat(dpRight - dpLeft) + "~".repeat(dpEnd - dpStart - dpRight);
    } else {
      out += "^".repeat(dpEnd - dpStart);
    }
    out += "\n";
  }
  void start;
  return out;
}

const RECURSIVE_CUTOFF = 3;

/** The traceback lines, with CPython's folding of repeated identical entries (tb_print_internal). */
export function formatTraceback(tb: PyTraceback | null): string {
  let out = "";
  // count: entries so far with the same file, line and name, the first one included
  let count = 0;
  let lastKey: string | null = null;
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) {
    const frame = t.frame as Frame;
    const key = `${frame.code.source.filename}\u0000${t.where.line}\u0000${frameName(frame)}`;
    if (key !== lastKey) {
      if (count > RECURSIVE_CUTOFF) {
        const n = count - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
      }
      lastKey = key;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out += formatTracebackEntry(t);
  }
  if (count > RECURSIVE_CUTOFF) {
    const n = count - RECURSIVE_CUTOFF;
    out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
  }
  return out;
}

function safeStr(v: PyValue): string {
  try {
    return str(v);
  } catch (e) {
    if (e instanceof PyException) decref(e);
    return "<exception str() failed>";
  }
}

/** The qualified class name as the exception line shows it (module prefix unless builtins/__main__). */
function excTypeName(exc: PyException): string {
  const t = exc.type;
  const mod = t.module;
  if (mod === "builtins" || mod === "__main__") return t.qualname;
  return `${mod}.${t.qualname}`;
}

/** The final "Type: message" line(s), with SyntaxError layout, suggestions and notes. */
export function formatExceptionOnly(exc: PyException): string {
  const name = excTypeName(exc);
  let out = "";
  if (exc.type.isSubtypeOf(T.syntaxErrorType)) {
    out += formatSyntaxError(exc);
  }
  let msg: string;
  if (exc.type.isSubtypeOf(T.syntaxErrorType)) {
    const m = exc.getExtra("msg");
    msg = m === undefined ? safeStr(exc) : safeStr(m);
    const fn = exc.getExtra("filename");
    const ln = exc.getExtra("lineno");
    // print_exception_file_and_line: without a line number, the file name follows the message
    if (typeof ln !== "number" && typeof ln !== "boolean" && typeof fn === "string") msg += ` (${fn})`;
  } else {
    msg = safeStr(exc);
  }
  const suggestion = suggestionFor(exc);
  if (suggestion !== null) msg += `. Did you mean: '${suggestion}'?`;
  out += msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  const notes = exc.dict?.getStr("__notes__");
  if (notes !== undefined) {
    if (notes instanceof PyList || notes instanceof PyTuple) {
      for (const n of notes.items) out += (typeof n === "string" ? n : repr(n)) + "\n";
    } else {
      out += safeStr(notes) + "\n";
    }
  }
  return out;
}

/**
 * The location lines of a SyntaxError as the default excepthook writes them (pythonrun.c:
 * print_exception_file_and_line and print_error_text): the line without its indentation, and
 * carets from offset to end_offset; only an exact SyntaxError has an end (subclasses such as
 * IndentationError get one caret), and no caret points left of the text.
 */
function formatSyntaxError(exc: PyException): string {
  let out = "";
  const filename = exc.getExtra("filename");
  const lineno = exc.getExtra("lineno");
  const text = exc.getExtra("text");
  if (typeof lineno !== "number") return out;
  out += `  File "${typeof filename === "string" ? filename : "<string>"}", line ${lineno}\n`;
  if (typeof text !== "string") return out;
  const off = exc.getExtra("offset");
  let offset = typeof off === "number" ? off : typeof off === "boolean" ? Number(off) : -1;
  const exact = exc.type === T.syntaxErrorType;
  const el = exc.getExtra("end_lineno");
  const eo = exc.getExtra("end_offset");
  const endLineno = exact && typeof el === "number" ? el : lineno;
  let endOffset = exact && typeof eo === "number" ? eo : -1;
  const lineSize = text.length;
  if (endLineno > lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let t = text;
  let i = 0;
  while (t[i] === " " || t[i] === "\t" || t[i] === "\f") {
    i++;
    offset--;
  }
  t = t.slice(i);
  let len = t.length;
  if (len > 0 && t[len - 1] === "\n") len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = t.indexOf("\n");
    if (nl < 0 || nl >= offset) break;
    t = t.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  out += "    " + t;
  if (t[len] !== "\n") out += "\n";
  if (offset >= 0) out += "    " + " ".repeat(offset) + "^".repeat(carets) + "\n";
  return out;
}

/** Where the report of nested exception groups stands (print_exception_recursive's context). */
interface PrintContext {
  seen: Set<PyException>;
  /** nesting of exception groups: each level indents two columns and draws a margin */
  depth: number;
  /** the last member of a group still owes the closing line */
  needClose: boolean;
}

// Limits on how much of an exception group is shown, as CPython's default excepthook.
const GROUP_MAX_WIDTH = 15;
const GROUP_MAX_DEPTH = 10;

function emit(ctx: PrintContext, text: string, margin = "|"): string {
  if (text === "") return "";
  let prefix = " ".repeat(2 * ctx.depth);
  if (ctx.depth > 0) prefix += margin + " ";
  if (prefix === "") return text;
  const lines = text.split("\n");
  const last = lines.pop();
  let out = "";
  for (const l of lines) out += prefix + l + "\n";
  if (last !== "") out += prefix + last;
  return out;
}

function isGroup(exc: PyException): boolean {
  return exc.type.isSubtypeOf(T.baseExceptionGroupType);
}

/** The whole report for an exception and its chain (print_exception_recursive). */
export function formatException(exc: PyException, seen: Set<PyException> = new Set()): string {
  return formatRecursive(exc, { seen, depth: 0, needClose: false });
}

function formatRecursive(exc: PyException, ctx: PrintContext): string {
  ctx.seen.add(exc);
  let out = "";
  const cause = exc.cause;
  const context = exc.context;
  if (cause instanceof PyException && !ctx.seen.has(cause)) {
    out += formatRecursive(cause, ctx);
    out += emit(ctx, "\nThe above exception was the direct cause of the following exception:\n\n");
  } else if (context instanceof PyException && !exc.suppressContext && !ctx.seen.has(context)) {
    out += formatRecursive(context, ctx);
    out += emit(ctx, "\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  if (!isGroup(exc)) {
    if (exc.traceback !== null) {
      out += emit(ctx, "Traceback (most recent call last):\n");
      out += emit(ctx, formatTraceback(exc.traceback as PyTraceback));
    }
    return out + emit(ctx, formatExceptionOnly(exc));
  }
  if (ctx.depth > GROUP_MAX_DEPTH) return out + emit(ctx, `... (max_group_depth is ${GROUP_MAX_DEPTH})\n`);
  return out + formatGroup(exc, ctx);
}

/** An exception group: its traceback and message, then each member in a numbered box. */
function formatGroup(exc: PyException, ctx: PrintContext): string {
  let out = "";
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (exc.traceback !== null) {
    out += emit(ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
    out += emit(ctx, formatTraceback(exc.traceback as PyTraceback));
  }
  out += emit(ctx, formatExceptionOnly(exc));
  const members = groupExceptions(exc);
  const n = Math.min(members.length, GROUP_MAX_WIDTH + 1);
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true; // a nested group's last member may draw the closing line instead
    const truncated = i >= GROUP_MAX_WIDTH;
    const title = truncated ? "..." : String(i + 1);
    out += " ".repeat(2 * ctx.depth) + (i === 0 ? "+-" : "  ") + `+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) {
      out += formatRecursive(members[i] as PyException, ctx);
    } else {
      const remaining = members.length - GROUP_MAX_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += " ".repeat(2 * ctx.depth) + "+------------------------------------\n";
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
  return out;
}

function writeStderr(text: string): void {
  const err = vm.sys?.dict.getStr("stderr");
  if (err !== undefined && err !== null) {
    const w = getAttrOpt(err, "write");
    if (w !== undefined) {
      try {
        // deliberately through the Python-level stream (sys.stderr may be redirected)
        const { call } = callModule;
        decref(call(w, [text], null));
        return;
      } catch (e) {
        if (e instanceof PyException) decref(e);
      } finally {
        decref(w);
      }
    }
  }
  vm.host.writeStderr(text);
}

import * as callModule from "../runtime/ops/call.js";

/** sys.excepthook's default behaviour: print the exception to sys.stderr. */
export function printException(exc: PyException): void {
  writeStderr(formatException(exc));
}

/** PyErr_WriteUnraisable's report. */
export function printUnraisable(exc: PyException, where: string | null): void {
  let out = where !== null ? `${where}\n` : "";
  if (exc.traceback !== null) {
    out += "Traceback (most recent call last):\n";
    out += formatTraceback(exc.traceback as PyTraceback);
  }
  // write_unraisable_exc_file: "Type: str(value)", the ": " even when str() is empty
  out += `${excTypeName(exc)}: ${safeStr(exc)}\n`;
  writeStderr(out);
}

export function typeNameOf(v: PyValue): string {
  return typeOf(v).name;
}
