// Base class of iterators implemented in TypeScript. `next()` returns a new reference, or STOP
// when exhausted, so native loops never pay for a StopIteration exception.

import { PyObject, immortal, type PyValue } from "../object.js";
import { objectType } from "../typeobjects.js";

/** The end-of-iteration sentinel of the native iteration protocol; never visible to Python code. */
export const STOP: PyObject = immortal(new PyObject(objectType));

export abstract class PyNativeIterator extends PyObject {
  /** The next item (new reference) or STOP. */
  abstract next(): PyValue;
}
