// Installs the behaviour of every builtin type, once, before any Python code runs.

import { initObjectType } from "./types/object-type.js";
import { initTypeType } from "./types/type-type.js";
import { initSingletonTypes } from "./types/none-type.js";
import { initCallableTypes } from "./types/callables-type.js";
import { initExceptionTypes } from "./types/exception-type.js";
import { initExceptionGroupTypes } from "./types/exception-group.js";
import { initStrType } from "./types/str-type.js";
import { initBytesTypes } from "./types/bytes-type.js";
import { initIntTypes } from "./types/int-type.js";
import { initFloatType } from "./types/float-type.js";
import { initComplexType } from "./types/complex-type.js";
import { initListType } from "./types/list-type.js";
import { initTupleType } from "./types/tuple-type.js";
import { initDictType } from "./types/dict-type.js";
import { initSetTypes } from "./types/set-type.js";
import { initRangeType } from "./types/range-type.js";
import { initSliceType } from "./types/slice-type.js";
import { initIterTypes } from "./types/iter-types.js";
import { initModuleType } from "./types/module-type.js";
import { initMiscTypes } from "./types/misc-types.js";
import { initGenericAliasTypes } from "./modules/genericalias.js";
import { initCopyregHooks } from "./modules/copyreg.js";
import { initWarnHandler } from "./modules/warnings.js";

let done = false;

export function initRuntime(): void {
  if (done) return;
  done = true;
  initObjectType();
  initTypeType();
  initSingletonTypes();
  initCallableTypes();
  initExceptionTypes();
  initExceptionGroupTypes();
  initIntTypes();
  initFloatType();
  initComplexType();
  initStrType();
  initBytesTypes();
  initListType();
  initTupleType();
  initDictType();
  initSetTypes();
  initRangeType();
  initSliceType();
  initIterTypes();
  initModuleType();
  initMiscTypes();
  initGenericAliasTypes();
  initCopyregHooks();
  initWarnHandler();
}
