# unicode_escape and raw_unicode_escape: runs of backslashes, truncated and out-of-range escapes, error handlers
for b in [b'\\\\u0041', b'\\\\\\u0041', b'\\u004', b'\\U00110000', b'\\x41', b'abc\\', b'\\U0001F600', b'\\N{DASH}', b'\\\\\\U00110000', b'a\\\\', b'\\\\\\', b'x\\uabcdy\\\\\\\\u1234']:
    for e in ['raw_unicode_escape', 'unicode_escape']:
        for errors in ['strict', 'replace', 'backslashreplace']:
            try:
                print(b, e, errors, repr(b.decode(e, errors)))
            except Exception as x:
                print(b, e, errors, type(x).__name__, x)
for b in [b'\\N', b'\\Nx', b'\\N{', b'\\N{}', b'\\N{abc', b'\\N{NOPE}x']:
  for e in ['strict','backslashreplace']:
    try: print(b, repr(b.decode('unicode_escape', e)))
    except Exception as x: print(b, x)
