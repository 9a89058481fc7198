// Fast closures for call-free subtrees (ARCHITECTURE.md, technique 1). Filled in once the
// machine is complete; until then every node runs through the machine.

import type { Node } from "./nodes.js";
import type { CodeImpl } from "./frame.js";

export function addFastPaths(_root: Node, _code: CodeImpl): void {}
