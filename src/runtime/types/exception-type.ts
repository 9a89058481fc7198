// BaseException and the attributes of its builtin subclasses (Objects/exceptions.c).

import { decref, newref, xdecref, type PyObject, type PyValue } from "../object.js";
import { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTupleOwned, newTuple, newListOwned } from "../values.js";
import { typeError } from "../errors.js";
import { defGetSet, defMethod, defNew } from "../define.js";
import { PyException } from "./exception.js";
import { PyList } from "./list.js";
import { PyTraceback } from "./traceback.js";
import { PyDict, dictMerge } from "./dict.js";
import { str, repr } from "../ops/repr.js";
import { iterToArray } from "../ops/iter.js";
import { callMethod } from "../ops/call.js";
import { getAttrOpt, setAttr } from "../ops/attr.js";
import { isNumber } from "../ops/numconv.js";

function exc(self: PyValue): PyException {
  if (!(self instanceof PyException)) typeError(`descriptor requires a 'BaseException' object but received a '${typeOf(self).name}'`);
  return self;
}

function positional(args: PyValue[], kwnames: string[] | null): PyValue[] {
  return kwnames === null ? args : args.slice(0, args.length - kwnames.length);
}

function setArgs(e: PyException, args: PyValue[]): void {
  const old = e.args;
  e.args = newTuple(args);
  decref(old);
}

/** Attributes taken from keyword arguments by some exception classes' __init__. */
function kwargMap(args: PyValue[], kwnames: string[] | null): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  if (kwnames === null) return m;
  const base = args.length - kwnames.length;
  kwnames.forEach((k, i) => m.set(k, args[base + i]));
  return m;
}

/** ENOENT -> FileNotFoundError etc., for OSError(errno, ...) */
const ERRNO_SUBCLASS: Record<number, () => PyType> = {
  11: () => T.blockingIOErrorType,
  10: () => T.childProcessErrorType,
  32: () => T.brokenPipeErrorType,
  103: () => T.connectionAbortedErrorType,
  111: () => T.connectionRefusedErrorType,
  104: () => T.connectionResetErrorType,
  17: () => T.fileExistsErrorType,
  2: () => T.fileNotFoundErrorType,
  4: () => T.interruptedErrorType,
  21: () => T.isADirectoryErrorType,
  20: () => T.notADirectoryErrorType,
  1: () => T.permissionErrorType,
  13: () => T.permissionErrorType,
  3: () => T.processLookupErrorType,
  110: () => T.timeoutErrorType,
};

