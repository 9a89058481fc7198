// Quick checks of the parser's public face; the golden corpus (corpus.test.ts) covers the grammar.
import { describe, expect, it } from "vitest";
import { dump, parse, PySyntaxError } from "../index.js";

describe("parse", () => {
  it("builds CPython's tree for an assignment", () => {
    expect(dump(parse("x = 1 + 2 * 3", "<s>", "exec"))).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))))], type_ignores=[])",
    );
  });
  it("raises PySyntaxError, never a chevrotain error", () => {
    expect(() => parse("x = = 1", "<s>", "exec")).toThrow(PySyntaxError);
  });
});
