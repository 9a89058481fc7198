// npm run grammar: writes grammar/diagrams.html and grammar/python.grammar.md from the live parser.
import { readFileSync, writeFileSync } from "node:fs";
import { diagramsHtml, grammarMarkdown } from "../src/parser/grammar-doc.js";

export function diagramResources(root = "node_modules/chevrotain/diagrams/") {
  const read = (p: string) => readFileSync(root + p, "utf-8");
  return {
    css: read("diagrams.css"),
    scripts: ["vendor/railroad-diagrams.js", "src/diagrams_builder.js", "src/diagrams_behavior.js", "src/main.js"].map(read),
  };
}

export function main(): void {
  writeFileSync("grammar/diagrams.html", diagramsHtml(diagramResources()));
  writeFileSync("grammar/python.grammar.md", grammarMarkdown());
  console.log("wrote grammar/diagrams.html and grammar/python.grammar.md");
}
