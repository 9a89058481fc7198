from _exit_helper import T
ns = {"T": T}
exec("a = T('exec a')\nb = T('exec b')", ns)
print("exec done")
del ns["a"]
print("deleted a")
ns.clear()
print("cleared namespace")
ns2 = {"T": T}
exec("def f():\n    local = T('exec function local')\n    print('  in f')\nf()", ns2)
print("after exec with a function call")
ns2 = None
print("eval temporaries")
print(eval("T('eval temporary').name", {"T": T}))
print("exec with separate locals")
g = {"T": T}
l = {}
exec("x = T('in locals')", g, l)
print("  keys", sorted(l))
l = None
print("end")
