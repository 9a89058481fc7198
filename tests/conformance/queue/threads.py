# queue between threads: producers and consumers, get() waiting for a worker, task_done/join
import queue, threading
# producer / consumer with threads
q = queue.Queue()  # unbounded: pyframe runs each thread to completion
results = []
def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
t1 = threading.Thread(target=producer, args=(10,)); t2 = threading.Thread(target=consumer)
t1.start(); t2.start(); t1.join(); t2.join()
q.join()
print(results, q.unfinished_tasks, q.empty())
# main waits on a queue filled by a worker
q = queue.Queue()
def worker():
    for w in ['a', 'b']:
        q.put(w)
threading.Thread(target=worker).start()
print(q.get(), q.get(timeout=5), q.qsize())
sq = queue.SimpleQueue()
threading.Thread(target=lambda: sq.put('hello')).start()
print(sq.get(), sq.empty())
# join with worker doing task_done
q = queue.Queue()
for i in range(5): q.put(i)
done = []
def drain():
    while True:
        try: done.append(q.get_nowait())
        except queue.Empty: break
        q.task_done()
threading.Thread(target=drain).start()
q.join(); print(done, q.unfinished_tasks)
class MyQ(queue.Queue):
    def _init(self, maxsize): self.queue = []
