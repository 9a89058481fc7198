from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, patch, sentinel, DEFAULT
import os

m = Mock()
m(1, 2, a=3)
m.method("x")
m.attr.sub(5)
print(m.called, m.call_count, m.call_args, m.call_args_list, m.method_calls, m.mock_calls)
print(m.call_args.args, m.call_args.kwargs, m.method.call_args)
m.assert_called_with(1, 2, a=3)
m.assert_called_once_with(1, 2, a=3)
m.method.assert_called_once()
m.assert_any_call(1, 2, a=ANY)
m.assert_has_calls([call(1, 2, a=3), call.method("x")])
for f in [lambda: m.assert_called_with(9), lambda: m.assert_not_called(), lambda: Mock(name="nm").assert_called(),
          lambda: m.method.assert_called_once_with("y"), lambda: m.assert_has_calls([call(7)]),
          lambda: m.assert_any_call(8), lambda: Mock().assert_called_with(1), lambda: m.assert_called_once_with(),
          lambda: m.assret_called()]:
    try:
        f()
    except (AssertionError, AttributeError) as e:
        print(type(e).__name__, e)
m2 = Mock(return_value=42)
print(m2(), m2.return_value)
m3 = Mock(side_effect=[1, 2, ValueError("boom")])
print(m3(), m3())
try:
    m3()
except ValueError as e:
    print("ValueError", e)
m4 = Mock(side_effect=lambda x: x * 2)
print(m4(21))
m5 = Mock(side_effect=KeyError("k"))
try:
    m5()
except KeyError as e:
    print("KeyError", e)
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm[0] is mm[1], str(mm).startswith("<MagicMock"))
mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda k: k * 10
print(len(mm), mm[3], mm.__getitem__.call_args_list)
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
mm.reset_mock()
print(mm.mock_calls, mm.called)
m6 = Mock(spec=["a", "b"])
print(m6.a is not None)
try:
    m6.c
except AttributeError as e:
    print("AttributeError", e)
m7 = Mock(name="thing")
print(repr(m7).split(" id=")[0], repr(m7.child).split(" id=")[0], repr(m7()).split(" id=")[0])
print(call(1) == call(1), call(1) == call(2), call.foo(1), repr(call), call(1, b=2))
print(sentinel.one is sentinel.one, sentinel.one, DEFAULT)


class Target:
    value = 1

    def meth(self):
        return "real"


with patch.object(Target, "meth", return_value="patched") as p:
    print(Target().meth(), p.call_count)
print(Target().meth())
with patch("os.getcwd") as gcwd:
    gcwd.return_value = "/fake"
    print(os.getcwd())
print(os.getcwd() != "/fake")


@patch("os.listdir", return_value=["x"])
def decorated(mocked):
    return os.listdir("."), mocked.called


print(decorated())
d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, {"c": 3}, clear=True):
    print(d)
print(d)
p = patch.object(Target, "value", 99)
p.start()
print(Target.value)
p.stop()
print(Target.value)
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)
pm = mock.PropertyMock(return_value=7)


class HasProp:
    pass


type(HasProp).__dict__
HasProp.prop = pm
print(HasProp().prop, pm.call_count)
m8 = Mock()
m8.configure_mock(**{"a.b.return_value": 3, "c": 4})
print(m8.a.b(), m8.c)
op = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", op):
    with open("anything") as f:
        print(f.read())
print(op.call_args)
auto = mock.create_autospec(Target)
inst = auto()
inst.meth()
try:
    inst.meth(1, 2)
except TypeError as e:
    print("TypeError", e)
print(inst.meth.call_count)
