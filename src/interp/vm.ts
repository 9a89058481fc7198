// The interpreter's global state: the host, the builtins namespace, sys.modules and the registry
// of modules implemented in TypeScript.

import type { Host } from "../runtime/host.js";
import type { PyValue } from "../runtime/object.js";
import type { PyDict } from "../runtime/types/dict.js";
import type { PyList } from "../runtime/types/list.js";
import type { PyModule } from "../runtime/types/module.js";

export interface VM {
  host: Host;
  builtins: PyDict;
  builtinsModule: PyModule;
  sys: PyModule;
  /** sys.modules */
  modules: PyDict;
  /** sys.path */
  path: PyList;
  /** modules implemented in TypeScript, created on first import */
  nativeModules: Map<string, () => PyModule>;
  /** builtins.__import__ as installed (a replaced one is called instead of the fast path) */
  originalImport: PyValue | null;
}

export const vm: VM = {} as VM;
