// The checker must catch each kind of counting error it claims to catch, and stay quiet on
// correct code.
import { describe, expect, it } from "vitest";
import { initRuntime } from "./init.js";
import * as T from "./typeobjects.js";
import { PyObject, decref } from "./object.js";
import { newListOwned } from "./values.js";
import { finishRefCheck, startRefCheck } from "./refcheck.js";

initRuntime();

const kinds = () => finishRefCheck().map((p) => p.kind);

describe("refcheck", () => {
  it("is quiet when counts are right", () => {
    startRefCheck();
    const o = new PyObject(T.objectType);
    o.rc++;
    const l = newListOwned([o]);
    decref(o);
    decref(l);
    expect(kinds()).toEqual([]);
  });

  it("finds an object freed while a list holds it", () => {
    startRefCheck();
    const o = new PyObject(T.objectType);
    const l = newListOwned([o]);
    decref(o); // the list's reference was stolen, this one is not ours to drop
    expect(kinds()).toContain("freed while referenced");
    void l;
  });

  it("finds a count too low for its referrers", () => {
    startRefCheck();
    const o = new PyObject(T.objectType);
    const a = newListOwned([o]);
    const b = newListOwned([o]); // a second owner without its own reference
    expect(kinds()).toContain("count too low");
    void a, b;
  });

  it("finds a negative count and a use after free", () => {
    startRefCheck();
    const o = new PyObject(T.objectType);
    decref(o);
    decref(o);
    expect(kinds()).toContain("negative count");
    startRefCheck();
    const p = new PyObject(T.objectType);
    decref(p);
    p.rc++;
    expect(kinds()).toContain("used after free");
  });

  it("finds a double free", () => {
    startRefCheck();
    const o = new PyObject(T.objectType);
    decref(o);
    o.rc = 1;
    decref(o);
    expect(kinds()).toContain("double free");
  });
});
