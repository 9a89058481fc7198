// Type objects: name, bases, MRO, namespace, and the method cache that makes attribute lookup
// cheap. The namespace is a JS Map (type.__dict__ is a read-only mappingproxy over it, as in
// CPython, so its keys are always str).

import { PyObject, type PyValue } from "./object.js";

/** Layouts: which JS class carries instances of a type (its "solid base" in CPython terms). */
export const enum Layout {
  Object = 0, // PyInstance or a bare PyObject
  Int,
  Float,
  Complex,
  Str,
  Bytes,
  ByteArray,
  Tuple,
  List,
  Dict,
  Set,
  FrozenSet,
  Type,
  BaseException,
  Function,
  Module,
  Other, // a native type whose instances cannot be subclassed
}

export const TPFLAG_HEAPTYPE = 1; // created by a class statement or type(); attributes settable
export const TPFLAG_BASETYPE = 2; // may be subclassed
export const TPFLAG_ABSTRACT = 4;
export const TPFLAG_HAS_DICT = 8; // instances carry a __dict__
export const TPFLAG_HAS_WEAKREF = 16;
export const TPFLAG_IMMUTABLE = 32; // attributes of the type itself cannot be set (builtins)
export const TPFLAG_FINALIZE = 64; // instances may need finalization (generators); heap types always go through it

let nextVersion = 1;
/** the method cache's entry for a name absent from the whole MRO (one Map probe per miss) */
const ABSENT: unique symbol = Symbol("absent");

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  /** the namespace (type.__dict__) */
  ns: Map<string, PyValue>;
  tflags: number;
  layout: Layout;
  /** bumped whenever this type's or a base's namespace changes; keys the method caches */
  version: number;
  /** name -> attribute found along the MRO (undefined: absent), valid while `version` holds */
  cache: Map<string, PyValue | typeof ABSENT>;
  /** direct subclasses, to invalidate their caches when this type changes */
  subclasses: PyType[];
  /** __slots__ names declared along the MRO, in slot order; null when the type has no slots */
  slotNames: string[] | null;
  /** the nearest builtin ancestor whose layout the instances use */
  solidBase: PyType | null;
  /** a native value attached to builtin types (e.g. a constructor), for the type's own use */
  native: unknown;
  /** how dicts key instances (see types/dict-keys.ts), valid while keyKindVersion === version */
  keyKind: number;
  keyKindVersion: number;
  /** how getattr works on instances (ops/attr.ts getattrKind), valid while gaVersion === version */
  gaKind: number;
  gaVersion: number;

  constructor(metatype: PyType | null, name: string, bases: PyType[], layout: Layout, tflags: number) {
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = bases;
    this.mro = [];
    this.ns = new Map();
    this.tflags = tflags;
    this.layout = layout;
    this.version = nextVersion++;
    this.cache = new Map();
    this.subclasses = [];
    this.slotNames = null;
    this.solidBase = null;
    this.native = null;
    this.keyKind = 0;
    this.keyKindVersion = -1;
    this.gaKind = 0;
    this.gaVersion = -1;
    for (const b of bases) b.subclasses.push(this);
  }

  override clearRefs(): void {
    // Heap types hold their namespace; it is released with the type.
    this.ns.clear();
    // tp_subclasses holds weak references: a dead class leaves its bases' __subclasses__()
    for (const b of this.bases) {
      const i = b.subclasses.indexOf(this);
      if (i >= 0) b.subclasses.splice(i, 1);
    }
  }

  override traverse(visit: (o: PyObject) => void): void {
    for (const v of this.ns.values()) if (typeof v === "object") visit(v);
    for (const b of this.bases) visit(b);
  }

  /** Looks `name` up along the MRO (_PyType_Lookup), with a per-type cache. Borrowed result. */
  lookup(name: string): PyValue | undefined {
    const cache = this.cache;
    const hit = cache.get(name);
    if (hit !== undefined) return hit === ABSENT ? undefined : hit;
    let found: PyValue | undefined = undefined;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].ns.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    cache.set(name, found === undefined ? ABSENT : found);
    return found;
  }

  /** Invalidates cached lookups in this type and every subclass (PyType_Modified). */
  modified(): void {
    this.version = nextVersion++;
    this.cache.clear();
    for (const s of this.subclasses) s.modified();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * C3 linearization (the MRO algorithm of Python 2.3+). Returns null when the bases admit no
 * consistent order; the caller raises TypeError with CPython's message.
 */
export function c3Linearize(type: PyType, bases: PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) return null;
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

/** The bases that blocked C3, in CPython's message order ("Cannot create a consistent ..."). */
export function mroConflictNames(bases: PyType[]): string[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  // Remove what C3 could place, then report the heads left over.
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    let progressed = false;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        for (const t of nonEmpty) if (t[0] === head) t.shift();
        progressed = true;
        break;
      }
    }
    if (!progressed) {
      const names: string[] = [];
      for (const s of seqs) if (s.length > 0 && !names.includes(s[0].name)) names.push(s[0].name);
      return names;
    }
  }
}
