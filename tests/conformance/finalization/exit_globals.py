# __main__ defines no function or class (its namespace is not in a reference cycle), so at exit
# its dict is released entry by entry in insertion order; a list releases its items last-first
from _exit_helper import T, Holder, gen

first = T("first")
container = [T("in list 1"), T("in list 2")]
second = T("second")
mapping = {"k1": T("in dict 1"), "k2": T("in dict 2")}
h = Holder()
h.a = T("attr a")
h.b = T("attr b")
suspended = gen("suspended")
next(suspended)
first = T("first, rebound")
pair = (T("tuple 1"), T("tuple 2"))
last = T("last")
print("end of module")
