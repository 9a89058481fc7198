// Whole-process parse benchmark: parses every .py file under DIR (as python3 -m ast does:
// bytes in, type comments on) and prints the time; compare with
//   python3 -c "import ast,sys; [ast.parse(open(f,'rb').read(), type_comments=True) for f in ...]"
// Usage: node scripts/run-ts.mjs scripts/bench-parse.ts DIR [--exclude NAME]...
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { PySyntaxError, parse } from "../src/parser/index.js";

function walk(dir: string, exclude: string[], out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (!exclude.includes(name)) walk(p, exclude, out);
    } else if (name.endsWith(".py")) out.push(p);
  }
}

const argv = process.argv.slice(2);
const exclude: string[] = [];
let dir = "";
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--exclude") exclude.push(argv[++i]);
  else dir = argv[i];
}
const files: string[] = [];
walk(dir, exclude, files);
const t0 = performance.now();
let ok = 0;
let rejected = 0;
for (const f of files) {
  try {
    parse(readFileSync(f), f, "exec", { typeComments: true });
    ok++;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    rejected++;
  }
}
console.log(`${files.length} files (${ok} parsed, ${rejected} rejected) in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
