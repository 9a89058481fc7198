// Runs one of the TypeScript tools in scripts/ without a build step: bundles it with esbuild into
// dist/tools/ and runs it with the remaining arguments.
//   node scripts/run-ts.mjs scripts/bench-parse.ts DIR --exclude site-packages
//   node scripts/run-ts.mjs scripts/bench-tokenizers.ts DIR --exclude site-packages
import { build } from "esbuild";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs scripts/TOOL.ts [ARGS...]");
  process.exit(2);
}
const outfile = `dist/tools/${basename(entry, ".ts")}.mjs`;
await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile, logLevel: "warning" });
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
