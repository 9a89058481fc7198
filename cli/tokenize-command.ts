// `pyframe -m tokenize [-e] [filename.py]`: what `python3 -m tokenize` prints. That command runs
// Lib/tokenize.py, the pure-Python, regex-driven tokenizer (not the parser's), so this follows its
// algorithm (_tokenize: lines, continued strings, indentation, the PseudoToken regex) rather than
// src/parser/tokenizer.ts: its tokens differ from the parser's (COMMENT, NL, ENCODING, ERRORTOKEN for
// stray characters, no tokenizer errors but TokenError at end of input).
import type { CommandIO } from "./command-io.js";
import { PySyntaxError } from "../src/parser/errors.js";
import { declaredEncoding, decodeSource } from "../src/parser/source.js";
import { codePointLength } from "../src/parser/tokenizer.js";
import { strRepr } from "../src/shared/repr.js";

// ---------------------------------------------------------------- the regular expressions of Lib/tokenize.py
const group = (...choices: string[]) => "(?:" + choices.join("|") + ")";
const maybe = (...choices: string[]) => group(...choices) + "?";

const Whitespace = "[ \\f\\t]*";
const Comment = "#[^\\r\\n]*";
const Name = "[\\p{L}\\p{N}_]+";
const Hexnumber = "0[xX](?:_?[0-9a-fA-F])+";
const Binnumber = "0[bB](?:_?[01])+";
const Octnumber = "0[oO](?:_?[0-7])+";
const Decnumber = "(?:0(?:_?0)*|[1-9](?:_?[0-9])*)";
const Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber);
const Exponent = "[eE][-+]?[0-9](?:_?[0-9])*";
const Pointfloat = group("[0-9](?:_?[0-9])*\\.(?:[0-9](?:_?[0-9])*)?", "\\.[0-9](?:_?[0-9])*") + maybe(Exponent);
const Expfloat = "[0-9](?:_?[0-9])*" + Exponent;
const Floatnumber = group(Pointfloat, Expfloat);
const Imagnumber = group("[0-9](?:_?[0-9])*[jJ]", Floatnumber + "[jJ]");
const NumberRe = group(Imagnumber, Floatnumber, Intnumber);

/** '' and every case and order variant of b, r, u, f, br, fr (_all_string_prefixes). */
function allStringPrefixes(): string[] {
  const result = new Set([""]);
  const permutations = (s: string): string[] => (s.length <= 1 ? [s] : [...s].flatMap((c, i) => permutations(s.slice(0, i) + s.slice(i + 1)).map((p) => c + p)));
  const cases = (s: string): string[] => (s.length === 0 ? [""] : cases(s.slice(1)).flatMap((rest) => [s[0] + rest, s[0].toUpperCase() + rest]));
  for (const prefix of ["b", "r", "u", "f", "br", "fr"]) for (const p of permutations(prefix)) for (const c of cases(p)) result.add(c);
  return [...result];
}
const PREFIXES = allStringPrefixes();
const StringPrefix = group(...PREFIXES);
const Single = "[^'\\\\]*(?:\\\\[^\\n][^'\\\\]*)*'";
const Double = '[^"\\\\]*(?:\\\\[^\\n][^"\\\\]*)*"';
const Single3 = "[^'\\\\]*(?:(?:\\\\[^\\n]|'(?!''))[^'\\\\]*)*'''";
const Double3 = '[^"\\\\]*(?:(?:\\\\[^\\n]|"(?!""))[^"\\\\]*)*"""';
const Triple = group(StringPrefix + "'''", StringPrefix + '"""');

