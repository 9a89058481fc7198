// The `pyframe` process entry when started without the startup snapshot.
import { runCli } from "./main.js";

process.exitCode = runCli(process.argv.slice(2));
