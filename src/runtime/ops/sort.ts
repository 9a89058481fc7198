// list.sort: a port of CPython 3.11's timsort (Objects/listobject.c, Objects/listsort.txt):
// natural runs (count_run), binary insertion up to minrun (binarysort), the powersort merge
// policy (found_new_run/powerloop, new in 3.11), merge_lo/merge_hi with galloping and the
// adaptive min_gallop, and the pre-sort check that picks a comparison for homogeneous keys.
// Every comparison is a `<` made in the same order as CPython's, so user-defined __lt__ methods
// see the same calls, and a sort that raises leaves the list a permutation of its input.

import { decref, type PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { typeOf } from "../typeof.js";
import * as T from "../typeobjects.js";
import { PyList } from "../types/list.js";
import { PyTuple } from "../types/tuple.js";
import { PyFloat } from "../types/float.js";
import { NotImplemented } from "../values.js";
import { valueError } from "../errors.js";
import { call } from "./call.js";
import { Cmp, compareBool, isTrue } from "./compare.js";
import { callSpecialFound } from "./special.js";

type Lt = (a: PyValue, b: PyValue) => boolean;

const MIN_GALLOP = 7;

class MergeState {
  minGallop = MIN_GALLOP;
  tmpKeys: PyValue[] = [];
  tmpValues: PyValue[] = [];
  n = 0;
  base: number[] = [];
  len: number[] = [];
  power: number[] = [];

  constructor(
    readonly keys: PyValue[],
    readonly values: PyValue[] | null,
    readonly lt: Lt,
    readonly listlen: number,
  ) {}
}

/** binarysort: [lo, hi) with [lo, start) already sorted. */
function binarySort(ms: MergeState, lo: number, hi: number, start: number): void {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  if (lo === start) start++;
  for (; start < hi; ++start) {
    let l = lo;
    let r = start;
    const pivot = keys[r];
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; --p) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values !== null) {
      const pv = values[start];
      for (let p = start; p > l; --p) values[p] = values[p - 1];
      values[l] = pv;
    }
  }
}

let runDescending = false;

/** count_run: length of the run at lo (sets runDescending for a strictly descending one). */
function countRun(ms: MergeState, lo: number, hi: number): number {
  const keys = ms.keys;
  const lt = ms.lt;
  runDescending = false;
  let k = lo + 1;
  if (k === hi) return 1;
  let n = 2;
  if (lt(keys[k], keys[k - 1])) {
    runDescending = true;
    for (k = k + 1; k < hi; ++k, ++n) {
      if (!lt(keys[k], keys[k - 1])) break;
    }
  } else {
    for (k = k + 1; k < hi; ++k, ++n) {
      if (lt(keys[k], keys[k - 1])) break;
    }
  }
  return n;
}

