import os
import runpy
import sys
import tempfile

top = tempfile.mkdtemp()
os.makedirs(os.path.join(top, "rpkg"))
files = {
    "rmod.py": "import sys\nresult = (__name__, __file__.endswith('rmod.py'), sys.argv[0].endswith('rmod.py'), __package__)\nvalue = INJECTED if 'INJECTED' in globals() else None\n",
    "rpkg/__init__.py": "",
    "rpkg/__main__.py": "result = ('pkg main', __name__, __package__)\n",
    "rpkg/inner.py": "from . import helper\nresult = (__name__, __package__, helper.X)\n",
    "rpkg/helper.py": "X = 42\n",
    "script.py": "import sys\nout = (__name__, sys.argv[0].endswith('script.py'))\n",
}
for name, body in files.items():
    with open(os.path.join(top, name), "w") as f:
        f.write(body)
sys.path.insert(0, top)
g = runpy.run_module("rmod")
print(g["result"], g["value"], g["__name__"], "rmod" in sys.modules)
g = runpy.run_module("rmod", init_globals={"INJECTED": 7}, run_name="custom")
print(g["result"], g["value"])
argv0 = sys.argv[0]
g = runpy.run_module("rmod", alter_sys=True)
print(g["result"], sys.argv[0] == argv0)
print(runpy.run_module("rpkg")["result"])
print(runpy.run_module("rpkg.inner")["result"])
g = runpy.run_path(os.path.join(top, "script.py"))
print(g["out"], g["__name__"])
g = runpy.run_path(os.path.join(top, "script.py"), run_name="__main__")
print(g["out"])
g = runpy.run_path(os.path.join(top, "rpkg"))
print(g["result"])
for bad in ["no_such_module_xyz", ".relative", "rpkg.missing"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
sys.path.remove(top)
import shutil
shutil.rmtree(top)
