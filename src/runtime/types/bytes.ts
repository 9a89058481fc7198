// bytes and bytearray: byte strings. bytearray's buffer may be replaced as it grows.

import { PyObject } from "../object.js";
import type { PyType } from "../type.js";

export class PyBytes extends PyObject {
  constructor(type: PyType, readonly bytes: Uint8Array) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  /** exports: buffers currently handed out (memoryview); resizing is refused while > 0 */
  exports = 0;
  constructor(type: PyType, public bytes: Uint8Array, public length: number) {
    super(type);
  }
}
