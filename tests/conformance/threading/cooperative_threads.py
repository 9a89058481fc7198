# Threads that are joined, or waited for through events, conditions, semaphores and barriers:
# results do not depend on how the threads interleave.
import threading

results = []


def worker(n):
    results.append((n, threading.current_thread().name))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
print(threads[0], threads[0].is_alive())
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threads[0].is_alive(), threads[0].name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())

ev = threading.Event()
seen = []


def setter():
    seen.append('set')
    ev.set()


threading.Thread(target=setter).start()
print(ev.wait(), seen, ev.is_set())

cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        seen.append(('got', items.pop()))


c = threading.Thread(target=consumer)
c.start()
with cond:
    items.append(5)
    cond.notify()
c.join()
print(seen)

lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
r = threading.RLock()
r.acquire()
r.acquire()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)

local = threading.local()
local.x = 1


def look():
    seen.append(('local', hasattr(local, 'x')))
    local.x = 2


t = threading.Thread(target=look)
t.start()
t.join()
print(local.x, seen[-1])

sem = threading.BoundedSemaphore(2)
with sem:
    print('in semaphore')
try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)

barrier = threading.Barrier(3)
order = []


def party(n):
    i = barrier.wait()
    order.append(n)


ts = [threading.Thread(target=party, args=(n,)) for n in range(2)]
for t in ts:
    t.start()
barrier.wait()
for t in ts:
    t.join()
print(sorted(order), barrier.n_waiting, barrier.broken)

timer = threading.Timer(0.01, seen.append, ['timer'])
timer.start()
timer.join()
print(seen[-1])
cancelled = threading.Timer(10, seen.append, ['never'])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(seen[-1])

for bad in (lambda: threading.Thread().join(), lambda: threading.current_thread().join()):
    try:
        bad()
    except RuntimeError as e:
        print(type(e).__name__, e)
t = threading.Thread(target=lambda: None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
t.join()


def fails():
    raise ValueError('in thread')


caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=fails, name='bad')
t.start()
t.join()
threading.excepthook = old
print(caught)
print(threading.active_count(), len(threading.enumerate()))
