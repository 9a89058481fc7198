# Several pickles in one file, Pickler/Unpickler subclasses with persistent ids, dispatch_table,
# reducer_override, the memo across dump() calls, and copyreg extension codes.
import copyreg
import io
import pickle


class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext'):
            return 'pid-' + obj
        return None


class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('loaded', pid)


for proto in range(6):
    f = io.BytesIO()
    P(f, proto).dump(['ext1', 'plain', ['ext2']])
    print(proto, f.getvalue())
    f.seek(0)
    print(' ', U(f).load())

f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump('second', f, 0)
pickle.dump({3}, f, 5)
pickle.dump(b'x' * 10, f, 4)
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f), pickle.load(f), f.read())

try:
    pickle.loads(pickle.dumps(P(io.BytesIO()).dump.__self__.__class__, 2))
except Exception as e:
    print(type(e).__name__, e)

try:
    pickle.loads(b'Pabc\n.')
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Table(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (p.x, p.y))}


f = io.BytesIO()
Table(f, 2).dump([Point(1, 2)])
print(f.getvalue())
pt = pickle.loads(f.getvalue())[0]
print(pt.x, pt.y)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return 'Point'
        return NotImplemented


f = io.BytesIO()
Override(f, 3).dump((Point, 5))
print(f.getvalue())

# the memo lasts across dump() calls until clear_memo()
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ['s']
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())

copyreg.add_extension(__name__, 'Point', 300)
try:
    for proto in (1, 2, 4):
        data = pickle.dumps((Point, Point), proto)
        print(proto, data, pickle.loads(data)[0] is Point)
finally:
    copyreg.remove_extension(__name__, 'Point', 300)
