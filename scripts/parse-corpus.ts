// npm run parse-corpus -- DIR [--exclude NAME]... [--show N] [--python PATH] [--no-cache]
//
// Parses every .py file under DIR with pyframe and with CPython (python3), and compares
// ast.dump(tree, include_attributes=True, indent=3) of ast.parse(source, type_comments=True) on both
// sides; for files both reject, compares the SyntaxError (class, message, position). The python3 side
// runs as one batch process that writes its dumps to a cache folder (keyed by path, size and mtime),
// so later runs only pay for pyframe.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { dump } from "../src/parser/dump.js";
import { PySyntaxError } from "../src/parser/errors.js";
import { parse } from "../src/parser/index.js";

const PY_BATCH = String.raw`
import ast, json, os, sys
out_dir = sys.argv[1]
for line in sys.stdin:
    path, key = line.rstrip("\n").split("\t")
    target = os.path.join(out_dir, key)
    if os.path.exists(target):
        continue
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, path, type_comments=True)
        text = "OK\n" + ast.dump(tree, include_attributes=True, indent=3)
    except SyntaxError as e:
        text = "ERR\n" + json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
    except Exception as e:
        text = "EXC\n" + json.dumps([type(e).__name__, str(e)])
    with open(target + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(target + ".tmp", target)
`;

interface Options {
  dir: string;
  exclude: string[];
  show: number;
  python: string;
  cache: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { dir: "", exclude: [], show: 20, python: "python3", cache: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--exclude") o.exclude.push(argv[++i]);
    else if (a === "--show") o.show = Number(argv[++i]);
    else if (a === "--python") o.python = argv[++i];
    else if (a === "--no-cache") o.cache = false;
    else o.dir = a;
  }
  if (!o.dir) {
    console.error("usage: parse-corpus DIR [--exclude NAME]... [--show N] [--python PATH] [--no-cache]");
    process.exit(2);
  }
  return o;
}

function walk(dir: string, exclude: string[], out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!exclude.includes(name)) walk(p, exclude, out);
    } else if (name.endsWith(".py")) out.push(p);
  }
}

/** The first differing line of two dumps, each side cut to a window around the first differing character. */
function firstDiff(a: string, b: string): [number, string, string] {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      const x = (la[i] ?? "<end>").trim();
      const y = (lb[i] ?? "<end>").trim();
      let k = 0;
      while (k < x.length && x[k] === y[k]) k++;
      const cut = (s: string) => (k > 40 ? "…" : "") + s.slice(Math.max(0, k - 40), k + 40) + (s.length > k + 40 ? "…" : "");
      return [i + 1, cut(x), cut(y)];
    }
  }
  return [0, "", ""];
}

