# Malformed pickles: the C unpickler's errors and messages.
import io
import pickle

cases = [
    b'', b'\x80', b'\x80\x09', b'z', b'\xff', b'K', b'K\x01', b'I12', b'0.', b'(0.', b'(K\x010.',
    b'(1.', b'1.', b'e.', b'N(e.', b'.', b'(.', b'NN.', b'h\x05.', b'N}b.',
    b'cbuiltins\nobject\n)\x81K\x01b.', b"S'a\\nb'\n.", b'Sab\n.', b'p-1\n.', b'N\x82\x00.',
    b'N\x82\x05.', b'Pabc\n.', b'N\x93.', b'NN\x93.', b'\x97.', b'NNR.', b'cbuiltins\nlen\nNR.',
    b'(NNu.', b'}(Nu.', b']Na.', b'Na.', b'K\x01\x81.', b'cbuiltins\nint\nK\x01\x81.',
    b'cbuiltins\nint\n)}\x92.', b'K\x01)}\x92.', b'cbuiltins\nnope\n.',
    b'cbuiltins\nint.from_bytes\n.', b'\x80\x04cbuiltins\nint.from_bytes\n.', b'I0x1f\n.',
    b'L123L\n.', b'F1.5\n.', b'V\\u20ac\n.', b'T\x02\x00\x00\x00ab.', b'U\x02ab.',
]
for data in cases:
    try:
        r = pickle.loads(data)
        print(data, '->', type(r).__name__, r if not callable(r) else r.__name__)
    except Exception as e:
        print(data, type(e).__name__, e)

for data in (b'K', b''):
    try:
        pickle.load(io.BytesIO(data))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b"S'a\\x41\\101'\n.", encoding='bytes'))
print(pickle.loads(b'U\x02\xe9a.', encoding='latin1'))
try:
    pickle.loads('text')
except TypeError as e:
    print(type(e).__name__, e)