const EXACT: Record<string, string> = {
  "!=": "NOTEQUAL", "%": "PERCENT", "%=": "PERCENTEQUAL", "&": "AMPER", "&=": "AMPEREQUAL", "(": "LPAR", ")": "RPAR",
  "*": "STAR", "**": "DOUBLESTAR", "**=": "DOUBLESTAREQUAL", "*=": "STAREQUAL", "+": "PLUS", "+=": "PLUSEQUAL",
  ",": "COMMA", "-": "MINUS", "-=": "MINEQUAL", "->": "RARROW", ".": "DOT", "...": "ELLIPSIS", "/": "SLASH",
  "//": "DOUBLESLASH", "//=": "DOUBLESLASHEQUAL", "/=": "SLASHEQUAL", ":": "COLON", ":=": "COLONEQUAL", ";": "SEMI",
  "<": "LESS", "<<": "LEFTSHIFT", "<<=": "LEFTSHIFTEQUAL", "<=": "LESSEQUAL", "=": "EQUAL", "==": "EQEQUAL",
  ">": "GREATER", ">=": "GREATEREQUAL", ">>": "RIGHTSHIFT", ">>=": "RIGHTSHIFTEQUAL", "@": "AT", "@=": "ATEQUAL",
  "[": "LSQB", "]": "RSQB", "^": "CIRCUMFLEX", "^=": "CIRCUMFLEXEQUAL", "{": "LBRACE", "|": "VBAR", "|=": "VBAREQUAL",
  "}": "RBRACE", "~": "TILDE",
};
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const Special = group(...Object.keys(EXACT).sort().reverse().map(escapeRe));
const Funny = group("\\r?\\n", Special);
const ContStr = group(
  StringPrefix + "'[^\\n'\\\\]*(?:\\\\[^\\n][^\\n'\\\\]*)*" + group("'", "\\\\\\r?\\n"),
  StringPrefix + '"[^\\n"\\\\]*(?:\\\\[^\\n][^\\n"\\\\]*)*' + group('"', "\\\\\\r?\\n"),
);
const PseudoExtras = group("\\\\\\r?\\n|$", Comment, Triple);
// The token is capture group 1, after the leading whitespace.
const PSEUDO = new RegExp(Whitespace + "(" + group(PseudoExtras, NumberRe, Funny, ContStr, Name) + ")", "uy");

const ENDPATS = new Map<string, RegExp>();
const SINGLE_QUOTED = new Set<string>();
const TRIPLE_QUOTED = new Set<string>();
for (const p of PREFIXES) {
  ENDPATS.set(p + "'", new RegExp(Single, "y"));
  ENDPATS.set(p + '"', new RegExp(Double, "y"));
  ENDPATS.set(p + "'''", new RegExp(Single3, "y"));
  ENDPATS.set(p + '"""', new RegExp(Double3, "y"));
  SINGLE_QUOTED.add(p + "'").add(p + '"');
  TRIPLE_QUOTED.add(p + "'''").add(p + '"""');
}
const XID_START = /^[\p{XID_Start}_]/u;

// ---------------------------------------------------------------- tokens

interface TokenInfo {
  type: string;
  string: string;
  start: [number, number];
  end: [number, number];
}

class TokenError extends Error {
  constructor(readonly msg: string, readonly pos: [number, number]) {
    super(msg);
  }
}

class DedentError extends Error {
  constructor(readonly lnum: number, readonly pos: number) {
    super("unindent does not match any outer indentation level");
  }
}

/** Column in code points (Python str indexing) of a JS string index into `line`. */
function col(line: string, i: number): number {
  return codePointLength(line, 0, i);
}

