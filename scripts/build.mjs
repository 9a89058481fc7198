// Bundles the CLI, the embedding API and the tools with esbuild: one file each, so start-up
// reads one module instead of resolving hundreds.
//
// Start-up is a feature (pyframe hello.py is measured against python3). Two mechanisms:
// - a V8 startup snapshot (dist/pyframe.blob, built from cli/snapshot-entry.ts) holding the
//   initialised runtime and the analysed chevrotain grammar; dist/pyframe.mjs's shebang runs
//   node from it (measured: ~60 ms less CPU than constructing everything per run);
// - for `node dist/pyframe.mjs`, a minified CommonJS bundle compiled through V8's code cache,
//   written on the first run (here, by the warm-up at the end of the build) next to the bundle.
import { build } from "esbuild";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
};

// The CLI entry. Its shebang starts node from pyframe's startup snapshot (an absolute path, so
// the build writes it); run as `node dist/pyframe.mjs` instead, the body below loads the bundle
// through V8's code cache.
const out = process.env.PYFRAME_DIST ?? "dist";
const snapshotPath = path.resolve(out, "pyframe.blob");
// A JS stack six times node's default: Python code that recurses through native code (map, sorted
// keys, __getattr__, ...) nests the run loop, and each level takes a few KB of JS stack.
// A young generation of 4 MB semi-spaces instead of 16: peak memory of allocation-heavy programs
// drops by ~55 MB (classes.py 237 -> 182 MB) at no measurable cost in time.
// The snapshot must be built with the same V8 flags it runs with.
const nodeFlags = ["--stack-size=6000", "--max-semi-space-size=4"];
const loader = `#!/usr/bin/env -S node ${nodeFlags.join(" ")} --snapshot-blob ${snapshotPath}
// Loads the pyframe CLI bundle through V8's code cache (see scripts/build.mjs).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import path from "node:path";
const dir = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(dir, "pyframe-main.cjs");
const cacheFile = path.join(dir, "pyframe-main.cache");
const source = "(function (exports, require, module, __filename, __dirname) {" + readFileSync(file, "utf8") + "\\n})";
let cachedData;
try { cachedData = readFileSync(cacheFile); } catch {}
const script = new vm.Script(source, { filename: file, cachedData });
const fn = script.runInThisContext();
const mod = { exports: {} };
fn(mod.exports, createRequire(file), mod, file, dir);
if (cachedData === undefined || script.cachedDataRejected) {
  try { writeFileSync(cacheFile, script.createCachedData()); } catch {}
}
`;

// The startup snapshot leaves out the Unicode name tables (\N{...}, unicodedata names): they and
// their source text would cost every run ~2 MB of memory. The snapshot's bundle reads them from
// dist/unicode-names.json on first use instead (src/parser/data/unicode-name-tables.ts).
const tablesFile = path.resolve(out, "unicode-names.json");
mkdirSync(out, { recursive: true });
{
  const r = await build({ ...common, format: "cjs", entryPoints: ["src/parser/data/unicode-names.ts"], write: false });
  const mod = { exports: {} };
  new Function("module", "exports", r.outputFiles[0].text)(mod, mod.exports);
  const { NAMES, RANGES, WORDS } = mod.exports;
  writeFileSync(tablesFile, JSON.stringify({ NAMES, RANGES, WORDS }));
}
const tablesFromFile = {
  name: "unicode-name-tables-from-file",
  setup(b) {
    b.onResolve({ filter: /unicode-name-tables\.js$/ }, () => ({ path: tablesFile, namespace: "pyframe-tables" }));
    b.onLoad({ filter: /.*/, namespace: "pyframe-tables" }, () => ({
      loader: "js",
      contents: `import { readFileSync } from "node:fs";
let tables = null;
export function unicodeNameTables() {
  if (tables === null) tables = JSON.parse(readFileSync(${JSON.stringify(tablesFile)}, "utf8"));
  return tables;
}`,
    }));
  },
};

await Promise.all([
  build({ ...common, format: "cjs", minify: process.env.PYFRAME_NO_MINIFY !== "1", entryPoints: ["cli/entry.ts"], outfile: `${out}/pyframe-main.cjs` }),
  build({ ...common, format: "cjs", minify: process.env.PYFRAME_NO_MINIFY !== "1", entryPoints: ["cli/snapshot-entry.ts"], outfile: `${out}/pyframe-snapshot.cjs`, plugins: [tablesFromFile] }),
  build({ ...common, format: "esm", entryPoints: ["cli/api.ts"], outfile: `${out}/index.mjs` }),
  build({ ...common, format: "esm", entryPoints: ["scripts/parse-corpus.ts"], outfile: `${out}/tools/parse-corpus.mjs` }),
]);
writeFileSync(`${out}/pyframe.mjs`, loader);
chmodSync(`${out}/pyframe.mjs`, 0o755);
// Warm the code cache with a real run.
rmSync(`${out}/pyframe-main.cache`, { force: true });
execFileSync(process.execPath, [`${out}/pyframe.mjs`, "-c", "pass"], { stdio: "inherit" });
// The startup snapshot (node warns that some builtin modules are unverified in snapshots).
rmSync(snapshotPath, { force: true });
execFileSync(process.execPath, [...nodeFlags, "--snapshot-blob", snapshotPath, "--build-snapshot", `${out}/pyframe-snapshot.cjs`], { stdio: ["ignore", "inherit", "ignore"] });
execFileSync(`${out}/pyframe.mjs`, ["-c", "pass"], { stdio: "inherit" });
