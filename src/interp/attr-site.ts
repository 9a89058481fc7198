// Attribute sites: what one `obj.name` read or `obj.name = v` store in the code learned about
// the last instance type it met, as CPython 3.11 specializes LOAD_ATTR/STORE_ATTR per
// instruction. The type's version (bumped when its or a base's namespace changes) keys the
// entry, so a class modified later is looked up again.

import type { PyValue } from "../runtime/object.js";
import { PyType, TPFLAG_HEAPTYPE } from "../runtime/type.js";
import * as T from "../runtime/typeobjects.js";
import { getattrKind, GA_GENERIC, descrKind, DescrKind, hasDescrSet } from "../runtime/ops/attr.js";

export class AttrSite {
  /** the type the entry describes; null: nothing cached */
  type: PyType | null = null;
  version = 0;
  /** the type uses object.__getattribute__ and has no __getattr__ */
  generic = false;
  /** the name along the type's MRO (borrowed from its namespace; undefined: absent) */
  descr: PyValue | undefined = undefined;
  /** descrKind(descr), when descr is an object */
  kind: DescrKind = DescrKind.Plain;
  /** stores go straight to the instance dict (object.__setattr__, no data descriptor) */
  plainStore = false;

  constructor(readonly name: string) {}

  /**
   * Makes the entry describe `t`; false when it cannot be cached: a descriptor whose own class
   * is user-defined (adding __get__ or __set__ to that class changes how it acts without
   * changing `t`'s version).
   */
  fill(t: PyType): boolean {
    const generic = getattrKind(t) === GA_GENERIC;
    const d = t.lookup(this.name);
    if (typeof d === "object" && d.type.tflags & TPFLAG_HEAPTYPE) {
      this.type = null;
      return false;
    }
    this.generic = generic;
    this.descr = d;
    this.kind = typeof d === "object" ? descrKind(d) : DescrKind.Plain;
    this.plainStore = generic && plainSetattr(t, d);
    this.type = t;
    this.version = t.version;
    return true;
  }
}

/** object.__setattr__ with no data descriptor for the name (`d`: the name along t's MRO). */
function plainSetattr(t: PyType, d: PyValue | undefined): boolean {
  if (t.tflags & TPFLAG_HEAPTYPE) {
    const sa = t.lookup("__setattr__");
    if (sa !== T.objectType.ns.get("__setattr__")) return false;
  }
  return d === undefined || typeof d !== "object" || !hasDescrSet(d);
}

/** Whether `t`'s instances store `site.name` straight into their __dict__. */
export function sitePlainStore(site: AttrSite, t: PyType): boolean {
  if (site.type === t && site.version === t.version) return site.plainStore;
  if (site.fill(t)) return site.plainStore;
  return getattrKind(t) === GA_GENERIC && plainSetattr(t, t.lookup(site.name));
}