/** _tokenize over a list of lines (each with its line ending). */
function* generate(lines: string[], encoding: string | null): Generator<TokenInfo> {
  let lnum = 0, parenlev = 0, continued = false;
  let contstr = "", needcont = false;
  let strstart: [number, number] = [0, 0];
  let endprog: RegExp | null = null;
  let indents = [0];
  if (encoding !== null) yield { type: "ENCODING", string: encoding, start: [0, 0], end: [0, 0] };
  let lastLine = "";
  let line = "";
  let li = 0;
  for (;;) {
    lastLine = line;
    line = li < lines.length ? lines[li++] : "";
    lnum++;
    let pos = 0;
    const max = line.length;
    if (contstr) {
      if (!line) throw new TokenError("EOF in multi-line string", strstart);
      endprog!.lastIndex = 0;
      const m = endprog!.exec(line);
      if (m) {
        pos = m[0].length;
        yield { type: "STRING", string: contstr + line.slice(0, pos), start: strstart, end: [lnum, col(line, pos)] };
        contstr = "";
        needcont = false;
      } else if (needcont && !line.endsWith("\\\n") && !line.endsWith("\\\r\n")) {
        yield { type: "ERRORTOKEN", string: contstr + line, start: strstart, end: [lnum, col(line, line.length)] };
        contstr = "";
        continue;
      } else {
        contstr += line;
        continue;
      }
    } else if (parenlev === 0 && !continued) {
      if (!line) break;
      let column = 0;
      while (pos < max) {
        const c = line[pos];
        if (c === " ") column++;
        else if (c === "\t") column = (Math.floor(column / 8) + 1) * 8;
        else if (c === "\f") column = 0;
        else break;
        pos++;
      }
      if (pos === max) break;
      if ("#\r\n".includes(line[pos])) {
        if (line[pos] === "#") {
          const comment = line.slice(pos).replace(/[\r\n]+$/, "");
          yield { type: "COMMENT", string: comment, start: [lnum, col(line, pos)], end: [lnum, col(line, pos + comment.length)] };
          pos += comment.length;
        }
        yield { type: "NL", string: line.slice(pos), start: [lnum, col(line, pos)], end: [lnum, col(line, line.length)] };
        continue;
      }
      if (column > indents[indents.length - 1]) {
        indents.push(column);
        yield { type: "INDENT", string: line.slice(0, pos), start: [lnum, 0], end: [lnum, col(line, pos)] };
      }
      while (column < indents[indents.length - 1]) {
        if (!indents.includes(column)) throw new DedentError(lnum, col(line, pos));
        indents = indents.slice(0, -1);
        yield { type: "DEDENT", string: "", start: [lnum, col(line, pos)], end: [lnum, col(line, pos)] };
      }
    } else {
      if (!line) throw new TokenError("EOF in multi-line statement", [lnum, 0]);
      continued = false;
    }
    while (pos < max) {
      PSEUDO.lastIndex = pos;
      const m = PSEUDO.exec(line);
      if (m) {
        const end = m.index + m[0].length;
        const start = end - m[1].length;
        const spos: [number, number] = [lnum, col(line, start)];
        const epos: [number, number] = [lnum, col(line, end)];
        pos = end;
        if (start === end) continue;
        const token = line.slice(start, end);
        const initial = String.fromCodePoint(line.codePointAt(start)!);
        if ("0123456789".includes(initial) || (initial === "." && token !== "." && token !== "...")) {
          yield { type: "NUMBER", string: token, start: spos, end: epos };
        } else if (initial === "\r" || initial === "\n") {
          yield { type: parenlev > 0 ? "NL" : "NEWLINE", string: token, start: spos, end: epos };
        } else if (initial === "#") {
          yield { type: "COMMENT", string: token, start: spos, end: epos };
        } else if (TRIPLE_QUOTED.has(token)) {
          endprog = ENDPATS.get(token)!;
          endprog.lastIndex = pos;
          const em = endprog.exec(line);
          if (em) {
            pos = em.index + em[0].length;
            yield { type: "STRING", string: line.slice(start, pos), start: spos, end: [lnum, col(line, pos)] };
          } else {
            strstart = [lnum, col(line, start)];
            contstr = line.slice(start);
            break;
          }
        } else if (SINGLE_QUOTED.has(initial) || SINGLE_QUOTED.has(token.slice(0, 2)) || SINGLE_QUOTED.has(token.slice(0, 3))) {
          if (token.endsWith("\n")) {
            strstart = [lnum, col(line, start)];
            endprog = ENDPATS.get(initial) ?? ENDPATS.get(token[1]) ?? ENDPATS.get(token[2])!;
            contstr = line.slice(start);
            needcont = true;
            break;
          }
          yield { type: "STRING", string: token, start: spos, end: epos };
        } else if (XID_START.test(initial)) {
          yield { type: "NAME", string: token, start: spos, end: epos };
        } else if (initial === "\\") {
          continued = true;
        } else {
          if ("([{".includes(initial)) parenlev++;
          else if (")]}".includes(initial)) parenlev--;
          yield { type: "OP", string: token, start: spos, end: epos };
        }
      } else {
        const ch = String.fromCodePoint(line.codePointAt(pos)!);
        yield { type: "ERRORTOKEN", string: ch, start: [lnum, col(line, pos)], end: [lnum, col(line, pos) + 1] };
        pos += ch.length;
      }
    }
  }
  if (lastLine && !"\r\n".includes(lastLine[lastLine.length - 1]) && !lastLine.trim().startsWith("#")) {
    yield { type: "NEWLINE", string: "", start: [lnum - 1, col(lastLine, lastLine.length)], end: [lnum - 1, col(lastLine, lastLine.length) + 1] };
  }
  for (let i = 1; i < indents.length; i++) yield { type: "DEDENT", string: "", start: [lnum, 0], end: [lnum, 0] };
  yield { type: "ENDMARKER", string: "", start: [lnum, 0], end: [lnum, 0] };
}

