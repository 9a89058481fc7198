"""Access to Python's configuration information."""

# pyframe's sysconfig: the installation schemes and paths derived from sys.prefix, and the few
# configuration variables that make sense for an interpreter that is not built from C (no
# compiler flags, no Makefile, no pyconfig.h).

import os
import sys

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]

_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
}
_SCHEMES['venv'] = _SCHEMES['posix_venv']

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude',
               'scripts', 'data')

_config_vars = None


def get_scheme_names():
    """Return a tuple containing the schemes names."""
    return tuple(sorted(_SCHEMES))


def get_path_names():
    """Return a tuple containing the paths names."""
    return _PATH_NAMES


def get_default_scheme():
    return 'nt' if os.name == 'nt' else 'posix_prefix'


def get_preferred_scheme(key):
    if key not in ('prefix', 'home', 'user'):
        raise ValueError(f"key must be 'prefix', 'home', or 'user', not {key!r}")
    if key == 'prefix':
        return get_default_scheme()
    return 'posix_' + key


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """Return a string that identifies the current platform."""
    if os.name == 'nt':
        return 'win-amd64'
    try:
        u = os.uname()
        return '%s-%s' % (u.sysname.lower().replace('/', ''), u.machine.replace(' ', '_'))
    except (AttributeError, OSError):
        return sys.platform


def _init_config_vars():
    global _config_vars
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(getattr(sys, 'base_prefix', sys.prefix))
    base_exec_prefix = os.path.normpath(getattr(sys, 'base_exec_prefix', sys.exec_prefix))
    version = get_python_version()
    abiflags = getattr(sys, 'abiflags', '') or ''
    cv = {
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'py_version': '%d.%d.%d' % sys.version_info[:3],
        'py_version_short': version,
        'py_version_nodot': version.replace('.', ''),
        'installed_base': base_prefix,
        'base': prefix,
        'installed_platbase': base_exec_prefix,
        'platbase': exec_prefix,
        'projectbase': os.path.dirname(os.path.abspath(sys.executable or '.')),
        'platlibdir': getattr(sys, 'platlibdir', 'lib'),
        'abiflags': abiflags,
        'py_version_nodot_plat': '',
        'implementation': sys.implementation.name,
        'implementation_lower': sys.implementation.name.lower(),
        'userbase': os.path.join(os.path.expanduser('~'), '.local'),
        'EXE': '.exe' if os.name == 'nt' else '',
        'EXT_SUFFIX': None,
        'SOABI': None,
        'VERSION': version,
        'BINDIR': os.path.join(exec_prefix, 'bin'),
        'LIBDEST': os.path.join(base_prefix, 'lib', 'python' + version),
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        'HAVE_FORK': 0,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    }
    cv['srcdir'] = cv['projectbase']
    _config_vars = cv


def get_config_vars(*args):
    """With no arguments, return a dictionary of all configuration variables relevant for the
    current platform; with arguments, a list of the values of those variables."""
    if _config_vars is None:
        _init_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """Return the value of a single variable using the dictionary returned by
    'get_config_vars()'."""
    return get_config_vars().get(name)


def _expand(template, vars):
    out = []
    i = 0
    while i < len(template):
        c = template[i]
        if c == '{':
            j = template.index('}', i)
            name = template[i + 1:j]
            if name in vars:
                out.append(str(vars[name]))
            elif name in os.environ:
                out.append(os.environ[name])
            else:
                raise AttributeError(f'{{{name}}}')
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """Return a mapping containing an install scheme."""
    if scheme is None:
        scheme = get_default_scheme()
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    merged = dict(get_config_vars())
    if vars:
        merged.update(vars)
    result = {}
    for key, value in paths.items():
        result[key] = os.path.normpath(_expand(value, merged))
    return result


def get_path(name, scheme=None, vars=None, expand=True):
    """Return a path corresponding to the scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_config_h_filename():
    """Return the path of pyconfig.h (pyframe has none: a path that does not exist)."""
    return os.path.join(get_path('include'), 'pyconfig.h')


def get_makefile_filename():
    """Return the path of the Makefile (pyframe has none: a path that does not exist)."""
    return os.path.join(get_path('stdlib'), 'config', 'Makefile')


def parse_config_h(fp, vars=None):
    """Parse a config.h-style file."""
    if vars is None:
        vars = {}
    for line in fp:
        line = line.strip()
        if line.startswith('#define '):
            parts = line.split(None, 2)
            if len(parts) == 3:
                name, value = parts[1], parts[2]
                try:
                    value = int(value)
                except ValueError:
                    pass
                vars[name] = value
            elif len(parts) == 2:
                vars[parts[1]] = 1
        elif line.startswith('/* #undef '):
            parts = line.split()
            if len(parts) >= 3:
                vars[parts[2]] = 0
    return vars


def is_python_build(check_home=False):
    return False
