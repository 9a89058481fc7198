"""This module provides primitive operations to write multi-threaded programs.
The 'threading' module provides a more convenient interface."""

# pyframe: native frames: *
# (C code in CPython)

# pyframe's _thread.  pyframe runs Python code on one thread, so threads here are cooperative
# and run one at a time, each to completion:
#
#   * start_new_thread() records the thread; it does not run yet (it is "pending");
#   * a pending thread runs, to completion, when some running thread would otherwise have to wait
#     for another one: a blocking acquire of a held lock, a wait on a Condition or Event, a join(),
#     or the interpreter's exit (threading._shutdown);
#   * while a thread runs, get_ident() is its own identity, so locks, RLock owners and
#     threading.local behave per thread.
#
# A program that joins its threads, or waits on the events and queues they signal, therefore
# gets the results it would get from CPython; only the interleaving of output differs (each
# thread's output comes in one piece).  A wait that nothing can end any more (every other thread
# has finished or is itself waiting further up) would hang forever under CPython; here it raises
# RuntimeError instead, or, when it has a timeout, sleeps for the timeout and reports failure.

import sys as _sys

error = RuntimeError

TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = 1
_ident_counter = 1
_current = _MAIN_IDENT
# pending threads, oldest first: [ident, function, args, kwargs]
_pending = []
# idents of threads started and not finished (pending or running), main excluded
_alive = set()
# callbacks run when a thread finishes: ident -> list of functions
_on_finish = {}


def get_ident():
    """Return a non-zero integer that uniquely identifies the current thread
amongst other threads that exist simultaneously."""
    return _current


def get_native_id():
    """Return a non-negative integer identifying the thread as reported
by the OS (kernel)."""
    return _current


def _count():
    """Return the number of currently running Python threads, excluding
the main thread."""
    return len(_alive)


def stack_size(size=0):
    """Return the thread stack size used when creating new threads."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def start_new_thread(function, args, kwargs=None):
    """Start a new thread and return its identifier.

pyframe: the thread runs (to completion) when another thread first has to wait for it."""
    global _ident_counter
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    _ident_counter += 1
    ident = _ident_counter
    _pending.append([ident, function, args, kwargs])
    _alive.add(ident)
    return ident


start_new = start_new_thread


def exit():
    """This is synonymous to ``raise SystemExit''."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Raise a KeyboardInterrupt in the main thread."""
    if _current == _MAIN_IDENT:
        raise KeyboardInterrupt
    global _interrupt_pending
    _interrupt_pending = True


_interrupt_pending = False


def _run_one():
    """Run the oldest pending thread to completion; False if there is none."""
    global _current, _interrupt_pending
    if not _pending:
        return False
    ident, function, args, kwargs = _pending.pop(0)
    saved = _current
    _current = ident
    try:
        try:
            if kwargs is None:
                function(*args)
            else:
                function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _write_unraisable(exc, function)
    finally:
        _current = saved
        _alive.discard(ident)
        _local_forget(ident)
        for callback in _on_finish.pop(ident, ()):
            callback()
    if _interrupt_pending and _current == _MAIN_IDENT:
        _interrupt_pending = False
        raise KeyboardInterrupt
    return True


def _write_unraisable(exc, function):
    hook = getattr(_sys, "unraisablehook", None)
    if hook is None:
        return
    import types
    args = types.SimpleNamespace(exc_type=type(exc), exc_value=exc,
                                 exc_traceback=exc.__traceback__,
                                 err_msg="Exception ignored in thread started by",
                                 object=function)
    try:
        hook(args)
    except BaseException:
        pass


def _is_pending(ident):
    for entry in _pending:
        if entry[0] == ident:
            return True
    return False


def _wait_until(ready, timeout=None, what="wait"):
    """Block the current thread until ready() is true: run pending threads one by one, then,
    if nothing is left to run, sleep for the timeout (None or negative: forever, which
    cannot end and raises RuntimeError).  Returns ready()."""
    while not ready():
        if not _run_one():
            if timeout is None or timeout < 0:
                raise RuntimeError(
                    "%s would block forever: no other thread is left to run "
                    "(pyframe runs threads one at a time)" % what)
            if timeout > 0:
                import time
                time.sleep(timeout)
            return ready()
    return True


