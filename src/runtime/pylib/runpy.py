"""runpy.py - locating and running Python code using the module namespace

Provides support for locating and running Python scripts using the Python
module namespace instead of the native filesystem.

This allows Python code to play nicely with non-filesystem based PEP 302
importers when locating support scripts as well as when importing modules.

pyframe's version finds modules as its import system does: source files and
packages on sys.path (a package runs its __main__ submodule).
"""

import sys
import os

__all__ = ["run_module", "run_path"]


class _Error(Exception):
    """Error that _run_module_as_main() should report without a traceback"""


class _Spec:
    """The parts of a ModuleSpec that code run by runpy looks at (__spec__)."""

    def __init__(self, name, origin, parent, submodule_search_locations=None):
        self.name = name
        self.origin = origin
        self.parent = parent
        self.submodule_search_locations = submodule_search_locations
        self.loader = None
        self.cached = None
        self.has_location = origin is not None
        self.loader_state = None

    def __repr__(self):
        return f"ModuleSpec(name={self.name!r}, loader={self.loader!r}, origin={self.origin!r})"


def _find_source(name, dirs):
    leaf = name.rpartition('.')[2]
    for d in dirs:
        if not isinstance(d, str):
            continue
        base = d or os.getcwd()
        init = os.path.join(base, leaf, '__init__.py')
        if os.path.isfile(init):
            return os.path.abspath(init), True
        path = os.path.join(base, leaf + '.py')
        if os.path.isfile(path):
            return os.path.abspath(path), False
    return None, False


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run; packages give their __main__."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    dirs = sys.path
    if pkg_name:
        # the parent package is imported first, as the import system would
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
            raise error(f"Error while finding module specification for {mod_name!r} "
                        f"({type(e).__name__}: {e})") from e
        pkg = sys.modules[pkg_name]
        dirs = getattr(pkg, '__path__', None)
        if dirs is None:
            raise error(f"Error while finding module specification for {mod_name!r} "
                        f"(ModuleNotFoundError: __path__ attribute not found on {pkg_name!r} "
                        f"while trying to find {mod_name!r})")
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = ("{mod_name!r} found in sys.modules after import of "
                   "package {pkg_name!r}, but prior to execution of "
                   "{mod_name!r}; this may result in unpredictable "
                   "behaviour".format(mod_name=mod_name, pkg_name=pkg_name))
            warn(RuntimeWarning(msg))
    path, is_package = _find_source(mod_name, dirs)
    if path is None:
        if mod_name in sys.builtin_module_names or _is_native(mod_name):
            raise error("No code object available for %s" % mod_name)
        msg = "No module named %s"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg % mod_name)
    if is_package:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            __import__(mod_name)
        except ImportError as e:
            raise error(str(e)) from e
        pkg_main_name = mod_name + ".__main__"
        try:
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot " +
                         "be directly executed") % (e, mod_name))
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    spec = _Spec(mod_name, path, pkg_name)
    return mod_name, spec, code


def _is_native(name):
    try:
        mod = __import__(name)
    except ImportError:
        return False
    return getattr(sys.modules.get(name), '__file__', None) is None


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Helper to run code in nominated namespace"""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name,
                       __file__=fname,
                       __cached__=cached,
                       __doc__=None,
                       __loader__=loader,
                       __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


class _TempModule:
    """Temporarily replace a module in sys.modules with an empty namespace"""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved_module = []

    def __enter__(self):
        mod_name = self.mod_name
        try:
            self._saved_module.append(sys.modules[mod_name])
        except KeyError:
            pass
        sys.modules[mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0:
    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Helper to run code in new namespace with sys modified"""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    # Copy the globals of the temporary module, as they
    # may be cleared when the temporary module goes away
    return mod_globals.copy()


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs the designated module in the __main__ namespace

       Note that the executed module will have full access to the
       __main__ namespace. If this is not desirable, the run_module()
       function should be used to run the module code in a fresh namespace.

       At the very least, these variables in __main__ will be overwritten:
           __name__
           __file__
           __cached__
           __loader__
           __package__
    """
    try:
        if alter_argv or mod_name != "__main__":  # i.e. -m switch
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:  # i.e. directory or zipfile execution
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        msg = "%s: %s" % (sys.executable, exc)
        sys.exit(msg)
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it.

       mod_name -- an absolute module name or package name.

       Optional arguments:
       init_globals -- dictionary used to pre-populate the module’s
       globals dictionary before the code is executed.

       run_name -- if not None, this will be used for setting __name__;
       otherwise, __name__ will be set to mod_name + '__main__' if the
       named module is a package and to just mod_name otherwise.

       alter_sys -- if True, sys.argv[0] is updated with the value of
       __file__ and sys.modules[__name__] is updated with a temporary
       module object for the module being executed. Both are
       restored to their original values before the function returns.

       Returns the resulting module globals dictionary.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    # Leave the sys module alone
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    # Helper that gives a nicer error message when attempting to
    # execute a zipfile or directory by invoking __main__.py
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location.

       path_name -- filesystem location of a Python script, zipfile,
       or directory containing a top level __main__.py script.

       Optional arguments:
       init_globals -- dictionary used to pre-populate the module’s
       globals dictionary before the code is executed.

       run_name -- if not None, this will be used to set __name__;
       otherwise, '<run_path>' will be used for __name__.

       Returns the resulting module globals dictionary.
    """
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        # a directory with a __main__.py: run it with the directory first on sys.path
        sys.path.insert(0, path_name)
        try:
            with _TempModule(run_name) as temp_module, _ModifiedArgv0(path_name):
                main_file = os.path.join(path_name, "__main__.py")
                if not os.path.isfile(main_file):
                    raise ImportError("can't find '__main__' module in %r" % path_name)
                with open(main_file, 'rb') as f:
                    code = compile(f.read(), main_file, 'exec')
                mod_spec = _Spec("__main__", main_file, "")
                mod_globals = temp_module.module.__dict__
                return _run_code(code, mod_globals, init_globals, run_name, mod_spec, pkg_name).copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    with open(path_name, 'rb') as f:
        code = compile(f.read(), path_name, 'exec')
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=path_name)
