# time.gmtime/localtime give struct_time; strftime/asctime format them (fixed timestamps, UTC).
import time

for secs in [0, 86399.9, 951782400, 1000000000, 1609459200, 1700000000, 1704067200, 4102444800, -86400]:
    t = time.gmtime(secs)
    print(t)
    print(tuple(t), t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1])
    print(time.strftime('%a %A %b %B %d %e %H %I %j %m %M %p %S %U %w %W %y %Y %%|%c|%x|%X|%D|%F|%T|%R|%u', t))
    print(time.asctime(t))
print(time.strftime('%Y-%m-%d', (2021, 2, 3, 4, 5, 6, 2, 34, 0)))
print(time.strftime('%H:%M %Z', time.gmtime(3600)))
print(time.asctime((2001, 12, 31, 23, 59, 59, 0, 365, 0)))
print(type(time.gmtime()).__name__, time.struct_time.n_sequence_fields, time.struct_time.n_fields)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mday, st.tm_zone)
lt = time.localtime(1700000000)
print(time.mktime(lt), time.mktime(time.localtime(0)))
print(time.localtime(1e9)[:6] == time.localtime(1000000000)[:6], type(time.ctime(0)).__name__, len(time.ctime()))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [(2020, 1, 1), 'abc', (2020, 1.5, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    time.strftime(5)
except TypeError as e:
    print('TypeError', e)
time.gmtime('x')
