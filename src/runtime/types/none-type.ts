// None, NotImplemented and Ellipsis: the singleton types.

import type { PyValue } from "../object.js";
import * as T from "../typeobjects.js";
import { Ellipsis, None, NotImplemented } from "../values.js";
import { defMethod, defNew } from "../define.js";
import { warn } from "../hooks.js";
import { typeError } from "../errors.js";

export function initSingletonTypes(): void {
  defNew(T.noneType, (_cls, args, kwnames) => {
    if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) typeError("NoneType takes no arguments");
    return None;
  });
  defMethod(T.noneType, "__repr__", () => "None");
  defMethod(T.noneType, "__bool__", () => false);
  T.noneType.ns.set("__doc__", None);

  defNew(T.notImplementedType, (_cls, args, kwnames) => {
    if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) typeError("NotImplementedType takes no arguments");
    return NotImplemented;
  });
  defMethod(T.notImplementedType, "__repr__", () => "NotImplemented");
  defMethod(T.notImplementedType, "__reduce__", () => "NotImplemented");
  defMethod(T.notImplementedType, "__bool__", (): PyValue => {
    // notimplemented_bool (3.9+): a DeprecationWarning; the value is still true
    warn(T.deprecationWarningType, "NotImplemented should not be used in a boolean context");
    return true;
  });

  defNew(T.ellipsisType, (_cls, args, kwnames) => {
    if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) typeError("EllipsisType takes no arguments");
    return Ellipsis;
  });
  defMethod(T.ellipsisType, "__repr__", () => "Ellipsis");
  defMethod(T.ellipsisType, "__reduce__", () => "Ellipsis");
}
