// sys.settrace support: line events from the run loop. The loop calls traceLine only while a
// trace function is installed, so tracing costs nothing otherwise.

import type { Frame } from "./frame.js";
import type { Node } from "./nodes.js";
import { ts } from "./state.js";

export function traceLine(f: Frame, stmt: Node): void {
  if (ts.tracing || ts.tracefunc === null) return;
  void f;
  void stmt;
}