/** gallop_left over arr[base .. base+n): k with arr[k-1] < key <= arr[k] (relative to base). */
function gallopLeft(ms: MergeState, key: PyValue, arr: PyValue[], base: number, n: number, hint: number): number {
  const lt = ms.lt;
  const a = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (lt(arr[a], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(arr[a + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(arr[a - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(arr[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: k with arr[k-1] <= key < arr[k] (relative to base). */
function gallopRight(ms: MergeState, key: PyValue, arr: PyValue[], base: number, n: number, hint: number): number {
  const lt = ms.lt;
  const a = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, arr[a])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, arr[a - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, arr[a + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, arr[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** merge_lo: merges keys[pa..pa+na) and keys[pb..pb+nb) (pb = pa + na), with na <= nb. */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  const tk = ms.tmpKeys;
  const tv = ms.tmpValues;
  for (let i = 0; i < na; i++) tk[i] = keys[pa + i];
  if (values !== null) for (let i = 0; i < na; i++) tv[i] = values[pa + i];
  let dest = pa;
  let ia = 0;
  let copyB = false;
  try {
    merge: {
      keys[dest] = keys[pb];
      if (values !== null) values[dest] = values[pb];
      dest++;
      pb++;
      if (--nb === 0) break merge;
      if (na === 1) {
        copyB = true;
        break merge;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[pb], tk[ia])) {
            keys[dest] = keys[pb];
            if (values !== null) values[dest] = values[pb];
            dest++;
            pb++;
            ++bcount;
            acount = 0;
            if (--nb === 0) break merge;
            if (bcount >= minGallop) break;
          } else {
            keys[dest] = tk[ia];
            if (values !== null) values[dest] = tv[ia];
            dest++;
            ia++;
            ++acount;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break merge;
            }
            if (acount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(ms, keys[pb], tk, ia, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) keys[dest + i] = tk[ia + i];
            if (values !== null) for (let i = 0; i < k; i++) values[dest + i] = tv[ia + i];
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break merge;
            }
            if (na === 0) break merge;
          }
          keys[dest] = keys[pb];
          if (values !== null) values[dest] = values[pb];
          dest++;
          pb++;
          if (--nb === 0) break merge;
          k = gallopLeft(ms, tk[ia], keys, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) keys[dest + i] = keys[pb + i];
            if (values !== null) for (let i = 0; i < k; i++) values[dest + i] = values[pb + i];
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) break merge;
          }
          keys[dest] = tk[ia];
          if (values !== null) values[dest] = tv[ia];
          dest++;
          ia++;
          if (--na === 1) {
            copyB = true;
            break merge;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        ms.minGallop = minGallop;
      }
    }
  } finally {
    if (copyB) {
      // the last element of A belongs at the end of the merge
      for (let i = 0; i < nb; i++) keys[dest + i] = keys[pb + i];
      keys[dest + nb] = tk[ia];
      if (values !== null) {
        for (let i = 0; i < nb; i++) values[dest + i] = values[pb + i];
        values[dest + nb] = tv[ia];
      }
    } else if (na > 0) {
      for (let i = 0; i < na; i++) keys[dest + i] = tk[ia + i];
      if (values !== null) for (let i = 0; i < na; i++) values[dest + i] = tv[ia + i];
    }
  }
}

/** merge_hi: as mergeLo, with na >= nb, merging from the right. */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  const tk = ms.tmpKeys;
  const tv = ms.tmpValues;
  for (let i = 0; i < nb; i++) tk[i] = keys[pb + i];
  if (values !== null) for (let i = 0; i < nb; i++) tv[i] = values[pb + i];
  const basea = pa;
  let dest = pb + nb - 1;
  let ia = pa + na - 1;
  let ib = nb - 1;
  let copyA = false;
  try {
    merge: {
      keys[dest] = keys[ia];
      if (values !== null) values[dest] = values[ia];
      dest--;
      ia--;
      if (--na === 0) break merge;
      if (nb === 1) {
        copyA = true;
        break merge;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[ib], keys[ia])) {
            keys[dest] = keys[ia];
            if (values !== null) values[dest] = values[ia];
            dest--;
            ia--;
            ++acount;
            bcount = 0;
            if (--na === 0) break merge;
            if (acount >= minGallop) break;
          } else {
            keys[dest] = tk[ib];
            if (values !== null) values[dest] = tv[ib];
            dest--;
            ib--;
            ++bcount;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break merge;
            }
            if (bcount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(ms, tk[ib], keys, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            ia -= k;
            for (let i = k; i >= 1; i--) keys[dest + i] = keys[ia + i];
            if (values !== null) for (let i = k; i >= 1; i--) values[dest + i] = values[ia + i];
            na -= k;
            if (na === 0) break merge;
          }
          keys[dest] = tk[ib];
          if (values !== null) values[dest] = tv[ib];
          dest--;
          ib--;
          if (--nb === 1) {
            copyA = true;
            break merge;
          }
          k = gallopLeft(ms, keys[ia], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            ib -= k;
            for (let i = 1; i <= k; i++) keys[dest + i] = tk[ib + i];
            if (values !== null) for (let i = 1; i <= k; i++) values[dest + i] = tv[ib + i];
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break merge;
            }
            if (nb === 0) break merge;
          }
          keys[dest] = keys[ia];
          if (values !== null) values[dest] = values[ia];
          dest--;
          ia--;
          if (--na === 0) break merge;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        ms.minGallop = minGallop;
      }
    }
  } finally {
    if (copyA) {
      // the first element of B belongs at the front of the merge
      for (let i = 0; i < na; i++) keys[dest - i] = keys[ia - i];
      if (values !== null) for (let i = 0; i < na; i++) values[dest - i] = values[ia - i];
      dest -= na;
      keys[dest] = tk[ib];
      if (values !== null) values[dest] = tv[ib];
    } else if (nb > 0) {
      const d = dest - (nb - 1);
      for (let i = 0; i < nb; i++) keys[d + i] = tk[i];
      if (values !== null) for (let i = 0; i < nb; i++) values[d + i] = tv[i];
    }
  }
}

/** merge_at: merges the runs at stack indices i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  const keys = ms.keys;
  let pa = ms.base[i];
  let na = ms.len[i];
  const pb = ms.base[i + 1];
  let nb = ms.len[i + 1];
  ms.len[i] = na + nb;
  if (i === ms.n - 3) {
    ms.base[i + 1] = ms.base[i + 2];
    ms.len[i + 1] = ms.len[i + 2];
    ms.power[i + 1] = ms.power[i + 2];
  }
  --ms.n;
  const k = gallopRight(ms, keys[pb], keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(ms, keys[pa + na - 1], keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** powerloop: the depth of the boundary between two adjacent runs in the merge tree. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run: the powersort merge policy. */
function foundNewRun(ms: MergeState, n2: number): void {
  if (ms.n > 0) {
    const s1 = ms.base[ms.n - 1];
    const n1 = ms.len[ms.n - 1];
    const power = powerloop(s1, n1, n2, ms.listlen);
    while (ms.n > 1 && ms.power[ms.n - 2] > power) mergeAt(ms, ms.n - 2);
    ms.power[ms.n - 1] = power;
  }
}

function mergeForceCollapse(ms: MergeState): void {
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && ms.len[n - 1] < ms.len[n + 1]) --n;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** The sort proper over keys (and values moved alongside), in place. */
export function timsort(keys: PyValue[], values: PyValue[] | null, lt: Lt): void {
  let nremaining = keys.length;
  if (nremaining < 2) return;
  const ms = new MergeState(keys, values, lt, nremaining);
  const minrun = computeMinrun(nremaining);
  let lo = 0;
  do {
    let n = countRun(ms, lo, lo + nremaining);
    if (runDescending) {
      reverseRange(keys, lo, lo + n);
      if (values !== null) reverseRange(values, lo, lo + n);
    }
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarySort(ms, lo, lo + force, lo + n);
      n = force;
    }
    foundNewRun(ms, n);
    ms.base[ms.n] = lo;
    ms.len[ms.n] = n;
    ++ms.n;
    lo += n;
    nremaining -= n;
  } while (nremaining);
  mergeForceCollapse(ms);
}

// ---- the comparisons (the pre-sort check) ------------------------------------------------

const SURROGATES = /[\ud800-\udfff]/;

/** str < str in code point order (JS compares UTF-16 units, which misorders astral characters). */
export function strLess(a: string, b: string): boolean {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        // surrogates encode code points above U+FFFF: they sort after U+E000..U+FFFF
        x = x < 0xe000 ? x + 0x2000 : x - 0x800;
        y = y < 0xe000 ? y + 0x2000 : y - 0x800;
      }
      return x < y;
    }
  }
  return a.length < b.length;
}

