// The package's entry (`import { Interpreter, NodeHost } from "pyframe"`): the embedding API of
// src/index.ts plus the Node.js host the CLI uses.
export * from "../src/index.js";
export { NodeHost } from "./node-host.js";
