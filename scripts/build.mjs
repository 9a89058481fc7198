// Bundles the CLI, the embedding API and the tools with esbuild: one file each, so start-up
// reads one module instead of resolving hundreds.
import { build } from "esbuild";
import { chmodSync } from "node:fs";

// commander is CommonJS: give the ESM bundle a `require` for its node: imports.
const requireShim = 'import { createRequire as __pyframeCreateRequire } from "node:module"; const require = __pyframeCreateRequire(import.meta.url);';

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
};

await Promise.all([
  build({ ...common, entryPoints: ["cli/main.ts"], outfile: "dist/pyframe.mjs", banner: { js: "#!/usr/bin/env node\n" + requireShim } }),
  build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.mjs" }),
  build({ ...common, entryPoints: ["scripts/parse-corpus.ts"], outfile: "dist/tools/parse-corpus.mjs" }),
]);
chmodSync("dist/pyframe.mjs", 0o755);
