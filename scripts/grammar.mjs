// Bundles scripts/gen-grammar.ts and runs it (npm run grammar).
import { build } from "esbuild";
await build({ entryPoints: ["scripts/gen-grammar.ts"], bundle: true, platform: "node", format: "esm", outfile: "dist/tools/gen-grammar.mjs", logLevel: "warning" });
const { main } = await import(new URL("../dist/tools/gen-grammar.mjs", import.meta.url).href);
main();