/** Split like readline(): lines end after each "\n". */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Left-justify in a field of n code points ("%-15s"). */
function pad(s: string, n: number): string {
  const len = col(s, s.length);
  return len >= n ? s : s + " ".repeat(n - len);
}

export function tokenizeCommand(argv: string[], io: CommandIO): number {
  let exact = false;
  let filename: string | null = null;
  for (const a of argv) {
    if (a === "-e" || a === "--exact") exact = true;
    else if (a === "-h" || a === "--help") {
      io.stdout(
        "usage: python -m tokenize [-h] [-e] [filename.py]\n\npositional arguments:\n  filename.py  the file to tokenize; defaults to stdin\n\noptions:\n  -h, --help   show this help message and exit\n  -e, --exact  display token names using the exact type\n",
      );
      return 0;
    } else if (a.startsWith("-") && a !== "-") {
      io.stderr(`usage: python -m tokenize [-h] [-e] [filename.py]\npython -m tokenize: error: unrecognized arguments: ${a}\n`);
      return 2;
    } else filename = a;
  }
  const name = filename ?? "<stdin>";
  const print = (t: TokenInfo) => {
    const type = exact && t.type === "OP" ? EXACT[t.string] ?? "OP" : t.type;
    io.stdout(pad(`${t.start[0]},${t.start[1]}-${t.end[0]},${t.end[1]}:`, 20) + pad(type, 15) + pad(strRepr(t.string), 15) + "\n");
  };
  try {
    if (filename !== null) {
      let bytes: Uint8Array;
      try {
        bytes = io.readFile(filename);
      } catch {
        io.stderr(`error: [Errno 2] No such file or directory: '${filename}'\n`);
        return 1;
      }
      const tokens = [...generate(splitLines(decodeSource(bytes, name)), declaredEncoding(bytes))];
      tokens.forEach(print);
    } else {
      const text = new TextDecoder("utf-8").decode(io.readStdin());
      for (const t of generate(splitLines(text), null)) print(t);
    }
    return 0;
  } catch (e) {
    if (e instanceof DedentError) {
      io.stderr(`${name}:${e.lnum}:${e.pos}: error: ${e.message}\n`);
      return 1;
    }
    if (e instanceof TokenError) {
      io.stderr(`${name}:${e.pos[0]}:${e.pos[1]}: error: ${e.msg}\n`);
      return 1;
    }
    if (e instanceof PySyntaxError) {
      io.stderr(`${name}: error: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
}
