# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue API, Empty/Full, block and timeout arguments, subclass hooks
import queue, threading
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.__all__, repr(queue.Empty()), queue.Queue[int], queue.SimpleQueue[int], queue.LifoQueue.__mro__)
q = queue.Queue()
for f in [lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1), lambda: q.task_done(), lambda: q.task_done(), lambda: queue.SimpleQueue().get(timeout=-1),
          lambda: queue.SimpleQueue().get(False), lambda: queue.SimpleQueue().get(timeout=0.01), lambda: q.get(False), lambda: q.get_nowait(), lambda: q.get(timeout=0.01),
          lambda: queue.SimpleQueue(1), lambda: queue.SimpleQueue(x=1), lambda: queue.Queue(1).put_nowait(1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, repr(e))
q = queue.Queue(2)
q.put(1); q.put(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize, q.unfinished_tasks)
for f in [lambda: q.put(3, False), lambda: q.put_nowait(3), lambda: q.put(3, timeout=0.01), lambda: q.put(3, timeout=-1), lambda: q.put(3, block=False, timeout=-1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, repr(e))
print(q.get(), q.get_nowait(), q.empty(), q.full())
lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put((x, str(x))); sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)], sq.empty(), sq.qsize())
sq.put_nowait(5); print(sq.qsize(), sq.get_nowait())

    def _put(self, item): self.queue.insert(0, item)
    def _get(self): return self.queue.pop(0)
m = MyQ(); m.put(1); m.put(2); print(m.get(), m.get(), m.qsize())
print(isinstance(q.mutex, type(threading.Lock())), type(q.not_empty).__name__)
