// printf-style formatting (str % args, bytes % args): Objects/unicodeobject.c PyUnicode_Format.
// Placeholder until the implementation lands.

import type { PyValue } from "../object.js";
import { notImplementedError } from "../errors.js";

/** fmt % args for str */
export function percentFormat(fmt: string, args: PyValue): string {
  void fmt;
  void args;
  return notImplementedError("str % formatting is not implemented yet");
}

/** fmt % args for bytes (returns the bytes) */
export function percentFormatBytes(fmt: Uint8Array, args: PyValue): Uint8Array {
  void fmt;
  void args;
  return notImplementedError("bytes % formatting is not implemented yet");
}