const ltGeneric: Lt = (a, b) => compareBool(a, b, Cmp.Lt);
const ltInt: Lt = (a, b) => (a as number) < (b as number);
const ltFloat: Lt = (a, b) => (a as PyFloat).value < (b as PyFloat).value;
const ltStrPlain: Lt = (a, b) => (a as string) < (b as string);
const ltStr: Lt = (a, b) => strLess(a as string, b as string);

/** unsafe_object_compare: the keys' own __lt__ first; NotImplemented falls back to the full protocol. */
function objectLt(keyType: PyType): Lt {
  return (a, b) => {
    if (typeOf(a) !== keyType) return compareBool(a, b, Cmp.Lt);
    const f = keyType.lookup("__lt__");
    if (f === undefined) return compareBool(a, b, Cmp.Lt);
    const r = callSpecialFound(f, a, b);
    if (r === NotImplemented) return compareBool(a, b, Cmp.Lt);
    if (typeof r === "boolean") return r;
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  };
}

/** unsafe_tuple_compare: == element by element, then the element compare on the first difference. */
function tupleLt(first: Lt): Lt {
  return (a, b) => {
    const v = (a as PyTuple).items;
    const w = (b as PyTuple).items;
    const vlen = v.length;
    const wlen = w.length;
    let i = 0;
    for (; i < vlen && i < wlen; i++) {
      const x = v[i];
      const y = w[i];
      if (x === y) continue;
      const tx = typeof x;
      if (tx === typeof y && (tx === "string" || tx === "number")) break; // distinct ints or strs
      if (!compareBool(x, y, Cmp.Eq)) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i === 0) return first(v[0], w[0]);
    const x = v[i];
    const y = w[i];
    if (typeof x === "number" && typeof y === "number") return x < y;
    if (typeof x === "string" && typeof y === "string") return strLess(x, y);
    return compareBool(x, y, Cmp.Lt);
  };
}

