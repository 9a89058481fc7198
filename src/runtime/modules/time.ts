// The time module (clock functions over the Host; struct_time and formatting).

import type { PyValue } from "../object.js";
import { None } from "../values.js";
import { builtinFunction, checkArgCount } from "../define.js";
import { PyModule } from "../types/module.js";
import { PyFloat } from "../types/float.js";
import { floatType } from "../typeobjects.js";
import { typeError, valueError } from "../errors.js";
import type { Host } from "../host.js";
import { typeOf } from "../typeof.js";

function f(x: number): PyFloat {
  return new PyFloat(floatType, x);
}

function seconds(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  return typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
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
  for (const [name, fn] of fns) d.set(name, builtinFunction(name, fn, "time"));
  d.set("timezone", 0);
  d.set("altzone", 0);
  d.set("daylight", 0);
  void start;
  return m;
}
