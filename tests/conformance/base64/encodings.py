# base64: b64/b32/b32hex/b16/a85/b85 encoders and decoders, their argument types and errors
import base64, binascii
tests = [
 lambda: base64.b64encode('abc'), lambda: base64.b64encode(b'ab', altchars=b'-'), lambda: base64.b64encode(b'\xfb\xff', altchars='-_'),
 lambda: base64.b64decode('YWJj'), lambda: base64.b64decode('YWJj\u00e9'), lambda: base64.b64decode(123), lambda: base64.b64decode(b'YW!Jj'), lambda: base64.b64decode(b'YW!Jj', validate=True),
 lambda: base64.b64decode(b'YWJ', validate=True), lambda: base64.b64decode(b'YWJ'), lambda: base64.b64decode(b'-_8=', altchars=b'-_'), lambda: base64.b64decode(b'-_8=', altchars=b'-'),
 lambda: base64.urlsafe_b64decode('-_8='), lambda: base64.urlsafe_b64encode(b'\xfb\xff'), lambda: base64.b32encode(b'hello'), lambda: base64.b32decode(b'NBSWY3DP'), lambda: base64.b32decode(b'nbswy3dp'),
 lambda: base64.b32decode(b'nbswy3dp', casefold=True), lambda: base64.b32decode(b'NBSWY3D'), lambda: base64.b32decode(b'NBSWY3D1'), lambda: base64.b32decode(b'NBSWY3D0', map01=b'L'), lambda: base64.b32decode(b'ME======'), lambda: base64.b32decode(b'MF======'),
 lambda: base64.b32hexencode(b'hello'), lambda: base64.b32hexdecode(b'D1IMOR3F'), lambda: base64.b32hexdecode(b'd1imor3f', casefold=True), lambda: base64.b32decode(b'M=======') ,
 lambda: base64.b16encode(b'\x01\xab'), lambda: base64.b16decode(b'01AB'), lambda: base64.b16decode(b'01ab'), lambda: base64.b16decode(b'01ab', True), lambda: base64.b16decode(b'01A'),
 lambda: base64.a85encode(b'hello world'), lambda: base64.a85encode(b'\0\0\0\0    ', foldspaces=True, adobe=True), lambda: base64.a85decode(b'BOu!rD]j7BEbo7'), lambda: base64.a85decode(b'<~z~>', adobe=True), lambda: base64.a85decode(b'z'), lambda: base64.a85decode(b'abc~'), lambda: base64.a85decode(b'<~abc', adobe=True),
 lambda: base64.b85encode(b'hello'), lambda: base64.b85encode(b'hello', pad=True), lambda: base64.b85decode(b'Xk~0{Zv'), lambda: base64.b85decode(b'Xk~0{Z|'), lambda: base64.b85decode(b'|NsC0'),
 lambda: base64.encodebytes(b'x'*100), lambda: base64.decodebytes(b'eHh4\n'), lambda: base64.encodebytes('x'), lambda: base64.decodebytes('x'),
 lambda: base64.standard_b64encode(bytearray(b'hi')), lambda: base64.b64encode(memoryview(b'hi')), lambda: base64.b16decode('0G'), lambda: base64.a85encode(b'abcdefgh', wrapcol=5), lambda: base64.a85encode(b'abc', pad=True),
 lambda: base64.a85decode(b'87cURD]i,"Ebo80', foldspaces=True), lambda: base64.a85decode(b'y', foldspaces=True), lambda: base64.b64decode(b'YWJj', altchars=b'-_+'),
 lambda: base64.b32decode('NBSWY3DP\u00e9'), lambda: base64.b32encode('x'), lambda: base64.a85decode(b's8W-"'), lambda: base64.a85decode(b's8W-#'),
]
for i, t in enumerate(tests):
    try: print(i, repr(t()))
    except Exception as e: print(i, type(e).__name__, e)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types, base64.__all__)
