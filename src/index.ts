// The embedding API: `import { ... } from "pyframe"`.
export { parse, dump, PySyntaxError } from "./parser/index.js";
