// grammar/diagrams.html and grammar/python.grammar.md are generated from the live parser
// (npm run grammar); this fails when the committed files no longer match it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagramResources } from "../../../scripts/gen-grammar.js";
import { diagramsHtml, grammarMarkdown } from "../grammar-doc.js";
import { enableGrammarValidation, getParser } from "../index.js";

const ROOT = join(__dirname, "..", "..", "..");

describe("grammar/", () => {
  it("the parser passes chevrotain's grammar validations", () => {
    enableGrammarValidation();
    expect(() => getParser()).not.toThrow();
  });
  it("diagrams.html matches the live parser (run `npm run grammar`)", () => {
    const expected = diagramsHtml(diagramResources(join(ROOT, "node_modules/chevrotain/diagrams/")));
    expect(readFileSync(join(ROOT, "grammar/diagrams.html"), "utf-8") === expected).toBe(true);
  });
  it("python.grammar.md matches the live parser (run `npm run grammar`)", () => {
    expect(readFileSync(join(ROOT, "grammar/python.grammar.md"), "utf-8")).toBe(grammarMarkdown());
  });
});
