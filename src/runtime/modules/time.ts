// The time module (clock functions over the Host; struct_time and formatting).

import type { PyValue } from "../object.js";
import { None, newTupleOwned } from "../values.js";
import { builtinFunction, checkArgCount } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyFloat } from "../types/float.js";
import { floatType } from "../typeobjects.js";
import { typeError, valueError } from "../errors.js";
import type { Host } from "../host.js";
import { typeOf } from "../typeof.js";
import { parseArgs } from "../define.js";
import { PyTuple } from "../types/tuple.js";
import { makeStructSeqType, newStructSeq, PyStructSeq } from "./posix.js";
import { indexValue } from "./builtins.js";

function f(x: number): PyFloat {
  return new PyFloat(floatType, x);
}

function seconds(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  return typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** broken-down time: year, mon (1-12), mday, hour, min, sec, wday (Monday 0), yday (1-366), isdst, zone, gmtoff */
type Tm = [number, number, number, number, number, number, number, number, number, string, number];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function yday(y: number, mon: number, mday: number): number {
  const cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return cum[mon - 1] + mday + (mon > 2 && isLeap(y) ? 1 : 0);
}

function zoneName(d: Date): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((p) => p.type === "timeZoneName");
    if (part !== undefined) return part.value === "GMT" && d.getTimezoneOffset() === 0 ? "UTC" : part.value;
  } catch {
    // no Intl: fall through
  }
  return "UTC";
}

function breakDown(secs: number, local: boolean): Tm {
  const d = new Date(Math.floor(secs) * 1000);
  if (Number.isNaN(d.getTime())) valueError("timestamp out of range for platform time_t");
  if (!local) {
    const y = d.getUTCFullYear(), mon = d.getUTCMonth() + 1, mday = d.getUTCDate();
    return [y, mon, mday, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday(y, mon, mday), 0, "GMT", 0];
  }
  const y = d.getFullYear(), mon = d.getMonth() + 1, mday = d.getDate();
  const off = -d.getTimezoneOffset();
  const jan = -new Date(y, 0, 1).getTimezoneOffset(), jul = -new Date(y, 6, 1).getTimezoneOffset();
  const isdst = jan !== jul && off === Math.max(jan, jul) ? 1 : 0;
  return [y, mon, mday, d.getHours(), d.getMinutes(), d.getSeconds(), (d.getDay() + 6) % 7, yday(y, mon, mday), isdst, zoneName(d), off * 60];
}

function intOf(v: PyValue): number {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  return Number(indexValue(v));
}

/** a struct_time or 9-tuple as a Tm (zone and gmtoff from a struct_time when it has them) */
function tmOf(fname: string, v: PyValue): Tm {
  if (!(v instanceof PyTuple)) typeError("Tuple or struct_time argument required");
  const items = (v as PyTuple).items;
  if (items.length !== 9) typeError(`${fname}(): illegal time tuple argument`);
  const nums = items.map(intOf);
  let zone = "UTC", gmtoff = 0;
  if (v instanceof PyStructSeq) {
    const [z, g] = v.hidden;
    if (typeof z === "string") zone = z;
    if (typeof g === "number") gmtoff = g;
  }
  return [nums[0], nums[1], nums[2], nums[3], nums[4], nums[5], nums[6], nums[7], nums[8], zone, gmtoff];
}

function pad(n: number, w: number, c = "0"): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length < w ? c.repeat(w - s.length) + s : s);
}

function checkTm(tm: Tm): void {
  const [, mon, mday, hour, min, sec, wday, yd] = tm;
  if (mon < 0 || mon > 12) valueError("month out of range");
  if (mday < 0 || mday > 31) valueError("day of month out of range");
  if (hour < 0 || hour > 23) valueError("hour out of range");
  if (min < 0 || min > 59) valueError("minute out of range");
  if (sec < 0 || sec > 61) valueError("seconds out of range");
  if (wday < 0) valueError("day of week out of range");
  if (yd < 0 || yd > 366) valueError("day of year out of range");
}

function weekNumber(tm: Tm, firstDay: number): number {
  // firstDay: 0 = weeks start on Monday (%W), 6 = on Sunday (%U)
  const wd = (tm[6] - firstDay + 7) % 7; // days since the week's first day
  return Math.floor((tm[7] - 1 + 7 - wd) / 7);
}

