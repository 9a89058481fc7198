// Private name mangling (Python/compile.c _Py_Mangle): __spam inside class Ham is _Ham__spam.
// Shared by the compiler (names in class bodies) and type creation (__slots__).

export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}