function main(): number {
  const o = parseArgs(process.argv.slice(2));
  const root = resolve(o.dir);
  const files: string[] = [];
  walk(root, o.exclude, files);
  const cacheDir = join(tmpdir(), "pyframe-parse-corpus");
  mkdirSync(cacheDir, { recursive: true });
  const keys = files.map((f) => {
    const st = statSync(f);
    return createHash("sha1").update(`${f}\0${st.size}\0${st.mtimeMs}`).digest("hex");
  });
  const missing = files.map((f, i) => [f, keys[i]]).filter(([, k]) => !o.cache || !existsSync(join(cacheDir, k)));
  if (missing.length) {
    const r = spawnSync(o.python, ["-c", PY_BATCH, cacheDir], {
      input: missing.map(([f, k]) => `${f}\t${k}`).join("\n") + "\n",
      stdio: ["pipe", "inherit", "inherit"],
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) {
      console.error(`parse-corpus: ${o.python} failed`);
      return 2;
    }
  }

  let cpyOk = 0, cpyErr = 0, identical = 0, bothErr = 0, errSameMsg = 0, errSamePos = 0;
  let onlyPyframeRejects = 0, onlyCpythonRejects = 0, crashes = 0;
  const diffs: string[] = [];
  const errDiffs: string[] = [];
  let parseMs = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const rel = relative(root, f);
    const cached = readFileSync(join(cacheDir, keys[i]), "utf-8");
    const nl = cached.indexOf("\n");
    const status = cached.slice(0, nl);
    const body = cached.slice(nl + 1);
    const src = readFileSync(f);
    let mine: string;
    let myErr: PySyntaxError | null = null;
    const t0 = performance.now();
    try {
      const tree = parse(src, f, "exec", { typeComments: true });
      parseMs += performance.now() - t0;
      mine = dump(tree, { includeAttributes: true, indent: 3 });
    } catch (e) {
      parseMs += performance.now() - t0;
      if (e instanceof PySyntaxError) {
        myErr = e;
        mine = "";
      } else {
        crashes++;
        diffs.push(`${rel}: pyframe crashed: ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
        if (status === "OK") cpyOk++;
        else cpyErr++;
        continue;
      }
    }
    if (status === "OK") {
      cpyOk++;
      if (myErr) {
        onlyPyframeRejects++;
        diffs.push(`${rel}: pyframe rejects: ${myErr.kind}: ${myErr.msg} (line ${myErr.lineno}, offset ${myErr.offset})`);
      } else if (mine === body) identical++;
      else {
        const [line, a, b] = firstDiff(body, mine);
        diffs.push(`${rel}: dump line ${line}: cpython ${a} | pyframe ${b}`);
      }
    } else {
      cpyErr++;
      const [kind, msg, lineno, offset, endLineno, endOffset] = JSON.parse(body) as [string, string, number, number, number, number];
      if (!myErr) {
        onlyCpythonRejects++;
        errDiffs.push(`${rel}: CPython rejects (${kind}: ${msg}, line ${lineno}), pyframe parses`);
        continue;
      }
      bothErr++;
      const sameMsg = myErr.kind === kind && myErr.msg === msg;
      const samePos = myErr.lineno === lineno && myErr.offset === offset && myErr.end_lineno === endLineno && myErr.end_offset === endOffset;
      if (sameMsg) errSameMsg++;
      if (samePos) errSamePos++;
      if (!sameMsg || !samePos) {
        errDiffs.push(
          `${rel}: cpython ${kind}: ${msg} ${JSON.stringify([lineno, offset, endLineno, endOffset])} | pyframe ${myErr.kind}: ${myErr.msg} ${JSON.stringify([myErr.lineno, myErr.offset, myErr.end_lineno, myErr.end_offset])}`,
        );
      }
    }
  }
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) : "0.00");
  console.log(`files: ${files.length} under ${root}${o.exclude.length ? ` (excluding ${o.exclude.join(", ")})` : ""}`);
  console.log(`CPython parses ${cpyOk}, rejects ${cpyErr}`);
  console.log(`identical dumps: ${identical} / ${cpyOk} (${pct(identical, cpyOk)}%)`);
  console.log(`pyframe rejects ${onlyPyframeRejects} file(s) CPython parses; parses ${onlyCpythonRejects} file(s) CPython rejects; crashes ${crashes}`);
  console.log(`both reject: ${bothErr} (same class and message: ${errSameMsg}, same position: ${errSamePos})`);
  console.log(`pyframe parse time: ${(parseMs / 1000).toFixed(2)} s`);
  if (diffs.length) {
    console.log(`\nfirst differences (${Math.min(o.show, diffs.length)} of ${diffs.length}):`);
    for (const d of diffs.slice(0, o.show)) console.log("  " + d);
  }
  if (errDiffs.length) {
    console.log(`\nSyntaxError differences (${Math.min(o.show, errDiffs.length)} of ${errDiffs.length}):`);
    for (const d of errDiffs.slice(0, o.show)) console.log("  " + d);
  }
  return 0;
}

process.exitCode = main();