function strftime(fmt: string, tm: Tm): string {
  const [y, mon0, mday0, hour, min, sec, wday0, yd0] = tm;
  const mon = mon0 === 0 ? 1 : mon0, mday = mday0 === 0 ? 1 : mday0, yd = yd0 === 0 ? 1 : yd0;
  const wday = wday0 % 7;
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const k = fmt[++i];
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    switch (k) {
      case "a": out += DAYS[wday].slice(0, 3); break;
      case "A": out += DAYS[wday]; break;
      case "b": case "h": out += MONTHS[mon - 1].slice(0, 3); break;
      case "B": out += MONTHS[mon - 1]; break;
      case "c": out += `${DAYS[wday].slice(0, 3)} ${MONTHS[mon - 1].slice(0, 3)} ${pad(mday, 2, " ")} ${pad(hour, 2)}:${pad(min, 2)}:${pad(sec, 2)} ${y}`; break;
      case "C": out += pad(Math.floor(y / 100), 2); break;
      case "d": out += pad(mday, 2); break;
      case "D": out += `${pad(mon, 2)}/${pad(mday, 2)}/${pad(y % 100, 2)}`; break;
      case "e": out += pad(mday, 2, " "); break;
      case "F": out += `${y}-${pad(mon, 2)}-${pad(mday, 2)}`; break;
      case "H": out += pad(hour, 2); break;
      case "I": out += pad(h12, 2); break;
      case "j": out += pad(yd, 3); break;
      case "k": out += pad(hour, 2, " "); break;
      case "l": out += pad(h12, 2, " "); break;
      case "m": out += pad(mon, 2); break;
      case "M": out += pad(min, 2); break;
      case "n": out += "\n"; break;
      case "p": out += hour < 12 ? "AM" : "PM"; break;
      case "r": out += `${pad(h12, 2)}:${pad(min, 2)}:${pad(sec, 2)} ${hour < 12 ? "AM" : "PM"}`; break;
      case "R": out += `${pad(hour, 2)}:${pad(min, 2)}`; break;
      case "S": out += pad(sec, 2); break;
      case "t": out += "\t"; break;
      case "T": case "X": out += `${pad(hour, 2)}:${pad(min, 2)}:${pad(sec, 2)}`; break;
      case "u": out += String(wday + 1); break;
      case "w": out += String((wday + 1) % 7); break;
      case "U": out += pad(weekNumber(tm, 6), 2); break;
      case "W": out += pad(weekNumber(tm, 0), 2); break;
      case "x": out += `${pad(mon, 2)}/${pad(mday, 2)}/${pad(y % 100, 2)}`; break;
      case "y": out += pad(((y % 100) + 100) % 100, 2); break;
      case "Y": out += String(y); break;
      case "z": {
        const g = tm[10];
        const a = Math.abs(g);
        out += `${g < 0 ? "-" : "+"}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
        break;
      }
      case "Z": out += tm[9]; break;
      case "%": out += "%"; break;
      default: out += "%" + k;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  const [y, mon, mday, hour, min, sec, wday] = tm;
  return `${DAYS[wday % 7].slice(0, 3)} ${MONTHS[Math.max(mon, 1) - 1].slice(0, 3)} ${pad(mday, 2, " ")} ${pad(hour, 2)}:${pad(min, 2)}:${pad(sec, 2)} ${y}`;
}

export function createTimeModule(host: Host): PyModule {
  const m = new PyModule("time", "This module provides various functions to manipulate time values.");
  const d = m.dict;
  const start = host.monotonic();
  const fns: [string, (args: PyValue[], kw: string[] | null) => PyValue][] = [
    ["time", () => f(host.now())],
    ["time_ns", () => BigInt(Math.round(host.now() * 1e9)) > 9007199254740991n ? BigInt(Math.round(host.now() * 1e6)) * 1000n : Math.round(host.now() * 1e9)],
    ["monotonic", () => f(host.monotonic())],
    ["monotonic_ns", () => BigInt(Math.round(host.monotonic() * 1e9))],
    ["perf_counter", () => f(host.monotonic())],
    ["perf_counter_ns", () => BigInt(Math.round(host.monotonic() * 1e9))],
    ["process_time", () => f(host.cpuTime())],
    ["process_time_ns", () => BigInt(Math.round(host.cpuTime() * 1e9))],
    ["thread_time", () => f(host.cpuTime())],
    ["sleep", (args, kw) => {
      checkArgCount("sleep", args, kw, 1, 1);
      const s = seconds(args[0]);
      if (s < 0) valueError("sleep length must be non-negative");
      host.sleep(s);
      return None;
    }],
  ];
  const structTime = makeStructSeqType(
    "time",
    "struct_time",
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"].map((n) => [n, n] as [string, string]),
    ["tm_zone", "tm_gmtoff"],
  );
  const newTm = (tm: Tm): PyValue => newStructSeq(structTime, tm.slice(0, 9), [tm[9], tm[10]]);
  const secsArg = (v: PyValue | undefined): number => (v === undefined || v === None ? host.now() : seconds(v));
  const tmArg = (fname: string, v: PyValue | undefined): Tm => (v === undefined ? breakDown(host.now(), true) : tmOf(fname, v));
  fns.push(
    ["gmtime", (args, kw) => newTm(breakDown(secsArg(parseArgs("gmtime", args, kw, ["seconds=", "/"])[0]), false))],
    ["localtime", (args, kw) => newTm(breakDown(secsArg(parseArgs("localtime", args, kw, ["seconds=", "/"])[0]), true))],
    ["mktime", (args, kw) => {
      const tm = tmOf("mktime", parseArgs("mktime", args, kw, ["t", "/"])[0]!);
      const d = new Date(tm[0], tm[1] - 1, tm[2], tm[3], tm[4], tm[5]);
      return f(d.getTime() / 1000);
    }],
    ["strftime", (args, kw) => {
      const a = parseArgs("strftime", args, kw, ["format", "tuple=", "/"]);
      if (typeof a[0] !== "string") typeError(`strftime() argument 1 must be str, not ${typeOf(a[0]!).name}`);
      const tm = tmArg("strftime", a[1]);
      checkTm(tm);
      return strftime(a[0] as string, tm);
    }],
    ["asctime", (args, kw) => asctime(tmArg("asctime", parseArgs("asctime", args, kw, ["tuple=", "/"])[0]))],
    ["ctime", (args, kw) => asctime(breakDown(secsArg(parseArgs("ctime", args, kw, ["seconds=", "/"])[0]), true))],
  );
  d.set("struct_time", structTime);
  d.set("tzname", newTupleOwned([zoneName(new Date(2000, 0, 1)), zoneName(new Date(2000, 6, 1))]));
  for (const [name, fn] of fns) d.set(name, builtinFunction(name, fn, "time"));
  d.set("timezone", 0);
  d.set("altzone", 0);
  d.set("daylight", 0);
  void start;
  return m;
}
