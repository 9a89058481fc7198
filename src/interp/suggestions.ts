// "Did you mean" for NameError and AttributeError (Python/suggestions.c): a Levenshtein
// distance where a case flip costs 1 and anything else 2, candidates within a third of the
// combined length, the first best one winning.

import { decref, type PyValue } from "../runtime/object.js";
import * as T from "../runtime/typeobjects.js";
import { PyException } from "../runtime/types/exception.js";
import { PyTraceback } from "../runtime/types/traceback.js";
import type { Frame } from "./frame.js";
import { dirOf } from "../runtime/ops/dir.js";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

export function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let as = 0;
  let bs = 0;
  let ae = a.length;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aSize = ae - as;
  let bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  let A = a.slice(as, ae);
  let B = b.slice(bs, be);
  if (bSize < aSize) {
    [A, B] = [B, A];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < aSize; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = B.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, A.charCodeAt(i));
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function bestSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function strKeys(keys: PyValue[]): string[] {
  return keys.filter((k): k is string => typeof k === "string");
}

/** The suggestion the traceback printer appends for this exception, if any. */
export function suggestionFor(exc: PyException): string | null {
  try {
    if (exc.type === T.attributeErrorType) {
      const name = exc.getExtra("name");
      const obj = exc.getExtra("obj");
      if (typeof name !== "string" || obj === undefined) return null;
      return bestSuggestion(dirOf(obj), name);
    }
    if (exc.type === T.nameErrorType) {
      const name = exc.getExtra("name");
      if (typeof name !== "string") return null;
      let tb = exc.traceback as PyTraceback | null;
      if (tb === null) return null;
      while (tb.next !== null) tb = tb.next;
      const frame = tb.frame as Frame;
      const local = bestSuggestion(frame.code.varnames.slice(), name);
      if (local !== null) return local;
      const g = bestSuggestion(strKeys(frame.globals.keyList()), name);
      if (g !== null) return g;
      return bestSuggestion(strKeys(frame.builtins.keyList()), name);
    }
  } catch (e) {
    if (e instanceof PyException) {
      decref(e);
      return null;
    }
    throw e;
  }
  return null;
}