def _run_until_finished(ident, timeout=None):
    """join(): run pending threads until the thread ident has finished."""
    if ident not in _alive:
        return True
    return _wait_until(lambda: ident not in _alive, timeout, "join()")


def _run_all_pending():
    while _run_one():
        pass


def _check_timeout(blocking, timeout):
    if timeout != -1:
        if not blocking:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0:
            raise ValueError("timeout value must be a non-negative number")
        if timeout > TIMEOUT_MAX:
            raise OverflowError("timeout value is too large")


class lock:
    """A lock object is a synchronization primitive."""

    __slots__ = ("_locked", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if cls is lock:
            raise TypeError("cannot create '_thread.lock' instances")
        return object.__new__(cls)

    def acquire(self, blocking=True, timeout=-1):
        """Lock the lock."""
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if _wait_until(lambda: not self._locked, timeout, "lock.acquire()"):
            self._locked = True
            return True
        return False

    def release(self):
        """Release the lock."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        """Test whether the lock is currently locked."""
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self, *args):
        return self.acquire(*args)

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s %s.%s object at %#x>" % (
            "locked" if self._locked else "unlocked",
            type(self).__module__, type(self).__qualname__, id(self))


LockType = lock


def allocate_lock():
    """Create a new lock object."""
    new = object.__new__(lock)
    new._locked = False
    return new


allocate = allocate_lock


class RLock:
    """A reentrant lock: the thread that holds it may acquire it again."""

    __slots__ = ("_owner", "_count", "__weakref__")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._owner = 0
        self._count = 0
        return self

    def acquire(self, blocking=True, timeout=-1):
        """Lock the lock, or increase its recursion level if this thread holds it."""
        _check_timeout(blocking, timeout)
        me = _current
        if self._count and self._owner == me:
            self._count += 1
            return True
        if self._count:
            if not blocking:
                return False
            if not _wait_until(lambda: not self._count, timeout, "RLock.acquire()"):
                return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        """Release the lock, or decrease its recursion level."""
        if not self._count or self._owner != _current:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = 0

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == _current

    def _recursion_count(self):
        return self._count if self._owner == _current else 0

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        _wait_until(lambda: not self._count, None, "RLock.acquire()")
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._count = 0
        self._owner = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked",
            type(self).__module__, type(self).__qualname__,
            self._owner, self._count, id(self))


def _set_sentinel():
    """A lock released when the current thread finishes."""
    sentinel = allocate_lock()
    sentinel.acquire()
    ident = _current
    if ident != _MAIN_IDENT:
        _on_finish.setdefault(ident, []).append(sentinel.release)
    return sentinel


# ---------------------------------------------------------------------------------------------
# Thread-local data: one attribute dictionary per thread, swapped in as the object's __dict__
# whenever the object is used by another thread than the last one.

_locals = []   # weak references to live local objects, to drop a finished thread's dicts


def _local_forget(ident):
    if not _locals:
        return
    keep = []
    for ref in _locals:
        obj = ref()
        if obj is not None:
            dicts = object.__getattribute__(obj, "_local__dicts")
            dicts.pop(ident, None)
            keep.append(ref)
    _locals[:] = keep


class _local:
    """Thread-local data"""

    __slots__ = ("_local__dicts", "_local__owner", "_local__args", "__dict__", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__args", (args, kw))
        object.__setattr__(self, "_local__dicts", {_current: object.__getattribute__(self, "__dict__")})
        object.__setattr__(self, "_local__owner", _current)
        import weakref
        _locals.append(weakref.ref(self))
        return self

    def __getattribute__(self, name):
        _local_switch(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        _local_switch(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        _local_switch(self)
        return object.__delattr__(self, name)


def _local_switch(self):
    me = _current
    if object.__getattribute__(self, "_local__owner") == me:
        return
    dicts = object.__getattribute__(self, "_local__dicts")
    d = dicts.get(me)
    object.__setattr__(self, "_local__owner", me)
    if d is None:
        d = {}
        dicts[me] = d
        object.__setattr__(self, "__dict__", d)
        args, kw = object.__getattribute__(self, "_local__args")
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    else:
        object.__setattr__(self, "__dict__", d)


def daemon_threads_allowed():
    """Return True if daemon threads are allowed in the current interpreter."""
    return True

