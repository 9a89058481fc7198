# bytes % args and bytearray % args (printf-style formatting of byte strings)

for T in (bytes, bytearray):
    print(T(b"%d-%s") % (1, b"x"), T(b"%s") % T(b"y"), T(b"%5.2f|%-4d|%x|%c|%c") % (3.14159, 7, 255, 65, b"z"))
    print(T(b"%(a)s %(b)r") % {b"a": b"A", b"b": "B"}, T(b"100%%") % ())
    for fmt, args in [(b"%s", "str"), (b"%d", "x"), (b"%s %s", (b"one",)), (b"%c", 256), (b"%y", 1)]:
        try:
            print(T(fmt) % args)
        except Exception as e:
            print(type(e).__name__, e)
