"""Parsing of command-line options in the style of C's getopt().

getopt(args, shortopts, longopts=[]) stops at the first non-option argument, as POSIX
getopt does; gnu_getopt() lets options and other arguments be mixed, as GNU getopt does.
shortopts is a string of option letters, each followed by ':' if it takes an argument;
longopts is a list of long option names (without '--'), each ending in '=' if it takes an
argument. Both return (options, remaining arguments), options being (option, value) pairs
such as ('-a', '') or ('--file', 'x.txt'). Errors raise GetoptError.
"""

# pyframe's own implementation.

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os

try:
    from gettext import gettext as _
except ImportError:
    def _(message):
        return message


class GetoptError(Exception):
    """A command line that does not fit the options: .msg says why, .opt names the option."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses args (usually sys.argv[1:]) up to the first argument that is not an option
    ('--' ends the options and is dropped; a lone '-' is an ordinary argument).
    """
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options may come after other arguments, which are collected in
    order. A shortopts beginning with '+', or POSIXLY_CORRECT in the environment, restores
    getopt()'s stopping at the first non-option argument.
    """
    opts = []
    rest = []
    longopts = _long_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    else:
        stop_at_first = bool(os.environ.get("POSIXLY_CORRECT"))

    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            opts, args = do_longs(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = do_shorts(opts, arg[1:], shortopts, args[1:])
        elif stop_at_first:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def do_longs(opts, opt, longopts, args):
    # opt is one '--name' or '--name=value' argument without its dashes.
    name, eq, value = opt.partition('=')
    optarg = value if eq else None
    has_arg, name = long_has_args(name, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError(_('option --%s requires argument') % name, name)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError(_('option --%s must not have an argument') % name, name)
    opts.append(('--' + name, optarg or ''))
    return opts, args


def long_has_args(opt, longopts):
    # An exact match wins; otherwise opt must abbreviate exactly one long option.
    # Returns (whether it takes an argument, its full name).
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError(_('option --%s not recognized') % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError(_('option --%s not a unique prefix') % opt, opt)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    # optstring is one '-abc' argument without its dash: a run of letters, where a letter
    # taking an argument swallows the rest of the run, or else the next argument.
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError(_('option -%s requires argument') % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if shortopts[i] == opt != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError(_('option -%s not recognized') % opt, opt)

