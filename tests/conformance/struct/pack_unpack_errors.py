# struct: every code at every byte order, range errors and their messages, floats (f/e/d),
# buffers, Struct objects, iter_unpack, pack_into/unpack_from offsets.
import struct
def t(f,*a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
for order in '@=<>':
    for c in 'bBhHiIlLqQnNP':
        if c in 'nNP' and order!='@': continue
        sz = struct.calcsize(order+c)
        for v in (2**(8*sz), -2**(8*sz), -1, 5, 2**(8*sz-1)-1):
            try: r=struct.pack(order+c, v); r = (r, struct.unpack(order+c, r))
            except Exception as e: r=f"{type(e).__name__}: {e}"
            print(order, c, v if abs(v)<100 else ('big' if v>0 else '-big'), r)
for fmt,v in [('b',1.5),('b','x'),('f',1e300),('<f',1e300),('e',1e6),('c',b'ab'),('c','a'),('s','x'),('?',[]),('d','x'),('P',-1)]:
    t(struct.pack,fmt,v)
t(struct.pack,'ii',1); t(struct.pack,'i',1,2); t(struct.unpack,'i',b'abc'); t(struct.calcsize,'z'); t(struct.calcsize,'<P')
t(struct.unpack_from,'i',b'abcd',2); t(struct.unpack_from,'i',b'abcd',-10); t(struct.pack_into,'i',bytearray(2),0,1)
s=struct.Struct('<ih'); print(s.format, s.size)
t(struct.iter_unpack,'i',b'abc'); t(struct.iter_unpack,'',b'abc'); t(struct.calcsize, '3s2x@i'); t(struct.calcsize,'bi'); t(struct.calcsize,'=bi')
t(struct.pack,'3p',b'abcdef'); t(struct.pack,'5s',b'ab'); t(struct.unpack,'3p',b'\x05ab');t(struct.pack,'?',2); t(struct.calcsize,'999999999999999999999i')
t(struct.pack,'e',1.5); t(struct.pack,'<e',65504.0); t(struct.pack,'<e',65520.0); t(struct.pack,'>d', float('nan'))
t(struct.pack,'i',True); t(struct.pack,'x'); t(struct.pack, '0s'); t(struct.unpack,'2c',b'ab'); t(struct.pack, 'bb', 1)
print(struct.Struct.__module__, struct.error)
class I:
    def __index__(self): return 5
t(struct.pack,'i',I()); t(struct.pack,'f',I()); t(struct.pack,'d',3)
t(struct.pack, 'P', 5); t(struct.pack, '<Q', 1.0)
for x in [0.0, -0.0, 1e-8, 6e-8, 5.96e-8, 2.98e-8, 3e-8, 6.1e-5, 6.103515625e-05, 0.1, 1/3, 65504.0, -2.5, float('inf')]:
    b = struct.pack('<e', x); print(x, b, struct.unpack('<e', b))
print(struct.pack('>d', 1.1), struct.pack('<f', 0.1), struct.unpack('>d', b'@\t!\xfbTD-\x18'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.iter_unpack('<h', b'\x01\x00\x02\x00').__length_hint__())
ba = bytearray(8); struct.pack_into('<i', ba, 2, -2); print(ba); struct.pack_into('<h', ba, -2, 7); print(ba)
print(struct.unpack_from('<h', b'abcdef', offset=-2))
t(struct.pack_into, '<i', b'abcd', 0, 1)
print(struct.pack('@bq', 1, 2), struct.pack('@ci', b'a', 3), struct.calcsize('@hd'), struct.pack(b'<H', 3), struct.Struct(b'<H').format)
t(struct.Struct, 5)
t(struct.calcsize, '3')
print(struct.pack('< h', 1), struct.pack('2h 3s', 1, 2, b'x'))
