// ast.dump() of CPython 3.11 (Lib/ast.py), so `pyframe -m ast [-a]` matches `python3 -m ast [-a]`
// byte for byte: optional fields that are None are left out, a node whose arguments are all
// simple and at most three is printed on one line, otherwise one argument per line.
import { NODE_SCHEMA } from "./ast.js";
import { BytesConst, ComplexConst, EllipsisConst, FloatConst } from "./constants.js";
import { bytesRepr, complexRepr, floatRepr, strRepr } from "../shared/repr.js";

// Fields whose values are members of the simple sum types (expr_context, operators): printed as `Load()`.
const SIMPLE_SUM_FIELDS = new Set(["ctx", "op", "ops"]);

export interface DumpOptions {
  includeAttributes?: boolean;
  indent?: number | null;
}

export function constantRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof FloatConst) return floatRepr(v.value);
  if (v instanceof ComplexConst) return complexRepr(v.real, v.imag);
  if (v instanceof BytesConst) return bytesRepr(v.bytes);
  if (v instanceof EllipsisConst) return "Ellipsis";
  throw new Error("not a constant: " + String(v));
}

export function dump(node: unknown, options: DumpOptions = {}): string {
  const includeAttributes = options.includeAttributes ?? false;
  const indent = options.indent === undefined || options.indent === null ? null : " ".repeat(options.indent);

  function format(value: unknown, level: number, simpleSum: boolean): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level += 1;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      return ["[" + prefix + value.map((x) => format(x, level, simpleSum)[0]).join(sep) + "]", false];
    }
    if (simpleSum && typeof value === "string") return [value + "()", true];
    if (value !== null && typeof value === "object" && "_type" in value && typeof value._type === "string" && value._type in NODE_SCHEMA) {
      const schema = NODE_SCHEMA[value._type];
      const record = value as unknown as Record<string, unknown>;
      const args: string[] = [];
      let allSimple = true;
      for (const name of schema.fields) {
        const v = record[name];
        if ((v === null || v === undefined) && schema.optional.includes(name)) continue;
        const [text, simple] = format(v, level, SIMPLE_SUM_FIELDS.has(name));
        allSimple &&= simple;
        args.push(name + "=" + text);
      }
      if (includeAttributes) {
        for (const name of schema.attributes) {
          const v = record[name];
          if ((v === null || v === undefined) && schema.optional.includes(name)) continue;
          const [text, simple] = format(v, level, false);
          allSimple &&= simple;
          args.push(name + "=" + text);
        }
      }
      if (allSimple && args.length <= 3) return [value._type + "(" + args.join(", ") + ")", args.length === 0];
      return [value._type + "(" + prefix + args.join(sep) + ")", false];
    }
    return [constantRepr(value), true];
  }

  return format(node, 0, false)[0];
}
