# binascii: hex and base64 conversions, CRCs, and which arguments each side accepts.
import binascii
for f,a in [(binascii.b2a_hex,(42,)),(binascii.a2b_hex,('abc',)),(binascii.a2b_hex,('zz',)),(binascii.a2b_hex,(5,)),(binascii.a2b_base64,('YWJj',)),(binascii.a2b_base64,('YWJ',)),(binascii.a2b_hex,('é',)),(binascii.a2b_base64,('Y',)),(binascii.a2b_base64,('YW==xx',)),(binascii.a2b_base64,(b'Y W\nJj',))]:
  try: print(f(*a))
  except Exception as e: print(type(e).__name__, e)
print(binascii.b2a_hex(b'abc', '-'), binascii.hexlify(b'abcd', ':', 2), binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abcd', newline=False), binascii.crc32(b'hello'), binascii.crc32(b'x', 5), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'', 0x12345))
print(binascii.unhexlify(b'DEADbeef'), binascii.a2b_hex(bytearray(b'00ff')))
print(binascii.Error.__mro__[1:], binascii.Incomplete.__mro__[1:])
class MyBytes(bytes): pass
print(binascii.b2a_hex(MyBytes(b'abc')))
for n in range(7):
    d = bytes(range(200, 200 + n))
    assert binascii.a2b_base64(binascii.b2a_base64(d)) == d
print("roundtrip ok")
