# base64: padding and group edge cases, validate=True (binascii strict_mode), the file interface
import base64, io
for f in [lambda: base64.b85decode(b'Xk~0{Z\x00'), lambda: base64.b85decode(b'{{{{{'), lambda: base64.b85decode(b'ab"de'), lambda: base64.a85decode(b'ab z'), lambda: base64.a85decode(b'aby', foldspaces=True),
          lambda: base64.a85encode(b'hello world, this is long', wrapcol=7, adobe=True), lambda: base64.a85encode(b'hi', wrapcol=1, adobe=True), lambda: base64.a85encode(b'\0\0\0\0\0'), lambda: base64.a85encode(b'\0'),
          lambda: base64.b85encode(b'\0\0\0\0\0'), lambda: base64.b85encode(b'\0\0\0\0\0', pad=True), lambda: base64.b32encode(b''), lambda: base64.b32decode(b''), lambda: [base64.b32encode(b'abcdef'[:i]) for i in range(7)],
          lambda: [base64.b32decode(base64.b32encode(b'abcdef'[:i])) for i in range(7)], lambda: [base64.b32hexdecode(base64.b32hexencode(b'\xff\x01\x80'[:i])) for i in range(4)],
          lambda: base64.b32decode(b'AB======'), lambda: base64.b32decode(b'ABCDEFG='), lambda: base64.b32decode(b'ABC====='), lambda: base64.b32decode(b'ABCDEF=='),
          lambda: base64.b32decode(b'NBSWY3D0', map01=b'LL'), lambda: base64.b32hexdecode(b'D1IMOR3F', map01=b'L'), lambda: base64.b64decode(b'YQ=\n=', validate=True), lambda: base64.b64decode(b'=YWJj', validate=True),
          lambda: base64.b64decode(b'YQ=a=', validate=True), lambda: base64.b64decode(b'YWJj\n', validate=True), lambda: base64.b64decode(b'YWJj\n'), lambda: base64.b64decode(b'Y'), lambda: base64.b64decode(bytearray(b'YWJj')),
          lambda: base64.urlsafe_b64decode(b'_-_-'), lambda: base64.b64decode('-_8=', '-_'), lambda: base64.b16encode('x'), lambda: base64.b16decode(b'0g'), lambda: base64.a85decode('BOu!r\u00e9'),
          lambda: base64.b64encode(b'\xfb\xff\xfe', altchars=bytearray(b'*.')), lambda: base64.encodebytes(memoryview(b'abc')), lambda: base64.decodebytes(bytearray(b'YWJj')),
          lambda: base64.a85decode(b'<~BOu!rDZ~>', adobe=True), lambda: base64.a85decode(b'BOu!rDZ~>', adobe=True), lambda: base64.a85decode(b'BO u!\nrDZ'), lambda: base64.a85decode(b'BOu!rDZ', ignorechars=b'')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
i = io.BytesIO(b'x' * 130); o = io.BytesIO(); base64.encode(i, o); print(o.getvalue())
i = io.BytesIO(o.getvalue()); o2 = io.BytesIO(); base64.decode(i, o2); print(o2.getvalue() == b'x' * 130)
import binascii
for s in [b'YW!Jj', b'=YWJj', b'YW=Jj', b'YWJj=', b'YWJj==', b'YWI=a', b'YWI==', b'YQ===', b'YQ=', b'YQ', b'Y', b'YQ==\n', b'YW Jj', b'YQ=a=', b'YQ=\n=']:
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True), binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, type(e).__name__, e)