export function initExceptionTypes(): void {
  const B = T.baseExceptionType;
  B.ns.set("__doc__", "Common base class for all exceptions");
  defNew(B, (cls, args, kwnames) => {
    let type = cls;
    const pos = positional(args, kwnames);
    if (cls === T.osErrorType && pos.length >= 2 && typeof pos[0] === "number") {
      const sub = ERRNO_SUBCLASS[pos[0]];
      if (sub !== undefined) type = sub();
    }
    type.rc++;
    const e = new PyException(type, newTuple(pos));
    if (type.isSubtypeOf(T.osErrorType)) initOSError(e, pos);
    return e;
  });
  defMethod(B, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const t = e.type;
    if (kwnames !== null && kwnames.length > 0 && t.lookup("__init__") === B.ns.get("__init__")) {
      typeError(`${t.name}() takes no keyword arguments`);
    }
    setArgs(e, positional(args, kwnames));
    return None;
  });
  defMethod(B, "__str__", (self) => {
    const a = exc(self).args.items;
    if (a.length === 0) return "";
    if (a.length === 1) return str(a[0]);
    return str(exc(self).args);
  });
  defMethod(B, "__repr__", (self) => {
    const e = exc(self);
    const a = e.args.items;
    const name = e.type.name;
    if (a.length === 1) return `${name}(${repr(a[0])})`;
    return name + repr(e.args);
  });
  // BaseException instances have a __dict__ (tp_dictoffset); PyObject_GenericSetDict
  defGetSet(B, "__dict__", (self) => {
    const e = exc(self);
    if (e.dict === null) e.dict = new PyDict(T.dictType);
    return newref(e.dict);
  }, (self, v) => {
    const e = exc(self);
    if (v === undefined) typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    const old = e.dict;
    e.dict = newref(v);
    xdecref(old);
  });
  defGetSet(B, "args", (self) => newref(exc(self).args), (self, v) => {
    if (v === undefined) typeError("args may not be deleted");
    const items = iterToArray(v);
    const e = exc(self);
    const old = e.args;
    e.args = newTupleOwned(items);
    decref(old);
  });
  defGetSet(B, "__traceback__", (self) => (exc(self).traceback === null ? None : newref(exc(self).traceback!)), (self, v) => {
    if (v === undefined) typeError("__traceback__ may not be deleted");
    if (v !== None && !(v instanceof PyTraceback)) typeError("__traceback__ must be a traceback or None");
    const e = exc(self);
    const old = e.traceback;
    e.traceback = v === None ? null : newref(v as PyObject);
    xdecref(old);
  });
  defGetSet(B, "__context__", (self) => (exc(self).context === null ? None : newref(exc(self).context!)), (self, v) => {
    if (v === undefined) typeError("__context__ may not be deleted");
    if (v !== None && !(v instanceof PyException)) typeError("exception context must be None or derive from BaseException");
    const e = exc(self);
    const old = e.context;
    e.context = v === None ? null : newref(v as PyObject);
    xdecref(old);
  });
  defGetSet(B, "__cause__", (self) => (exc(self).cause === null ? None : newref(exc(self).cause!)), (self, v) => {
    if (v === undefined) typeError("__cause__ may not be deleted");
    if (v !== None && !(v instanceof PyException)) typeError("exception cause must be None or derive from BaseException");
    const e = exc(self);
    const old = e.cause;
    e.cause = v === None ? null : newref(v as PyObject);
    e.suppressContext = true;
    xdecref(old);
  });
  defGetSet(B, "__suppress_context__", (self) => exc(self).suppressContext, (self, v) => {
    exc(self).suppressContext = v === true;
  });
  defMethod(B, "with_traceback", (self, args) => {
    const e = exc(self);
    const tb = args[0];
    if (tb !== None && !(tb instanceof PyTraceback)) typeError("__traceback__ must be a traceback or None");
    const old = e.traceback;
    e.traceback = tb === None ? null : newref(tb as PyObject);
    xdecref(old);
    return newref(self);
  });
  defMethod(B, "add_note", (self, args) => {
    const e = exc(self);
    const note = args[0];
    if (typeof note !== "string") typeError(`note must be a str, not '${typeOf(note).name}'`);
    let notes = getAttrOpt(e, "__notes__");
    if (notes === undefined) {
      notes = newListOwned([]);
      const d = e.dict ?? (e.dict = new PyDict(T.dictType));
      d.set("__notes__", notes);
    }
    try {
      if (!(notes instanceof PyList)) typeError("Cannot add note: __notes__ is not a list");
      notes.items.push(note);
    } finally {
      decref(notes);
    }
    return None;
  });
  defMethod(B, "__reduce__", (self) => {
    const e = exc(self);
    const parts: PyValue[] = [newref(e.type), newref(e.args)];
    // BaseException_reduce: the instance dict once it exists, even empty
    if (e.dict !== null) parts.push(newref(e.dict));
    return newTupleOwned(parts);
  });
  defMethod(B, "__setstate__", (self, args) => {
    const st = args[0];
    if (st !== None && typeof st === "object") {
      const e = exc(self);
      const keys = callMethod(st, "keys", []);
      for (const k of iterToArray(keys)) {
        const v = callMethod(st, "__getitem__", [k]);
        try {
          // BaseException_setstate: PyObject_SetAttr, so ImportError's name/path etc. reach their descriptors
          if (typeof k === "string") setAttr(e, k, v);
          else typeError("attribute name must be string, not '" + typeOf(k).name + "'");
        } finally {
          decref(v);
          decref(k);
        }
      }
      decref(keys);
    }
    return None;
  });

  // attributes of particular subclasses, stored in `extra`
  const extraAttr = (type: PyType, name: string, fallback: () => PyValue = () => None) => {
    defGetSet(type, name, (self) => {
      const v = exc(self).getExtra(name);
      return v === undefined ? fallback() : newref(v);
    }, (self, v) => {
      exc(self).setExtra(name, v === undefined ? None : v);
    });
  };

  // StopIteration(value)
  defMethod(T.stopIterationType, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const pos = positional(args, kwnames);
    setArgs(e, pos);
    e.setExtra("value", pos.length > 0 ? pos[0] : None);
    return None;
  });
  extraAttr(T.stopIterationType, "value", () => {
    return None;
  });

  // SystemExit(code)
  defMethod(T.systemExitType, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const pos = positional(args, kwnames);
    setArgs(e, pos);
    if (pos.length === 0) e.setExtra("code", None);
    else if (pos.length === 1) e.setExtra("code", pos[0]);
    else e.setExtra("code", e.args);
    return None;
  });
  extraAttr(T.systemExitType, "code");

  // KeyError: str() is the repr of a single argument
  defMethod(T.keyErrorType, "__str__", (self) => {
    const a = exc(self).args.items;
    if (a.length === 1) return repr(a[0]);
    if (a.length === 0) return "";
    return str(exc(self).args);
  });

  // ImportError(msg, name=, path=)
  defMethod(T.importErrorType, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const kw = kwargMap(args, kwnames);
    for (const k of kw.keys()) if (k !== "name" && k !== "path") typeError(`'${k}' is an invalid keyword argument for ${e.type.name}()`);
    const pos = positional(args, kwnames);
    setArgs(e, pos);
    e.setExtra("msg", pos.length === 1 ? pos[0] : None);
    e.setExtra("name", kw.get("name") ?? None);
    e.setExtra("path", kw.get("path") ?? None);
    return None;
  });
  defMethod(T.importErrorType, "__str__", (self) => {
    const e = exc(self);
    const msg = e.getExtra("msg");
    if (msg !== undefined && msg !== None) return str(msg);
    const a = e.args.items;
    return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : str(e.args);
  });
  // ImportError_reduce: name and path travel in the state dict when set
  defMethod(T.importErrorType, "__reduce__", (self) => {
    const e = exc(self);
    const name = e.getExtra("name");
    const path = e.getExtra("path");
    const hasState = e.dict !== null || (name !== undefined && name !== None) || (path !== undefined && path !== None);
    const parts: PyValue[] = [newref(e.type), newref(e.args)];
    if (hasState) {
      const state = new PyDict(T.dictType);
      if (e.dict !== null) dictMerge(state, e.dict);
      if (name !== undefined && name !== None) state.set("name", name);
      if (path !== undefined && path !== None) state.set("path", path);
      parts.push(state);
    }
    return newTupleOwned(parts);
  });
  extraAttr(T.importErrorType, "msg");
  extraAttr(T.importErrorType, "name");
  extraAttr(T.importErrorType, "path");

  // AttributeError(name=, obj=), NameError(name=)
  defMethod(T.attributeErrorType, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const kw = kwargMap(args, kwnames);
    for (const k of kw.keys()) if (k !== "name" && k !== "obj") typeError(`AttributeError.__init__() got an unexpected keyword argument '${k}'`);
    setArgs(e, positional(args, kwnames));
    if (kw.has("name")) e.setExtra("name", kw.get("name")!);
    if (kw.has("obj")) e.setExtra("obj", kw.get("obj")!);
    return None;
  });
  extraAttr(T.attributeErrorType, "name");
  extraAttr(T.attributeErrorType, "obj");
  defMethod(T.nameErrorType, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const kw = kwargMap(args, kwnames);
    for (const k of kw.keys()) if (k !== "name") typeError(`NameError.__init__() got an unexpected keyword argument '${k}'`);
    setArgs(e, positional(args, kwnames));
    if (kw.has("name")) e.setExtra("name", kw.get("name")!);
    return None;
  });
  extraAttr(T.nameErrorType, "name");

  // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
  defMethod(T.syntaxErrorType, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const pos = positional(args, kwnames);
    setArgs(e, pos);
    if (pos.length >= 1) e.setExtra("msg", pos[0]);
    if (pos.length === 2) {
      const info = iterToArray(pos[1]);
      // PyArg_ParseTuple(info, "OOOO|OO", ...)'s messages
      if (info.length < 4 || info.length > 6) {
        for (const x of info) decref(x);
        typeError(`function takes ${info.length < 4 ? "at least 4" : "at most 6"} arguments (${info.length} given)`);
      }
      if (info.length === 5) {
        for (const x of info) decref(x);
        typeError("end_offset must be provided when end_lineno is provided");
      }
      const names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
      info.forEach((v, i) => {
        e.setExtra(names[i], v);
        decref(v);
      });
      if (info.length === 4) {
        e.setExtra("end_lineno", None);
        e.setExtra("end_offset", None);
      }
    }
    return None;
  });
  defMethod(T.syntaxErrorType, "__str__", (self) => {
    const e = exc(self);
    const msg = e.getExtra("msg");
    const m = msg === undefined ? "" : str(msg);
    const filename = e.getExtra("filename");
    const lineno = e.getExtra("lineno");
    const base = typeof filename === "string" ? filename.slice(filename.lastIndexOf("/") + 1) : null;
    if (base !== null && typeof lineno === "number") return `${m} (${base}, line ${lineno})`;
    if (base !== null) return `${m} (${base})`;
    if (typeof lineno === "number") return `${m} (line ${lineno})`;
    return m;
  });
  for (const n of ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) extraAttr(T.syntaxErrorType, n);

  // OSError(errno, strerror[, filename[, winerror[, filename2]]])
  defMethod(T.osErrorType, "__init__", (self, args, kwnames) => {
    void self;
    void args;
    void kwnames;
    return None;
  });
  defMethod(T.osErrorType, "__str__", (self) => {
    const e = exc(self);
    const errno = e.getExtra("errno");
    const strerror = e.getExtra("strerror");
    const filename = e.getExtra("filename");
    const filename2 = e.getExtra("filename2");
    if (filename !== undefined && filename !== None) {
      if (filename2 !== undefined && filename2 !== None) return `[Errno ${str(errno ?? None)}] ${str(strerror ?? None)}: ${repr(filename)} -> ${repr(filename2)}`;
      return `[Errno ${str(errno ?? None)}] ${str(strerror ?? None)}: ${repr(filename)}`;
    }
    if (errno !== undefined && errno !== None && strerror !== undefined && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
    const a = e.args.items;
    return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : str(e.args);
  });
  // OSError_reduce: a filename (and filename2) given to the constructor goes back into the arguments
  defMethod(T.osErrorType, "__reduce__", (self) => {
    const e = exc(self);
    let args: PyValue = newref(e.args);
    const filename = e.getExtra("filename");
    if (filename !== undefined && filename !== None && e.args.items.length === 2) {
      const filename2 = e.getExtra("filename2");
      const items = [...e.args.items, filename];
      if (filename2 !== undefined && filename2 !== None) items.push(None, filename2);
      decref(args);
      args = newTuple(items);
    }
    const parts: PyValue[] = [newref(e.type), args];
    if (e.dict !== null) parts.push(newref(e.dict));
    return newTupleOwned(parts);
  });
  for (const n of ["errno", "strerror", "filename", "filename2"]) extraAttr(T.osErrorType, n);
  defGetSet(T.blockingIOErrorType, "characters_written", (self) => newref(exc(self).getExtra("characters_written") ?? 0), (self, v) => exc(self).setExtra("characters_written", v ?? 0));
}

function initOSError(e: PyException, pos: PyValue[]): void {
  if (pos.length >= 2 && pos.length <= 5) {
    e.setExtra("errno", pos[0]);
    e.setExtra("strerror", pos[1]);
    if (pos.length === 3 && e.type === T.blockingIOErrorType && pos[2] !== None && isNumber(pos[2])) {
      // oserror_init: BlockingIOError's third argument is characters_written (args stay whole)
      e.setExtra("characters_written", pos[2]);
    } else if (pos.length >= 3) {
      e.setExtra("filename", pos[2]);
      // args keeps only (errno, strerror) when a filename is given
      const old = e.args;
      e.args = newTuple([pos[0], pos[1]]);
      decref(old);
    }
    if (pos.length === 5) e.setExtra("filename2", pos[4]);
  }
}