/** Which JS type tag identifies `v`'s Python type cheaply (for the homogeneity check). */
function keyTypeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return T.intType;
    case "string":
      return T.strType;
    case "boolean":
      return T.boolType;
    default:
      return v.type;
  }
}

/** The pre-sort check of list_sort_impl: chooses a comparison for homogeneous keys. */
function chooseLt(keys: PyValue[]): Lt {
  const n = keys.length;
  const k0 = keys[0];
  let inTuples = typeof k0 === "object" && k0.type === T.tupleType && (k0 as PyTuple).items.length > 0;
  const keyType = inTuples ? keyTypeOf((k0 as PyTuple).items[0]) : keyTypeOf(k0);
  let sameType = true;
  let strPlain = true;
  for (let i = 0; i < n; i++) {
    const ki = keys[i];
    if (inTuples && !(typeof ki === "object" && ki.type === T.tupleType && (ki as PyTuple).items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (ki as PyTuple).items[0] : ki;
    if (keyTypeOf(key) !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
    if (sameType && keyType === T.strType && strPlain && SURROGATES.test(key as string)) strPlain = false;
  }
  let lt: Lt;
  if (sameType) {
    if (keyType === T.strType) lt = strPlain ? ltStrPlain : ltStr;
    else if (keyType === T.intType || keyType === T.boolType) lt = ltInt;
    else if (keyType === T.floatType) lt = ltFloat;
    else lt = objectLt(keyType);
  } else lt = ltGeneric;
  if (inTuples) lt = tupleLt(keyType === T.tupleType ? ltGeneric : lt);
  return lt;
}

// ---- list.sort ----------------------------------------------------------------------------

/**
 * list.sort(key=..., reverse=...) (list_sort_impl). `key` is null or a borrowed callable. While
 * sorting, the list appears empty (so key functions and comparisons cannot disturb the items);
 * any change made to it meanwhile is discarded and reported ("list modified during sort").
 */
export function listSort(list: PyList, key: PyValue | null, reverse: boolean): void {
  const saved = list.items;
  const n = saved.length;
  const during: PyValue[] = [];
  list.items = during;
  let keys: PyValue[] | null = null;
  let failed = true;
  try {
    if (key !== null) {
      keys = new Array(n);
      let i = 0;
      try {
        for (; i < n; i++) keys[i] = call(key, [saved[i]], null);
      } catch (e) {
        for (i = i - 1; i >= 0; i--) decref(keys[i]);
        keys = null;
        throw e;
      }
    }
    try {
      if (n > 1) {
        const sortKeys = keys === null ? saved : keys;
        const lt = chooseLt(sortKeys);
        if (reverse) {
          if (keys !== null) reverseRange(keys, 0, n);
          reverseRange(saved, 0, n);
        }
        try {
          timsort(sortKeys, keys === null ? null : saved, lt);
        } finally {
          if (keys !== null) {
            for (let i = 0; i < n; i++) decref(keys[i]);
            keys = null;
          }
          if (reverse) reverseRange(saved, 0, n);
        }
      } else if (keys !== null) {
        for (let i = 0; i < n; i++) decref(keys[i]);
        keys = null;
      }
      failed = false;
    } finally {
      if (keys !== null) for (let i = 0; i < n; i++) decref(keys[i]);
    }
  } finally {
    const final = list.items;
    list.items = saved;
    const modified = final !== during || during.length !== 0;
    for (let i = final.length - 1; i >= 0; i--) decref(final[i]);
    if (modified && !failed) valueError("list modified during sort");
  }
}
