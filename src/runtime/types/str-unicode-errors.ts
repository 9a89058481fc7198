// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: __init__, __str__ and the
// encoding/object/start/end/reason attributes (Objects/exceptions.c UnicodeEncodeError_init,
// UnicodeEncodeError_str, ...). The codecs raise these with the attributes already set
// (codecs.ts unicodeEncodeError), exactly as __init__ would set them.

import { decref, newref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import * as T from "../typeobjects.js";
import { typeOf } from "../typeof.js";
import { None, newTuple } from "../values.js";
import { typeError } from "../errors.js";
import { defGetSet, defMethod } from "../define.js";
import { PyException } from "./exception.js";
import { PyBytes } from "./bytes.js";
import { str as strOp } from "../ops/repr.js";
import { asSsize, clinicTypeName, strValue } from "./str-util.js";
import { bufferBytes } from "./bytes-type.js";

function exc(self: PyValue): PyException {
  if (!(self instanceof PyException)) typeError(`descriptor requires a 'BaseException' object but received a '${typeOf(self).name}'`);
  return self;
}

function charText(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** The code point at code point index i of s (or -1). */
function cpAt(s: string, i: number): number {
  let k = 0;
  for (const ch of s) {
    if (k === i) return ch.codePointAt(0)!;
    k++;
  }
  return -1;
}

function num(e: PyException, name: string): number {
  const v = e.getExtra(name);
  return typeof v === "number" ? v : 0;
}

export function initUnicodeErrors(): void {
  const kinds: [PyType, "encode" | "decode" | "translate"][] = [
    [T.unicodeEncodeErrorType, "encode"],
    [T.unicodeDecodeErrorType, "decode"],
    [T.unicodeTranslateErrorType, "translate"],
  ];
  for (const [type, kind] of kinds) {
    if (type.ns.has("__str__") && type.ns.has("start")) continue;
    defMethod(type, "__init__", (self, args, kwnames) => {
      const e = exc(self);
      if (kwnames !== null && kwnames.length > 0) typeError(`${e.type.name}() takes no keyword arguments`);
      const want = kind === "translate" ? 4 : 5;
      const old = e.args;
      e.args = newTuple(args);
      decref(old);
      if (args.length !== want) typeError(`function takes exactly ${want} arguments (${args.length} given)`);
      let k = 0;
      let encoding: PyValue = None;
      if (kind !== "translate") {
        if (strValue(args[0]) === undefined) typeError(`argument 1 must be str, not ${clinicTypeName(args[0])}`);
        encoding = args[0];
        k = 1;
      }
      let object = args[k];
      let ownedObject = false;
      if (kind === "decode") {
        const b = bufferBytes(object);
        if (b === null) typeError(`a bytes-like object is required, not '${typeOf(object).name}'`);
        if (!(object instanceof PyBytes && object.type === T.bytesType)) {
          object = new PyBytes(T.bytesType, b.slice());
          ownedObject = true;
        }
      } else if (strValue(object) === undefined) {
        typeError(`argument ${k + 1} must be str, not ${clinicTypeName(object)}`);
      }
      const start = asSsize(args[k + 1]);
      const end = asSsize(args[k + 2]);
      if (strValue(args[k + 3]) === undefined) typeError(`argument ${k + 4} must be str, not ${clinicTypeName(args[k + 3])}`);
      e.setExtra("encoding", encoding);
      e.setExtra("object", object);
      if (ownedObject) decref(object);
      e.setExtra("start", start);
      e.setExtra("end", end);
      e.setExtra("reason", args[k + 3]);
      return None;
    });
    defMethod(type, "__str__", (self) => {
      const e = exc(self);
      const object = e.getExtra("object");
      if (object === undefined || object === None) return "";
      const start = num(e, "start");
      const end = num(e, "end");
      const reason = strOp(e.getExtra("reason") ?? None);
      if (kind === "decode") {
        const encoding = strOp(e.getExtra("encoding") ?? None);
        const b = bufferBytes(object);
        if (b !== null && start < b.length && end === start + 1) {
          return `'${encoding}' codec can't decode byte 0x${b[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
        }
        return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
      }
      const s = strValue(object) ?? "";
      const one = end === start + 1 && start >= 0 && cpAt(s, start) >= 0;
      if (kind === "encode") {
        const encoding = strOp(e.getExtra("encoding") ?? None);
        if (one) return `'${encoding}' codec can't encode character '${charText(cpAt(s, start))}' in position ${start}: ${reason}`;
        return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
      }
      if (one) return `can't translate character '${charText(cpAt(s, start))}' in position ${start}: ${reason}`;
      return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
    });
    for (const name of ["encoding", "object", "reason"]) {
      defGetSet(type, name, (self) => newref(exc(self).getExtra(name) ?? None), (self, v) => {
        exc(self).setExtra(name, v === undefined ? None : v);
      });
    }
    for (const name of ["start", "end"]) {
      defGetSet(type, name, (self) => num(exc(self), name), (self, v) => {
        if (v === undefined) typeError("can't delete numeric/char attribute");
        exc(self).setExtra(name, asSsize(v));
      });
    }
  }
}
