# StreamReader.readline across chunk boundaries (multi-byte characters, \r\n split), size limits, readlines; StreamWriter on sys.stdout.buffer
import codecs, io, sys
text = ('\u20ac' * 50 + 'x' * 23 + '\n') * 3 + 'tail\r' + '\r\nlast'
for enc in ['utf-8', 'utf-16', 'utf-32-le']:
    r = codecs.getreader(enc)(io.BytesIO(text.encode(enc)))
    lines = []
    while True:
        l = r.readline()
        if not l: break
        lines.append(len(l))
    print(enc, lines)
    r = codecs.getreader(enc)(io.BytesIO(text.encode(enc)))
    print((len(r.readline(10)), len(r.readline(5, False)), len(r.read(3)), r.readlines(keepends=False)[-2:]))
w = codecs.getwriter('utf-8')(sys.stdout.buffer)
w.write('h\xe9\n')
sys.stdout.buffer.flush()
print(codecs.lookup('utf-8').streamwriter.__module__, codecs.lookup('utf-8').incrementaldecoder.__qualname__)
